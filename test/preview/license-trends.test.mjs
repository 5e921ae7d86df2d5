// Licence trends in the preview (docs/history-and-alerts.md): the large-org demo org's 13 months of generated history
// give an at-risk list and a Chart.js trend chart (the chartJs static resource, loaded through the preview's
// lightning/platformResourceLoader stub), with the forecast, its method and the accessible table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, paintedPixels, resetOrg, screenshot, usePreviewAndBrowser } from './helpers.mjs';

const session = usePreviewAndBrowser();

function assertClean(page) {
    assert.deepEqual(page.consoleErrors, []);
    assert.deepEqual(page.failedRequests, []);
    assert.deepEqual(page.apexErrors, []);
}

test('large org: the at-risk list and a Chart.js trend with its forecast and table', async () => {
    await resetOrg(session.preview.baseUrl, 'large-org');
    const page = await openPage(session.chrome.browser, session.preview.baseUrl, { org: 'large-org', page: 'trends' });
    try {
        await page.waitForApexIdle();
        const rows = page.locator('[data-id="at-risk-row"]');
        await rows.first().waitFor();
        assert.ok((await rows.count()) >= 5, 'exhausted, expiring and projected licences are at risk');
        // The Field Service Mobile PSL grows 1.4 seats a day toward its 930 seats.
        await rows.filter({ hasText: 'Field Service Mobile' }).getByRole('button', { name: 'Show trend' }).click();
        await page.waitForApexIdle();
        const forecast = page.locator('[data-id="forecast"]');
        await forecast.filter({ hasText: 'Projected to run out on 2027-01-04' }).waitFor();
        assert.match(await page.locator('[data-id="method"]').textContent(), /Least-squares straight line/);
        // Chart.js really ran: window.Chart exists and drew on the canvas (non-blank pixels).
        const canvas = page.locator('canvas[data-id="chart"]');
        const drawn = await paintedPixels(page, canvas);
        assert.ok(drawn > 1000, `the chart painted ${drawn} pixels`);
        assert.match(await canvas.getAttribute('aria-label'), /Line chart of Field Service Mobile/);
        // The same numbers as a table: 90 days by default, newest first.
        await page.locator('[data-id="table"] summary').click();
        assert.equal(await page.locator('[data-id="table"] tbody tr').count(), 90);
        await screenshot(page, 'license-trends-large-org');
        // A longer period redraws the chart with 13 months.
        await page.getByRole('combobox', { name: 'Period' }).click();
        await page.getByRole('option', { name: '400 days' }).click();
        await page.waitForApexIdle();
        await page.locator('[data-id="table"] tbody tr').nth(395).waitFor();
        assert.equal(await page.locator('[data-id="table"] tbody tr').count(), 396, '13 months of history');
        assertClean(page);
    } finally {
        await page.close();
    }
});

test('kb org: a week of history; an org without history says so', async () => {
    const page = await openPage(session.chrome.browser, session.preview.baseUrl, { org: 'kb-example', page: 'trends' });
    try {
        await page.waitForApexIdle();
        await page
            .locator('[data-id="summary"]')
            .filter({ hasText: 'History from 2026-11-17 to 2026-11-23' })
            .waitFor();
        await page.locator('[data-id="at-risk-row"]').filter({ hasText: 'Salesforce Voice User' }).first().waitFor();
        assertClean(page);
    } finally {
        await page.close();
    }
    const empty = await openPage(session.chrome.browser, session.preview.baseUrl, {
        org: 'voice-fix-failed',
        page: 'trends'
    });
    try {
        await empty.waitForApexIdle();
        await empty.locator('[data-id="empty"]').waitFor();
        assertClean(empty);
    } finally {
        await empty.close();
    }
});
