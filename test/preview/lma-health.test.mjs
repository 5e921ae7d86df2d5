// The License Management App card on the Home page (docs/lma-health.md): the isv-lmo demo org lists a licence record
// in every state that needs attention, each with its troubleshooting step; an org without the LMA shows one line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, screenshot, usePreviewAndBrowser } from './helpers.mjs';

const session = usePreviewAndBrowser();

function assertClean(page) {
    assert.deepEqual(page.consoleErrors, []);
    assert.deepEqual(page.failedRequests, []);
    assert.deepEqual(page.apexErrors, []);
}

test('isv org: the LMA card lists every state with its troubleshooting step', async () => {
    const page = await openPage(session.chrome.browser, session.preview.baseUrl, { org: 'isv-lmo', page: 'home' });
    try {
        await page.waitForApexIdle();
        const items = page.locator('[data-id="lma-item"]');
        await items.first().waitFor();
        assert.equal(await items.count(), 6);
        for (const state of ['Expired', 'Expires soon', 'Suspended', 'All licensed seats are used']) {
            assert.ok((await items.filter({ hasText: state }).count()) > 0, state);
        }
        assert.match(await items.first().locator('[data-id="lma-step"]').textContent(), /Modify License/);
        await screenshot(page, 'lma-health-isv');
        assertClean(page);
    } finally {
        await page.close();
    }
});

test('org without the LMA: one line', async () => {
    const page = await openPage(session.chrome.browser, session.preview.baseUrl, { org: 'kb-example', page: 'home' });
    try {
        await page.waitForApexIdle();
        await page.locator('[data-id="lma-not-installed"]').filter({ hasText: 'not installed' }).waitFor();
        assert.equal(await page.locator('[data-id="lma-item"]').count(), 0);
        assertClean(page);
    } finally {
        await page.close();
    }
});
