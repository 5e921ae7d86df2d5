// Stateful simulation of the remediation engine for the preview of RemediationController (helper, not an adapter).
// Documented in docs/voice-fix-wizard.md ("Preview simulation").
//
// The org model (preview/demo-orgs/<org>/remediation-org.json) describes the org BEFORE any fix: the licensed
// "Salesforce Voice Permission Set", its users and connected apps, the Salesforce Voice User license assignments
// and the business hours. remediation-runs.json (optional) lists earlier runs as scripts of events that are
// replayed through the same code as live calls, so their steps, audit entries, snapshot states and their effect on
// the org are coherent. Without remediation-org.json the org is "not affected" (no licensed set).
//
// Simulated time: a run only moves when its status is polled (getRunStatus). The first poll of a Scheduled run
// that comes at least FIRE_AFTER_MS (3 s, real time) after it was scheduled jumps to its start time (the scheduler
// fired out of hours); each following poll finishes one step and moves the run's clock by that step's simulated
// duration. Timestamps of runs are therefore simulated out-of-hours times, while drafts, schedules and admin actions
// carry the real time (ctx.now()).
import { PreviewApexError } from './_runtime.mjs';

/**
 * A RemediationException of the service: the controller wraps it as "<action> failed: <message>" (AuraErrors.wrap),
 * which the adapter does (see RemediationController.mjs). Controller-level input errors are plain PreviewApexErrors.
 */
export class RemediationError extends PreviewApexError {}
import {
    HORIZON_DAYS,
    WINDOW_MARGIN_MINUTES,
    earliestStart,
    isWithin,
    nextOpening,
    outOfHoursWindows,
    shortLabel,
    windowLabel
} from './_remediation-hours.mjs';

export const PLAN_VOICE = 'VOICE_PSL_FIX';
export const PLAN_RECLAIM = 'RECLAIM_UNNEEDED_PSL';
export const PLAN_PACKAGE_SEATS = 'RECLAIM_PACKAGE_SEATS';
export const PLAN_TYPES = [PLAN_VOICE, PLAN_RECLAIM, PLAN_PACKAGE_SEATS];
export const SNAPSHOT_KINDS = ['USER', 'CONNECTED_APP', 'PSL_ASSIGNMENT', 'PACKAGE_SEAT'];
const ACTIVE = new Set(['Scheduled', 'Running', 'Paused']);
const UNASSIGN_CHUNK = 49;
const DML_CHUNK = 200;
const MINUTE = 60 * 1000;
const CONFIRM_WORD = 'CONFIRM';
/** Real time a Scheduled run waits before a poll fires it (see tick). */
export const FIRE_AFTER_MS = 3000;

const OLD_LABEL = 'Salesforce Voice Permission Set';
const OLD_NAME = 'SalesforceVoiceCustomPsl';
const RENAMED_LABEL = 'Salesforce Voice Permission Set DoNotUse';
const RENAMED_NAME = 'SalesforceVoiceCustomPslDoNotUse';

/** Step keys and labels of the Voice fix (RemediationSteps.cls). */
export const VOICE_STEPS = [
    ['SNAPSHOT', 'Verify the frozen snapshot of users, connected apps and license assignments'],
    ['RENAME_OLD_SET', `Rename "${OLD_LABEL}" to "${RENAMED_LABEL}"`],
    ['CREATE_NEW_SET', `Create the license-free "${OLD_LABEL}" (${OLD_NAME})`],
    ['ASSIGN_APPS', 'Assign the new set to the recorded connected apps'],
    ['ASSIGN_USERS', 'Assign the new set to the recorded users'],
    ['REMOVE_OLD_USERS', `Remove "${RENAMED_LABEL}" from the recorded users (fewer than 50 per call)`],
    ['REMOVE_OLD_APPS', `Remove "${RENAMED_LABEL}" from the recorded connected apps`],
    ['RELEASE_LICENSES', 'Delete leftover Salesforce Voice User license assignments nobody needs'],
    ['VERIFY_SEATS', 'Verify the seat counts against the plan']
];

/** Step keys and labels of the reclaim of unneeded PSL assignments (RemediationSteps.cls). */
export const RECLAIM_STEPS = [
    ['SNAPSHOT', 'Verify the frozen snapshot of users, connected apps and license assignments'],
    ['DELETE_LICENSE_ASSIGNMENTS', 'Delete the selected unneeded license assignments'],
    ['VERIFY_SEATS', 'Verify the seat counts against the plan']
];

/** Step keys and labels of the package-seat reclaim (PackageSeatPlan.cls). */
export const PACKAGE_SEAT_STEPS = [
    ['SNAPSHOT', 'Verify the frozen snapshot of users, connected apps and license assignments'],
    ['DELETE_PACKAGE_SEATS', 'Remove the selected managed-package seats'],
    ['VERIFY_SEATS', 'Verify the seat counts against the plan']
];

/**
 * The two reclaim plans share one simulation (RemediationSteps.LicenseAssignmentStep and PackageSeatPlan.SeatStep
 * are the same shape): what differs is the dashboard findings they start from, the snapshot kind, the step and the
 * object they delete. `model` names the org's reclaim model (loadReclaim). A package seat given back by an undo can
 * fail on its own (LICENSE_LIMIT_EXCEEDED when the seat was taken meanwhile): `rowFailures`.
 */
const RECLAIMS = {
    [PLAN_RECLAIM]: {
        model: 'reclaim',
        reason: 'UnneededPsl',
        licenseKind: 'PermissionSetLicense',
        kind: 'PSL_ASSIGNMENT',
        stepKey: 'DELETE_LICENSE_ASSIGNMENTS',
        sObjectType: 'PermissionSetLicenseAssign',
        steps: RECLAIM_STEPS,
        noun: 'license assignment',
        rowPrefix: '0Pa',
        rowFailures: false
    },
    [PLAN_PACKAGE_SEATS]: {
        model: 'packageSeats',
        reason: 'PackageSeatHolder',
        licenseKind: 'PackageLicense',
        kind: 'PACKAGE_SEAT',
        stepKey: 'DELETE_PACKAGE_SEATS',
        sObjectType: 'UserPackageLicense',
        steps: PACKAGE_SEAT_STEPS,
        noun: 'package seat',
        rowPrefix: '051',
        rowFailures: true
    }
};
const isReclaim = (planType) => planType in RECLAIMS;
/** The platform's refusal of a package seat past the allowed number (PackageLicense object reference, "Usage"). */
export const LICENSE_LIMIT_EXCEEDED = 'LICENSE_LIMIT_EXCEEDED: License Limit Exceeded';

const iso = (ms) => (ms === null || ms === undefined ? null : new Date(ms).toISOString());
const chunks = (rows, size) => Math.max(1, Math.ceil(rows / size));
/** "1 user", "2 users". */
const count = (n, singular, plural = `${singular}s`) => `${n} ${n === 1 ? singular : plural}`;

/** A fake 18-character Salesforce id: 3-character prefix, a tag, zero padding, a counter. */
function fakeId(prefix, tag, n) {
    const body = `${tag}${String(n).padStart(15 - prefix.length - tag.length, '0')}`;
    return `${prefix}${body}AAA`.slice(0, 18);
}

// ---------------------------------------------------------------------------------------------------------------
// Org model

const DEFAULT_HOURS = [
    {
        id: '01m000000000DefAAA',
        name: 'Default',
        isDefault: true,
        timeZone: 'America/Los_Angeles',
        summary: 'Mon–Fri 09:00–17:00',
        days: {
            Mon: ['09:00', '17:00'],
            Tue: ['09:00', '17:00'],
            Wed: ['09:00', '17:00'],
            Thu: ['09:00', '17:00'],
            Fri: ['09:00', '17:00']
        },
        holidays: []
    }
];

function tryLoad(ctx, name) {
    try {
        return ctx.load(name);
    } catch (error) {
        if (error?.code === 'PREVIEW_NO_DATA') return null;
        throw error;
    }
}

/** The org as the simulation sees it: the static model plus what runs changed (`live`). */
function loadOrg(ctx) {
    const model = tryLoad(ctx, 'remediation-org') ?? {};
    const appContext = tryLoad(ctx, 'LicenseStewardAppController.getAppContext');
    const users = model.users ?? [];
    const apps = model.connectedApps ?? [];
    return {
        orgName: model.orgName ?? appContext?.orgName ?? null,
        adminName: model.adminName ?? appContext?.userName ?? 'Admin',
        license: model.license ?? {
            developerName: 'ServiceCloudVoicePsl',
            label: 'Salesforce Voice User',
            total: null,
            used: null
        },
        voiceSet: model.voiceSet ?? null,
        users,
        apps,
        businessHours: model.businessHours?.length ? model.businessHours : DEFAULT_HOURS,
        permissionIssues: model.permissionIssues ?? [],
        reclaim: loadReclaim(ctx, RECLAIMS[PLAN_RECLAIM]),
        packageSeats: loadReclaim(ctx, RECLAIMS[PLAN_PACKAGE_SEATS]),
        live: {
            renamed: false,
            newSetId: null,
            usedSeats: model.license?.used ?? null,
            oldSetUsers: new Set(users.map((u) => u.id)),
            oldSetApps: new Set(apps.map((a) => a.id)),
            newSetUsers: new Set(),
            newSetApps: new Set(),
            licenseAssignments: new Set(users.filter((u) => u.licenseAssignmentId).map((u) => u.licenseAssignmentId)),
            // Users who need the license through another set or group now (keepsLicense when loaded; an admin's
            // later change may add some): RELEASE_LICENSES re-checks this live, like the Apex.
            stillNeeding: new Set(users.filter((u) => u.keepsLicense).map((u) => u.id))
        }
    };
}

/**
 * What the reclaim plan works on: the unneeded-PSL findings of the dashboard's latest scan (dashboard.findings.json,
 * kind PermissionSetLicense) and the PSL seats of the inventory. `used` per license and `removed` (finding ids whose
 * assignment a run deleted) are the live state; the dashboard's own files are not changed.
 */
function loadReclaim(ctx, plan) {
    const findings = (tryLoad(ctx, 'dashboard.findings.json') ?? []).filter(
        (f) =>
            f.reason === plan.reason &&
            f.licenseKind === plan.licenseKind &&
            f.licenseDeveloperName &&
            f.reclaimable !== false
    );
    const licenses = new Map();
    if (plan.licenseKind === 'PackageLicense') {
        // Package licences by namespace; a site-wide one (siteWide) has no seat limit.
        for (const l of tryLoad(ctx, 'dashboard.packageLicenses.json') ?? []) {
            const ns = l.namespacePrefix;
            if (ns)
                licenses.set(ns, {
                    developerName: ns,
                    label: ns,
                    total: l.allowed,
                    used: l.used,
                    siteWide: l.siteWide
                });
        }
    } else {
        const inventory = tryLoad(ctx, 'dashboard.inventory.json');
        for (const l of inventory?.permissionSetLicenses ?? []) {
            if (l.developerName) licenses.set(l.developerName, { ...l, used: l.used ?? null, total: l.total ?? null });
        }
    }
    return { findings, licenses, removed: new Set() };
}

/** The reclaim model of a plan (org.reclaim for unneeded PSLs, org.packageSeats for package seats). */
function reclaimModel(org, planType) {
    return org[RECLAIMS[planType].model];
}

/** The license of a reclaim: inventory seats, or a label-only stand-in. */
function reclaimLicense(org, developerName, planType = PLAN_RECLAIM) {
    const model = reclaimModel(org, planType);
    const known = model.licenses.get(developerName);
    if (known) return known;
    const finding = model.findings.find((f) => f.licenseDeveloperName === developerName);
    const stub = { developerName, label: finding?.licenseLabel ?? developerName, total: null, used: null };
    model.licenses.set(developerName, stub);
    return stub;
}

/** The findings a reclaim would act on now: of the license, not yet removed, limited to targetIds. */
function reclaimTargets(org, developerName, targetIds, planType = PLAN_RECLAIM) {
    const wanted = (targetIds ?? []).map((id) => String(id).slice(0, 15));
    return reclaimModel(org, planType).findings.filter(
        (f) =>
            f.licenseDeveloperName === developerName &&
            !reclaimModel(org, planType).removed.has(f.id) &&
            (wanted.length === 0 ||
                wanted.includes(f.id.slice(0, 15)) ||
                (f.userId !== null && wanted.includes(String(f.userId).slice(0, 15))))
    );
}

function affectedReason(org) {
    if (!org.voiceSet) return 'SET_ABSENT';
    if (org.live.renamed) return 'ALREADY_RENAMED';
    if (!org.voiceSet.licensed) return 'NO_LICENSE_LINK';
    return 'SET_LICENSED';
}

function findHours(org, id) {
    if (!id) return org.businessHours.find((h) => h.isDefault) ?? org.businessHours[0];
    const hours = org.businessHours.find((h) => h.id === id || h.id.slice(0, 15) === String(id).slice(0, 15));
    if (!hours) throw new RemediationError(`Business hours ${id} are not active or do not exist.`);
    return hours;
}

/** RemediationSteps.estimateMinutes. */
export function estimateMinutes(planType, users, apps, licenseAssignments) {
    let n = 2 + chunks(licenseAssignments, DML_CHUNK);
    if (planType === PLAN_VOICE) {
        n += 2 + 2 * chunks(apps, DML_CHUNK) + chunks(users, DML_CHUNK) + chunks(users, UNASSIGN_CHUNK);
    }
    return 5 + Math.ceil(n / 2);
}

// ---------------------------------------------------------------------------------------------------------------
// State

/** The simulation state of an org (created on first use, replaying remediation-runs.json). */
export function simulation(ctx) {
    if (!ctx.state.remediation) {
        const sim = { org: loadOrg(ctx), runs: [], sequence: 0, audit: 0 };
        ctx.state.remediation = sim;
        const seeds = tryLoad(ctx, 'remediation-runs') ?? [];
        for (const seed of seeds) replaySeed(sim, seed, ctx.now().getTime());
    }
    return ctx.state.remediation;
}

function requireId(value, what) {
    if (value === null || value === undefined || String(value).trim() === '') return null;
    const text = String(value).trim();
    if (!/^[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?$/.test(text)) {
        throw new PreviewApexError(`That is not a valid ${what} id.`);
    }
    return text;
}

/** RemediationController.requireRunId: a run id is required and must look like an id (plain handled errors). */
export function requireRunId(runId) {
    if (runId === null || runId === undefined || String(runId).trim() === '') {
        throw new PreviewApexError('Choose a remediation run.');
    }
    return requireId(runId, 'run');
}

/** The run of a runId parameter (the controller's checks, then "not found"). */
export function requireRun(sim, runId) {
    const id = requireRunId(runId);
    const run = sim.runs.find((r) => r.id === id || r.id.slice(0, 15) === id.slice(0, 15));
    if (!run) throw new RemediationError(`Remediation run ${id} was not found.`);
    return run;
}

export function optionalBusinessHoursId(value) {
    return requireId(value, 'business hours');
}

export function requirePlan(planType) {
    if (!PLAN_TYPES.includes(planType)) {
        throw new PreviewApexError(`Unknown plan. Use ${PLAN_TYPES.join(' or ')}.`);
    }
}

function activeRun(sim, except) {
    return sim.runs.find((r) => r !== except && ACTIVE.has(r.status));
}

function addAudit(
    sim,
    run,
    at,
    action,
    message,
    { stepKey = null, level = 'INFO', itemCount = null, errorCount = null, details = null, actor } = {}
) {
    sim.audit += 1;
    run.audit.unshift({
        id: fakeId('a0W', 'Aud', sim.audit),
        occurredAt: iso(at),
        actorName: actor ?? sim.org.adminName,
        stepKey,
        action,
        level,
        message,
        itemCount,
        errorCount,
        details
    });
}

// ---------------------------------------------------------------------------------------------------------------
// Diagnosis

/** RemediationDiagnosis.SSO_WARNING. */
export const SSO_WARNING =
    'Run this only outside business hours: while it runs, users may fail their single sign-on to Amazon Connect ' +
    'and appear available for Voice in Omni-Channel but offline in Amazon Connect, so no calls can be routed to ' +
    'or dialled by them. The run gives each user the new set before removing the old one to keep that window short.';

/** RemediationDiagnosis: the same checks, order, texts and canProceed rule, computed from the simulated org. */
export function diagnose(sim, planType, businessHoursId, nowMs, target = {}) {
    if (isReclaim(planType)) return diagnoseReclaim(sim, businessHoursId, nowMs, target, planType);
    const org = sim.org;
    const live = org.live;
    const license = org.license;
    const hours = findHours(org, businessHoursId);
    const checks = [];
    const check = (key, label, status, message, detail = null) => checks.push({ key, label, status, message, detail });
    const voice = planType === PLAN_VOICE;
    let reason;
    let summary;
    let affectedStatus = 'pass';
    if (!voice) {
        reason = 'NO_TARGETS';
        summary = 'None of the selected license assignments is unneeded now: nothing to reclaim.';
    } else if (!org.voiceSet) {
        reason = 'SET_ABSENT';
        summary = `No permission set carries the ${license?.label ?? 'ServiceCloudVoicePsl'} license for Partner Telephony users, and there is no "${OLD_LABEL}" (${OLD_NAME}): nothing to do.`;
    } else if (live.renamed) {
        reason = 'ALREADY_RENAMED';
        const leftOnOld = live.oldSetUsers.size;
        if (live.newSetId && leftOnOld === 0) {
            summary =
                'The fix is already in place: the licensed set is renamed DoNotUse and a license-free set replaces it.';
        } else {
            affectedStatus = 'fail';
            summary =
                'A previous fix stopped half way (the DoNotUse set exists' +
                (live.newSetId ? '' : ' but the license-free set does not') +
                (leftOnOld > 0 ? `; ${count(leftOnOld, 'user')} still hold the DoNotUse set` : '') +
                '). Resume or undo that run instead of starting a new one.';
        }
    } else if (!org.voiceSet.licensed) {
        reason = 'NO_LICENSE_LINK';
        summary = `The "${OLD_LABEL}" (${OLD_NAME}) carries no ${license?.label ?? 'Salesforce Voice User'} license: this org is not affected by KB 005316943.`;
    } else {
        reason = 'SET_LICENSED';
        summary = `Affected: "${org.voiceSet.label ?? OLD_LABEL}" (${org.voiceSet.name ?? OLD_NAME}) carries the ${license.label} license, so each user without that license who is added to the Amazon Connect contact center consumes a seat.`;
    }
    const affected = reason === 'SET_LICENSED';
    const users = affected ? org.users.filter((u) => live.oldSetUsers.has(u.id)) : [];
    const apps = affected ? org.apps.filter((a) => live.oldSetApps.has(a.id)) : [];
    const assignments = users.filter(
        (u) => u.licenseAssignmentId && live.licenseAssignments.has(u.licenseAssignmentId)
    );
    const seatsToFree = assignments.filter((u) => !u.keepsLicense).length;
    const estimated = affected ? estimateMinutes(planType, users.length, apps.length, assignments.length) : 0;
    const snapshotSize = users.length + apps.length + assignments.length;
    const active = activeRun(sim);

    check('AFFECTED', voice ? 'Org affected by KB 005316943' : 'Unneeded assignments found', affectedStatus, summary);
    if (affected) {
        check('EDITABLE_SET', 'The set can be renamed', 'pass', 'The set is a custom, unmanaged permission set.');
        check('NAME_COLLISION', 'Name collisions', 'pass', `No other permission set uses ${RENAMED_NAME}.`);
        check(
            'SNAPSHOT_SIZE',
            'Snapshot size',
            users.length === 0 ? 'warn' : 'pass',
            `The snapshot records ${count(users.length, 'user')}, ${count(apps.length, 'connected app')} (${snapshotSize} rows). It is what Undo restores.`
        );
        const used = live.usedSeats;
        check(
            'SEATS',
            'Seats that will be freed',
            seatsToFree > 0 ? 'pass' : 'warn',
            `Frees ${seatsToFree} ${license.label} seat${seatsToFree === 1 ? '' : 's'}` +
                (used === null || license.total === null
                    ? '.'
                    : `: ${used} of ${license.total} used now, ${license.total - used} remaining, ${license.total - used + seatsToFree} remaining after the run.`)
        );
    }
    const missing = org.permissionIssues;
    check(
        'PERMISSIONS',
        'Your permissions',
        missing.length ? 'fail' : 'pass',
        missing.length ? `You lack: ${missing.join(', ')}.` : 'You hold the setup permissions the run needs.'
    );
    check(
        'ACTIVE_RUN',
        'Other runs',
        active ? 'fail' : 'pass',
        active
            ? `Run ${active.name} is ${active.status}. Let it finish, or pause and undo it, before starting another.`
            : 'No other remediation run is scheduled, running or paused.'
    );
    check('ACTIVE_JOBS', 'Jobs already running', 'pass', 'No remediation job is queued or running.');
    if (affected && estimated > 0) {
        const first = outOfHoursWindows(hours, nowMs, estimated, 1)[0];
        check(
            'DURATION',
            'Estimated duration',
            first ? 'pass' : 'fail',
            `About ${estimated} minutes. ` +
                (first
                    ? `The next window that fits starts ${shortLabel(first.start, hours.timeZone)} (${hours.timeZone}).`
                    : `No out-of-hours window that long (plus a ${WINDOW_MARGIN_MINUTES}-minute margin) was found in the next ${HORIZON_DAYS} days.`)
        );
    }
    if (voice) check('SSO', 'Amazon Connect sign-on', 'warn', SSO_WARNING);
    return {
        planType,
        affected,
        affectedReason: reason,
        summary,
        canProceed: affected && !checks.some((c) => c.status === 'fail'),
        checks,
        permissionSetId: org.voiceSet?.id ?? null,
        permissionSetLabel: org.voiceSet ? (live.renamed ? RENAMED_LABEL : org.voiceSet.label) : null,
        permissionSetName: org.voiceSet ? (live.renamed ? RENAMED_NAME : org.voiceSet.name) : null,
        licenseDeveloperName: license.developerName,
        licenseLabel: license.label,
        seatsTotal: license.total,
        seatsUsed: live.usedSeats,
        seatsToFree,
        userCount: users.length,
        connectedAppCount: apps.length,
        snapshotSize,
        estimatedMinutes: estimated,
        activeRunId: active?.id ?? null,
        orgName: org.orgName,
        ssoWarning: voice ? SSO_WARNING : null,
        // The simulated org has one Voice set: it is the only candidate (choosing among several is not simulated).
        candidateSets:
            voice && affected
                ? [
                      {
                          id: org.voiceSet.id,
                          name: org.voiceSet.name,
                          label: org.voiceSet.label,
                          expectedName: org.voiceSet.name === OLD_NAME,
                          holderCount: users.length,
                          partnerHolderCount: seatsToFree
                      }
                  ]
                : []
    };
}

/**
 * RemediationDiagnosis for the reclaims (RECLAIM_UNNEEDED_PSL, RECLAIM_PACKAGE_SEATS): the findings still to act on,
 * seats, the common checks. A package seat reclaim acts only on a selection, never on a site-wide licence.
 */
function diagnoseReclaim(
    sim,
    businessHoursId,
    nowMs,
    { targetIds = [], licenseDeveloperName = null } = {},
    planType = PLAN_RECLAIM
) {
    const org = sim.org;
    const plan = RECLAIMS[planType];
    const packageSeats = planType === PLAN_PACKAGE_SEATS;
    const hours = findHours(org, businessHoursId);
    const developerName = String(licenseDeveloperName ?? '').trim();
    const license = reclaimLicense(org, developerName, planType);
    const blocked = packageSeats && (license.siteWide || !targetIds?.length);
    const targets = developerName && !blocked ? reclaimTargets(org, developerName, targetIds, planType) : [];
    const checks = [];
    const check = (key, label, status, message, detail = null) => checks.push({ key, label, status, message, detail });
    const affected = targets.length > 0;
    const selection = targetIds?.length ? 'selected ' : '';
    let summary;
    if (!packageSeats) {
        summary = affected
            ? `${count(targets.length, `${selection}${license.label} assignment`)} nobody needs: no permission set of the user, directly or through a group, requires the license.`
            : `None of the ${selection}${license.label} license assignments is unneeded now: nothing to reclaim.`;
    } else if (license.siteWide) {
        summary = `The ${developerName} licence is site-wide: every user is licensed, so removing seats frees nothing.`;
    } else if (!targetIds?.length) {
        summary = 'Select the package seats to reclaim in the findings.';
    } else {
        summary = affected
            ? `${targets.length} ${developerName} ${targets.length === 1 ? 'seat is' : 'seats are'} held by the selected inactive or deactivated users.`
            : `None of the selected users holds a ${developerName} seat now: nothing to reclaim.`;
    }
    const seatsToFree = targets.length;
    const estimated = affected ? estimateMinutes(planType, 0, 0, targets.length) : 0;
    const active = activeRun(sim);
    check('AFFECTED', packageSeats ? 'Seats to reclaim' : 'Unneeded assignments found', 'pass', summary);
    if (affected) {
        check(
            'SNAPSHOT_SIZE',
            'Snapshot size',
            'pass',
            `The snapshot records ${count(targets.length, plan.noun)}. It is what Undo restores.`
        );
        const used = license.used;
        check(
            'SEATS',
            'Seats that will be freed',
            'pass',
            `Frees ${seatsToFree} ${license.label} seat${seatsToFree === 1 ? '' : 's'}` +
                (used === null || license.total === null
                    ? '.'
                    : `: ${used} of ${license.total} used now, ${license.total - used} remaining, ${license.total - used + seatsToFree} remaining after the run.`)
        );
    }
    const missing = org.permissionIssues;
    check(
        'PERMISSIONS',
        'Your permissions',
        missing.length ? 'fail' : 'pass',
        missing.length ? `You lack: ${missing.join(', ')}.` : 'You hold the setup permissions the run needs.'
    );
    check(
        'ACTIVE_RUN',
        'Other runs',
        active ? 'fail' : 'pass',
        active
            ? `Run ${active.name} is ${active.status}. Let it finish, or pause and undo it, before starting another.`
            : 'No other remediation run is scheduled, running or paused.'
    );
    check('ACTIVE_JOBS', 'Jobs already running', 'pass', 'No remediation job is queued or running.');
    if (affected) {
        const first = outOfHoursWindows(hours, nowMs, estimated, 1)[0];
        check(
            'DURATION',
            'Estimated duration',
            first ? 'pass' : 'fail',
            `About ${estimated} minutes. ` +
                (first
                    ? `The next window that fits starts ${shortLabel(first.start, hours.timeZone)} (${hours.timeZone}).`
                    : `No out-of-hours window that long (plus a ${WINDOW_MARGIN_MINUTES}-minute margin) was found in the next ${HORIZON_DAYS} days.`)
        );
    }
    return {
        planType,
        affected,
        affectedReason: affected ? 'TARGETS_FOUND' : 'NO_TARGETS',
        summary,
        canProceed: affected && !checks.some((c) => c.status === 'fail'),
        checks,
        permissionSetId: null,
        permissionSetLabel: null,
        permissionSetName: null,
        licenseDeveloperName: developerName || null,
        licenseLabel: developerName ? license.label : null,
        seatsTotal: license.total,
        seatsUsed: license.used,
        seatsToFree,
        userCount: new Set(targets.map((t) => t.userId)).size,
        connectedAppCount: 0,
        snapshotSize: targets.length,
        estimatedMinutes: estimated,
        activeRunId: active?.id ?? null,
        orgName: org.orgName,
        ssoWarning: null,
        candidateSets: []
    };
}

// ---------------------------------------------------------------------------------------------------------------
// Runs

export function createDraft(sim, planType, businessHoursId, nowMs, target = {}) {
    const diagnosis = diagnose(sim, planType, businessHoursId, nowMs, target);
    if (!diagnosis.canProceed) {
        // RemediationService.firstProblem: the first failing check, else "Nothing to do: <summary>".
        const failing = diagnosis.checks.find((c) => c.status === 'fail');
        throw new RemediationError(failing ? failing.message : `Nothing to do: ${diagnosis.summary}`);
    }
    const org = sim.org;
    const hours = findHours(org, businessHoursId);
    sim.sequence += 1;
    const n = sim.sequence;
    const reclaim = isReclaim(planType);
    const plan = RECLAIMS[planType];
    const users = reclaim ? [] : org.users.filter((u) => org.live.oldSetUsers.has(u.id));
    const apps = reclaim ? [] : org.apps.filter((a) => org.live.oldSetApps.has(a.id));
    let item = 0;
    const snapshot = [];
    const add = (kind, recordId, name, detail, isActive, keepsLicense, assignmentId) =>
        snapshot.push({
            id: fakeId('a0Y', `S${n}`, ++item),
            kind,
            recordId,
            name,
            detail,
            isActive,
            keepsLicense,
            state: 'Recorded',
            error: null,
            assignmentId
        });
    for (const u of users)
        add('USER', u.id, u.name, u.username, u.isActive !== false, !!u.keepsLicense, u.setAssignmentId ?? null);
    for (const a of apps) add('CONNECTED_APP', a.id, a.name, null, null, null, a.accessId ?? null);
    const reclaimLicenseName = reclaim ? diagnosis.licenseDeveloperName : null;
    const findingOf = {};
    if (reclaim) {
        for (const f of reclaimTargets(org, reclaimLicenseName, target.targetIds, planType)) {
            const rowId = `${plan.rowPrefix}${f.id.slice(3)}`;
            add(
                plan.kind,
                f.userId ?? f.id,
                f.userFullName ?? f.username ?? f.id,
                plan.kind === 'PACKAGE_SEAT' ? reclaimLicenseName : (f.licenseLabel ?? reclaimLicenseName),
                f.userActive,
                false,
                rowId
            );
            findingOf[rowId] = f.id;
        }
    }
    for (const u of users.filter(
        (x) => x.licenseAssignmentId && org.live.licenseAssignments.has(x.licenseAssignmentId)
    )) {
        add(
            'PSL_ASSIGNMENT',
            u.id,
            u.name,
            org.license.label,
            u.isActive !== false,
            !!u.keepsLicense,
            u.licenseAssignmentId
        );
    }
    const run = {
        id: fakeId('a0X', `Run${n}`, n),
        name: `RR-${String(n).padStart(4, '0')}`,
        planType,
        status: 'Draft',
        direction: 'Forward',
        pauseReason: null,
        businessHoursId: hours.id,
        scheduledStart: null,
        nextScheduledTime: null,
        startedAt: null,
        finishedAt: null,
        createdAt: nowMs,
        clock: nowMs,
        seatsUsedBefore: null,
        seatsUsedAfter: null,
        verificationMessage: null,
        lastError: null,
        scheduledByName: null,
        newSetOrigin: null,
        auditPublishFailures: 0,
        auditPublishError: null,
        estimatedMinutes: diagnosis.estimatedMinutes,
        seatsExpectedToFree: diagnosis.seatsToFree,
        licenseDeveloperName: reclaimLicenseName,
        findingOf,
        failAt: null,
        steps: (reclaim ? plan.steps : VOICE_STEPS).map(([key, label], index) => ({
            id: fakeId('a0Z', `R${n}S`, index + 1),
            sequence: index + 1,
            stepKey: key,
            label,
            status: 'Pending',
            undoStatus: null,
            totalItems: null,
            processedItems: 0,
            errorCount: 0,
            chunkCount: 0,
            startedAt: null,
            completedAt: null,
            message: null,
            lastError: null
        })),
        snapshot,
        audit: []
    };
    sim.runs.push(run);
    if (reclaim) {
        addAudit(
            sim,
            run,
            nowMs,
            'CREATED',
            `Draft ${run.name} created with a snapshot of ${count(snapshot.length, `${diagnosis.licenseLabel} ${plan.noun}`)}.`,
            { itemCount: snapshot.length }
        );
        return run;
    }
    addAudit(
        sim,
        run,
        nowMs,
        'CREATED',
        `Draft ${run.name} created with a snapshot of ${count(users.length, 'user')}, ${count(apps.length, 'connected app')} and ${count(snapshot.length - users.length - apps.length, 'license assignment')}.`,
        {
            itemCount: snapshot.length
        }
    );
    return run;
}

function confirmationOk(org, confirmation) {
    const typed = String(confirmation ?? '')
        .trim()
        .toLowerCase();
    return (
        typed.length > 0 &&
        (typed === CONFIRM_WORD.toLowerCase() || (!!org.orgName && typed === org.orgName.trim().toLowerCase()))
    );
}

function confirmationMessage(org, what) {
    return org.orgName
        ? `Type the organization name "${org.orgName}" or ${CONFIRM_WORD} to ${what}.`
        : `Type ${CONFIRM_WORD} to ${what}.`;
}

/** RemediationService.requireConfirmation: the org name or CONFIRM (trimmed, any case); checked first. */
export function requireConfirmation(sim, confirmation, what) {
    if (!confirmationOk(sim.org, confirmation)) throw new RemediationError(confirmationMessage(sim.org, what));
}

function requireNoOtherActive(sim, run) {
    const other = activeRun(sim, run);
    if (other) {
        throw new RemediationError(
            `Another remediation run (${other.name}) is already ${other.status}. Let it finish, or pause and undo it, before starting another.`
        );
    }
}

/** RemediationTimeCheckDto of a start time. */
export function checkStart(sim, run, businessHoursId, startTime, nowMs) {
    const hours = findHours(sim.org, businessHoursId ?? run.businessHoursId);
    const ms = Date.parse(startTime);
    if (Number.isNaN(ms)) throw new PreviewApexError('Pick a start time.');
    const suggestion = () => outOfHoursWindows(hours, Math.max(ms, nowMs), run.estimatedMinutes, 1)[0]?.start ?? null;
    const result = (valid, message, resume) => ({
        valid,
        message,
        startTime: iso(ms),
        estimatedEnd: iso(ms + run.estimatedMinutes * MINUTE),
        businessHoursResume: iso(resume),
        suggestedStart: valid ? null : iso(suggestion())
    });
    if (ms < nowMs + 5 * MINUTE) {
        return result(
            false,
            'Pick a time at least 5 minutes from now.',
            isWithin(hours, ms) ? null : nextOpening(hours, ms)
        );
    }
    if (isWithin(hours, ms)) {
        return result(
            false,
            `${shortLabel(ms, hours.timeZone)} (${hours.timeZone}) is inside business hours (${hours.name}). Pick a time outside them.`,
            null
        );
    }
    const opening = nextOpening(hours, ms);
    const remaining = opening === null ? Infinity : Math.floor((opening - ms) / MINUTE);
    if (remaining < run.estimatedMinutes + WINDOW_MARGIN_MINUTES) {
        return result(
            false,
            `Only ${remaining} minutes remain before business hours begin at ${shortLabel(opening, hours.timeZone)}; ` +
                `the run needs about ${run.estimatedMinutes} minutes plus a ${WINDOW_MARGIN_MINUTES}-minute safety margin.`,
            opening
        );
    }
    return result(
        true,
        `Starts ${shortLabel(ms, hours.timeZone)} (${hours.timeZone}), expected to finish by ` +
            shortLabel(ms + run.estimatedMinutes * MINUTE, hours.timeZone) +
            (opening === null ? '.' : `, before business hours resume at ${shortLabel(opening, hours.timeZone)}.`),
        opening
    );
}

function resolveStart(sim, run, businessHoursId, startTime, nowMs) {
    if (startTime) {
        const check = checkStart(sim, run, businessHoursId, startTime, nowMs);
        if (!check.valid) throw new RemediationError(check.message);
        return Date.parse(startTime);
    }
    const hours = findHours(sim.org, businessHoursId ?? run.businessHoursId);
    const first = outOfHoursWindows(hours, nowMs, run.estimatedMinutes, 1)[0];
    if (!first) {
        throw new RemediationError(
            `No out-of-hours window of ${run.estimatedMinutes + WINDOW_MARGIN_MINUTES} minutes was found in the next ${HORIZON_DAYS} days (${hours.name}). Pick another business hours record.`
        );
    }
    return first.start;
}

export function windows(sim, run, businessHoursId, count, nowMs) {
    const hours = findHours(sim.org, businessHoursId ?? run.businessHoursId);
    return outOfHoursWindows(hours, nowMs, run.estimatedMinutes, count).map((w) => ({
        startTime: iso(w.start),
        endTime: iso(w.end),
        availableMinutes: w.availableMinutes,
        estimatedMinutes: run.estimatedMinutes,
        label: windowLabel(hours, w)
    }));
}

export function schedule(sim, run, businessHoursId, startTime, confirmation, nowMs) {
    requireConfirmation(sim, confirmation, 'schedule this run');
    if (run.status !== 'Draft') {
        throw new RemediationError(`Run ${run.name} is ${run.status}: it cannot be scheduled (only a Draft run can).`);
    }
    requireNoOtherActive(sim, run);
    const hours = findHours(sim.org, businessHoursId ?? run.businessHoursId);
    const start = resolveStart(sim, run, hours.id, startTime, nowMs);
    run.businessHoursId = hours.id;
    run.status = 'Scheduled';
    run.scheduledByName = sim.org.adminName;
    run.scheduledAtReal = nowMs;
    run.scheduledStart = start;
    run.nextScheduledTime = start;
    addAudit(
        sim,
        run,
        nowMs,
        'SCHEDULED',
        `Scheduled by ${sim.org.adminName} for ${shortLabel(start, hours.timeZone)} (${hours.timeZone}, ${hours.name}).`
    );
    return run;
}

export function pause(sim, run, nowMs) {
    if (run.status !== 'Scheduled' && run.status !== 'Running') {
        throw new RemediationError(
            `Run ${run.name} is ${run.status}: it cannot be paused (only a Scheduled or Running run can).`
        );
    }
    const at = run.status === 'Running' ? Math.max(nowMs, run.clock) : nowMs;
    run.status = 'Paused';
    run.pauseReason = 'ADMIN';
    run.nextScheduledTime = null;
    for (const step of run.steps) {
        if (statusOf(run, step) === 'Running') setStatus(run, step, 'Pending');
    }
    addAudit(sim, run, at, 'PAUSED', 'Paused by an admin at a step boundary; the scheduled job was aborted.');
    return run;
}

export function resume(sim, run, startTime, nowMs) {
    if (run.status !== 'Paused' && run.status !== 'Failed') {
        throw new RemediationError(
            `Run ${run.name} is ${run.status}: it cannot be resumed (only a Paused or Failed run can).`
        );
    }
    if (run.pauseReason === 'REAPPROVAL') {
        throw new RemediationError(
            `Run ${run.name} is paused for re-approval: its targets changed since it was approved. Undo it (nothing was changed) and create a new plan, then check its dry run and confirm it.`
        );
    }
    requireNotTampered(run);
    requireNoOtherActive(sim, run);
    const shortage = run.direction === 'Undo' ? undoSeatShortage(sim, run) : null;
    if (shortage) throw new RemediationError(`${shortage} Then resume the undo.`);
    const start = resolveStart(sim, run, null, startTime, nowMs);
    for (const step of run.steps) {
        if (statusOf(run, step) === 'Failed') {
            setStatus(run, step, 'Pending');
            step.lastError = null;
        }
    }
    const hours = findHours(sim.org, run.businessHoursId);
    run.status = 'Scheduled';
    run.scheduledAtReal = nowMs;
    run.pauseReason = null;
    run.lastError = null;
    run.finishedAt = null;
    run.nextScheduledTime = start;
    addAudit(
        sim,
        run,
        nowMs,
        'RESUMED',
        `Resumes ${shortLabel(start, hours.timeZone)} (${hours.timeZone}) from the first unfinished step.`
    );
    return run;
}

/** RemediationService.verifiedForAdmin: a run whose seal did not match can be neither resumed nor undone. */
function requireNotTampered(run) {
    if (run.pauseReason === 'INTEGRITY') {
        throw new RemediationError(
            `Run ${run.name} was changed outside License Steward, so it cannot be resumed or undone. Check the audit trail; repair the org from the snapshot by hand if needed.`
        );
    }
}

/**
 * RemediationEngine.hold: rows appeared since approval (REAPPROVAL), the running admin lost a permission
 * (AUTHORITY), or the seal did not match (INTEGRITY, the run fails). Nothing of the step is done.
 */
const HOLDS = {
    REAPPROVAL: {
        action: 'PAUSED_FOR_REAPPROVAL',
        level: 'WARN',
        title: (name) => `License Steward run ${name} paused: the plan needs re-approval.`
    },
    AUTHORITY: {
        action: 'PAUSED_FOR_AUTHORITY',
        level: 'WARN',
        title: (name) => `License Steward run ${name} paused: its admin lost a permission.`
    },
    INTEGRITY: {
        action: 'INTEGRITY_FAILED',
        level: 'ERROR',
        title: (name) => `License Steward run ${name} stopped: it was changed outside License Steward.`
    }
};

function hold(sim, run, step, reason, message) {
    const kind = HOLDS[reason];
    if (!kind) throw new Error(`remediation-runs.json: unknown hold "${reason}"`);
    for (const each of run.steps) {
        if (statusOf(run, each) === 'Running') setStatus(run, each, 'Pending');
    }
    run.status = reason === 'INTEGRITY' ? 'Failed' : 'Paused';
    run.pauseReason = reason;
    run.lastError = message;
    run.nextScheduledTime = null;
    if (reason === 'INTEGRITY') run.finishedAt = run.clock;
    addAudit(
        sim,
        run,
        run.clock,
        kind.action,
        `${kind.title(run.name)} Notification and email sent to ${sim.org.adminName}.`,
        {
            stepKey: step?.stepKey ?? null,
            level: kind.level,
            details: message
        }
    );
}

/**
 * RemediationAudit.flush: an audit entry the platform refused to publish is recorded on the run (count and text),
 * never dropped.
 */
function recordPublishFailure(run, atMs, action, message, error) {
    run.auditPublishFailures += 1;
    const line = `${new Date(atMs).toISOString().replace('T', ' ').slice(0, 19)} GMT ${action} "${message}" not published: ${error}`;
    run.auditPublishError = run.auditPublishError ? `${line}\n${run.auditPublishError}` : line;
}

/**
 * RemediationService.undoSeatShortage: undo re-creates the license assignments the run released, and each takes a
 * seat again. Null when enough seats are free (or the seat count is unknown), else the reason in the Apex's words.
 */
export function undoSeatShortage(sim, run) {
    // A package-seat undo is not refused up front: each seat it cannot give back is recorded on its row.
    if (run.planType === PLAN_PACKAGE_SEATS) return null;
    const reclaim = run.planType === PLAN_RECLAIM;
    const license = reclaim ? reclaimLicense(sim.org, run.licenseDeveloperName) : sim.org.license;
    const used = reclaim ? license.used : sim.org.live.usedSeats;
    const needed = items(run, 'PSL_ASSIGNMENT').filter((l) => l.state === 'Applied').length;
    if (needed === 0 || used === null || license.total === null) return null;
    const free = Math.max(0, license.total - used);
    if (needed <= free) return null;
    return (
        `Undo needs ${needed} free "${license.label}" ${needed === 1 ? 'seat' : 'seats'} to give the recorded users ` +
        `their license back, and ${free} ${free === 1 ? 'is' : 'are'} free now (${used} of ${license.total} used): ` +
        `seats the run freed have been assigned since. Free ${needed - free} more (the License Steward dashboard ` +
        'lists assignments nobody needs).'
    );
}

export function undo(sim, run, startTime, confirmation, nowMs) {
    requireConfirmation(sim, confirmation, 'undo this run');
    if (run.direction === 'Undo') {
        throw new RemediationError(`Run ${run.name} is already being undone: resume it to continue the undo.`);
    }
    if (!['Completed', 'Failed', 'Paused'].includes(run.status)) {
        throw new RemediationError(
            `Run ${run.name} is ${run.status}: it cannot be undone (only a Completed, Failed or Paused run can).`
        );
    }
    requireNotTampered(run);
    requireNoOtherActive(sim, run);
    const shortage = undoSeatShortage(sim, run);
    if (shortage) throw new RemediationError(`${shortage} Then undo again.`);
    const start = resolveStart(sim, run, null, startTime, nowMs);
    const hours = findHours(sim.org, run.businessHoursId);
    run.direction = 'Undo';
    run.status = 'Scheduled';
    run.scheduledAtReal = nowMs;
    run.pauseReason = null;
    run.lastError = null;
    run.finishedAt = null;
    run.nextScheduledTime = start;
    for (const step of run.steps) {
        step.undoStatus = step.status === 'Completed' ? 'Pending' : 'Skipped';
        if (step.status !== 'Completed') step.message = step.message ?? 'Not done forward: nothing to undo.';
    }
    addAudit(
        sim,
        run,
        nowMs,
        'UNDO_SCHEDULED',
        `Undo scheduled for ${shortLabel(start, hours.timeZone)} (${hours.timeZone}): inverses run newest step first.`
    );
    return run;
}

// ---------------------------------------------------------------------------------------------------------------
// Execution (one step per poll)

function statusOf(run, step) {
    return run.direction === 'Undo' ? step.undoStatus : step.status;
}

function setStatus(run, step, status) {
    if (run.direction === 'Undo') step.undoStatus = status;
    else step.status = status;
}

function orderedSteps(run) {
    return run.direction === 'Undo' ? [...run.steps].reverse() : run.steps;
}

function items(run, kind) {
    return run.snapshot.filter((i) => i.kind === kind);
}

/**
 * RemediationSteps.LicenseAssignmentStep forward (Voice): the recorded assignments still present whose user needs the
 * license through no set or group now (kept users and users who got another licensed set since are skipped).
 */
function voiceReleasable(live, licenses) {
    return licenses.filter(
        (l) =>
            !l.keepsLicense &&
            live.licenseAssignments.has(l.assignmentId) &&
            !live.stillNeeding.has(l.recordId) &&
            l.state !== 'Applied'
    );
}

/** LicenseAssignmentStep undo: every recorded assignment (not kept) that is missing now, whoever removed it. */
function voiceMissing(live, licenses) {
    return licenses.filter((l) => !l.keepsLicense && !live.licenseAssignments.has(l.assignmentId));
}

/** The reclaim's versions: a finding in `removed` has no assignment any more (deleted by a run or by an admin). */
function reclaimDeletable(run, removed, licenses) {
    return licenses.filter(
        (l) => !l.keepsLicense && l.state === 'Recorded' && !removed.has(run.findingOf[l.assignmentId])
    );
}

function reclaimMissing(run, removed, licenses) {
    // A row that vanished before the run is Skipped: the run never deleted it, so the undo never re-creates it.
    return licenses.filter(
        (l) => !l.keepsLicense && l.state !== 'Skipped' && removed.has(run.findingOf[l.assignmentId])
    );
}

/**
 * PackageSeatPlan.SeatStep undo: each seat the run removed is given back on its own, in name order; while the licence
 * has no free seat (someone took it meanwhile) the row fails with LICENSE_LIMIT_EXCEEDED, recorded on the row
 * (state Error) and in the step message, never dropped.
 */
function givePackageSeatsBack(run, license, removed, seats) {
    const toRestore = seats
        .filter((l) => l.state === 'Applied' && removed.has(run.findingOf[l.assignmentId]))
        .sort((a, b) => `${a.name}|${a.recordId}`.localeCompare(`${b.name}|${b.recordId}`));
    const failed = [];
    let restored = 0;
    for (const seat of toRestore) {
        const limited = license.total !== null && license.total >= 0 && license.used !== null;
        if (limited && license.used >= license.total) {
            seat.state = 'Error';
            seat.error = LICENSE_LIMIT_EXCEEDED;
            failed.push(`${seat.name ?? seat.recordId} (${LICENSE_LIMIT_EXCEEDED})`);
            continue;
        }
        seat.state = 'Restored';
        removed.delete(run.findingOf[seat.assignmentId]);
        if (license.used !== null) license.used += 1;
        restored += 1;
    }
    let message = `Re-inserted ${count(restored, `${license.label} package seat`)}.`;
    if (failed.length) {
        message += ` ${count(failed.length, 'row')} could not be given back, recorded on the snapshot: ${failed.join('; ')}`;
    }
    return { count: toRestore.length, chunkSize: DML_CHUNK, message, skipped: failed.length };
}

/** Does one step (forward or its inverse) against the org; returns { count, chunkSize, message, skipped }. */
function perform(sim, run, key, undoing) {
    if (isReclaim(run.planType)) return performReclaim(sim, run, key, undoing);
    const live = sim.org.live;
    const users = items(run, 'USER');
    const apps = items(run, 'CONNECTED_APP');
    const licenses = items(run, 'PSL_ASSIGNMENT');
    const mark = (list, state) => list.forEach((i) => (i.state = state));
    if (!undoing) {
        switch (key) {
            case 'SNAPSHOT':
                run.seatsUsedBefore = live.usedSeats;
                return {
                    count: run.snapshot.length,
                    chunkSize: 2000,
                    message: `Recorded ${count(users.length, 'user')}, ${count(apps.length, 'connected app')} and ${count(licenses.length, 'license assignment')}.`
                };
            case 'RENAME_OLD_SET':
                live.renamed = true;
                return {
                    count: 1,
                    chunkSize: 1,
                    message: `Renamed "${OLD_LABEL}" (${OLD_NAME}) to "${RENAMED_LABEL}" (${RENAMED_NAME}).`
                };
            case 'CREATE_NEW_SET':
                live.newSetId = fakeId('0PS', 'NewVoice', run.sequenceNumber ?? 1);
                run.newSetOrigin = 'CREATED';
                return { count: 1, chunkSize: 1, message: `Created the license-free "${OLD_LABEL}" (${OLD_NAME}).` };
            case 'ASSIGN_APPS':
                apps.forEach((a) => live.newSetApps.add(a.recordId));
                return {
                    count: apps.length,
                    chunkSize: DML_CHUNK,
                    message: `Granted ${count(apps.length, 'connected app')} to the new set.`
                };
            case 'ASSIGN_USERS':
                users.forEach((u) => live.newSetUsers.add(u.recordId));
                return {
                    count: users.length,
                    chunkSize: DML_CHUNK,
                    message: `Assigned the new set to ${count(users.length, 'user')}.`
                };
            case 'REMOVE_OLD_USERS':
                users.forEach((u) => live.oldSetUsers.delete(u.recordId));
                mark(users, 'Applied');
                return {
                    count: users.length,
                    chunkSize: UNASSIGN_CHUNK,
                    message: `Removed the DoNotUse set from ${count(users.length, 'user')} in calls of at most ${UNASSIGN_CHUNK}.`
                };
            case 'REMOVE_OLD_APPS':
                apps.forEach((a) => live.oldSetApps.delete(a.recordId));
                mark(apps, 'Applied');
                return {
                    count: apps.length,
                    chunkSize: DML_CHUNK,
                    message: `Revoked ${count(apps.length, 'connected app')} from the DoNotUse set.`
                };
            case 'RELEASE_LICENSES': {
                const release = voiceReleasable(live, licenses);
                const kept = licenses.filter((l) => !release.includes(l));
                release.forEach((l) => live.licenseAssignments.delete(l.assignmentId));
                mark(release, 'Applied');
                mark(kept, 'Skipped');
                if (live.usedSeats !== null) live.usedSeats -= release.length;
                return {
                    count: release.length,
                    chunkSize: DML_CHUNK,
                    message:
                        `Deleted ${count(release.length, 'license assignment')} nobody needs.` +
                        (kept.length
                            ? ` ${count(kept.length, 'user')} still need the license through a permission set or group: kept.`
                            : '')
                };
            }
            case 'VERIFY_SEATS': {
                const license = sim.org.license;
                run.seatsUsedAfter = live.usedSeats;
                run.verificationMessage = `Verified: used seats went from ${run.seatsUsedBefore} to ${run.seatsUsedAfter} (${run.seatsExpectedToFree} expected to be freed).`;
                const remainingBefore = license.total - run.seatsUsedBefore;
                const remainingAfter = license.total - run.seatsUsedAfter;
                return {
                    count: 1,
                    chunkSize: 1,
                    message: `${license.label}: net remaining seats ${remainingBefore} → ${remainingAfter} of ${license.total}.`
                };
            }
            default:
                return { count: 0, chunkSize: 1, message: null };
        }
    }
    switch (key) {
        case 'RELEASE_LICENSES': {
            const restored = voiceMissing(live, licenses);
            restored.forEach((l) => live.licenseAssignments.add(l.assignmentId));
            mark(restored, 'Restored');
            if (live.usedSeats !== null) live.usedSeats += restored.length;
            return {
                count: restored.length,
                chunkSize: DML_CHUNK,
                message: `Re-created ${count(restored.length, 'license assignment')}.`
            };
        }
        case 'REMOVE_OLD_APPS':
            apps.forEach((a) => live.oldSetApps.add(a.recordId));
            mark(apps, 'Restored');
            return {
                count: apps.length,
                chunkSize: DML_CHUNK,
                message: `Granted ${count(apps.length, 'connected app')} to the original Voice set again.`
            };
        case 'REMOVE_OLD_USERS':
            users.forEach((u) => live.oldSetUsers.add(u.recordId));
            mark(users, 'Restored');
            return {
                count: users.length,
                chunkSize: DML_CHUNK,
                message: `Gave the original Voice set back to ${count(users.length, 'user')}.`
            };
        case 'ASSIGN_USERS':
            users.forEach((u) => live.newSetUsers.delete(u.recordId));
            return {
                count: users.length,
                chunkSize: UNASSIGN_CHUNK,
                message: `Removed the new set from ${count(users.length, 'user')}.`
            };
        case 'ASSIGN_APPS':
            apps.forEach((a) => live.newSetApps.delete(a.recordId));
            return {
                count: apps.length,
                chunkSize: DML_CHUNK,
                message: `Revoked ${count(apps.length, 'connected app')} from the new set.`
            };
        case 'CREATE_NEW_SET':
            live.newSetId = null;
            return { count: 1, chunkSize: 1, message: 'Deleted the license-free set.' };
        case 'RENAME_OLD_SET':
            live.renamed = false;
            return { count: 1, chunkSize: 1, message: `Restored the names "${OLD_LABEL}" (${OLD_NAME}).` };
        case 'VERIFY_SEATS':
            return {
                count: 0,
                chunkSize: 1,
                message: 'Nothing to undo: the seats are checked again at the end of the undo.'
            };
        case 'SNAPSHOT':
            return { count: 0, chunkSize: 1, message: 'The snapshot is kept as the record of the run.' };
        default:
            return { count: 0, chunkSize: 1, message: null };
    }
}

/** The reclaim's steps and inverses: deleting / re-creating the recorded PSL assignments of one license. */
function performReclaim(sim, run, key, undoing) {
    const plan = RECLAIMS[run.planType];
    const license = reclaimLicense(sim.org, run.licenseDeveloperName, run.planType);
    const removed = reclaimModel(sim.org, run.planType).removed;
    const licenses = items(run, plan.kind);
    const seats = (delta) => {
        if (license.used !== null) license.used += delta;
    };
    if (!undoing) {
        switch (key) {
            case 'SNAPSHOT': {
                // RemediationSteps.SnapshotStep: the frozen plan is only verified. A frozen row whose assignment
                // vanished before the run (another run deleted it) is Skipped: nothing to do, never replaced.
                run.seatsUsedBefore = license.used;
                const vanished = licenses.filter(
                    (l) => l.state === 'Recorded' && removed.has(run.findingOf[l.assignmentId])
                );
                vanished.forEach((l) => (l.state = 'Skipped'));
                // Like SnapshotStep: the run's expected seats are recounted without the vanished rows.
                run.seatsExpectedToFree = licenses.filter((l) => !l.keepsLicense && l.state !== 'Skipped').length;
                return {
                    count: run.snapshot.length,
                    chunkSize: 2000,
                    message:
                        `Verified ${count(licenses.length, `${license.label} ${plan.noun}`)}` +
                        (vanished.length
                            ? `; ${count(vanished.length, 'row')} vanished before the run and ${vanished.length === 1 ? 'is' : 'are'} skipped (nothing to do).`
                            : '.')
                };
            }
            case 'DELETE_LICENSE_ASSIGNMENTS':
            case 'DELETE_PACKAGE_SEATS': {
                // A frozen target whose assignment vanished before the run is skipped, never replaced.
                const release = reclaimDeletable(run, removed, licenses);
                release.forEach((l) => {
                    l.state = 'Applied';
                    removed.add(run.findingOf[l.assignmentId]);
                });
                seats(-release.length);
                return {
                    count: release.length,
                    chunkSize: DML_CHUNK,
                    message: plan.rowFailures
                        ? `Removed ${count(release.length, `${license.label} package seat`)}.`
                        : `Deleted ${count(release.length, `${license.label} license assignment`)} nobody needs.`
                };
            }
            case 'VERIFY_SEATS': {
                run.seatsUsedAfter = license.used;
                run.verificationMessage = `Verified: used seats went from ${run.seatsUsedBefore} to ${run.seatsUsedAfter} (${run.seatsExpectedToFree} expected to be freed).`;
                return {
                    count: 1,
                    chunkSize: 1,
                    message:
                        license.total === null || run.seatsUsedBefore === null
                            ? `${license.label}: ${count(run.seatsExpectedToFree, 'seat')} freed.`
                            : `${license.label}: remaining seats ${license.total - run.seatsUsedBefore} → ${license.total - run.seatsUsedAfter} of ${license.total}.`
                };
            }
            default:
                return { count: 0, chunkSize: 1, message: null };
        }
    }
    switch (key) {
        case 'DELETE_PACKAGE_SEATS':
            return givePackageSeatsBack(run, license, removed, licenses);
        case 'DELETE_LICENSE_ASSIGNMENTS': {
            // Like the Apex: every recorded assignment that is missing now is re-created, except rows that vanished
            // before the run (Skipped; docs/remediation.md §8).
            const restored = reclaimMissing(run, removed, licenses);
            restored.forEach((l) => {
                l.state = 'Restored';
                removed.delete(run.findingOf[l.assignmentId]);
            });
            seats(restored.length);
            return {
                count: restored.length,
                chunkSize: DML_CHUNK,
                message: `Re-created ${count(restored.length, `${license.label} license assignment`)}.`
            };
        }
        case 'VERIFY_SEATS':
            return {
                count: 0,
                chunkSize: 1,
                message: 'Nothing to undo: the seats are checked again at the end of the undo.'
            };
        case 'SNAPSHOT':
            return { count: 0, chunkSize: 1, message: 'The snapshot is kept as the record of the run.' };
        default:
            return { count: 0, chunkSize: 1, message: null };
    }
}

const STEP_MINUTES = {
    SNAPSHOT: 1,
    RENAME_OLD_SET: 1,
    CREATE_NEW_SET: 1,
    ASSIGN_APPS: 1,
    ASSIGN_USERS: 2,
    REMOVE_OLD_USERS: 2,
    REMOVE_OLD_APPS: 1,
    RELEASE_LICENSES: 1,
    VERIFY_SEATS: 1,
    DELETE_LICENSE_ASSIGNMENTS: 1,
    DELETE_PACKAGE_SEATS: 1
};

function finish(sim, run) {
    const hours = findHours(sim.org, run.businessHoursId);
    run.finishedAt = run.clock;
    run.nextScheduledTime = null;
    if (run.direction === 'Undo') {
        run.status = 'Undone';
        const license = isReclaim(run.planType)
            ? reclaimLicense(sim.org, run.licenseDeveloperName, run.planType)
            : null;
        const used = license ? license.used : sim.org.live.usedSeats;
        run.seatsUsedAfter = used;
        run.verificationMessage = `Undone: the snapshot is restored; used seats back to ${used} of ${(license ?? sim.org.license).total}.`;
        addAudit(
            sim,
            run,
            run.clock,
            'UNDONE',
            `${run.name} undone. Notification and email sent to ${sim.org.adminName}.`
        );
    } else {
        run.status = 'Completed';
        addAudit(
            sim,
            run,
            run.clock,
            'COMPLETED',
            `${run.name} completed. ${run.verificationMessage} Notification and email sent to ${sim.org.adminName}.`
        );
    }
    void hours;
}

/** One poll of the engine: fires a Scheduled run, or finishes the next step of a Running one. */
export function tick(sim, run, nowMs = Infinity) {
    if (run.status === 'Scheduled') {
        // Give the admin a look at the Scheduled state: the scheduler fires on the first poll that comes at least
        // FIRE_AFTER_MS (real time) after scheduling, i.e. the monitor's first automatic poll.
        if (nowMs - (run.scheduledAtReal ?? -Infinity) < FIRE_AFTER_MS) return;
        run.clock = Math.max(run.clock, run.nextScheduledTime ?? run.scheduledStart);
        run.status = 'Running';
        run.startedAt = run.startedAt ?? run.clock;
        run.nextScheduledTime = null;
        const next = orderedSteps(run).find((s) => statusOf(run, s) === 'Pending');
        if (next) setStatus(run, next, 'Running');
        addAudit(
            sim,
            run,
            run.clock,
            'STARTED',
            `Started outside business hours${run.direction === 'Undo' ? ' (undo)' : ''}.`
        );
        return;
    }
    if (run.status !== 'Running') return;
    const step = orderedSteps(run).find((s) => statusOf(run, s) === 'Running' || statusOf(run, s) === 'Pending');
    if (!step) {
        finish(sim, run);
        return;
    }
    const undoing = run.direction === 'Undo';
    if (!undoing && run.holdAt === step.stepKey) {
        run.holdAt = null;
        hold(sim, run, step, run.holdReason, run.holdMessage);
        return;
    }
    step.startedAt = step.startedAt ?? iso(run.clock);
    if (!undoing && run.failAt === step.stepKey) {
        run.failAt = null;
        setStatus(run, step, 'Failed');
        step.errorCount = 1;
        step.chunkCount += 1;
        step.lastError = run.failWith;
        run.status = 'Failed';
        run.lastError = `${step.label} failed: ${run.failWith}`;
        run.finishedAt = run.clock;
        addAudit(
            sim,
            run,
            run.clock,
            'STEP_FAILED',
            `${run.lastError} ${run.name} stopped; nothing after this step was done. Notification and email sent to ${sim.org.adminName}.`,
            { stepKey: step.stepKey, level: 'ERROR', itemCount: 0, errorCount: 1 }
        );
        return;
    }
    const done = perform(sim, run, step.stepKey, undoing);
    run.clock += (STEP_MINUTES[step.stepKey] ?? 1) * MINUTE;
    const skipped = done.count === 0 && (step.stepKey === 'SNAPSHOT' || step.stepKey === 'VERIFY_SEATS') && undoing;
    setStatus(run, step, skipped ? 'Skipped' : 'Completed');
    step.totalItems = done.count;
    step.processedItems = done.count;
    // Rows that failed on their own (a package seat the undo could not give back) are counted, never dropped.
    step.errorCount += done.skipped ?? 0;
    step.chunkCount += done.count === 0 ? 0 : Math.ceil(done.count / done.chunkSize);
    step.completedAt = iso(run.clock);
    step.message = done.message;
    addAudit(sim, run, run.clock, skipped ? 'STEP_SKIPPED' : 'STEP_COMPLETED', done.message, {
        stepKey: step.stepKey,
        itemCount: done.count,
        errorCount: done.skipped ?? 0,
        details: `${step.chunkCount} DML call${step.chunkCount === 1 ? '' : 's'}`
    });
    const next = orderedSteps(run).find((s) => statusOf(run, s) === 'Pending');
    if (next) setStatus(run, next, 'Running');
    else finish(sim, run);
}

// ---------------------------------------------------------------------------------------------------------------
// DTOs

export function runDto(sim, run, { withDetails = true } = {}) {
    const runLicense = isReclaim(run.planType)
        ? reclaimLicense(sim.org, run.licenseDeveloperName, run.planType)
        : sim.org.license;
    const hours = sim.org.businessHours.find((h) => h.id === run.businessHoursId);
    const undoing = run.direction === 'Undo';
    const relevant = run.steps.filter((s) => !(undoing && s.undoStatus === 'Skipped' && s.status !== 'Completed'));
    const completedSteps = relevant.filter((s) => ['Completed', 'Skipped'].includes(statusOf(run, s))).length;
    const current = orderedSteps(run).find((s) => ['Running', 'Pending', 'Failed'].includes(statusOf(run, s)));
    const progressPercent = relevant.length ? Math.round((100 * completedSteps) / relevant.length) : 0;
    return {
        id: run.id,
        name: run.name,
        planType: run.planType,
        status: run.status,
        direction: run.direction,
        pauseReason: run.pauseReason,
        businessHoursId: run.businessHoursId,
        businessHoursName: hours?.name ?? null,
        scheduledStart: iso(run.scheduledStart),
        nextScheduledTime: iso(run.nextScheduledTime),
        startedAt: iso(run.startedAt),
        finishedAt: iso(run.finishedAt),
        createdAt: iso(run.createdAt),
        requestedByName: sim.org.adminName,
        licenseDeveloperName: runLicense.developerName ?? null,
        licenseLabel: runLicense.label ?? runLicense.developerName ?? null,
        totalSteps: relevant.length,
        completedSteps,
        currentStepKey: current && !['Completed', 'Undone'].includes(run.status) ? current.stepKey : null,
        progressPercent,
        // RemediationService.toDto: a reclaim counts its recorded license assignments here.
        snapshotUserCount: items(run, isReclaim(run.planType) ? RECLAIMS[run.planType].kind : 'USER').length,
        snapshotAppCount: items(run, 'CONNECTED_APP').length,
        seatsExpectedToFree: run.seatsExpectedToFree,
        seatsUsedBefore: run.seatsUsedBefore,
        seatsUsedAfter: run.seatsUsedAfter,
        verificationMessage: run.verificationMessage,
        estimatedMinutes: run.estimatedMinutes,
        lastError: run.lastError,
        scheduledByName: run.scheduledByName ?? null,
        newSetOrigin: run.newSetOrigin ?? null,
        auditPublishFailures: run.auditPublishFailures ?? 0,
        auditPublishError: run.auditPublishError ?? null,
        canPause: run.status === 'Scheduled' || run.status === 'Running',
        canResume:
            (run.status === 'Paused' || run.status === 'Failed') &&
            run.pauseReason !== 'REAPPROVAL' &&
            run.pauseReason !== 'INTEGRITY',
        canUndo:
            run.direction === 'Forward' &&
            run.pauseReason !== 'INTEGRITY' &&
            ['Completed', 'Failed', 'Paused'].includes(run.status),
        canSchedule: run.status === 'Draft',
        steps: withDetails ? run.steps.map((s) => ({ ...s })) : null,
        auditEntries: withDetails ? run.audit.slice(0, 50).map((a) => ({ ...a })) : null
    };
}

export function snapshotPage(run, kind, pageNumber, pageSize) {
    const all = run.snapshot
        .filter((i) => !kind || i.kind === kind)
        .sort(
            (a, b) =>
                a.kind.localeCompare(b.kind) || String(a.name).localeCompare(String(b.name)) || a.id.localeCompare(b.id)
        );
    const start = (pageNumber - 1) * pageSize;
    return {
        runId: run.id,
        kind: kind ?? null,
        pageNumber,
        pageSize,
        totalCount: all.length,
        hasMore: start + pageSize < all.length,
        items: all.slice(start, start + pageSize).map((i) => ({ ...i }))
    };
}

/** Every operation the run would do next in its current direction (no change to the state). */
export function dryRunDto(sim, run) {
    const undoing = run.direction === 'Undo' || run.status === 'Completed';
    const reclaim = isReclaim(run.planType);
    const licenseLabel = reclaim
        ? reclaimLicense(sim.org, run.licenseDeveloperName, run.planType).label
        : sim.org.license.label;
    const users = items(run, 'USER');
    const apps = items(run, 'CONNECTED_APP');
    const licenses = items(run, reclaim ? RECLAIMS[run.planType].kind : 'PSL_ASSIGNMENT');
    const removed = reclaim ? reclaimModel(sim.org, run.planType).removed : sim.org.reclaim.removed;
    const live = sim.org.live;
    const release = reclaim
        ? (undoing ? reclaimMissing : reclaimDeletable)(run, removed, licenses)
        : (undoing ? voiceMissing : voiceReleasable)(live, licenses);
    const names = (list) => list.map((i) => i.name ?? i.recordId);
    const forward = {
        // RECORD operations write only License Steward's records: no setup row, no DML call counted (the Apex's
        // snapshot refresh finds nothing new for a draft recorded from the same org).
        SNAPSHOT: [
            [
                'RECORD',
                'Remediation_Snapshot_Item__c',
                0,
                0,
                `Record 0 new snapshot rows (${run.snapshot.length} already recorded).`,
                []
            ]
        ],
        RENAME_OLD_SET: [
            [
                'UPDATE',
                'PermissionSet',
                1,
                1,
                `Rename "${OLD_LABEL}" (${OLD_NAME}) to "${RENAMED_LABEL}" (${RENAMED_NAME}).`,
                [OLD_LABEL]
            ]
        ],
        CREATE_NEW_SET: [
            ['INSERT', 'PermissionSet', 1, 1, `Create the license-free "${OLD_LABEL}" (${OLD_NAME}).`, [OLD_LABEL]]
        ],
        ASSIGN_APPS: [
            [
                'INSERT',
                'SetupEntityAccess',
                apps.length,
                DML_CHUNK,
                `Grant ${count(apps.length, 'connected app')} to the new set.`,
                names(apps)
            ]
        ],
        ASSIGN_USERS: [
            [
                'INSERT',
                'PermissionSetAssignment',
                users.length,
                DML_CHUNK,
                `Assign the new set to ${count(users.length, 'user')}.`,
                names(users)
            ]
        ],
        REMOVE_OLD_USERS: [
            [
                'DELETE',
                'PermissionSetAssignment',
                users.length,
                UNASSIGN_CHUNK,
                `Remove the DoNotUse set from ${count(users.length, 'user')} in calls of at most ${UNASSIGN_CHUNK}.`,
                names(users)
            ]
        ],
        REMOVE_OLD_APPS: [
            [
                'DELETE',
                'SetupEntityAccess',
                apps.length,
                DML_CHUNK,
                `Revoke ${count(apps.length, 'connected app')} from the DoNotUse set.`,
                names(apps)
            ]
        ],
        RELEASE_LICENSES: [
            [
                'DELETE',
                'PermissionSetLicenseAssign',
                release.length,
                DML_CHUNK,
                `Delete ${count(release.length, 'license assignment')} nobody needs (${licenses.length - release.length} kept: still needed).`,
                names(release)
            ]
        ],
        VERIFY_SEATS: [['RECORD', 'Remediation_Run__c', 0, 0, 'Compare used seats with the plan.', []]],
        DELETE_PACKAGE_SEATS: [
            [
                'DELETE',
                'UserPackageLicense',
                release.length,
                DML_CHUNK,
                `Remove ${count(release.length, `${licenseLabel} package seat`)}.`,
                names(release)
            ]
        ],
        DELETE_LICENSE_ASSIGNMENTS: [
            [
                'DELETE',
                'PermissionSetLicenseAssign',
                release.length,
                DML_CHUNK,
                `Delete ${count(release.length, `${licenseLabel} license assignment`)} nobody needs.`,
                names(release)
            ]
        ]
    };
    const backward = {
        RELEASE_LICENSES: [
            [
                'INSERT',
                'PermissionSetLicenseAssign',
                release.length,
                DML_CHUNK,
                `Re-create ${count(release.length, 'license assignment')}.`,
                names(release)
            ]
        ],
        REMOVE_OLD_APPS: [
            [
                'INSERT',
                'SetupEntityAccess',
                apps.length,
                DML_CHUNK,
                `Grant ${count(apps.length, 'connected app')} to the original Voice set again.`,
                names(apps)
            ]
        ],
        REMOVE_OLD_USERS: [
            [
                'INSERT',
                'PermissionSetAssignment',
                users.length,
                DML_CHUNK,
                `Give the original Voice set back to ${count(users.length, 'user')}.`,
                names(users)
            ]
        ],
        ASSIGN_USERS: [
            [
                'DELETE',
                'PermissionSetAssignment',
                users.length,
                UNASSIGN_CHUNK,
                `Remove the new set from ${count(users.length, 'user')}.`,
                names(users)
            ]
        ],
        ASSIGN_APPS: [
            [
                'DELETE',
                'SetupEntityAccess',
                apps.length,
                DML_CHUNK,
                `Revoke ${count(apps.length, 'connected app')} from the new set.`,
                names(apps)
            ]
        ],
        CREATE_NEW_SET: [['DELETE', 'PermissionSet', 1, 1, 'Delete the license-free set.', [OLD_LABEL]]],
        RENAME_OLD_SET: [
            ['UPDATE', 'PermissionSet', 1, 1, `Restore the names "${OLD_LABEL}" (${OLD_NAME}).`, [RENAMED_LABEL]]
        ],
        DELETE_LICENSE_ASSIGNMENTS: [
            [
                'INSERT',
                'PermissionSetLicenseAssign',
                release.length,
                DML_CHUNK,
                `Re-create ${count(release.length, `${licenseLabel} license assignment`)}.`,
                names(release)
            ]
        ],
        DELETE_PACKAGE_SEATS: [
            [
                'INSERT',
                'UserPackageLicense',
                release.length,
                DML_CHUNK,
                `Re-insert ${count(release.length, `${licenseLabel} package seat`)}, each on its own.`,
                names(release)
            ]
        ]
    };
    const operations = [];
    const steps = undoing ? [...run.steps].reverse() : run.steps;
    for (const step of steps) {
        const status = undoing
            ? (step.undoStatus ?? (step.status === 'Completed' ? 'Pending' : 'Skipped'))
            : step.status;
        if (status === 'Completed' || status === 'Skipped') continue;
        for (const [action, sObjectType, recordCount, chunkSize, description, targets] of (undoing
            ? backward
            : forward)[step.stepKey] ?? []) {
            if (recordCount === 0 && action !== 'RECORD') continue;
            operations.push({
                sequence: step.sequence,
                stepKey: step.stepKey,
                stepLabel: step.label,
                action,
                sObjectType,
                recordCount,
                dmlCalls: action === 'RECORD' ? 0 : Math.ceil(recordCount / chunkSize),
                description,
                targets: targets.slice(0, 200),
                targetsTruncated: targets.length > 200
            });
        }
    }
    const totalRecords = operations.reduce((sum, op) => sum + op.recordCount, 0);
    const totalDmlCalls = operations.filter((op) => op.action !== 'RECORD').reduce((sum, op) => sum + op.dmlCalls, 0);
    // RemediationService.dryRun: the seats the plan expects to free (fixed when the draft was recorded), in both
    // directions.
    const seatsToFree = run.seatsExpectedToFree;
    const shortage = undoing ? undoSeatShortage(sim, run) : null;
    return {
        runId: run.id,
        planType: run.planType,
        direction: undoing ? 'Undo' : 'Forward',
        operations,
        totalRecords,
        totalDmlCalls,
        seatsToFree,
        summary: `${operations.length} operations on ${totalRecords} records in ${totalDmlCalls} DML calls${undoing ? ' to restore the snapshot' : `; frees ${seatsToFree} ${licenseLabel} seat${seatsToFree === 1 ? '' : 's'}`}.${shortage ? ` ${shortage}` : ''}`
    };
}

// ---------------------------------------------------------------------------------------------------------------
// Seeds (remediation-runs.json): earlier runs replayed through the functions above.
//   [{ "number": 7,                                          // optional: run number (RR-0007) of this seed
//      "events": [
//        { "at": "2026-10-09T15:12:00.000Z", "do": "create", "businessHoursId": "..." },   // at: ISO or "-90m"/"-2d"
//        { "at": "...", "do": "schedule", "start": "2026-10-09T23:00:00.000Z" | "next-window" | "upcoming-window" },
//          (next-window: the first window after `at`; upcoming-window: the first window from now, fired by the
//          first poll that comes 3 s after the org's simulation was loaded)
//        { "do": "run", "failAt": "RENAME_OLD_SET", "error": "..." },   // polls until the run stops (or fails there)
//        { "do": "run", "holdAt": "SNAPSHOT", "hold": "REAPPROVAL" | "AUTHORITY" | "INTEGRITY", "message": "..." },
//          (the engine holds the run before that step: paused for re-approval / lost permission, or integrity stop)
//        { "at": "...", "do": "publish-failure", "action": "STARTED", "error": "..." },   // the newest entry (of that
//          action) was refused by the platform: it is recorded on the run instead of the audit trail
//        { "at": "...", "do": "pause" | "resume" | "undo", "start": ... } ] }]

function when(value, nowMs) {
    if (value === undefined || value === null) return nowMs;
    const relative = /^-(\d+)([mhd])$/.exec(value);
    if (relative) return nowMs - Number(relative[1]) * { m: MINUTE, h: 60 * MINUTE, d: 24 * 60 * MINUTE }[relative[2]];
    return Date.parse(value);
}

function replaySeed(sim, seed, nowMs) {
    let run = null;
    for (const event of seed.events ?? []) {
        const at = when(event.at, nowMs);
        const keyword = event.start === 'next-window' || event.start === 'upcoming-window' || event.start === undefined;
        const start = keyword ? null : when(event.start, nowMs);
        switch (event.do) {
            case 'create':
                if (seed.number) sim.sequence = Math.max(sim.sequence, seed.number - 1);
                run = createDraft(sim, PLAN_VOICE, event.businessHoursId ?? null, at);
                break;
            case 'schedule':
                // Seeds are history: the start time is taken as given (the window check applies to live calls).
                run.status = 'Draft';
                if (event.start === 'upcoming-window') {
                    // Scheduled earlier for the next window from now: the monitor shows it Scheduled, then its
                    // first automatic poll starts it (see tick).
                    schedule(sim, run, null, null, CONFIRM_WORD, Math.max(at, nowMs));
                    run.audit[0].occurredAt = iso(at);
                } else {
                    schedule(sim, run, null, null, CONFIRM_WORD, at);
                }
                if (start !== null) {
                    run.scheduledStart = start;
                    run.nextScheduledTime = start;
                }
                break;
            case 'run':
                if (event.failAt) {
                    run.failAt = event.failAt;
                    run.failWith = event.error ?? 'Simulated failure.';
                }
                if (event.holdAt) {
                    run.holdAt = event.holdAt;
                    run.holdReason = event.hold;
                    run.holdMessage = event.message ?? 'Simulated hold.';
                }
                for (let i = 0; i < 40 && (run.status === 'Scheduled' || run.status === 'Running'); i++) tick(sim, run);
                break;
            case 'publish-failure': {
                // The platform refused the newest audit entry (e.g. the hourly publish limit): kept on the run.
                const index = event.action ? run.audit.findIndex((a) => a.action === event.action) : 0;
                const [refused] = run.audit.splice(Math.max(index, 0), 1);
                recordPublishFailure(
                    run,
                    at,
                    refused.action,
                    refused.message,
                    event.error ?? 'Simulated publish failure.'
                );
                break;
            }
            case 'pause':
                pause(sim, run, at);
                break;
            case 'resume':
                resume(sim, run, null, at);
                if (start !== null) run.nextScheduledTime = start;
                break;
            case 'undo':
                undo(sim, run, null, CONFIRM_WORD, at);
                if (start !== null) run.nextScheduledTime = start;
                break;
            default:
                throw new Error(`remediation-runs.json: unknown event "${event.do}"`);
        }
    }
}
