// Preview answers of VoiceMinutesController (docs/voice-minutes.md), computed with the voiceMinutesRules TypeScript
// module (loaded from its source by _voiceRules.mjs) from the demo org's Voice files:
//   voice.meta.json              { now, roundingMode, legMonths: ['YYYY-MM'], balance: { balanceMinutes, asOfDate } }
//   voice.calls.<YYYY-MM>.json   the month's VoiceCall legs as { fields, rows } (start order)
//   voice.months.json            VoiceMonthDto[] stored earlier (history without legs)
//   voice.parents.json           [key, startSecond, durationSeconds] of earlier legs named as parents (optional)
// large-org gets them from preview/generators/voice-calls.mjs (a year, ≥ 50,000 legs in October 2026); kb-example
// has a small hand-written October: the billing scenarios of the docs as real calls. An org without voice.meta.json
// answers like an org without Salesforce Voice (the not-enabled state).
// State (ctx.state.voice, forgotten by "Reset demo org"): computed months, recomputes, balance, nightly schedule.
import { PreviewApexError } from './_runtime.mjs';
import { rules, recordsOf, aggregateMonth, toMonthDto } from './_voiceRules.mjs';

const NOT_ENABLED_MESSAGE =
    'Salesforce Voice is not enabled in this org: there are no Voice Call records to count. Voice minutes appear here once Voice is set up.';
const MONTH_KEY = /^\d{4}-(0[1-9]|1[0-2])$/;
const TREND_MONTHS = 12;
const MAX_BALANCE_MINUTES = 1000000000;

export const samples = {
    getSettings: [{}],
    getUsage: [{ month: null }, { month: '2026-10' }, { month: '2026-03' }],
    recompute: [{ month: '2026-10' }],
    getRecomputeProgress: [{ month: '2026-10' }],
    saveBalance: [{ balanceMinutes: 250000, asOfDate: '2026-11-20' }],
    scheduleNightlyRefresh: [{}]
};

function loadOptional(ctx, name, fallback) {
    try {
        return ctx.load(name);
    } catch (error) {
        if (error.code === 'PREVIEW_NO_DATA') return fallback;
        throw error;
    }
}

const meta = (ctx) => loadOptional(ctx, 'voice.meta.json', null);

function stateOf(ctx, info) {
    if (!ctx.state.voice) {
        ctx.state.voice = {
            mode: rules.toRoundingMode(info?.roundingMode),
            months: {},
            balance: info?.balance ?? null,
            nightly: false,
            jobs: 0
        };
    }
    return ctx.state.voice;
}

/** The demo org's clock: its fixed "now" (generated data is deterministic), else the preview clock. */
function nowOf(ctx, info) {
    return info?.now ? new Date(info.now) : ctx.now();
}

const monthKeyOf = (date) => date.toISOString().slice(0, 7);
function addMonths(monthKey, count) {
    const date = new Date(`${monthKey}-01T00:00:00Z`);
    date.setUTCMonth(date.getUTCMonth() + count);
    return monthKeyOf(date);
}

function notComputed(month) {
    return {
        month,
        status: 'NotComputed',
        roundingMode: null,
        legs: null,
        calls: null,
        voiceSeconds: null,
        telephonySeconds: null,
        telephonyInboundSeconds: null,
        telephonyOutboundSeconds: null,
        telephonyTransferSeconds: null,
        telephonyOtherSeconds: null,
        averageCallSeconds: null,
        longestCallSeconds: null,
        longestCallKey: null,
        orphanLegs: null,
        loopingLegs: null,
        continuationLegs: null,
        zeroSecondLegs: null,
        linkedByPreviousCallId: null,
        linkedByParentVoiceCallId: null,
        linkedByVendorParentCallKey: null,
        computedAt: null,
        message: null,
        topCalls: []
    };
}

/** Legs of a month (start order) and a key index over every leg file of the org (parent lookups). */
function legsOf(ctx, info, state, month) {
    if (!state.legs) {
        state.legs = {};
        state.index = new Map();
        for (const [key, startSecond, durationSeconds] of loadOptional(ctx, 'voice.parents.json', [])) {
            state.index.set(key, { key, startSecond, durationSeconds });
        }
        for (const legMonth of info.legMonths ?? []) {
            const legs = recordsOf(ctx.load(`voice.calls.${legMonth}.json`)).map((record) =>
                rules.legFromVoiceCall(record)
            );
            state.legs[legMonth] = legs;
            for (const leg of legs) {
                state.index.set(leg.key, leg);
                if (leg.recordId) state.index.set(leg.recordId, leg);
            }
        }
    }
    return state.legs[month] ?? null;
}

/** The stored summary of a month: computed from its legs (as the nightly batch did), else history, else none. */
function storedMonth(ctx, info, state, month) {
    if (state.months[month]) return state.months[month];
    const legs = legsOf(ctx, info, state, month);
    if (legs) {
        const nightly = new Date(nowOf(ctx, info));
        nightly.setUTCHours(2, 14, 9, 0);
        const totals = aggregateMonth(legs, state.mode, state.index);
        state.months[month] = toMonthDto(month, totals, { mode: state.mode, computedAt: nightly.toISOString() });
        return state.months[month];
    }
    const history = loadOptional(ctx, 'voice.months.json', []);
    return history.find((entry) => entry.month === month) ?? null;
}

/** The balance and its projection: the rule of Apex VoiceMinutesRules.projectBalance (shared vectors). */
function balanceOf(ctx, info, state, trend) {
    const now = nowOf(ctx, info);
    const balance = state.balance;
    const projection = rules.projectBalance(trend, monthKeyOf(now), now.getUTCDate(), balance);
    return {
        balanceMinutes: balance ? balance.balanceMinutes : null,
        asOfDate: balance ? balance.asOfDate : null,
        dailyVoiceMinutes: projection.dailyVoiceMinutes,
        basisDays: projection.basisDays,
        basisMonths: projection.basisMonths,
        minimumBasisDays: rules.MIN_PROJECTION_DAYS,
        projectionStatus: projection.status,
        projectedExhaustionDate: projection.projectedExhaustionDate
    };
}

/** A month as the page sees it: Running while its simulated batch has chunks left (like the batch's mark). */
function visibleMonth(ctx, info, state, month) {
    const stored = storedMonth(ctx, info, state, month);
    if (!state.running?.[month]) return stored;
    return { ...(stored ?? notComputed(month)), status: 'Running' };
}

function trendOf(ctx, info, state) {
    const currentMonth = monthKeyOf(nowOf(ctx, info));
    const trend = [];
    for (let i = TREND_MONTHS - 1; i >= 0; i--) {
        const month = addMonths(currentMonth, -i);
        const stored = visibleMonth(ctx, info, state, month);
        trend.push(stored ? { ...stored, topCalls: [] } : notComputed(month));
    }
    return trend;
}

export async function getSettings(_params, ctx) {
    const info = meta(ctx);
    return { roundingMode: stateOf(ctx, info).mode, defaultRoundingMode: rules.DEFAULT_ROUNDING_MODE };
}

export async function getUsage(params, ctx) {
    const month = typeof params.month === 'string' && params.month.trim() !== '' ? params.month.trim() : null;
    if (month !== null && !MONTH_KEY.test(month)) {
        throw new PreviewApexError('Month must look like 2026-10 (year-month).');
    }
    const info = meta(ctx);
    const state = stateOf(ctx, info);
    const currentMonth = monthKeyOf(nowOf(ctx, info));
    if (!info) {
        const selectedMonth = month ?? currentMonth;
        return {
            voiceEnabled: false,
            message: NOT_ENABLED_MESSAGE,
            roundingMode: state.mode,
            currentMonth,
            selectedMonth,
            selected: null,
            trend: [],
            balance: null,
            nightlyScheduled: null
        };
    }
    const trend = trendOf(ctx, info, state);
    // No month asked for: open on the latest computed month (Apex VoiceMinutesRules.defaultMonth).
    const selectedMonth = month ?? rules.defaultMonth(trend, currentMonth);
    return {
        voiceEnabled: true,
        message: null,
        roundingMode: state.mode,
        currentMonth,
        selectedMonth,
        selected: visibleMonth(ctx, info, state, selectedMonth) ?? notComputed(selectedMonth),
        trend,
        balance: balanceOf(ctx, info, state, trend),
        nightlyScheduled: state.nightly
    };
}

export async function recompute(params, ctx) {
    const month = typeof params.month === 'string' ? params.month.trim() : '';
    if (!MONTH_KEY.test(month)) {
        throw new PreviewApexError('Month must look like 2026-10 (year-month).');
    }
    const info = meta(ctx);
    const state = stateOf(ctx, info);
    if (month > monthKeyOf(nowOf(ctx, info))) {
        throw new PreviewApexError(`Month ${month} has not started yet; pick the current or an earlier month.`);
    }
    if (!info) {
        throw new PreviewApexError(NOT_ENABLED_MESSAGE);
    }
    // The preview computes the month at once (legs → sweep in 2,000-leg chunks → stored month) but, like the batch,
    // shows it Running until getRecomputeProgress has been polled through its chunks (a third of them per poll).
    delete state.months[month];
    const stored = storedMonth(ctx, info, state, month);
    if (stored) {
        state.months[month] = { ...stored, computedAt: ctx.now().toISOString() };
    }
    state.jobs += 1;
    const jobId = `707PV${String(state.jobs).padStart(10, '0')}AAA`;
    const chunks = Math.max(3, Math.ceil((legsOf(ctx, info, state, month)?.length ?? 0) / 2000));
    state.running = { ...(state.running ?? {}), [month]: { jobId, processed: 0, total: chunks } };
    return {
        month,
        jobId,
        message: `Recomputing ${month} in the background (job ${jobId}). This page shows its progress and refreshes itself when it is done.`,
        running: true,
        itemsProcessed: 0,
        totalItems: 0,
        percent: 0
    };
}

export async function getRecomputeProgress(params, ctx) {
    const month = typeof params.month === 'string' ? params.month.trim() : '';
    if (!MONTH_KEY.test(month)) {
        throw new PreviewApexError('Month must look like 2026-10 (year-month).');
    }
    const state = stateOf(ctx, meta(ctx));
    const job = state.running?.[month];
    if (!job) {
        return {
            month,
            jobId: null,
            message: `The recompute of ${month} has finished.`,
            running: false,
            itemsProcessed: 0,
            totalItems: 0,
            percent: 0
        };
    }
    job.processed = Math.min(job.total, job.processed + Math.ceil(job.total / 3));
    const running = job.processed < job.total;
    if (!running) delete state.running[month];
    return {
        month,
        jobId: job.jobId,
        message: running
            ? `Recomputing ${month}: ${job.processed} of ${job.total} chunks done.`
            : `The recompute of ${month} has finished.`,
        running,
        itemsProcessed: job.processed,
        totalItems: job.total,
        percent: Math.floor((job.processed * 100) / job.total)
    };
}

export async function saveBalance(params, ctx) {
    const minutes = params.balanceMinutes;
    if (typeof minutes !== 'number' || !Number.isFinite(minutes) || minutes < 0 || minutes > MAX_BALANCE_MINUTES) {
        throw new PreviewApexError('Enter a balance between 0 and 1,000,000,000 minutes.');
    }
    const asOf = typeof params.asOfDate === 'string' ? params.asOfDate.trim() : '';
    const parsed = /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? new Date(`${asOf}T00:00:00Z`) : null;
    if (!parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== asOf) {
        throw new PreviewApexError('Enter the day of the balance as YYYY-MM-DD.');
    }
    const info = meta(ctx);
    const now = nowOf(ctx, info);
    // "Not in the future" is about the real world: the real clock, not the demo org's fixed one.
    if (parsed.getTime() > Math.max(now.getTime(), ctx.now().getTime()) + 86400000) {
        throw new PreviewApexError('The day of the balance cannot be in the future.');
    }
    const state = stateOf(ctx, info);
    state.balance = { balanceMinutes: Math.round(minutes * 100) / 100, asOfDate: asOf };
    const recent = [];
    if (info) {
        const currentMonth = monthKeyOf(now);
        for (let i = rules.PROJECTION_MONTHS - 1; i >= 0; i--) {
            const stored = storedMonth(ctx, info, state, addMonths(currentMonth, -i));
            if (stored) recent.push(stored);
        }
    }
    return balanceOf(ctx, info, state, recent);
}

export async function scheduleNightlyRefresh(_params, ctx) {
    const state = stateOf(ctx, meta(ctx));
    if (state.nightly) return false;
    state.nightly = true;
    return true;
}
