// The package-seat reclaim vectors (force-app/main/remediation/staticresources/PackageSeatScenarios.json), shared with
// the Apex test PackageSeatScenariosTest, run through the preview simulation (preview/adapters/_remediation-sim.mjs):
// the draft from the dashboard's PackageSeatHolder findings, the changes before the run, the dry run, the run, the
// changes before the undo, the undo's dry run and the undo, with the rows it could not give back. A vector only one
// side satisfies fails here or in Apex.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
    createDraft,
    dryRunDto,
    schedule,
    simulation,
    tick,
    undo,
    LICENSE_LIMIT_EXCEEDED,
    PLAN_PACKAGE_SEATS
} from '../../preview/adapters/_remediation-sim.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DOC = JSON.parse(
    readFileSync(join(ROOT, 'force-app/main/remediation/staticresources/PackageSeatScenarios.json'), 'utf8')
);
// Saturday 22 November 2025 02:00 GMT: outside business hours (as RemediationFakeOrg.saturdayNight).
const NOW = Date.UTC(2025, 10, 22, 2, 0, 0);
const OPERATION_KEYS = ['sequence', 'stepKey', 'action', 'sObjectType', 'recordCount', 'dmlCalls'];

const userId = (i) => `005PS${String(i + 1).padStart(10, '0')}AAA`;
const findingId = (i) => `a03PS${String(i + 1).padStart(10, '0')}AAA`;

/**
 * The simulation's files for a vector's org: one PackageSeatHolder finding per seat (the plan's targets pick them by
 * user) and the package licences with their live used count.
 */
function simFiles(before) {
    const ids = new Map(before.users.map((u, i) => [u.name, userId(i)]));
    const active = new Map(before.users.map((u) => [u.name, u.active]));
    const findings = before.seats.map((seat, i) => ({
        id: findingId(i),
        reason: 'PackageSeatHolder',
        reasonLabel: 'Package seats of inactive or deactivated users',
        userId: ids.get(seat.user),
        userFullName: seat.user,
        username: `${seat.user.toLowerCase().replace(/\s+/g, '.')}@example.com`,
        userActive: active.get(seat.user),
        lastLoginDate: null,
        licenseKind: 'PackageLicense',
        licenseDeveloperName: seat.package,
        licenseLabel: seat.package,
        detail: 'vector seat',
        reclaimable: true,
        reclaimableSeats: 1
    }));
    const packageLicenses = before.packages.map((p, i) => ({
        id: `050PS${String(i + 1).padStart(10, '0')}AAA`,
        namespacePrefix: p.namespace,
        siteWide: p.allowed < 0,
        allowed: p.allowed < 0 ? null : p.allowed,
        used: before.seats.filter((s) => s.package === p.namespace).length,
        remaining: null,
        percentUsed: null,
        status: 'ok',
        platformStatus: 'Active',
        expirationDate: null,
        expiringSoon: false
    }));
    return { ids, files: { 'dashboard.findings.json': findings, 'dashboard.packageLicenses.json': packageLicenses } };
}

/**
 * The vector's org as the simulation holds it: the seats of the before state minus those removed (by a run or an
 * admin) plus the seats assigned since, and the rows in state Error (user and status code).
 */
class SimOrg {
    constructor(vector) {
        const { ids, files } = simFiles(vector.before);
        this.vector = vector;
        this.ids = ids;
        this.findings = files['dashboard.findings.json'];
        this.assigned = [];
        this.ctx = {
            state: {},
            now: () => new Date(NOW),
            load(name) {
                if (name in files) return files[name];
                const error = new Error(`no ${name}`);
                error.code = 'PREVIEW_NO_DATA';
                throw error;
            }
        };
        this.sim = simulation(this.ctx);
        this.model = this.sim.org.packageSeats;
    }

    apply(changes) {
        for (const change of changes) {
            const license = this.model.licenses.get(change.package);
            if (change.action === 'removeSeat') {
                const finding = this.findings.find(
                    (f) => f.userFullName === change.user && f.licenseDeveloperName === change.package
                );
                assert.ok(finding && !this.model.removed.has(finding.id), `a seat to remove exists: ${change.user}`);
                this.model.removed.add(finding.id);
                license.used -= 1;
            } else if (change.action === 'assignSeat') {
                assert.ok(license.used < license.total, `the vector assigns a free seat: ${change.user}`);
                this.assigned.push({ user: change.user, package: change.package });
                license.used += 1;
            } else {
                throw new Error(`Unknown change "${change.action}".`);
            }
        }
    }

    lines(run) {
        const lines = [];
        for (const [namespace, license] of this.model.licenses) {
            lines.push(`package ${namespace} allowed=${license.total} used=${license.used}`);
        }
        for (const f of this.findings) {
            if (!this.model.removed.has(f.id)) lines.push(`seat ${f.userFullName} -> ${f.licenseDeveloperName}`);
        }
        for (const seat of this.assigned) lines.push(`seat ${seat.user} -> ${seat.package}`);
        for (const item of run?.snapshot ?? []) {
            if (item.state === 'Error') lines.push(`error ${item.name} ${item.error.split(':')[0]}`);
        }
        return lines.sort();
    }
}

/** A vector state as the same lines. */
function expectedLines(state) {
    const lines = state.packages.map(
        (p) =>
            `package ${p.namespace} allowed=${p.allowed} used=${p.used ?? state.seats.filter((s) => s.package === p.namespace).length}`
    );
    for (const seat of state.seats) lines.push(`seat ${seat.user} -> ${seat.package}`);
    for (const failed of state.errors ?? []) lines.push(`error ${failed.user} ${failed.error}`);
    return lines.sort();
}

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

function drain(sim, run) {
    for (let i = 0; i < 50 && (run.status === 'Scheduled' || run.status === 'Running'); i++) tick(sim, run);
}

function runThroughSimulation(vector) {
    const org = new SimOrg(vector);
    assert.deepEqual(org.lines(), expectedLines(vector.before), 'the simulated org is the before state');
    const run = createDraft(org.sim, vector.plan.type, null, NOW, {
        targetIds: vector.plan.targets.map((name) => org.ids.get(name)),
        licenseDeveloperName: vector.plan.package
    });
    org.apply(vector.changesBeforeRun);
    const beforeDryRun = org.lines(run);
    assert.deepEqual(comparableDryRun(dryRunDto(org.sim, run)), vector.dryRun, 'dry run');
    assert.deepEqual(org.lines(run), beforeDryRun, 'the dry run changes nothing');

    schedule(org.sim, run, null, null, 'CONFIRM', NOW);
    drain(org.sim, run);
    assert.equal(run.status, 'Completed', `the run completes: ${run.lastError}`);
    assert.deepEqual(org.lines(run), expectedLines(vector.after), 'after the run');

    org.apply(vector.changesBeforeUndo);
    assert.deepEqual(comparableDryRun(dryRunDto(org.sim, run)), vector.undoDryRun, 'undo dry run');
    undo(org.sim, run, null, 'CONFIRM', NOW);
    drain(org.sim, run);
    assert.equal(run.status, 'Undone', `the undo completes: ${run.lastError}`);
    assert.deepEqual(org.lines(run), expectedLines(vector.afterUndo), 'after the undo');
    return run;
}

test('the vectors cover a vanished row and an undo whose seat was taken', () => {
    const covered = new Set(DOC.vectors.flatMap((v) => v.covers));
    for (const topic of ['package-seat-reclaim', 'package-seat-row-vanished', 'package-seat-undo-seat-taken']) {
        assert.ok(covered.has(topic), topic);
    }
    assert.ok(DOC.vectors.every((v) => v.plan.type === PLAN_PACKAGE_SEATS));
});

for (const vector of DOC.vectors) {
    test(`package-seat vector ${vector.name}: the preview simulation does what the Apex engine does`, () => {
        runThroughSimulation(vector);
    });
}

test('a seat the undo could not give back is recorded on its row with the platform reason and counted', () => {
    const vector = DOC.vectors.find((v) => v.covers.includes('package-seat-undo-seat-taken'));
    const run = runThroughSimulation(vector);
    const failed = run.snapshot.filter((i) => i.state === 'Error');
    assert.deepEqual(
        failed.map((i) => [i.name, i.error]),
        [['Idle User', LICENSE_LIMIT_EXCEEDED]]
    );
    const step = run.steps.find((s) => s.stepKey === 'DELETE_PACKAGE_SEATS');
    assert.equal(step.errorCount, 1);
    assert.match(step.message, /could not be given back.*Idle User/);
});

test('a vector the simulation does not satisfy fails (the comparison can fail)', () => {
    const broken = JSON.parse(JSON.stringify(DOC.vectors[0]));
    broken.afterUndo.errors = [];
    assert.throws(() => runThroughSimulation(broken), /after the undo/);
});

test('the package-seats demo org files are buildDashboardFiles(packageSeatsFacts)', async () => {
    const { buildDashboardFiles } = await import('../../preview/generators/_dashboardOrg.mjs');
    const { packageSeatsFacts, PACKAGE_SEATS_DIR } = await import('../../preview/generators/_packageSeatsFacts.mjs');
    for (const [name, content] of Object.entries(buildDashboardFiles(packageSeatsFacts))) {
        const stored = JSON.parse(readFileSync(join(PACKAGE_SEATS_DIR, name), 'utf8'));
        assert.deepEqual(stored, content, `${name} differs from buildDashboardFiles(packageSeatsFacts)`);
    }
});
