// Tests of the preview runtime in the browser: the @salesforce/apex client (imperative call, wire adapter,
// refreshApex, error shape), ShowToastEvent → shell toast, NavigationMixin → page change, and the server's
// reset endpoint. Uses the window.__preview hooks of preview/src/main.js.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startPreview, launchBrowser, openPage, resetOrg } from './helpers.mjs';

let preview;
let chrome;
let page;

before(async () => {
    preview = await startPreview();
    chrome = await launchBrowser();
    page = await openPage(chrome.browser, preview.baseUrl, { org: 'kb-example', page: 'home' });
});

after(async () => {
    await page?.close();
    await chrome?.close();
    await preview?.close();
});

test('imperative Apex call resolves with the DTO of the demo org', async () => {
    const result = await page.evaluate(() => window.__preview.apex('LicenseStewardAppController', 'getAppContext')({}));
    assert.equal(result.orgName, 'Acme Contact Center (KB 005316943 example)');
});

test('an Apex error is shaped like the platform error ({ body: { message }, status, ok: false })', async () => {
    const error = await page.evaluate(() =>
        window.__preview
            .apex(
                'NoSuchController',
                'noSuchMethod'
            )({ a: 1 })
            .then(
                () => null,
                (e) => e
            )
    );
    assert.equal(error.status, 404);
    assert.equal(error.ok, false);
    assert.equal(error.body.message, 'No preview data for NoSuchController.noSuchMethod in demo org kb-example');
    await page.waitForApexIdle();
    assert.deepEqual(page.apexErrors.at(-1), {
        method: 'NoSuchController.noSuchMethod',
        status: 404,
        message: 'No preview data for NoSuchController.noSuchMethod in demo org kb-example'
    });
    page.apexErrors.length = 0;
});

test('wire adapter emits { data, error } (deep-frozen data) and refreshApex re-invokes it', async () => {
    const outcome = await page.evaluate(async () => {
        const method = window.__preview.apex('LicenseStewardAppController', 'getAppContext');
        const values = [];
        let notify;
        const adapter = new method.adapter((value) => {
            values.push(value);
            notify?.();
        });
        const next = () => new Promise((resolve) => (notify = resolve));
        let wait = next();
        adapter.connect();
        adapter.update({});
        await wait;
        wait = next();
        adapter.update({}); // same config: no new call
        const refreshed = window.__preview.refreshApex(values[0]);
        await wait;
        await refreshed;
        adapter.disconnect();
        return {
            count: values.length,
            orgName: values[1].data.orgName,
            error: values[0].error,
            frozen: Object.isFrozen(values[0].data)
        };
    });
    assert.deepEqual(outcome, {
        count: 2,
        orgName: 'Acme Contact Center (KB 005316943 example)',
        error: undefined,
        frozen: true
    });
});

test('ShowToastEvent from inside the page shows an SLDS toast in the shell', async () => {
    // Playwright locators pierce the (synthetic) shadow roots; document.querySelector would not.
    await page.locator('[data-id="preview-page"]').evaluate((target) => {
        target.dispatchEvent(
            new window.__preview.ShowToastEvent({
                title: 'Saved',
                message: 'Run {0} scheduled',
                messageData: ['R-1'],
                variant: 'success'
            })
        );
    });
    const toast = page.locator('[data-id="toast"][data-variant="success"]');
    await toast.waitFor();
    assert.equal(await toast.locator('[data-id="toast-title"]').innerText(), 'Saved');
    assert.equal(await toast.locator('[data-id="toast-message"]').innerText(), 'Run R-1 scheduled');
    assert.deepEqual(await page.toasts(), [{ title: 'Saved', message: 'Run R-1 scheduled', variant: 'success' }]);
});

test('NavigationMixin to a tab opens the page of its component', async () => {
    await page.evaluate(() => {
        const Base = class {};
        const Nav = window.__preview.NavigationMixin(Base);
        new Nav()[window.__preview.NavigationMixin.Navigate]({
            type: 'standard__navItemPage',
            attributes: { apiName: 'License_Steward_Home' },
            state: { c__from: 'test' }
        });
    });
    await page.waitForURL(/c__from=test/);
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('page'), 'home');
    assert.equal(url.searchParams.get('org'), 'kb-example');
});

test('reset endpoint answers for an org', async () => {
    await resetOrg(preview.baseUrl, 'kb-example');
    const response = await fetch(`${preview.baseUrl}/__preview/reset?org=kb-example`, { method: 'POST' });
    assert.deepEqual(await response.json(), { ok: true, org: 'kb-example' });
    assert.deepEqual(page.consoleErrors, []);
    assert.deepEqual(page.failedRequests, []);
});
