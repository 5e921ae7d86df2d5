// Smoke test of the local preview: every page of preview/pages.json in every demo org of
// preview/demo-orgs/index.json loads without console errors, page errors, failed requests or Apex errors.
// Screenshots: test-results/preview-<org>-<page>.png. Run with `npm run test:preview` (builds first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, openPage, screenshot, usePreviewAndBrowser } from './helpers.mjs';

const pages = JSON.parse(readFileSync(join(ROOT, 'preview', 'pages.json'), 'utf8'));
const orgs = JSON.parse(readFileSync(join(ROOT, 'preview', 'demo-orgs', 'index.json'), 'utf8'));
const kbContext = JSON.parse(
    readFileSync(
        join(ROOT, 'preview', 'demo-orgs', 'kb-example', 'LicenseStewardAppController.getAppContext.json'),
        'utf8'
    )
);

const session = usePreviewAndBrowser();

test('the preview serves the shell, SLDS and the bundle', async () => {
    for (const path of ['/', '/js/main.js', '/assets/styles/salesforce-lightning-design-system.min.css']) {
        const response = await fetch(session.preview.baseUrl + path);
        assert.equal(response.status, 200, `GET ${path}`);
    }
});

test('the home page shows the KB 005316943 example org', async () => {
    const page = await openPage(session.chrome.browser, session.preview.baseUrl, { org: 'kb-example', page: 'home' });
    try {
        await page.getByText(kbContext.orgName).first().waitFor({ timeout: 10000 });
        const summary = await page.locator('[data-id="org-summary"]').innerText();
        assert.match(summary, new RegExp(kbContext.orgName.replace(/[()]/g, '\\$&')));
        // SLDS applies inside the components (synthetic shadow): a lightning-card has the SLDS card border radius.
        const radius = await page
            .locator('article.slds-card')
            .first()
            .evaluate((el) => getComputedStyle(el).borderRadius);
        assert.notEqual(radius, '0px', 'SLDS styles apply to lightning-card');
        assert.deepEqual(page.consoleErrors, [], 'console errors');
        assert.deepEqual(page.failedRequests, [], 'failed requests');
        assert.deepEqual(page.apexErrors, [], 'Apex errors');
    } finally {
        await page.close();
    }
});

for (const org of orgs) {
    for (const pageDef of pages) {
        test(`page "${pageDef.id}" (${pageDef.component}) in demo org "${org.id}" renders cleanly`, async () => {
            const page = await openPage(session.chrome.browser, session.preview.baseUrl, {
                org: org.id,
                page: pageDef.id
            });
            try {
                const host = page.locator(`[data-id="preview-page"] > *`).first();
                await host.waitFor({ timeout: 10000 });
                await page.waitForApexIdle();
                // Let late renders and icon chunks settle before judging the console.
                await page.waitForLoadState('networkidle');
                await screenshot(page, `preview-${org.id}-${pageDef.id}`);
                assert.deepEqual(page.consoleErrors, [], 'console errors');
                assert.deepEqual(page.failedRequests, [], 'failed requests');
                assert.deepEqual(page.apexErrors, [], 'Apex errors');
            } finally {
                await page.close();
            }
        });
    }
}

test('the hidden base-components page renders the lightning-base-components the features use', async () => {
    const page = await openPage(session.chrome.browser, session.preview.baseUrl, {
        org: orgs[0].id,
        page: '__base-components'
    });
    try {
        await page.locator('[data-id="base-components"] lightning-datatable tbody tr').nth(1).waitFor();
        await page
            .locator(
                '[data-id="base-components"] lightning-combobox button, [data-id="base-components"] lightning-combobox input'
            )
            .first()
            .click();
        await page
            .getByRole('listbox', { name: 'Combobox' })
            .getByRole('option', { name: 'Partner Telephony' })
            .click();
        await page.locator('[data-id="toast"] button').click();
        await page.locator('[data-id="toast-message"]').getByText('From a base component page').waitFor();
        await page.locator('[data-id="confirm"] button').click();
        await page.getByRole('button', { name: 'OK' }).click();
        await page.locator('[data-id="confirmed"]').getByText('confirmed').waitFor();
        await page.waitForLoadState('networkidle');
        await screenshot(page, 'preview-base-components');
        assert.deepEqual(page.consoleErrors, [], 'console errors');
        assert.deepEqual(page.failedRequests, [], 'failed requests');
    } finally {
        await page.close();
    }
});

test('navigation between pages, the org picker and an unknown page', async () => {
    const page = await openPage(session.chrome.browser, session.preview.baseUrl, {
        org: orgs[0].id,
        page: pages[0].id
    });
    try {
        for (const pageDef of pages) {
            await page.locator(`[data-id="preview-nav"] a[data-page="${pageDef.id}"]`).click();
            await page.waitForApexIdle();
            assert.equal(new URL(page.url()).searchParams.get('page'), pageDef.id);
        }
        for (const org of [...orgs.slice(1), orgs[0]]) {
            await Promise.all([
                page.waitForURL(new RegExp(`org=${org.id}&`)),
                page.locator('[data-id="org-picker"]').selectOption(org.id)
            ]);
            await page.waitForApexIdle();
            assert.equal(new URL(page.url()).searchParams.get('page'), pages.at(-1).id, 'switching org keeps the page');
        }
        await page.goto(`${session.preview.baseUrl}/?org=${orgs[0].id}&page=no-such-page`);
        await page.locator('[data-id="unknown-page"]').waitFor();
        assert.deepEqual(page.consoleErrors, [], 'console errors');
    } finally {
        await page.close();
    }
});
