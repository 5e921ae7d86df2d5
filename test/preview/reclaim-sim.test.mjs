// Node tests of the reclaim plan (RECLAIM_UNNEEDED_PSL) in the preview simulation (preview/adapters/
// RemediationController.mjs, _remediation-sim.mjs; docs/reclaim.md): the unneeded-PSL findings of the demo org's
// dashboard data are the targets, seats freed = assignments deleted, undo re-creates them; the Voice fix is unchanged.
// Needs the generated large org: run after `node scripts/preview/build-preview.mjs`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers.mjs';
import { createPreviewApex } from '../../scripts/preview/apex-dispatch.mjs';

const MONDAY_NOON_NY = Date.parse('2026-11-23T17:00:00.000Z');

function org(name, generatedRoot = join(ROOT, '.tmp', 'no-generated')) {
    let clock = MONDAY_NOON_NY;
    const apex = createPreviewApex({ root: ROOT, generatedRoot, now: () => new Date(clock) });
    const call = async (method, params) => {
        const answer = await apex.call({ org: name, className: 'RemediationController', method, params });
        if (answer.status !== 200) throw new Error(answer.body.message);
        return answer.body;
    };
    return { call, tick: (ms) => (clock += ms) };
}

const reclaim = (licenseDeveloperName, targetIds = []) => ({
    planType: 'RECLAIM_UNNEEDED_PSL',
    targetIds,
    licenseDeveloperName,
    businessHoursId: null
});

/** Schedules a draft for the next window and polls it until it stops. */
async function runToEnd({ call, tick }, run, confirm = 'CONFIRM', method = 'scheduleRun') {
    const params = method === 'scheduleRun' ? { businessHoursId: null } : {};
    await call(method, { runId: run.id, startTime: null, confirmation: confirm, ...params });
    tick(5000);
    let status;
    for (let i = 0; i < 20; i++) {
        status = await call('getRunStatus', { runId: run.id });
        if (!['Scheduled', 'Running'].includes(status.status)) break;
    }
    return status;
}

test('KB org: the selected finding is reclaimed (2 → 1 used of CRM Analytics Plus) and undone', async () => {
    const kb = org('kb-example');
    const omar = 'a03PV0000000003AAA';
    const diagnosis = await kb.call('diagnose', reclaim('EinsteinAnalyticsPlusPsl', [omar]));
    assert.equal(diagnosis.affectedReason, 'TARGETS_FOUND');
    assert.equal(diagnosis.canProceed, true);
    assert.equal(diagnosis.seatsToFree, 1);
    assert.equal(diagnosis.ssoWarning, null);
    assert.deepEqual(
        diagnosis.checks.map((c) => `${c.key}:${c.status}`),
        [
            'AFFECTED:pass',
            'SNAPSHOT_SIZE:pass',
            'SEATS:pass',
            'PERMISSIONS:pass',
            'ACTIVE_RUN:pass',
            'ACTIVE_JOBS:pass',
            'DURATION:pass'
        ]
    );
    // A finding of another license or type is no target.
    const none = await kb.call('diagnose', reclaim('ServiceCloudVoicePsl'));
    assert.equal(none.affectedReason, 'NO_TARGETS');
    assert.equal(none.canProceed, false);
    await assert.rejects(kb.call('createDraftRun', reclaim('ServiceCloudVoicePsl')), /Nothing to do/);

    const draft = await kb.call('createDraftRun', reclaim('EinsteinAnalyticsPlusPsl', [omar]));
    assert.equal(draft.name, 'RR-0002');
    assert.equal(draft.planType, 'RECLAIM_UNNEEDED_PSL');
    assert.equal(draft.totalSteps, 3);
    const snapshot = await kb.call('getSnapshot', { runId: draft.id, kind: null, pageNumber: 1, pageSize: 25 });
    assert.deepEqual(
        snapshot.items.map((i) => [i.kind, i.name, i.detail, i.state]),
        [['PSL_ASSIGNMENT', 'Omar Haddad', 'CRM Analytics Plus', 'Recorded']]
    );
    const dry = await kb.call('dryRun', { runId: draft.id });
    assert.equal(dry.seatsToFree, 1);
    assert.ok(dry.operations.some((op) => op.action === 'DELETE' && op.sObjectType === 'PermissionSetLicenseAssign'));

    const done = await runToEnd(kb, draft);
    assert.equal(done.status, 'Completed');
    assert.equal(done.seatsUsedBefore, 2);
    assert.equal(done.seatsUsedAfter, 1);
    assert.match(done.steps.at(-1).message, /CRM Analytics Plus: remaining seats 3 → 4 of 5/);
    assert.equal((await kb.call('diagnose', reclaim('EinsteinAnalyticsPlusPsl'))).affectedReason, 'NO_TARGETS');
    // The Voice fix is untouched by the reclaim.
    const voice = await kb.call('diagnose', { ...reclaim(null), planType: 'VOICE_PSL_FIX' });
    assert.equal(voice.affectedReason, 'SET_LICENSED');
    assert.equal(voice.seatsUsed, 2);

    const undone = await runToEnd(kb, done, 'confirm', 'undoRun');
    assert.equal(undone.status, 'Undone');
    assert.equal(undone.seatsUsedAfter, 2);
    assert.equal((await kb.call('diagnose', reclaim('EinsteinAnalyticsPlusPsl'))).seatsToFree, 1);
});

const GENERATED = join(ROOT, 'preview', 'generated');
test(
    'large org: all unneeded Knowledge User assignments are reclaimed once RR-0007 is out of the way',
    { skip: !existsSync(join(GENERATED, 'large-org', 'dashboard.findings.json')) && 'large org not generated' },
    async () => {
        const large = org('large-org', GENERATED);
        const blocked = await large.call('diagnose', reclaim('KnowledgeUserPsl'));
        assert.equal(blocked.seatsToFree, 148);
        assert.equal(blocked.canProceed, false, 'RR-0007 is scheduled');
        await large.call('pauseRun', { runId: blocked.activeRunId });
        await large.call('undoRun', { runId: blocked.activeRunId, startTime: null, confirmation: 'CONFIRM' });
        large.tick(5000);
        for (let i = 0; i < 20; i++) await large.call('getRunStatus', { runId: blocked.activeRunId });
        const diagnosis = await large.call('diagnose', reclaim('KnowledgeUserPsl'));
        assert.equal(diagnosis.canProceed, true);
        assert.equal(diagnosis.seatsUsed, 1994);
        const draft = await large.call('createDraftRun', reclaim('KnowledgeUserPsl'));
        assert.equal(draft.seatsExpectedToFree, 148);
        const done = await runToEnd(large, draft);
        assert.equal(done.status, 'Completed');
        assert.equal(done.seatsUsedBefore - done.seatsUsedAfter, 148);
        assert.equal(done.steps.find((s) => s.stepKey === 'DELETE_LICENSE_ASSIGNMENTS').chunkCount, 1);
    }
);

test('KB org: a frozen row that vanished before the run is skipped, never replaced, never re-created by undo', async () => {
    const kb = org('kb-example');
    const omar = 'a03PV0000000003AAA';
    // Two plans freeze the same assignment; the second runs first and deletes it.
    const first = await kb.call('createDraftRun', reclaim('EinsteinAnalyticsPlusPsl', [omar]));
    const second = await kb.call('createDraftRun', reclaim('EinsteinAnalyticsPlusPsl', [omar]));
    assert.equal((await runToEnd(kb, second)).status, 'Completed');

    const done = await runToEnd(kb, first);
    assert.equal(done.status, 'Completed');
    assert.match(done.steps[0].message, /1 row vanished before the run and is skipped/);
    const snapshot = await kb.call('getSnapshot', { runId: first.id, kind: null, pageNumber: 1, pageSize: 25 });
    assert.deepEqual(
        snapshot.items.map((i) => i.state),
        ['Skipped']
    );
    assert.equal(done.seatsUsedAfter, done.seatsUsedBefore, 'nothing else was deleted in its place');

    const undone = await runToEnd(kb, done, 'confirm', 'undoRun');
    assert.equal(undone.status, 'Undone');
    assert.equal(undone.seatsUsedAfter, done.seatsUsedAfter, 'the undo re-creates nothing the run did not delete');
});
