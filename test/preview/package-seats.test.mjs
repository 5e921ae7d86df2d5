// Playwright test of the package-seat reclaim (docs/package-seats.md) in the preview: the dashboard of the
// package-seats demo org shows the package licences (acme full, docgen site-wide), the findings drill-down filtered to
// "Package seats of inactive or deactivated users" selects two acme seats, and the reclaim flow
// (licenseReclaimFlow, plan RECLAIM_PACKAGE_SEATS) runs them against the simulated remediation engine:
// Diagnose → Review snapshot → Schedule → Confirm (dry run, CONFIRM) → Monitor → Completed → Undo → Undone.
// Screenshots: test-results/package-seats-*.png. Run after `npm run build && node scripts/preview/build-preview.mjs`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
    clickButton,
    openPage,
    RECLAIM_FLOW,
    reclaimRunStatus,
    refreshReclaimUntil,
    resetOrg,
    screenshot,
    textOf,
    usePreviewAndBrowser
} from './helpers.mjs';

const ORG = 'package-seats';
const FLOW = RECLAIM_FLOW;
const LIST = 'c-license-findings-list';

const session = usePreviewAndBrowser();

const click = clickButton;
const text = textOf;
const runStatus = reclaimRunStatus;
const refreshUntil = refreshReclaimUntil;

test('package seats: two acme seats are reclaimed from the findings through to Completed, then undone', async () => {
    await resetOrg(session.preview.baseUrl, ORG);
    const page = await openPage(session.chrome.browser, session.preview.baseUrl, { org: ORG, page: 'dashboard' });
    try {
        // Inventory: acme is full; docgen is site-wide, shown as such and never as a percentage.
        const table = 'c-package-license-table';
        await page.locator(`${table} [data-id="package-row"]`).first().waitFor();
        assert.equal(await page.locator(`${table} [data-id="package-row"]`).count(), 3);
        assert.equal(await text(page, `${table} tr[data-namespace="acme"] [data-id="status"]`), 'No seats left');
        assert.equal(
            await text(page, `${table} tr[data-namespace="docgen"] [data-id="allowed"]`),
            'Site-wide (every user)'
        );
        assert.doesNotMatch(await text(page, `${table} tr[data-namespace="docgen"] [data-id="usage"]`), /%/);
        await screenshot(page, 'package-seats-0-inventory');

        // Findings: the package-seat type, then the acme seats of Gina Gone and Rita Retired.
        await page.locator('[data-id="type-row"][data-reason="PackageSeatHolder"] [data-id="view"]').click();
        await page.waitForApexIdle();
        await page.locator(`${LIST} [data-id="status"]`).filter({ hasText: 'of 6 findings' }).waitFor();
        for (const name of ['Gina Gone', 'Rita Retired']) {
            await page.getByRole('checkbox', { name: `Select ${name} (acme) for the reclaim` }).check();
        }
        const reclaimSelected = page.locator(`${LIST} [data-id="reclaim-selected"] button`);
        assert.equal(await reclaimSelected.innerText(), 'Reclaim selected (2)');
        assert.ok(await page.locator(`${LIST} [data-id="reclaim-all"] button`).isDisabled(), 'selected seats only');
        await screenshot(page, 'package-seats-1-selected');
        await reclaimSelected.click();
        await page.waitForApexIdle();

        // 1. Diagnose.
        await page.locator(`${FLOW} [data-id="diagnosis-summary"]`).waitFor();
        assert.match(
            await text(page, `${FLOW} [data-id="title"]`),
            /Reclaim acme package seats \(2 selected findings\)/
        );
        assert.match(
            await text(page, `${FLOW} [data-id="diagnosis-summary"]`),
            /2 acme seats are held by the selected inactive or deactivated users/
        );
        assert.match(await text(page, `${FLOW} [data-id="seats"]`), /2 acme seats to remove \(25 of 25 used now\)/);
        await screenshot(page, 'package-seats-2-diagnose');

        // 2. Review snapshot: the two package seats.
        await click(page, 'proceed');
        await page.locator(`${FLOW} [data-id="snapshot-table"]`).waitFor();
        assert.deepEqual((await page.locator(`${FLOW} [data-id="snapshot-row"] th`).allInnerTexts()).sort(), [
            'Gina Gone',
            'Rita Retired'
        ]);

        // 3. Schedule, 4. Confirm with the dry run and CONFIRM.
        await click(page, 'to-schedule');
        await page.locator(`${FLOW} [data-id="window-options"] input[type="radio"]`).first().waitFor();
        await click(page, 'to-confirm');
        await click(page, 'dry-run');
        assert.match(await text(page, `${FLOW} [data-id="dry-run-table"]`), /DELETE UserPackageLicense/);
        await page.locator(`${FLOW} [data-id="confirmation"] input`).fill('CONFIRM');
        await page.locator(`${FLOW} [data-id="confirmation"] input`).blur();
        await screenshot(page, 'package-seats-3-confirm');
        await click(page, 'schedule-run');

        // 5. Monitor: Completed, 25 → 23 used.
        await page.locator(`${FLOW} [data-id="run-status"]`).waitFor();
        await refreshUntil(page, 'Completed');
        assert.match(await text(page, `${FLOW} [data-id="run-description"]`), /used seats went from 25 to 23/);
        await screenshot(page, 'package-seats-4-completed');

        // Undo: confirmed, out of hours; the polls give both seats back; Undone.
        await click(page, 'undo');
        await page
            .locator(`${FLOW} [data-id="undo-panel"] [data-id="window-options"] input[type="radio"]`)
            .first()
            .waitFor();
        await page.locator(`${FLOW} [data-id="undo-confirmation"] input`).fill('confirm');
        await page.locator(`${FLOW} [data-id="undo-confirmation"] input`).blur();
        await click(page, 'undo-submit');
        await refreshUntil(page, 'Undone');
        assert.match(await text(page, `${FLOW} [data-id="run-description"]`), /Undone/);
        await screenshot(page, 'package-seats-5-undone');

        assert.deepEqual(page.consoleErrors, [], 'console errors');
        assert.deepEqual(page.failedRequests, [], 'failed requests');
        assert.deepEqual(page.apexErrors, [], 'Apex errors');
    } finally {
        await page.close();
    }
});
