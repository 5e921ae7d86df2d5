// Voice minutes in the preview (docs/voice-minutes.md): the call calculator's presets give the figures of the shared
// vectors (the seed's figures for the four Salesforce Help scenarios), and the usage page shows the generated month
// of the large-org demo org (≥ 50,000 VoiceCall legs computed by the adapter with the TypeScript rules).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openPage, paintedPixels, resetOrg, screenshot, ROOT, usePreviewAndBrowser } from './helpers.mjs';

const vectors = JSON.parse(
    readFileSync(join(ROOT, 'force-app/main/voice-minutes/staticresources/VoiceMinutesScenarios.json'), 'utf8')
);
const minutes = (seconds) => {
    const value = Math.round((seconds / 60) * 100) / 100;
    return Number.isInteger(value) ? String(value) : value.toFixed(2);
};

const session = usePreviewAndBrowser();

/** Picks a month in the page's lightning-combobox, as an admin would. */
async function pickMonth(page, label) {
    await page.getByRole('combobox', { name: 'Month (UTC)' }).click();
    await page.getByRole('option', { name: label }).click();
    await page.waitForApexIdle();
}

function assertClean(page) {
    assert.deepEqual(page.consoleErrors, []);
    assert.deepEqual(page.failedRequests, []);
    assert.deepEqual(page.apexErrors, []);
}

test('calculator: every preset shows the figures of the shared vectors (the seed scenarios included)', async () => {
    const page = await openPage(session.chrome.browser, session.preview.baseUrl, {
        org: 'kb-example',
        page: 'voiceCalculator'
    });
    try {
        const seed = vectors.scenarios.filter((scenario) => scenario.fromSeed);
        assert.equal(seed.length, 4, 'the four scenarios of the seed');
        for (const scenario of vectors.scenarios) {
            await page.locator(`[data-id="preset-${scenario.id}"] button`).click();
            const voice = page.locator('[data-id="voice-minutes"]');
            const telephony = page.locator('[data-id="telephony-minutes"]');
            const expected = scenario.expected.INCREMENT;
            await voice.filter({ hasText: new RegExp(`^${minutes(expected.voiceSeconds)}$`) }).waitFor();
            assert.equal((await telephony.textContent()).trim(), minutes(expected.telephonySeconds), scenario.id);
            if (scenario.seedFigures) {
                assert.equal(
                    (await voice.textContent()).trim(),
                    String(scenario.seedFigures.voiceMinutes),
                    scenario.id
                );
                assert.equal(
                    (await telephony.textContent()).trim(),
                    String(scenario.seedFigures.telephonyMinutes),
                    scenario.id
                );
            }
        }
        await page.locator('[data-id="preset-consult"] button').click();
        await page.locator('[data-id="reasoning"]').filter({ hasText: 'A consult runs in parallel' }).waitFor();
        assert.equal(await page.locator('[data-id="leg"]').count(), 2);
        await screenshot(page, 'voice-calculator-consult');
        assertClean(page);
    } finally {
        await page.close();
    }
});

test('usage: the generated month of large-org (≥ 50,000 legs) with trend, top calls and their legs', async () => {
    await resetOrg(session.preview.baseUrl, 'large-org');
    const page = await openPage(session.chrome.browser, session.preview.baseUrl, {
        org: 'large-org',
        page: 'voiceMinutes',
        viewport: { width: 1280, height: 1400 }
    });
    try {
        const month = page.locator('[data-id="month"]');
        await month.waitFor();
        // Pick October 2026, the fully generated month.
        const legs = JSON.parse(
            readFileSync(join(ROOT, 'preview/generated/large-org/voice.calls.2026-10.json'), 'utf8')
        );
        assert.ok(legs.rows.length >= 50000, `generated October has ${legs.rows.length} legs`);
        await pickMonth(page, 'Oct 2026');
        await page.locator('h2', { hasText: 'Oct 2026' }).waitFor();
        const calls = Number((await page.locator('[data-id="calls"]').textContent()).replace(/,/g, ''));
        const detail = await page.locator('[data-id="tile"]', { hasText: 'Calls' }).textContent();
        assert.ok(calls > 40000, `calls: ${calls}`);
        assert.match(detail, new RegExp(`${legs.rows.length.toLocaleString('en-US')} legs`));
        // The 12-month trend is a Chart.js bar chart (c-ls-chart) that really drew, with the months in its summary.
        const chart = page.locator('canvas[data-id="chart"]');
        const painted = await paintedPixels(page, chart);
        assert.ok(painted > 1000, `the Voice chart painted ${painted} pixels`);
        assert.match(await chart.getAttribute('aria-label'), /Voice and telephony minutes per month, \w{3} \d{4} to/);
        assert.equal(await page.locator('[data-id="trend-table"] tbody tr').count(), 12);
        assert.equal(await page.locator('[data-id="top-call"]').count(), 10);
        await page.locator('[data-id="top-call"]').first().locator('button').click();
        assert.ok((await page.locator('[data-id="leg"]').count()) >= 1);
        assert.match(
            await page.locator('[data-id="leg"]').first().textContent(),
            /(increment|whole minute|Not billed)/
        );
        assert.match(await page.locator('[data-id="projection"]').textContent(), /runs out around \d{4}-\d{2}-\d{2}/);
        await screenshot(page, 'voice-usage-large-org');
        assertClean(page);
    } finally {
        await page.close();
    }
});

test('usage: kb-example shows the documented scenarios as calls, and the balance can be saved', async () => {
    await resetOrg(session.preview.baseUrl, 'kb-example');
    const page = await openPage(session.chrome.browser, session.preview.baseUrl, {
        org: 'kb-example',
        page: 'voiceMinutes'
    });
    try {
        // It opens on the latest computed month (October), not on the empty month in progress (November).
        await page.locator('h2', { hasText: 'Oct 2026' }).waitFor();
        await page.locator('[data-id="top-call"]').first().waitFor();
        assert.equal((await page.locator('[data-id="calls"]').textContent()).trim(), '9');
        await pickMonth(page, 'Nov 2026');
        await page.locator('[data-id="empty"]').waitFor();
        await pickMonth(page, 'Oct 2026');
        await page.locator('[data-id="top-call"]').first().waitFor();
        // Top calls: the two meters in separate columns, minutes with their unit (never a summed "Billed min").
        await page.locator('h2', { hasText: 'Top calls by billed minutes (Voice + telephony)' }).waitFor();
        assert.deepEqual(
            (await page.locator('[data-id="top-calls"] > thead th').allInnerTexts()).map((text) => text.trim()),
            ['#', 'Started', 'Duration', 'Legs', 'Voice minutes billed', 'Telephony minutes billed', 'Breakdown']
        );
        const minutes = [
            ...(await page.locator('[data-id="top-call-voice"]').allInnerTexts()),
            ...(await page.locator('[data-id="top-call-telephony"]').allInnerTexts())
        ].map((text) => text.trim());
        assert.equal(minutes.length, 18);
        assert.ok(
            minutes.every((text) => /^\d[\d,]*(\.\d{1,2})? min$/.test(text)),
            minutes.join(' | ')
        );
        assert.ok(minutes.includes('2.17 min'), 'the external transfer bills 2:10 of Voice = 2.17 min');
        await screenshot(page, 'voice-usage-kb-top-calls');
        await page.locator('[data-id="balance"] input').fill('1000');
        await page.locator('[data-id="save-balance"] button').click();
        await page.waitForApexIdle();
        await page.locator('[data-id="projection"]', { hasText: 'Balance 1,000 minutes' }).waitFor();
        assert.match(await page.locator('[data-id="projection"]').textContent(), /runs out around \d{4}-\d{2}-\d{2}/);
        assertClean(page);
    } finally {
        await page.close();
    }
});

test('usage: a recompute shows its progress and the page refreshes itself when it is done', async () => {
    await resetOrg(session.preview.baseUrl, 'kb-example');
    const page = await openPage(session.chrome.browser, session.preview.baseUrl, {
        org: 'kb-example',
        page: 'voiceMinutes'
    });
    try {
        await page.locator('h2', { hasText: 'Oct 2026' }).waitFor();
        await page.locator('[data-id="recompute"] button').click();
        await page.waitForApexIdle();
        // Running: the chunks done so far, as text and as a progress bar, without the admin pressing Refresh.
        const running = page.locator('[data-id="running"]');
        await running.filter({ hasText: /\d+ of \d+ chunks done \(\d+ %\)/ }).waitFor({ timeout: 15000 });
        assert.equal(await page.locator('[data-id="progress"]').count(), 1);
        await page
            .locator('[data-id="notice"]', { hasText: 'The recompute of Oct 2026 has finished' })
            .waitFor({ timeout: 30000 });
        assert.equal(await running.count(), 0);
        assert.equal((await page.locator('[data-id="calls"]').textContent()).trim(), '9', 'the same calls, recomputed');
        assertClean(page);
    } finally {
        await page.close();
    }
});
