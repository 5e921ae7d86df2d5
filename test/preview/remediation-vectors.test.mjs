// The remediation behaviour vectors (force-app/main/remediation/staticresources/RemediationScenarios.json, format in
// docs/remediation.md "Behaviour vectors") run through the preview simulation (preview/adapters/_remediation-sim.mjs).
// The Apex side runs the same file through the real engine over RemediationFakeOrg (RemediationScenariosTest.cls):
// a vector only one side satisfies fails one of the two. No browser: `node --test test/preview/remediation-vectors.test.mjs`.
//
// To extend: a new vector needs no code here. A new kind of outside change goes into applyOutsideChange/withChanges
// (preview/adapters/_remediation-org-state.mjs) and RemediationScenariosTest.applyChange; a new phase of a run goes
// into runThroughSimulation below and RemediationScenariosTest.runVector.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
    createDraft,
    dryRunDto,
    resume,
    schedule,
    simulation,
    tick,
    undo,
    PLAN_RECLAIM,
    PLAN_VOICE,
    RECLAIM_STEPS,
    VOICE_STEPS
} from '../../preview/adapters/_remediation-sim.mjs';
import {
    applyOutsideChange,
    idsOf,
    needsLicense,
    simFilesFromState,
    stateFromSim,
    withChanges
} from '../../preview/adapters/_remediation-org-state.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const VECTORS_PATH = join(ROOT, 'force-app/main/remediation/staticresources/RemediationScenarios.json');
const FILE = JSON.parse(readFileSync(VECTORS_PATH, 'utf8'));
const VECTORS = FILE.vectors;

/** What issue 9 asks the vectors to cover (each vector names what it covers in `covers`). */
const REQUIRED_COVERAGE = [
    'kb-org',
    'permission-set-group',
    'leftover-psl-needed-by-another-set',
    'failure-and-resume',
    'reclaim-row-vanished'
];
const STATE_KEYS = ['licenses', 'permissionSets', 'groups', 'assignments', 'appGrants', 'licenseAssignments'];
const BEFORE_KEYS = [...STATE_KEYS, 'users', 'connectedApps'];
const OPERATION_KEYS = ['sequence', 'stepKey', 'action', 'sObjectType', 'recordCount', 'dmlCalls', 'targets'];
const CHANGE_ACTIONS = ['deleteLicenseAssignment', 'assignPermissionSet'];
const STEPS = { [PLAN_VOICE]: VOICE_STEPS.map(([key]) => key), [PLAN_RECLAIM]: RECLAIM_STEPS.map(([key]) => key) };
/** Saturday 22 November 2025 02:00 GMT, like RemediationFakeOrg.saturdayNight(): outside business hours. */
const NOW = Date.parse('2025-11-22T02:00:00.000Z');

/**
 * A state as sorted lines, one per row: the comparison both sides use (RemediationScenariosTest.stateLines writes
 * the same lines from the fake org).
 */
export function stateLines(state) {
    const lines = [];
    for (const l of state.licenses) lines.push(`license ${l.developerName} total=${l.total} used=${l.used}`);
    for (const s of state.permissionSets) lines.push(`set ${s.name} label="${s.label}" license=${s.license ?? '-'}`);
    for (const g of state.groups) lines.push(`group ${g.name} = ${[...g.permissionSets].sort().join(',')}`);
    for (const a of state.assignments) {
        lines.push(a.group ? `assign ${a.user} -> group ${a.group}` : `assign ${a.user} -> ${a.permissionSet}`);
    }
    for (const g of state.appGrants) lines.push(`grant ${g.permissionSet} -> ${g.app}`);
    for (const s of state.licenseAssignments) lines.push(`seat ${s.user} -> ${s.license}`);
    return lines.sort();
}

// ------------------------------------------------------------------------------------------------ shape checks

function isSorted(list) {
    return list.every((value, i) => i === 0 || list[i - 1].localeCompare(value) <= 0);
}

/** Problems of a state: missing sections, unknown names, seat counts that do not match the rows. */
function stateProblems(state, where, names) {
    const problems = [];
    for (const key of STATE_KEYS) {
        if (!Array.isArray(state?.[key])) problems.push(`${where}: "${key}" must be a list`);
    }
    if (problems.length) return problems;
    const sets = new Set(state.permissionSets.map((s) => s.name));
    const groups = new Set(state.groups.map((g) => g.name));
    const licenses = new Set(state.licenses.map((l) => l.developerName));
    for (const l of state.licenses) {
        const used = state.licenseAssignments.filter((s) => s.license === l.developerName).length;
        if (!Number.isInteger(l.total) || l.used !== used) {
            problems.push(`${where}: license ${l.developerName} says used=${l.used}, its rows give ${used}`);
        }
        if (used > l.total) problems.push(`${where}: license ${l.developerName} has more seats used than exist`);
    }
    for (const s of state.permissionSets) {
        if (s.license !== null && !licenses.has(s.license))
            problems.push(`${where}: set ${s.name}: no license ${s.license}`);
    }
    for (const g of state.groups) {
        for (const name of g.permissionSets)
            if (!sets.has(name)) problems.push(`${where}: group ${g.name}: no set ${name}`);
    }
    for (const a of state.assignments) {
        if (!names.users.has(a.user)) problems.push(`${where}: unknown user ${a.user}`);
        if (a.permissionSet ? !sets.has(a.permissionSet) : !groups.has(a.group)) {
            problems.push(`${where}: ${a.user} is assigned an unknown set or group`);
        }
    }
    for (const g of state.appGrants) {
        if (!sets.has(g.permissionSet) || !names.apps.has(g.app))
            problems.push(`${where}: bad grant ${JSON.stringify(g)}`);
    }
    for (const s of state.licenseAssignments) {
        if (!names.users.has(s.user) || !licenses.has(s.license))
            problems.push(`${where}: bad seat ${JSON.stringify(s)}`);
    }
    // The platform's invariant: whoever holds a licensed set, directly or through a group, holds a seat of it.
    for (const user of names.users) {
        for (const license of licenses) {
            const seated = state.licenseAssignments.some((s) => s.user === user && s.license === license);
            if (needsLicense(state, user, license) && !seated) {
                problems.push(`${where}: ${user} holds a set that needs ${license} but no seat of it`);
            }
        }
    }
    return problems;
}

/** Every problem of one vector's shape (empty when it is complete and consistent). */
export function vectorProblems(vector) {
    const problems = [];
    const where = vector?.name ?? '(unnamed vector)';
    for (const key of ['name', 'description', 'source']) {
        if (typeof vector?.[key] !== 'string' || !vector[key].trim()) problems.push(`${where}: "${key}" is required`);
    }
    if (!/^[a-z0-9-]+$/.test(vector?.name ?? '')) problems.push(`${where}: the name must be kebab-case`);
    if (!Array.isArray(vector?.covers) || vector.covers.length === 0) problems.push(`${where}: "covers" is required`);
    for (const key of BEFORE_KEYS) {
        if (!Array.isArray(vector?.before?.[key])) problems.push(`${where}: before."${key}" must be a list`);
    }
    if (problems.length) return problems;
    const names = { users: new Set(vector.before.users), apps: new Set(vector.before.connectedApps) };
    problems.push(...stateProblems(vector.before, `${where} before`, names));

    const plan = vector.plan;
    if (!STEPS[plan?.type]) problems.push(`${where}: plan.type must be ${PLAN_VOICE} or ${PLAN_RECLAIM}`);
    if (typeof plan?.license !== 'string') problems.push(`${where}: plan.license is required`);
    if (!Array.isArray(plan?.targets) || plan.targets.some((t) => !names.users.has(t))) {
        problems.push(`${where}: plan.targets must list users of the org`);
    }
    if (!Array.isArray(vector.changesBeforeRun)) problems.push(`${where}: "changesBeforeRun" must be a list`);
    for (const change of vector.changesBeforeRun ?? []) {
        if (!CHANGE_ACTIONS.includes(change.action) || !names.users.has(change.user)) {
            problems.push(`${where}: unknown change ${JSON.stringify(change)}`);
        }
    }
    for (const [key, direction] of [
        ['dryRun', 'Forward'],
        ['undoDryRun', 'Undo']
    ]) {
        const dry = vector[key];
        if (dry?.direction !== direction || !Number.isInteger(dry?.seatsToFree)) {
            problems.push(`${where}: ${key} needs direction ${direction} and seatsToFree`);
        }
        if (!Array.isArray(dry?.operations) || dry.operations.length === 0) {
            problems.push(`${where}: ${key}.operations must list the operations`);
        }
        for (const op of dry?.operations ?? []) {
            const missing = OPERATION_KEYS.filter((field) => op[field] === undefined);
            if (missing.length) problems.push(`${where}: a ${key} operation lacks ${missing.join(', ')}`);
            else if (!STEPS[plan.type]?.includes(op.stepKey)) {
                problems.push(`${where}: ${op.stepKey} is no step of the plan`);
            } else if (!isSorted(op.targets)) problems.push(`${where}: ${op.stepKey} targets must be sorted`);
        }
    }
    if (vector.platform !== undefined && typeof vector.platform.releasesLicenseBelow50 !== 'boolean') {
        problems.push(`${where}: platform.releasesLicenseBelow50 must be true or false`);
    }
    if (vector.failure !== undefined) {
        const failure = vector.failure;
        if (!STEPS[plan.type]?.includes(failure?.step) || !Number.isInteger(failure?.setupDmlCall)) {
            problems.push(`${where}: failure needs a step of the plan and the setupDmlCall that fails`);
        }
        problems.push(...stateProblems(failure?.atFailure, `${where} failure.atFailure`, names));
    }
    problems.push(...stateProblems(vector.after, `${where} after`, names));
    problems.push(...stateProblems(vector.afterUndo, `${where} afterUndo`, names));
    return problems;
}

test('every vector has all required sections and a before state the platform could hold', () => {
    assert.ok(Array.isArray(VECTORS) && VECTORS.length > 0, 'the file lists vectors');
    assert.deepEqual(VECTORS.flatMap(vectorProblems), []);
    const names = VECTORS.map((v) => v.name);
    assert.equal(new Set(names).size, names.length, 'vector names are unique');
});

test('the vectors cover what issue 9 asks for', () => {
    const covered = new Set(VECTORS.flatMap((v) => v.covers));
    assert.deepEqual(
        REQUIRED_COVERAGE.filter((topic) => !covered.has(topic)),
        [],
        'a required case has no vector'
    );
});

test('the shape check catches an incomplete or inconsistent vector', () => {
    const [first] = VECTORS;
    const withoutUndo = { ...first };
    delete withoutUndo.afterUndo;
    assert.ok(vectorProblems(withoutUndo).some((p) => p.includes('afterUndo')));
    const miscounted = JSON.parse(JSON.stringify(first));
    miscounted.before.licenses[0].used += 1;
    assert.ok(vectorProblems(miscounted).some((p) => p.includes('its rows give')));
    const seatless = JSON.parse(JSON.stringify(first));
    seatless.before.licenseAssignments = [];
    seatless.before.licenses.forEach((l) => (l.used = 0));
    assert.ok(vectorProblems(seatless).some((p) => p.includes('but no seat')));
});

// ------------------------------------------------------------------------------------------------ the runner

/** Polls the simulated engine until the run stops (each poll fires the run or finishes one step). */
function drain(sim, run) {
    for (let i = 0; i < 100 && (run.status === 'Scheduled' || run.status === 'Running'); i++) tick(sim, run);
}

/** The dry run as the vectors write it: the fields both sides compare, targets sorted. */
function comparableDryRun(dry) {
    return {
        direction: dry.direction,
        seatsToFree: dry.seatsToFree,
        operations: dry.operations.map((op) => ({
            ...Object.fromEntries(OPERATION_KEYS.map((key) => [key, op[key]])),
            targets: [...op.targets].sort((a, b) => a.localeCompare(b))
        }))
    };
}

/**
 * The simulation's own seat counter of the plan's license agrees with its rows (the run monitor and the undo seat
 * check read it): the Voice fix counts Voice User seats in its live model, the reclaim in its license inventory.
 */
function assertSeatCounter(sim, run, state, where) {
    const license = state.licenses.find(
        (l) => l.developerName === (run.licenseDeveloperName ?? 'ServiceCloudVoicePsl')
    );
    const counted =
        run.planType === PLAN_VOICE ? sim.org.live.usedSeats : sim.org.reclaim.licenses.get(license.developerName).used;
    assert.equal(counted, license.used, `${where}: ${license.developerName} seats used`);
}

/** One vector through the simulation: draft, outside changes, dry run, run (failure + resume), undo dry run, undo. */
function runThroughSimulation(vector) {
    const files = simFilesFromState(vector.before);
    const ctx = {
        state: {},
        now: () => new Date(NOW),
        load(name) {
            if (name in files) return files[name];
            const error = new Error(`no ${name}`);
            error.code = 'PREVIEW_NO_DATA';
            throw error;
        }
    };
    const sim = simulation(ctx);
    const ids = idsOf(vector.before);
    const plan = vector.plan;
    const run = createDraft(sim, plan.type, null, NOW, {
        targetIds: plan.targets.map((name) => ids.user.get(name)),
        licenseDeveloperName: plan.license
    });
    for (const change of vector.changesBeforeRun) applyOutsideChange(sim, vector.before, change);
    const base = withChanges(vector.before, vector.changesBeforeRun);

    assert.deepEqual(comparableDryRun(dryRunDto(sim, run)), vector.dryRun, 'dry run');
    assert.deepEqual(stateLines(stateFromSim(base, sim)), stateLines(base), 'the dry run changes nothing');

    schedule(sim, run, null, null, 'CONFIRM', NOW);
    if (vector.failure) {
        run.failAt = vector.failure.step;
        run.failWith = `Injected failure on setup DML call ${vector.failure.setupDmlCall}.`;
        drain(sim, run);
        assert.equal(run.status, 'Failed', 'the run fails');
        assert.equal(run.steps.find((s) => s.stepKey === vector.failure.step).status, 'Failed', 'at the step');
        const atFailure = stateFromSim(base, sim);
        assert.deepEqual(stateLines(atFailure), stateLines(vector.failure.atFailure), 'state at the failure');
        assertSeatCounter(sim, run, atFailure, 'at the failure');
        resume(sim, run, null, NOW);
    }
    drain(sim, run);
    assert.equal(run.status, 'Completed', `the run completes: ${run.lastError}`);
    const after = stateFromSim(base, sim);
    assert.deepEqual(stateLines(after), stateLines(vector.after), 'state after the run');
    assertSeatCounter(sim, run, after, 'after the run');
    assert.deepEqual(comparableDryRun(dryRunDto(sim, run)), vector.undoDryRun, 'undo dry run');

    undo(sim, run, null, 'CONFIRM', NOW);
    drain(sim, run);
    assert.equal(run.status, 'Undone', `the undo completes: ${run.lastError}`);
    const undone = stateFromSim(base, sim);
    assert.deepEqual(stateLines(undone), stateLines(vector.afterUndo), 'state after the undo');
    assertSeatCounter(sim, run, undone, 'after the undo');
}

for (const vector of VECTORS) {
    test(`vector ${vector.name}: the preview simulation does what the Apex engine does`, () => {
        runThroughSimulation(vector);
    });
}
