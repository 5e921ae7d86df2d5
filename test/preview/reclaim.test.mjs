// Playwright test of the reclaim of unneeded PSL assignments (docs/reclaim.md) in the preview: the dashboard's
// findings drill-down of the KB demo org, filtered to "Unneeded PSL assignments", selects Omar Haddad's CRM Analytics
// Plus finding and runs it through the reclaim flow (licenseReclaimFlow) against the simulated remediation engine:
// Diagnose → Review snapshot → Schedule → Confirm (dry run, CONFIRM) → Monitor → Completed, 1 seat freed (2 → 1 used).
// Screenshots: test-results/reclaim-*.png. Run after `npm run build && node scripts/preview/build-preview.mjs`.
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

const ORG = 'kb-example';
const FLOW = RECLAIM_FLOW;

const session = usePreviewAndBrowser();

const click = clickButton;
const text = textOf;
const runStatus = reclaimRunStatus;
const refreshUntil = refreshReclaimUntil;

test('KB org: an unneeded PSL finding is selected and reclaimed out of hours, freeing its seat', async () => {
    await resetOrg(session.preview.baseUrl, ORG);
    const page = await openPage(session.chrome.browser, session.preview.baseUrl, { org: ORG, page: 'dashboard' });
    try {
        // The summary's "View" of the unneeded PSL type filters the drill-down to Omar Haddad's finding.
        const list = 'c-license-findings-list';
        await page.locator('[data-id="type-row"][data-reason="UnneededPsl"] [data-id="view"]').click();
        await page.waitForApexIdle();
        await page.locator(`${list} [data-id="status"]`).filter({ hasText: '1–1 of 1 finding' }).waitFor();
        assert.deepEqual(await page.locator(`${list} [data-id="user"]`).allInnerTexts(), ['Omar Haddad']);

        // Selection: one accessible checkbox per row; the action counts the selection.
        const reclaimSelected = page.locator(`${list} [data-id="reclaim-selected"] button`);
        assert.ok(await reclaimSelected.isDisabled(), 'nothing selected yet');
        assert.equal(await reclaimSelected.innerText(), 'Reclaim selected (0)');
        assert.ok(await page.locator(`${list} [data-id="reclaim-all"] button`).isDisabled(), 'no license filter');
        const checkbox = page.getByRole('checkbox', {
            name: 'Select Omar Haddad (CRM Analytics Plus) for the reclaim'
        });
        await checkbox.check();
        assert.equal(await reclaimSelected.innerText(), 'Reclaim selected (1)');
        assert.ok(await reclaimSelected.isEnabled());
        await screenshot(page, 'reclaim-0-selected');
        await reclaimSelected.click();
        await page.waitForApexIdle();

        // 1. Diagnose: plain-language checks, 1 seat to free.
        await page.locator(`${FLOW} [data-id="diagnosis-summary"]`).waitFor();
        assert.match(
            await text(page, `${FLOW} [data-id="title"]`),
            /Reclaim CRM Analytics Plus assignments \(1 selected finding\)/
        );
        assert.match(
            await text(page, `${FLOW} [data-id="diagnosis-summary"]`),
            /^1 selected CRM Analytics Plus assignment nobody needs/
        );
        assert.match(
            await text(page, `${FLOW} [data-id="seats"]`),
            /1 CRM Analytics Plus seat to free \(2 of 5 used now\)/
        );
        assert.ok((await page.locator(`${FLOW} [data-id="check"]`).count()) >= 5);
        await screenshot(page, 'reclaim-1-diagnose');

        // 2. Review snapshot: the license assignment.
        await click(page, 'proceed');
        await page.locator(`${FLOW} [data-id="snapshot-table"]`).waitFor();
        assert.match(await text(page, `${FLOW} [data-id="step-heading"]`), /Step 2 of 5: Review snapshot/);
        assert.deepEqual(await page.locator(`${FLOW} [data-id="snapshot-row"] th`).allInnerTexts(), ['Omar Haddad']);
        await screenshot(page, 'reclaim-2-review');

        // 3. Schedule: out-of-hours windows, the first preselected.
        await click(page, 'to-schedule');
        await page.locator(`${FLOW} [data-id="window-options"] input[type="radio"]`).first().waitFor();
        assert.ok(await page.locator(`${FLOW} [data-id="window-options"] input[type="radio"]`).first().isChecked());
        await screenshot(page, 'reclaim-3-schedule');

        // 4. Confirm: dry run (3 operations, no change), then CONFIRM.
        await click(page, 'to-confirm');
        await click(page, 'dry-run');
        assert.match(
            await text(page, `${FLOW} [data-id="dry-run-summary"]`),
            /frees 1 CRM Analytics Plus seat\. No change/
        );
        assert.match(await text(page, `${FLOW} [data-id="dry-run-table"]`), /DELETE PermissionSetLicenseAssign/);
        const scheduleButton = page.locator(`${FLOW} [data-id="schedule-run"] button`);
        assert.ok(await scheduleButton.isDisabled(), 'a confirmation is required');
        await page.locator(`${FLOW} [data-id="confirmation"] input`).fill('CONFIRM');
        await page.locator(`${FLOW} [data-id="confirmation"] input`).blur();
        assert.ok(await scheduleButton.isEnabled());
        await screenshot(page, 'reclaim-4-confirm');
        await click(page, 'schedule-run');

        // 5. Monitor: Scheduled, then the polls run it to Completed with one seat freed.
        await page.locator(`${FLOW} [data-id="run-status"]`).waitFor();
        assert.equal(await runStatus(page), 'Scheduled');
        await refreshUntil(page, 'Completed');
        assert.match(
            await text(page, `${FLOW} [data-id="run-description"]`),
            /used seats went from 2 to 1 \(1 expected/
        );
        assert.match(
            await text(page, `${FLOW} [data-step="VERIFY_SEATS"]`),
            /CRM Analytics Plus: remaining seats 3 → 4 of 5/
        );
        assert.equal(await page.locator(`${FLOW} [data-id="step-status"]`, { hasText: 'Done' }).count(), 3);
        await screenshot(page, 'reclaim-5-completed');

        // Closing the flow clears the selection.
        await click(page, 'close');
        assert.equal(await page.locator(FLOW).count(), 0);
        assert.equal(await reclaimSelected.innerText(), 'Reclaim selected (0)');

        assert.deepEqual(page.consoleErrors, [], 'console errors');
        assert.deepEqual(page.failedRequests, [], 'failed requests');
        assert.deepEqual(page.apexErrors, [], 'Apex errors');
    } finally {
        await page.close();
    }
});
