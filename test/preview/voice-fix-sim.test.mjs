// Node tests of the Voice fix preview simulation (preview/adapters/RemediationController.mjs and its helpers
// _remediation-hours.mjs, _remediation-sim.mjs; docs/voice-fix-wizard.md): out-of-hours windows (holidays, 24x7,
// never open, daylight saving), start-time verdicts, and the KB 005316943 run end to end with the Apex error texts.
// No browser: `node --test test/preview/voice-fix-sim.test.mjs`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ROOT } from './helpers.mjs';
import { createPreviewApex } from '../../scripts/preview/apex-dispatch.mjs';
import { outOfHoursWindows, windowLabel, isWithin, nextOpening } from '../../preview/adapters/_remediation-hours.mjs';
import { undo, resume, undoSeatShortage } from '../../preview/adapters/_remediation-sim.mjs';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'];
const NEW_YORK = {
    timeZone: 'America/New_York',
    days: Object.fromEntries(WEEKDAYS.map((d) => [d, ['08:00', '18:00']])),
    holidays: [{ date: '2026-11-26', name: 'Thanksgiving' }]
};
const MONDAY_NOON_NY = Date.parse('2026-11-23T17:00:00.000Z');

test('windows skip a holiday and start when business hours end', () => {
    const labels = outOfHoursWindows(NEW_YORK, MONDAY_NOON_NY, 10, 4).map((w) => windowLabel(NEW_YORK, w));
    assert.deepEqual(labels, [
        'Mon 23 Nov 2026 18:00 - Tue 24 Nov 2026 08:00 (America/New_York)',
        'Tue 24 Nov 2026 18:00 - Wed 25 Nov 2026 08:00 (America/New_York)',
        'Wed 25 Nov 2026 18:00 - Fri 27 Nov 2026 08:00 (America/New_York)',
        'Fri 27 Nov 2026 18:00 - Mon 30 Nov 2026 08:00 (America/New_York)'
    ]);
    assert.equal(isWithin(NEW_YORK, Date.parse('2026-11-26T15:00:00.000Z')), false, 'Thanksgiving is closed');
    assert.equal(nextOpening(NEW_YORK, Date.parse('2026-11-25T23:00:00.000Z')), Date.parse('2026-11-27T13:00:00.000Z'));
});

test('a window must hold the estimate plus 30 minutes; 24x7 hours have none, hours that never open one endless', () => {
    const lateShift = { timeZone: 'UTC', days: Object.fromEntries(WEEKDAYS.map((d) => [d, ['00:30', '23:45']])) };
    const monday = Date.parse('2026-11-23T12:00:00.000Z');
    // 45 minutes out of hours each weekday night: enough for 15 + 30, not for 16 + 30.
    assert.equal(outOfHoursWindows(lateShift, monday, 15, 1)[0].availableMinutes, 45);
    assert.equal(
        outOfHoursWindows(lateShift, monday, 16, 1)[0].start,
        Date.parse('2026-11-27T23:45:00.000Z'),
        'the first long enough window is the weekend'
    );
    const always = {
        timeZone: 'GMT',
        days: Object.fromEntries([...WEEKDAYS, 'Sat', 'Sun'].map((d) => [d, ['00:00', '24:00']]))
    };
    assert.deepEqual(outOfHoursWindows(always, monday, 10, 5), []);
    const never = outOfHoursWindows({ timeZone: 'UTC', days: {} }, monday, 10, 5);
    assert.equal(never.length, 1);
    assert.equal(never[0].end, null);
    assert.equal(never[0].availableMinutes, 10080);
});

test('windows follow the local clock across the end of daylight saving time', () => {
    const friday = Date.parse('2026-10-30T16:00:00.000Z'); // Fri 30 Oct, 12:00 in New York (EDT)
    const [first] = outOfHoursWindows(NEW_YORK, friday, 10, 1);
    assert.equal(first.start, Date.parse('2026-10-30T22:00:00.000Z'), '18:00 EDT');
    assert.equal(first.end, Date.parse('2026-11-02T13:00:00.000Z'), 'Monday 08:00 EST (clocks went back on Sunday)');
});

/** Calls the adapter like the preview server does, with a clock the test moves. */
function kbOrg() {
    let clock = MONDAY_NOON_NY;
    const apex = createPreviewApex({
        root: ROOT,
        generatedRoot: join(ROOT, '.tmp', 'no-generated'),
        now: () => new Date(clock)
    });
    const call = async (method, params) => {
        const answer = await apex.call({ org: 'kb-example', className: 'RemediationController', method, params });
        if (answer.status !== 200) {
            const error = new Error(answer.body.message);
            error.status = answer.status;
            throw error;
        }
        return answer.body;
    };
    return { call, tick: (ms) => (clock += ms) };
}

const VOICE = { planType: 'VOICE_PSL_FIX', targetIds: [], licenseDeveloperName: null, businessHoursId: null };

test('the KB run: draft, schedule out of hours, one step per poll to Completed (2 → 1 used), undo to Undone', async () => {
    const { call, tick } = kbOrg();
    const diagnosis = await call('diagnose', VOICE);
    assert.equal(diagnosis.affectedReason, 'SET_LICENSED');
    assert.equal(diagnosis.canProceed, true);
    assert.equal(diagnosis.seatsToFree, 1);
    assert.deepEqual(
        diagnosis.checks.map((c) => `${c.key}:${c.status}`),
        [
            'AFFECTED:pass',
            'EDITABLE_SET:pass',
            'NAME_COLLISION:pass',
            'SNAPSHOT_SIZE:pass',
            'SEATS:pass',
            'PERMISSIONS:pass',
            'ACTIVE_RUN:pass',
            'ACTIVE_JOBS:pass',
            'DURATION:pass',
            'SSO:warn'
        ]
    );
    const draft = await call('createDraftRun', VOICE);
    assert.equal(draft.name, 'RR-0002');
    const windows = await call('proposeWindows', { runId: draft.id, businessHoursId: null, count: 3 });
    assert.equal(windows[0].startTime, '2026-11-23T23:00:00.000Z');

    const inside = await call('validateStartTime', {
        runId: draft.id,
        businessHoursId: null,
        startTime: '2026-11-24T15:00:00.000Z'
    });
    assert.equal(inside.valid, false);
    assert.equal(
        inside.message,
        'Tue 24 Nov 2026 10:00 (America/New_York) is inside business hours (Default). Pick a time outside them.'
    );
    assert.equal(inside.suggestedStart, '2026-11-24T23:00:00.000Z');

    await assert.rejects(
        call('scheduleRun', { runId: draft.id, businessHoursId: null, startTime: null, confirmation: 'Acme' }),
        {
            message:
                'Schedule the remediation run failed: Type the organization name "Acme Contact Center (KB 005316943 example)" or CONFIRM to schedule this run.'
        }
    );
    let run = await call('scheduleRun', {
        runId: draft.id,
        businessHoursId: null,
        startTime: windows[0].startTime,
        confirmation: ' confirm '
    });
    assert.equal(run.status, 'Scheduled');
    assert.equal((await call('getRunStatus', { runId: draft.id })).status, 'Scheduled', 'not fired within 3 s');
    tick(10000);
    const statuses = [];
    for (let i = 0; i < 12 && run.status !== 'Completed'; i++) {
        run = await call('getRunStatus', { runId: draft.id });
        statuses.push(`${run.status}:${run.completedSteps}`);
    }
    assert.deepEqual(statuses, [
        'Running:0',
        'Running:1',
        'Running:2',
        'Running:3',
        'Running:4',
        'Running:5',
        'Running:6',
        'Running:7',
        'Running:8',
        'Completed:9'
    ]);
    assert.equal(run.startedAt, '2026-11-23T23:00:00.000Z');
    assert.equal(run.verificationMessage, 'Verified: used seats went from 2 to 1 (1 expected to be freed).');
    assert.match(run.steps.find((s) => s.stepKey === 'VERIFY_SEATS').message, /net remaining seats 0 → 1 of 2/);
    assert.equal((await call('diagnose', VOICE)).affectedReason, 'ALREADY_RENAMED');

    await assert.rejects(call('pauseRun', { runId: draft.id }), {
        message:
            'Pause the remediation run failed: Run RR-0002 is Completed: it cannot be paused (only a Scheduled or Running run can).'
    });
    run = await call('undoRun', { runId: draft.id, startTime: null, confirmation: 'CONFIRM' });
    assert.equal(run.direction, 'Undo');
    tick(10000);
    for (let i = 0; i < 12 && run.status !== 'Undone'; i++) run = await call('getRunStatus', { runId: draft.id });
    assert.equal(run.status, 'Undone');
    assert.equal(run.seatsUsedAfter, 2);
    const again = await call('diagnose', VOICE);
    assert.equal(again.affectedReason, 'SET_LICENSED');
    assert.equal(again.seatsUsed, 2);
    const snapshot = await call('getSnapshot', { runId: draft.id, kind: null, pageNumber: 1, pageSize: 10 });
    assert.deepEqual(
        snapshot.items.map((i) => `${i.kind}:${i.name}:${i.state}`),
        [
            'CONNECTED_APP:Amazon Connect SSO:Restored',
            'PSL_ASSIGNMENT:User-1:Skipped',
            'PSL_ASSIGNMENT:User-2:Restored',
            'USER:User-1:Restored',
            'USER:User-2:Restored'
        ]
    );
});

test('undo and resumed undo are refused while the seats the run freed are taken again, like the Apex', () => {
    // The KB run after completion: User-2's assignment was released (Applied), User-1 kept its seat.
    const run = {
        id: 'a0XRun200000002AAA',
        name: 'RR-0002',
        planType: 'VOICE_PSL_FIX',
        status: 'Completed',
        direction: 'Forward',
        steps: [],
        snapshot: [
            { kind: 'USER', name: 'User-2', state: 'Applied' },
            { kind: 'PSL_ASSIGNMENT', name: 'User-1', state: 'Skipped' },
            { kind: 'PSL_ASSIGNMENT', name: 'User-2', state: 'Applied' }
        ]
    };
    const sim = {
        org: { orgName: 'Acme', license: { label: 'Salesforce Voice User', total: 2 }, live: { usedSeats: 1 } },
        runs: [run]
    };
    assert.equal(undoSeatShortage(sim, run), null, 'the freed seat is still free');
    sim.org.live.usedSeats = 2; // User-3 was given the freed seat: the point of the fix
    const shortage =
        'Undo needs 1 free "Salesforce Voice User" seat to give the recorded users their license back, and 0 are ' +
        'free now (2 of 2 used): seats the run freed have been assigned since. Free 1 more (the License Steward ' +
        'dashboard lists assignments nobody needs).';
    assert.equal(undoSeatShortage(sim, run), shortage);
    assert.throws(() => undo(sim, run, null, 'CONFIRM', Date.now()), { message: `${shortage} Then undo again.` });
    assert.equal(run.status, 'Completed', 'nothing changed');
    assert.equal(run.direction, 'Forward', 'nothing changed');

    run.status = 'Paused';
    run.direction = 'Undo';
    assert.throws(() => resume(sim, run, null, Date.now()), { message: `${shortage} Then resume the undo.` });
    assert.equal(run.status, 'Paused', 'still paused');
    run.snapshot[2].state = 'Restored'; // the license step's undo already gave User-2 its seat back
    assert.equal(undoSeatShortage(sim, run), null, 'nothing left to give back');
});

test('input errors read like the controller, service errors are wrapped like AuraErrors.wrap', async () => {
    const { call } = kbOrg();
    await assert.rejects(call('getRunStatus', { runId: 'abc' }), { message: 'That is not a valid run id.' });
    await assert.rejects(call('getRunStatus', { runId: '' }), { message: 'Choose a remediation run.' });
    await assert.rejects(call('getRunStatus', { runId: 'a0XRun900000009AAA' }), {
        message: 'Load the remediation run failed: Remediation run a0XRun900000009AAA was not found.'
    });
    await assert.rejects(
        call('getSnapshot', { runId: 'a0XRun100000001AAA', kind: null, pageNumber: 1, pageSize: 5000 }),
        {
            message: 'Page size must be between 1 and 2000.'
        }
    );
    await assert.rejects(call('diagnose', { ...VOICE, planType: 'NOPE' }), {
        message: 'Unknown plan. Use VOICE_PSL_FIX or RECLAIM_UNNEEDED_PSL or RECLAIM_PACKAGE_SEATS.'
    });
    const draft = await call('createDraftRun', VOICE);
    await call('scheduleRun', { runId: draft.id, businessHoursId: null, startTime: null, confirmation: 'CONFIRM' });
    await assert.rejects(call('createDraftRun', VOICE), {
        message:
            'Create the remediation run failed: Run RR-0002 is Scheduled. Let it finish, or pause and undo it, before starting another.'
    });
    const windows24x7 = await call('proposeWindows', {
        runId: draft.id,
        businessHoursId: '01m5g00000Full7AAA',
        count: 5
    });
    assert.deepEqual(windows24x7, []);
});

test('held runs (voice-fix-held): integrity failure with a refused audit entry, paused for re-approval', async () => {
    const apex = createPreviewApex({
        root: ROOT,
        generatedRoot: join(ROOT, '.tmp', 'no-generated'),
        now: () => new Date(MONDAY_NOON_NY)
    });
    const call = async (method, params) => {
        const answer = await apex.call({ org: 'voice-fix-held', className: 'RemediationController', method, params });
        if (answer.status !== 200) throw new Error(answer.body.message);
        return answer.body;
    };
    const runs = await call('listRecentRuns', { maxResults: 10, planType: 'VOICE_PSL_FIX' });
    const byName = Object.fromEntries(runs.map((r) => [r.name, r]));

    const tampered = await call('getRunStatus', { runId: byName['RR-0001'].id });
    assert.equal(tampered.status, 'Failed');
    assert.equal(tampered.pauseReason, 'INTEGRITY');
    assert.equal(tampered.canResume, false);
    assert.equal(tampered.canUndo, false);
    assert.match(tampered.lastError, /changed outside License Steward/);
    assert.equal(tampered.auditPublishFailures, 1);
    assert.match(tampered.auditPublishError, /STARTED ".*" not published: LIMIT_EXCEEDED/);
    assert.ok(!tampered.auditEntries.some((a) => a.action === 'STARTED'), 'the refused entry is not in the trail');
    assert.ok(tampered.auditEntries.some((a) => a.action === 'INTEGRITY_FAILED' && a.level === 'ERROR'));
    assert.equal(tampered.steps.find((s) => s.stepKey === 'RENAME_OLD_SET').status, 'Pending', 'nothing renamed');
    await assert.rejects(
        call('resumeRun', { runId: tampered.id, startTime: null }),
        /was changed outside License Steward, so it cannot be resumed or undone/
    );

    const held = await call('getRunStatus', { runId: byName['RR-0002'].id });
    assert.equal(held.status, 'Paused');
    assert.equal(held.pauseReason, 'REAPPROVAL');
    assert.equal(held.canResume, false);
    assert.equal(held.canUndo, true);
    assert.equal(held.auditPublishFailures, 0);
    assert.ok(held.auditEntries.some((a) => a.action === 'PAUSED_FOR_REAPPROVAL'));
    await assert.rejects(call('resumeRun', { runId: held.id, startTime: null }), /paused for re-approval/);
});
