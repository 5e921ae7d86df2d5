// Licence alerts in the preview (docs/history-and-alerts.md, "Alerts"): the large org's generated alert history
// (raised, resent, cleared, a failed send) on Home and on the License Alerts tab, and the settings editor refusing a
// threshold out of range with the server's message while a valid one saves. Also checks that the preview adapter
// validates with the ranges of the Apex (LicenseAlertSettingsService.RANGES), the one place they are written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, openPage, resetOrg, screenshot, usePreviewAndBrowser } from './helpers.mjs';
import { RANGES } from '../../preview/adapters/LicenseAlertController.mjs';
import { largeOrgAlerts } from '../../preview/generators/license-alerts.mjs';

test('the preview validates alert settings with the ranges of LicenseAlertSettingsService', () => {
    const apex = readFileSync(
        join(ROOT, 'force-app/main/license-history/classes/services/LicenseAlertSettingsService.cls'),
        'utf8'
    );
    const constants = Object.fromEntries(
        [...apex.matchAll(/String (FIELD_\w+) = '(\w+)';/g)].map(([, constant, key]) => [constant, key])
    );
    const ranges = Object.fromEntries(
        [...apex.matchAll(/(FIELD_\w+) => new List<Object>\{ (\d+), (\d+), '([^']+)' \}/g)].map(
            ([, constant, min, max, words]) => [constants[constant], [Number(min), Number(max), words]]
        )
    );
    assert.equal(Object.keys(ranges).length, 7, 'seven ranges read from the Apex');
    assert.deepEqual(RANGES, ranges);
});

test('the generated alert history has every state, a failed send, and one open row per alert', () => {
    const { rows } = largeOrgAlerts();
    assert.deepEqual(new Set(rows.map((row) => row.state)), new Set(['Raised', 'Resent', 'Cleared']));
    assert.ok(rows.some((row) => row.deliveryFailed && row.isOpen), 'a failed send, still open');
    const open = rows.filter((row) => row.isOpen).map((row) => `${row.licenseName}|${row.rule}`);
    assert.equal(new Set(open).size, open.length, 'at most one open row per licence and rule');
    assert.ok(rows.filter((row) => row.state === 'Cleared').every((row) => !row.isOpen), 'cleared rows are closed');
});

const session = usePreviewAndBrowser();

test('large org: an alert shows on Home', async () => {
    await resetOrg(session.preview.baseUrl, 'large-org');
    const page = await openPage(session.chrome.browser, session.preview.baseUrl, { org: 'large-org', page: 'home' });
    try {
        await page.waitForApexIdle();
        await page.locator('[data-id="open-alert"]').first().waitFor();
        const open = largeOrgAlerts().rows.filter((row) => row.isOpen).length;
        assert.equal(await page.locator('[data-id="openAlerts"]').textContent(), String(open));
        assert.equal(await page.locator('[data-id="open-alert"]').count(), 5, 'the five most urgent');
        assert.match(
            await page.locator('[data-id="open-alert"]').first().textContent(),
            /Critical\s*Salesforce Voice User.*Seats remaining/s
        );
        await screenshot(page, 'home-open-alerts-large-org');
        await page.getByRole('button', { name: 'Open License Alerts' }).click();
        await page.locator('[data-id="history-row"]').first().waitFor();
        assert.deepEqual(page.consoleErrors, []);
        assert.deepEqual(page.apexErrors, []);
    } finally {
        await page.close();
    }
});

test('large org: the alerts tab lists open alerts and history; the editor refuses a bad threshold', async () => {
    await resetOrg(session.preview.baseUrl, 'large-org');
    const page = await openPage(session.chrome.browser, session.preview.baseUrl, { org: 'large-org', page: 'alerts' });
    try {
        await page.waitForApexIdle();
        await page.locator('[data-id="history-row"]').first().waitFor();
        const states = await page.locator('[data-id="history-row"] td:nth-child(4)').allInnerTexts();
        assert.deepEqual(new Set(states.map((s) => s.trim())), new Set(['Raised', 'Resent', 'Cleared']));
        const deliveries = await page.locator('[data-id="open-alert"] [data-id="delivery"]').allInnerTexts();
        assert.ok(
            deliveries.some((text) => text.includes('Not delivered (email: Failed for 1 of 3: NO_MASS_MAIL_PERMISSION)')),
            deliveries.join(' | ')
        );
        await screenshot(page, 'license-alerts-large-org');

        await page.locator('lightning-input[data-field="percentUsed"] input').fill('150');
        await page.locator('[data-id="save"] button').click();
        await page.locator('[data-id="settings-error"]').waitFor();
        assert.match(
            await page.locator('[data-id="settings-error"]').textContent(),
            /Percent used must be a whole number from 1 to 100\./
        );
        assert.equal(page.apexErrors.length, 1, 'the save was refused by the server');
        assert.equal(page.apexErrors[0].method, 'LicenseAlertController.saveAlertSetting');
        await screenshot(page, 'license-alert-settings-refused');

        await page.locator('lightning-input[data-field="percentUsed"] input').fill('85');
        await page.locator('[data-id="save"] button').click();
        await page.locator('[data-id="saved"]').waitFor();
        await page.waitForApexIdle();
        assert.equal(
            await page.locator('lightning-input[data-field="percentUsed"] input').inputValue(),
            '85',
            'the saved Default is read back'
        );
        assert.deepEqual(page.consoleErrors, []);
    } finally {
        await page.close();
    }
});
