// Preview adapter of RemediationController (docs/api/remediation.md): a stateful simulation of the remediation
// engine over the demo org's remediation-org.json / remediation-runs.json (see _remediation-sim.mjs and
// docs/voice-fix-wizard.md). Validation errors are PreviewApexErrors with the controller's messages.
import { PreviewApexError } from './_runtime.mjs';
import {
    RemediationError,
    requireConfirmation,
    requireRunId,
    checkStart,
    createDraft,
    diagnose as diagnoseOrg,
    dryRunDto,
    optionalBusinessHoursId,
    pause,
    requirePlan,
    requireRun,
    resume,
    runDto,
    schedule,
    simulation,
    snapshotPage,
    SNAPSHOT_KINDS,
    tick,
    undo,
    windows
} from './_remediation-sim.mjs';

// Contract-test samples (docs/ARCHITECTURE.md): per demo org one ctx.state for the whole file, methods in the
// module's export order (alphabetical). kb-example: RR-0001 is the seeded (undone) trial; createDraftRun creates
// RR-0002, which scheduleRun schedules, and the reclaim draft RR-0003 (dry run). large-org
// (preview/generators/voice-fix-large.mjs): RR-0007 is scheduled; getRunStatus starts it, pauseRun pauses it, undoRun
// undoes it (its reclaim draft is refused: RR-0007 is active). voice-fix-failed: resumeRun resumes the failed RR-0001.
const SEEDED_RUN = 'a0XRun100000001AAA';
const NEW_RUN = 'a0XRun200000002AAA';
const LARGE_RUN = 'a0XRun700000007AAA';
const VOICE = { planType: 'VOICE_PSL_FIX', targetIds: [], licenseDeveloperName: null, businessHoursId: null };
// kb-example: Omar Haddad's unneeded CRM Analytics Plus assignment (dashboard.findings.json) becomes RR-0003.
const RECLAIM = {
    planType: 'RECLAIM_UNNEEDED_PSL',
    targetIds: ['a03PV0000000003AAA'],
    licenseDeveloperName: 'EinsteinAnalyticsPlusPsl',
    businessHoursId: null
};
const RECLAIM_RUN = 'a0XRun300000003AAA';

export const samples = {
    diagnose: [
        VOICE,
        {
            planType: 'RECLAIM_UNNEEDED_PSL',
            targetIds: [],
            licenseDeveloperName: 'ServiceCloudVoicePsl',
            businessHoursId: null
        },
        { ...VOICE, planType: 'NOPE' }
    ],
    createDraftRun: [VOICE, RECLAIM],
    getSnapshot: [
        { runId: NEW_RUN, kind: null, pageNumber: 1, pageSize: 25 },
        { runId: SEEDED_RUN, kind: 'USER', pageNumber: 2, pageSize: 1 },
        { runId: NEW_RUN, kind: 'USER', pageNumber: 1, pageSize: 5000 }
    ],
    listBusinessHours: [{}],
    proposeWindows: [
        { runId: NEW_RUN, businessHoursId: null, count: 6 },
        { runId: NEW_RUN, businessHoursId: null, count: 0 }
    ],
    validateStartTime: [
        { runId: NEW_RUN, businessHoursId: null, startTime: '2030-01-07T15:00:00.000Z' },
        { runId: NEW_RUN, businessHoursId: null, startTime: '2030-01-06T03:00:00.000Z' }
    ],
    dryRun: [{ runId: NEW_RUN }, { runId: SEEDED_RUN }, { runId: RECLAIM_RUN }],
    scheduleRun: [
        { runId: NEW_RUN, businessHoursId: null, startTime: null, confirmation: 'nope' },
        { runId: NEW_RUN, businessHoursId: null, startTime: null, confirmation: 'confirm' }
    ],
    getRunStatus: [{ runId: 'abc' }, { runId: SEEDED_RUN }, { runId: LARGE_RUN }, { runId: LARGE_RUN }],
    undoRun: [
        { runId: LARGE_RUN, startTime: null, confirmation: 'nope' },
        { runId: LARGE_RUN, startTime: null, confirmation: 'CONFIRM' }
    ],
    pauseRun: [{ runId: SEEDED_RUN }, { runId: LARGE_RUN }],
    resumeRun: [{ runId: SEEDED_RUN, startTime: null }],
    listRecentRuns: [
        { maxResults: 20, planType: null },
        { maxResults: 20, planType: 'VOICE_PSL_FIX' },
        { maxResults: 20, planType: 'RECLAIM_UNNEEDED_PSL' },
        { maxResults: 20, planType: 'NOPE' },
        { maxResults: 0, planType: null }
    ]
};

const now = (ctx) => ctx.now().getTime();

/** AuraErrors.wrap: a service (RemediationException) error reads "<action> failed: <message>"; input errors pass. */
async function wrap(action, body) {
    try {
        return await body();
    } catch (error) {
        if (error instanceof RemediationError) throw new PreviewApexError(`${action} failed: ${error.message}`);
        throw error;
    }
}

export async function diagnose({ planType, targetIds, licenseDeveloperName, businessHoursId }, ctx) {
    return wrap('Check the remediation plan', () => {
        requirePlan(planType);
        const sim = simulation(ctx);
        return diagnoseOrg(sim, planType, optionalBusinessHoursId(businessHoursId), now(ctx), {
            targetIds: targetIds ?? [],
            licenseDeveloperName: licenseDeveloperName ?? null
        });
    });
}

export async function createDraftRun({ planType, targetIds, licenseDeveloperName, businessHoursId }, ctx) {
    return wrap('Create the remediation run', () => {
        requirePlan(planType);
        if (planType === 'RECLAIM_UNNEEDED_PSL' && !String(licenseDeveloperName ?? '').trim()) {
            throw new PreviewApexError('Choose the permission set license whose unneeded assignments to reclaim.');
        }
        const sim = simulation(ctx);
        return runDto(
            sim,
            createDraft(sim, planType, optionalBusinessHoursId(businessHoursId), now(ctx), {
                targetIds: targetIds ?? [],
                licenseDeveloperName: licenseDeveloperName ?? null
            })
        );
    });
}

export async function getSnapshot({ runId, kind, pageNumber, pageSize }, ctx) {
    return wrap('Load the snapshot', () => {
        const sim = simulation(ctx);
        const run = requireRun(sim, runId);
        if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 2000) {
            throw new PreviewApexError('Page size must be between 1 and 2000.');
        }
        if (!Number.isInteger(pageNumber) || pageNumber < 1 || pageNumber > 10000)
            throw new PreviewApexError('Page number must be between 1 and 10000.');
        if (kind !== null && kind !== undefined && !SNAPSHOT_KINDS.includes(kind)) {
            throw new PreviewApexError('Unknown snapshot kind. Use USER, CONNECTED_APP or PSL_ASSIGNMENT.');
        }
        return snapshotPage(run, kind ?? null, pageNumber, pageSize);
    });
}

export async function listBusinessHours(params, ctx) {
    return wrap('Load the business hours', () => {
        const sim = simulation(ctx);
        return [...sim.org.businessHours]
            .sort((a, b) => Number(!!b.isDefault) - Number(!!a.isDefault))
            .map((h) => ({
                id: h.id,
                name: h.name,
                isDefault: !!h.isDefault,
                timeZone: h.timeZone,
                summary: h.summary
            }));
    });
}

export async function proposeWindows({ runId, businessHoursId, count }, ctx) {
    return wrap('Propose out-of-hours windows', () => {
        const sim = simulation(ctx);
        const run = requireRun(sim, runId);
        if (!Number.isInteger(count) || count < 1 || count > 20)
            throw new PreviewApexError('Ask for between 1 and 20 windows.');
        return windows(sim, run, optionalBusinessHoursId(businessHoursId), count, now(ctx));
    });
}

export async function validateStartTime({ runId, businessHoursId, startTime }, ctx) {
    return wrap('Check the start time', () => {
        const sim = simulation(ctx);
        const run = requireRun(sim, runId);
        if (!startTime) throw new PreviewApexError('Pick a start time.');
        return checkStart(sim, run, optionalBusinessHoursId(businessHoursId), startTime, now(ctx));
    });
}

export async function dryRun({ runId }, ctx) {
    return wrap('Simulate the remediation run', () => {
        const sim = simulation(ctx);
        return dryRunDto(sim, requireRun(sim, runId));
    });
}

export async function scheduleRun({ runId, businessHoursId, startTime, confirmation }, ctx) {
    return wrap('Schedule the remediation run', () => {
        const sim = simulation(ctx);
        requireRunId(runId);
        requireConfirmation(sim, confirmation, 'schedule this run');
        const run = requireRun(sim, runId);
        return runDto(
            sim,
            schedule(sim, run, optionalBusinessHoursId(businessHoursId), startTime ?? null, confirmation, now(ctx))
        );
    });
}

/** Each poll moves the simulated engine one step (see _remediation-sim.mjs, "Simulated time"). */
export async function getRunStatus({ runId }, ctx) {
    return wrap('Load the remediation run', () => {
        const sim = simulation(ctx);
        const run = requireRun(sim, runId);
        tick(sim, run, now(ctx));
        return runDto(sim, run);
    });
}

export async function undoRun({ runId, startTime, confirmation }, ctx) {
    return wrap('Undo the remediation run', () => {
        const sim = simulation(ctx);
        requireRunId(runId);
        requireConfirmation(sim, confirmation, 'undo this run');
        return runDto(sim, undo(sim, requireRun(sim, runId), startTime ?? null, confirmation, now(ctx)));
    });
}

export async function pauseRun({ runId }, ctx) {
    return wrap('Pause the remediation run', () => {
        const sim = simulation(ctx);
        return runDto(sim, pause(sim, requireRun(sim, runId), now(ctx)));
    });
}

export async function resumeRun({ runId, startTime }, ctx) {
    return wrap('Resume the remediation run', () => {
        const sim = simulation(ctx);
        return runDto(sim, resume(sim, requireRun(sim, runId), startTime ?? null, now(ctx)));
    });
}

export async function listRecentRuns({ maxResults, planType }, ctx) {
    return wrap('Load recent remediation runs', () => {
        if (!Number.isInteger(maxResults) || maxResults < 1 || maxResults > 200) {
            throw new PreviewApexError('Ask for between 1 and 200 runs.');
        }
        // RemediationController.listRecentRuns: blank = every plan; the filter is in the query, before the limit.
        const plan =
            planType === null || planType === undefined || String(planType).trim() === ''
                ? null
                : String(planType).trim();
        if (plan !== null) requirePlan(plan);
        const sim = simulation(ctx);
        return [...sim.runs]
            .filter((run) => plan === null || run.planType === plan)
            .sort((a, b) => b.createdAt - a.createdAt || b.name.localeCompare(a.name)) // ORDER BY CreatedDate DESC, Name DESC
            .slice(0, maxResults)
            .map((run) => runDto(sim, run, { withDetails: false }));
    });
}
