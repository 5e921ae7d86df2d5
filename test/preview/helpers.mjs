// Helpers for Playwright tests of the preview (test/preview/*.test.mjs). See docs/ARCHITECTURE.md, "Preview".
// The preview must be built first (`npm run test:preview` does: build + build-preview + these tests).
//
//   const preview = await startPreview();            // { baseUrl, close() } on a free port
//   const chrome = await launchBrowser();             // { browser, close() }; one per test file
//   const page = await openPage(chrome.browser, preview.baseUrl, { org: 'kb-example', page: 'home' });
//   ... assertions with page.locator(...) ...
//   assert.deepEqual(page.consoleErrors, []);         // console errors + uncaught page errors
//   assert.deepEqual(page.failedRequests, []);        // network failures and HTTP >= 400 (Apex calls excluded)
//   assert.deepEqual(page.apexErrors, []);            // Apex calls answered with an error
//   await resetOrg(preview.baseUrl, 'kb-example');    // forget adapter state (e.g. after a remediation)
//   await page.close(); await chrome.close(); await preview.close();
import { existsSync, mkdirSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/preview/serve.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const RESULTS_DIR = join(ROOT, 'test-results');

const CHROMIUM_ARGS = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync'
];

/** Starts the preview server on a free port. */
export async function startPreview({ port = 0 } = {}) {
    const server = await startServer({ port, host: '127.0.0.1', quiet: true });
    return { baseUrl: server.url, close: server.close };
}

/**
 * One preview server and one Chromium for a test file: registers node:test `before`/`after` hooks that start and
 * close them, and returns `{ preview, chrome }`, filled in once `before` has run.
 *   const session = usePreviewAndBrowser();
 *   const page = await openPage(session.chrome.browser, session.preview.baseUrl, { org: 'kb-example' });
 */
export function usePreviewAndBrowser() {
    const session = { preview: undefined, chrome: undefined };
    before(async () => {
        session.preview = await startPreview();
        session.chrome = await launchBrowser();
    });
    after(async () => {
        await session.chrome?.close();
        await session.preview?.close();
    });
    return session;
}

/** Launches headless Chromium (CHROMIUM_PATH env, else /usr/bin/chromium) with a fresh temporary profile. */
export async function launchBrowser() {
    const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
    if (!existsSync(executablePath)) {
        throw new Error(`${executablePath} not found: apt-get install -y chromium (or set CHROMIUM_PATH)`);
    }
    // chromium.launch() always starts from a fresh temporary profile (user-data-dir) that it deletes on close.
    const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
    return { browser, close: () => browser.close() };
}

/**
 * Opens /?org=<org>&page=<page> in a new page (own context, 1280x900) and waits until the page's component has
 * rendered and no Apex call is pending. The returned Playwright page carries:
 *   page.consoleErrors  string[]  console.error messages and uncaught exceptions
 *   page.failedRequests string[]  failed requests and HTTP >= 400 answers, except Apex calls
 *   page.apexErrors     Array<{ method, status, message }>  Apex calls answered with an error
 *   page.toasts()       Promise<Array<{ title, message, variant }>>  toasts shown so far
 *   page.waitForApexIdle()  waits until no Apex call is in flight
 * @param {import('playwright-core').Browser} browser
 * @param {string} baseUrl
 * @param {{ org?: string, page?: string, params?: Record<string, string>, viewport?: { width: number, height: number } }} [target]
 */
export async function openPage(browser, baseUrl, { org, page: pageId, params = {}, viewport } = {}) {
    const context = await browser.newContext({ viewport: viewport ?? { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.consoleErrors = [];
    page.failedRequests = [];
    page.apexErrors = [];
    let pending = 0;
    const isApex = (url) => new URL(url).pathname.startsWith('/apex/');

    page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const location = message.location()?.url ?? '';
        // Chromium logs every HTTP error answer as "Failed to load resource"; Apex errors are in page.apexErrors
        // and other HTTP errors in page.failedRequests.
        if (message.text().startsWith('Failed to load resource') && location) return;
        page.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => page.consoleErrors.push(`Uncaught ${error.stack ?? error.message ?? error}`));
    page.on('request', (request) => {
        if (isApex(request.url())) pending++;
    });
    page.on('requestfailed', (request) => {
        if (isApex(request.url())) pending--;
        page.failedRequests.push(`${request.method()} ${request.url()}: ${request.failure()?.errorText ?? 'failed'}`);
    });
    page.on('response', async (response) => {
        const url = response.url();
        if (!isApex(url)) {
            if (response.status() >= 400) page.failedRequests.push(`${response.status()} ${url}`);
            return;
        }
        try {
            if (response.status() >= 400) {
                let message = '';
                try {
                    message = (await response.json())?.message ?? '';
                } catch {
                    message = await response.text().catch(() => '');
                }
                page.apexErrors.push({
                    method: new URL(url).pathname.replace(/^\/apex\//, '').replace('/', '.'),
                    status: response.status(),
                    message
                });
            } else {
                await response.finished();
            }
        } finally {
            pending--;
        }
    });

    page.waitForApexIdle = async (timeout = 10000) => {
        const deadline = Date.now() + timeout;
        // Two quiet checks in a row: a wire answer often triggers the next call in the same tick.
        let quiet = 0;
        while (quiet < 2) {
            if (Date.now() > deadline) throw new Error(`Apex calls still pending after ${timeout} ms`);
            await page.waitForTimeout(50);
            quiet = pending === 0 ? quiet + 1 : 0;
        }
    };
    page.toasts = () => page.evaluate(() => [...(window.__previewToasts ?? [])]);

    const search = new URLSearchParams();
    if (org) search.set('org', org);
    if (pageId) search.set('page', pageId);
    for (const [key, value] of Object.entries(params)) search.set(key, value);
    const query = search.toString();
    await page.goto(`${baseUrl}/${query ? `?${query}` : ''}`, { waitUntil: 'load' });
    await page.waitForSelector('preview-app [data-id="preview-page"]', { timeout: 15000 });
    await page.waitForApexIdle();
    const close = page.close.bind(page);
    page.close = async (options) => {
        await close(options);
        await context.close();
    };
    return page;
}

/** Forgets the adapters' per-org state on the server (POST /__preview/reset?org=). */
export async function resetOrg(baseUrl, org) {
    const response = await fetch(`${baseUrl}/__preview/reset?org=${encodeURIComponent(org)}`, { method: 'POST' });
    if (!response.ok) throw new Error(`reset of demo org ${org} failed: HTTP ${response.status}`);
}

/** Saves a full-page screenshot as test-results/<name>.png and returns its path. */
export async function screenshot(page, name) {
    mkdirSync(RESULTS_DIR, { recursive: true });
    const file = join(RESULTS_DIR, `${name.replace(/[^A-Za-z0-9._-]+/g, '-')}.png`);
    await page.screenshot({ path: file, fullPage: true });
    return file;
}

/**
 * Waits until Chart.js (the chartJs static resource, loaded by c-ls-chart) has drawn on a canvas and returns how many
 * of its pixels are painted (alpha > 0): a real picture, not an empty canvas.
 */
export async function paintedPixels(page, canvas, { timeout = 10000 } = {}) {
    await canvas.waitFor();
    await page.waitForFunction(() => typeof window.Chart === 'function');
    const count = () =>
        canvas.evaluate((element) => {
            const { data } = element.getContext('2d').getImageData(0, 0, element.width, element.height);
            let painted = 0;
            for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted++;
            return painted;
        });
    // The library's script has run; the chart is drawn when loadScript's promise settles, a moment later.
    const deadline = Date.now() + timeout;
    let painted = await count();
    while (painted === 0 && Date.now() < deadline) {
        await page.waitForTimeout(100);
        painted = await count();
    }
    return painted;
}

/** The reclaim flow's custom element: both reclaim plans (PSL assignments, package seats) run in it. */
export const RECLAIM_FLOW = 'c-license-reclaim-flow';

/** Clicks the inner <button> of a lightning-button found by its data-id inside `scope`, then waits for Apex. */
export async function clickButton(page, dataId, scope = RECLAIM_FLOW) {
    await page.locator(`${scope} [data-id="${dataId}"] button`).first().click();
    await page.waitForApexIdle();
}

/** The trimmed inner text of the first element matching `selector`. */
export async function textOf(page, selector) {
    return (await page.locator(selector).first().innerText()).trim();
}

/** The monitored run's status badge in the reclaim flow. */
export const reclaimRunStatus = (page) => textOf(page, `${RECLAIM_FLOW} [data-id="run-status"]`);

/** Clicks Refresh (one poll of the simulated engine) until the reclaim run reaches `status`. */
export async function refreshReclaimUntil(page, status, max = 20) {
    for (let i = 0; i < max; i++) {
        const current = await reclaimRunStatus(page);
        if (current === status) return;
        // The simulated scheduler fires a Scheduled run on a poll at least 3 s after it was scheduled.
        if (current === 'Scheduled') await page.waitForTimeout(1000);
        await clickButton(page, 'refresh');
    }
    if ((await reclaimRunStatus(page)) !== status) throw new Error(`run did not reach ${status}`);
}
