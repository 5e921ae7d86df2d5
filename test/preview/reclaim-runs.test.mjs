// Playwright test of the dashboard's Reclaim runs card (licenseReclaimRuns, docs/reclaim.md): the way back to a
// reclaim once its flow is closed. A reclaim of Omar Haddad's unneeded CRM Analytics Plus assignment is scheduled
// through the preview's Apex endpoint (as the flow would), then the dashboard lists it with its license, opens its
// monitor, runs it to Completed, undoes it out of hours, and the list follows to Undone.
// Screenshots: test-results/reclaim-runs-*.png. Run after `npm run build && node scripts/preview/build-preview.mjs`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, resetOrg, screenshot, usePreviewAndBrowser } from './helpers.mjs';

const ORG = 'kb-example';
const CARD = 'c-license-reclaim-runs';

const session = usePreviewAndBrowser();

/** RemediationController.<method> through the preview server, as the LWC runtime calls it. */
async function apex(method, params) {
    const response = await fetch(`${session.preview.baseUrl}/apex/RemediationController/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-demo-org': ORG },
        body: JSON.stringify(params)
    });
    const body = await response.json();
    assert.equal(response.status, 200, `${method}: ${body.message}`);
    return body;
}

async function click(page, dataId) {
    await page.locator(`${CARD} [data-id="${dataId}"] button`).first().click();
    await page.waitForApexIdle();
}

async function text(page, selector) {
    return (await page.locator(`${CARD} ${selector}`).first().innerText()).trim();
}

/** Clicks the monitor's Refresh (one poll of the simulated engine) until the run reaches `status`. */
async function refreshUntil(page, status, max = 20) {
    for (let i = 0; i < max; i++) {
        const current = await text(page, '[data-id="run-status"]');
        if (current === status) return;
        // The simulated scheduler fires a Scheduled run on a poll at least 3 s after it was scheduled.
        if (current === 'Scheduled') await page.waitForTimeout(1000);
        await click(page, 'refresh');
    }
    assert.equal(await text(page, '[data-id="run-status"]'), status, `run did not reach ${status}`);
}

const historyRows = (page) => page.locator(`${CARD} [data-id="history-row"]`).allInnerTexts();

test('KB org: a reclaim is found again on the dashboard, followed to Completed and undone', async () => {
    await resetOrg(session.preview.baseUrl, ORG);
    const draft = await apex('createDraftRun', {
        planType: 'RECLAIM_UNNEEDED_PSL',
        targetIds: ['a03PV0000000003AAA'],
        licenseDeveloperName: 'EinsteinAnalyticsPlusPsl',
        businessHoursId: null
    });
    const [window] = await apex('proposeWindows', { runId: draft.id, businessHoursId: null, count: 1 });
    await apex('scheduleRun', {
        runId: draft.id,
        businessHoursId: null,
        startTime: window.startTime,
        confirmation: 'CONFIRM'
    });

    const page = await openPage(session.chrome.browser, session.preview.baseUrl, { org: ORG, page: 'dashboard' });
    try {
        // The card lists the reclaim (not the KB org's Voice run RR-0001) with its license.
        await page.locator(`${CARD} [data-id="history-row"]`).first().waitFor();
        const rows = await historyRows(page);
        assert.equal(rows.length, 1, rows.join(' / '));
        assert.match(rows[0], /^RR-0002\s+CRM Analytics Plus\s+Scheduled/);

        // Open: the monitor of that run, focus on its heading.
        await page.locator(`${CARD} [data-id="history-row"] lightning-button button`).click();
        await page.waitForApexIdle();
        assert.equal(await text(page, '[data-id="monitor-heading"]'), 'Run RR-0002');
        await refreshUntil(page, 'Completed');
        assert.match(await text(page, '[data-id="run-description"]'), /used seats went from 2 to 1/);
        assert.match(await historyRows(page).then((r) => r[0]), /^RR-0002\s+CRM Analytics Plus\s+Completed/);
        await screenshot(page, 'reclaim-runs-1-completed');

        // Undo from the card, out of hours, confirmed with the org name or CONFIRM.
        await click(page, 'undo');
        await page
            .locator(`${CARD} [data-id="undo-panel"] [data-id="window-options"] input[type="radio"]`)
            .first()
            .waitFor();
        await page.locator(`${CARD} [data-id="undo-confirmation"] input`).fill('CONFIRM');
        await page.locator(`${CARD} [data-id="undo-confirmation"] input`).blur();
        await click(page, 'undo-submit');
        assert.equal(await text(page, '[data-id="run-direction"]'), 'Undo');
        await refreshUntil(page, 'Undone');
        await page.locator(`${CARD} [data-id="history-row"]`, { hasText: 'Undone' }).waitFor();
        assert.match((await historyRows(page))[0], /^RR-0002\s+CRM Analytics Plus\s+Undone/);
        await screenshot(page, 'reclaim-runs-2-undone');

        // Close returns to the list.
        await click(page, 'close');
        assert.equal(await page.locator(`${CARD} c-remediation-run-monitor`).count(), 0);

        assert.deepEqual(page.consoleErrors, [], 'console errors');
        assert.deepEqual(page.failedRequests, [], 'failed requests');
        assert.deepEqual(page.apexErrors, [], 'Apex errors');
    } finally {
        await page.close();
    }
});
