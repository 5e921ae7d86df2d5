// Playwright test of the Voice PSL fix wizard (docs/voice-fix-wizard.md) in the preview, against the simulated
// remediation engine (preview/adapters/RemediationController.mjs) on the KB 005316943 demo org:
// Diagnose → Review snapshot (CSV export) → Schedule → Confirm (dry run, org name) → Monitor (pause, resume,
// polling, Completed) → Undo → Undone. Screenshots: test-results/voice-fix-*.png.
// Run with `npm run test:preview` (builds first) or, after a build, `node --test test/preview/voice-fix.test.mjs`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, openPage, resetOrg, screenshot, usePreviewAndBrowser } from './helpers.mjs';

const ORG = 'kb-example';
const orgName = JSON.parse(
    readFileSync(join(ROOT, 'preview', 'demo-orgs', ORG, 'LicenseStewardAppController.getAppContext.json'), 'utf8')
).orgName;

const session = usePreviewAndBrowser();

/** Clicks the inner <button> of a lightning-button found by its data-id. */
async function click(page, dataId) {
    await page.locator(`[data-id="${dataId}"] button`).first().click();
    await page.waitForApexIdle();
}

async function text(page, selector) {
    return (await page.locator(selector).first().innerText()).trim();
}

async function runStatus(page) {
    return text(page, '[data-id="run-status"]');
}

/** Clicks Refresh (one poll of the simulated engine) until the run reaches `status`. */
async function refreshUntil(page, status, max = 20) {
    for (let i = 0; i < max; i++) {
        const current = await runStatus(page);
        if (current === status) return;
        // The simulated scheduler fires a Scheduled run on a poll at least 3 s after it was scheduled.
        if (current === 'Scheduled') await page.waitForTimeout(1000);
        await click(page, 'refresh');
    }
    assert.equal(await runStatus(page), status, `run did not reach ${status}`);
}

/** data-id of the element that has focus, looking through shadow roots. */
function focusedDataId(page) {
    return page.evaluate(() => {
        let active = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        return active?.getAttribute('data-id') ?? null;
    });
}

function assertClean(page) {
    assert.deepEqual(page.consoleErrors, [], 'console errors');
    assert.deepEqual(page.failedRequests, [], 'failed requests');
    assert.deepEqual(page.apexErrors, [], 'Apex errors');
}

test('the wizard fixes the KB org out of hours and undoes the fix', async () => {
    await resetOrg(session.preview.baseUrl, ORG);
    const page = await openPage(session.chrome.browser, session.preview.baseUrl, { org: ORG, page: 'voiceFix' });
    try {
        // 1. Diagnose: affected, every pre-flight check, the SSO warning, the seats to free.
        await page.locator('[data-id="diagnosis-summary"]').waitFor();
        assert.match(
            await text(page, '[data-id="diagnosis-summary"]'),
            /^Affected: "Salesforce Voice Permission Set" \(SalesforceVoiceCustomPsl\) carries the Salesforce Voice User license/
        );
        assert.match(await text(page, '[data-id="sso-warning"]'), /single sign-on to Amazon Connect/);
        assert.equal(await page.locator('[data-id="check"]').count(), 10);
        assert.match(await text(page, '[data-id="seats"]'), /1 Salesforce Voice User seat to free \(2 of 2 used now\)/);
        assert.match(await text(page, '[data-id="step-heading"]'), /Step 1 of 5: Diagnose/);
        await screenshot(page, 'voice-fix-1-diagnose');

        // 2. Review snapshot: users, then connected apps; CSV export of everything.
        await click(page, 'proceed');
        await page.locator('[data-id="snapshot-table"]').waitFor();
        assert.match(await text(page, '[data-id="step-heading"]'), /Step 2 of 5: Review snapshot/);
        assert.equal(await focusedDataId(page), 'step-heading', 'focus moves to the step heading');
        const users = await page.locator('[data-id="snapshot-row"] th').allInnerTexts();
        assert.deepEqual(users, ['User-1', 'User-2']);
        await page.locator('[data-id="kind-filter"] label', { hasText: 'Connected apps' }).click();
        await page.waitForApexIdle();
        assert.deepEqual(await page.locator('[data-id="snapshot-row"] th').allInnerTexts(), ['Amazon Connect SSO']);
        const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'export')]);
        assert.match(download.suggestedFilename(), /^RR-0002-snapshot\.csv$/);
        const csv = readFileSync(await download.path(), 'utf8');
        assert.match(
            csv,
            /^\uFEFF"Kind","Name","Detail","Record Id","Active","Keeps license","State","Assignment Id"\r\n/
        );
        assert.equal(csv.trim().split('\r\n').length, 6, 'header + 2 users + 1 app + 2 license assignments');
        assert.match(csv, /"User","User-2","user2@acme-contact-center\.example"/);
        await screenshot(page, 'voice-fix-2-review');

        // 3. Schedule: default business hours (New York, Thanksgiving closed), out-of-hours windows only.
        await click(page, 'to-schedule');
        await page.locator('[data-id="window-options"] input[type="radio"]').first().waitFor();
        assert.match(await text(page, '[data-id="hours-summary"]'), /Mon–Fri 08:00–18:00.*America\/New_York/);
        const windows = await page.locator('[data-id="window-options"] label').allInnerTexts();
        assert.ok(windows.length >= 2, 'proposed windows and the custom option');
        assert.ok(
            windows.slice(0, -1).every((w) => /\(America\/New_York\)/.test(w)),
            windows.join('\n')
        );
        assert.ok(await page.locator('[data-id="window-options"] input[type="radio"]').first().isChecked());
        assert.match(await text(page, '[data-id="estimate"]'), /about 10 minutes/);
        await screenshot(page, 'voice-fix-3-schedule');

        // 4. Confirm: dry run lists every operation without changing anything; the org name unlocks scheduling.
        await click(page, 'to-confirm');
        await click(page, 'dry-run');
        assert.equal(await page.locator('[data-id="dry-run-row"]').count(), 9);
        assert.match(await text(page, '[data-id="dry-run-summary"]'), /No change is made by this dry run/);
        const scheduleButton = page.locator('[data-id="schedule-run"] button');
        await page.locator('[data-id="confirmation"] input').fill('Acme');
        assert.ok(await scheduleButton.isDisabled(), 'a wrong confirmation keeps the button disabled');
        await page.locator('[data-id="confirmation"] input').fill(orgName);
        await page.locator('[data-id="confirmation"] input').blur();
        assert.ok(await scheduleButton.isEnabled(), 'the org name enables scheduling');
        await screenshot(page, 'voice-fix-4-confirm');
        await click(page, 'schedule-run');

        // 5. Monitor: Scheduled; pause and resume; the poll starts the run out of hours, steps advance, Completed.
        await page.locator('[data-id="run-status"]').waitFor();
        assert.equal(await runStatus(page), 'Scheduled');
        assert.match(await text(page, '[data-id="step-heading"]'), /Step 5 of 5: Monitor/);
        await click(page, 'pause');
        assert.equal(await runStatus(page), 'Paused');
        assert.match(await text(page, '[data-id="run-description"]'), /Paused by an admin/);
        await click(page, 'resume');
        assert.equal(await runStatus(page), 'Scheduled');
        // The monitor polls by itself (every 10 s while Scheduled): the simulated scheduler fires the run.
        await page.waitForFunction(
            () => {
                const find = (root) => {
                    const hit = root.querySelector('[data-id="run-status"]');
                    if (hit) return hit;
                    for (const el of root.querySelectorAll('*')) {
                        if (el.shadowRoot) {
                            const inner = find(el.shadowRoot);
                            if (inner) return inner;
                        }
                    }
                    return null;
                };
                return find(document)?.textContent.trim() === 'Running';
            },
            null,
            { timeout: 15000 }
        );
        await page.waitForApexIdle();
        await click(page, 'refresh');
        await click(page, 'refresh');
        assert.equal(await runStatus(page), 'Running');
        assert.ok((await page.locator('[data-id="step-status"]', { hasText: 'Done' }).count()) >= 1);
        await screenshot(page, 'voice-fix-5-monitor-running');
        await refreshUntil(page, 'Completed');
        assert.match(await text(page, '[data-id="run-description"]'), /used seats went from 2 to 1/);
        assert.match(await text(page, '[data-step="VERIFY_SEATS"]'), /net remaining seats 0 → 1 of 2/);
        assert.equal(await page.locator('[data-id="step-status"]', { hasText: 'Done' }).count(), 9);
        assert.match(await text(page, '[data-id="audit"]'), /COMPLETED/);
        await screenshot(page, 'voice-fix-6-completed');

        // Undo: scheduled out of hours too, confirmed; the polls restore the snapshot; Undone.
        await click(page, 'undo');
        await page.locator('[data-id="undo-panel"] [data-id="window-options"] input[type="radio"]').first().waitFor();
        await click(page, 'undo-preview');
        assert.match(
            await text(page, '[data-id="undo-preview"] [data-id="dry-run-table"]'),
            /Re-create 1 license assignment/
        );
        const undoSubmit = page.locator('[data-id="undo-submit"] button');
        assert.ok(await undoSubmit.isDisabled(), 'undo needs a confirmation');
        await page.locator('[data-id="undo-confirmation"] input').fill('confirm');
        await page.locator('[data-id="undo-confirmation"] input').blur();
        await screenshot(page, 'voice-fix-7-undo');
        await click(page, 'undo-submit');
        assert.equal(await runStatus(page), 'Scheduled');
        assert.equal(await text(page, '[data-id="run-direction"]'), 'Undo');
        await refreshUntil(page, 'Undone');
        assert.match(await text(page, '[data-id="run-description"]'), /Undone/);
        assert.match(await text(page, '[data-id="history"]'), /RR-0002\s+Undone/);
        await screenshot(page, 'voice-fix-8-undone');

        // Back to the diagnosis: the org is affected again.
        await click(page, 'start-over');
        await page.locator('[data-id="diagnosis-summary"]').waitFor();
        assert.match(await text(page, '[data-id="diagnosis-summary"]'), /^Affected:/);
        assertClean(page);
    } finally {
        await page.close();
        await resetOrg(session.preview.baseUrl, ORG);
    }
});

test('a failed run can be opened from the history and resumed', async () => {
    await resetOrg(session.preview.baseUrl, 'voice-fix-failed');
    const page = await openPage(session.chrome.browser, session.preview.baseUrl, {
        org: 'voice-fix-failed',
        page: 'voiceFix'
    });
    try {
        await page.locator('[data-id="history-row"]').first().waitFor();
        await page.locator('[data-id="history-row"][data-run-name="RR-0001"] button').click();
        await page.waitForApexIdle();
        assert.equal(await runStatus(page), 'Failed');
        assert.match(await text(page, '[data-id="run-error"]'), /lacks Customize Application/);
        await screenshot(page, 'voice-fix-failed');
        await click(page, 'resume');
        assert.equal(await runStatus(page), 'Scheduled');
        assertClean(page);
    } finally {
        await page.close();
        await resetOrg(session.preview.baseUrl, 'voice-fix-failed');
    }
});

test('held runs show why: integrity failure with a refused audit entry, paused for re-approval', async () => {
    const org = 'voice-fix-held';
    await resetOrg(session.preview.baseUrl, org);
    const page = await openPage(session.chrome.browser, session.preview.baseUrl, { org, page: 'voiceFix' });
    try {
        await page.locator('[data-id="history-row"]').first().waitFor();

        // RR-0001: edited outside License Steward → the seal stopped it; neither resume nor undo is offered.
        await page.locator('[data-id="history-row"][data-run-name="RR-0001"] button').click();
        await page.waitForApexIdle();
        assert.equal(await runStatus(page), 'Failed');
        assert.equal(await text(page, '[data-id="run-hold"]'), 'Integrity failure');
        assert.match(await text(page, '[data-id="run-description"]'), /changed outside License Steward/);
        assert.match(await text(page, '[data-id="run-error"]'), /no longer match the seal/);
        assert.match(
            await text(page, '[data-id="run-publish-failure"]'),
            /1 audit entry could not be published[\s\S]*LIMIT_EXCEEDED/
        );
        assert.equal(await page.locator('[data-id="resume"]').count(), 0, 'no resume after an integrity failure');
        assert.equal(await page.locator('[data-id="undo"]').count(), 0, 'no undo after an integrity failure');
        assert.match(await text(page, '[data-id="audit"]'), /INTEGRITY_FAILED/);
        await screenshot(page, 'voice-fix-held-integrity');

        // RR-0002: a user joined the Voice set after approval → paused for re-approval; undo, not resume.
        await page.locator('[data-id="history-row"][data-run-name="RR-0002"] button').click();
        await page.waitForApexIdle();
        assert.equal(await runStatus(page), 'Paused');
        assert.equal(await text(page, '[data-id="run-hold"]'), 'Paused for re-approval');
        assert.match(await text(page, '[data-id="run-description"]'), /create a new plan/);
        assert.match(await text(page, '[data-id="run-error"]'), /1 row appeared since the plan was approved/);
        assert.equal(await page.locator('[data-id="resume"]').count(), 0, 'no resume without a new approval');
        assert.equal(await page.locator('[data-id="undo"]').count(), 1, 'undo releases the engine');
        assert.equal(await page.locator('[data-id="run-publish-failure"]').count(), 0, 'nothing lost on RR-0002');
        await screenshot(page, 'voice-fix-held-reapproval');
        assertClean(page);
    } finally {
        await page.close();
        await resetOrg(session.preview.baseUrl, org);
    }
});
