// The Home overview in the preview (docs/history-and-alerts.md, "Home"): the large org's headline numbers, the three
// licences closest to running out (from its generated history) and the scheduled runs, loaded in one Apex call.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, resetOrg, screenshot, usePreviewAndBrowser } from './helpers.mjs';

const session = usePreviewAndBrowser();

test('large org: headline numbers, the three licences closest to running out, scheduled runs', async () => {
    await resetOrg(session.preview.baseUrl, 'large-org');
    const page = await openPage(session.chrome.browser, session.preview.baseUrl, { org: 'large-org', page: 'home' });
    const homeCalls = [];
    page.on('request', (request) => {
        if (request.url().includes('/apex/HomeOverviewController/')) homeCalls.push(request.url());
    });
    try {
        await page.reload();
        await page.waitForApexIdle();
        await page.locator('[data-id="closest"]').nth(2).waitFor();
        assert.equal(await page.locator('[data-id="closest"]').count(), 3);
        assert.match(await page.locator('[data-id="closest"]').first().textContent(), /Salesforce Scheduler/);
        assert.ok(Number(await page.locator('[data-id="atRisk"]').textContent()) >= 5);
        assert.ok(Number(await page.locator('[data-id="reclaimable"]').textContent()) > 1000);
        assert.match(await page.locator('[data-id="run"]').nth(1).textContent(), /Daily licence history\s*next 2026-11-24 03:00 UTC/);
        assert.equal(homeCalls.length, 1, 'one Apex call');
        await screenshot(page, 'home-overview-large-org');
        // The link opens the trends page.
        await page.getByRole('button', { name: 'Open License Trends' }).click();
        await page.locator('[data-id="at-risk-row"]').first().waitFor();
        assert.deepEqual(page.consoleErrors, []);
        assert.deepEqual(page.apexErrors, []);
    } finally {
        await page.close();
    }
});
