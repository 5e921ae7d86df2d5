// Preview answers of LicenseHistoryController (docs/history-and-alerts.md), computed from the demo org's
// history.json with the forecast rule the LWCs and the Apex share (licenseForecastRules, via _historyRules.mjs):
//   history.json  { today, settings: { retentionDays, forecastWindowDays, atRiskWithinDays },
//                   schedule: { isScheduled, nextRunAt },
//                   licenses: [{ kind, name, label, unlimited, expiresOn, periodStart, periodEnd, start, total: [],
//                                used: [], active: [] }] }
//   (day i of a licence is start + i days; the arrays hold that day's License_History__c numbers, null = unknown).
// large-org gets 13 months from preview/generators/license-history.mjs, kb-example a week. An org without
// history.json answers like a fresh install: no history yet.
// State (ctx.state.history, forgotten by "Reset demo org"): the schedule set from the page.
import { PreviewApexError } from './_runtime.mjs';
import { forecastRules } from './_historyRules.mjs';

const PERIOD_DAYS = [30, 90, 180, 365, 400];
const DEFAULT_SETTINGS = { retentionDays: 400, forecastWindowDays: 90, atRiskWithinDays: 90 };

export const samples = {
    getHistoryOverview: [{}],
    getLicenseTrend: [
        { kind: 'PermissionSetLicense', name: 'ServiceCloudVoicePsl', periodDays: 90 },
        { kind: 'UserLicense', name: 'SFDC', periodDays: 400 },
        { kind: 'UserLicense', name: 'SFDC', periodDays: 7 }
    ],
    scheduleDailyHistory: [{ hourOfDay: 2 }],
    recordHistoryNow: [{}]
};

function historyOf(ctx) {
    try {
        return ctx.load('history.json');
    } catch (error) {
        if (error.code === 'PREVIEW_NO_DATA') return null;
        throw error;
    }
}

function stateOf(ctx, history) {
    if (!ctx.state.history) {
        ctx.state.history = { schedule: history?.schedule ?? { isScheduled: false, nextRunAt: null } };
    }
    return ctx.state.history;
}

const { addDays, daysBetween, forecast, forecastMethod } = forecastRules;

/** The licence's rows as { day, total, used, active, unlimited }, oldest first. */
function rowsOf(license) {
    return license.used.map((used, index) => ({
        day: addDays(license.start, index),
        total: license.total[index] ?? null,
        used: used ?? null,
        active: license.active?.[index] ?? null,
        unlimited: license.unlimited === true
    }));
}

function forecastDto(rows, windowDays, today) {
    const result = forecast(rows, windowDays);
    return {
        status: result.status,
        exhaustionDate: result.exhaustionDate,
        daysUntilExhaustion:
            result.exhaustionDate == null ? null : Math.max(0, daysBetween(today, result.exhaustionDate)),
        slopePerDay: result.slopePerDay,
        pointCount: result.pointCount,
        windowDays,
        method: forecastMethod(windowDays)
    };
}

function licenseDto(license, rows, windowDays, today) {
    const newest = rows[rows.length - 1];
    const dto = {
        kind: license.kind,
        name: license.name,
        label: license.label,
        asOf: newest.day,
        total: newest.total,
        used: newest.used,
        activeUsers: newest.active,
        unlimited: license.unlimited === true,
        expiresOn: license.expiresOn ?? null,
        daysUntilExpiry: license.expiresOn ? daysBetween(today, license.expiresOn) : null,
        periodStart: license.periodStart ?? null,
        periodEnd: license.periodEnd ?? null,
        forecast: forecastDto(rows, windowDays, today),
        daysUntilRunOut: null,
        riskReason: null
    };
    if (dto.forecast.status === 'Exhausted') {
        dto.daysUntilRunOut = 0;
        dto.riskReason = 'Exhausted';
    } else if (dto.forecast.daysUntilExhaustion != null) {
        dto.daysUntilRunOut = dto.forecast.daysUntilExhaustion;
        dto.riskReason = 'Exhaustion';
    }
    if (dto.daysUntilExpiry != null) {
        const expiryDays = Math.max(0, dto.daysUntilExpiry);
        if (dto.daysUntilRunOut == null || expiryDays < dto.daysUntilRunOut) {
            dto.daysUntilRunOut = expiryDays;
            dto.riskReason = 'Expiry';
        }
    }
    return dto;
}

const sortKey = (l) => `${l.label}|${l.kind}|${l.name}`.toLowerCase();

export function getHistoryOverview(_params, ctx) {
    const history = historyOf(ctx);
    const settings = { ...DEFAULT_SETTINGS, ...(history?.settings ?? {}) };
    const { schedule } = stateOf(ctx, history);
    const overview = {
        oldestDay: null,
        newestDay: null,
        ...settings,
        licenses: [],
        atRisk: [],
        isScheduled: schedule.isScheduled,
        nextRunAt: schedule.nextRunAt
    };
    const licenses = history?.licenses ?? [];
    if (licenses.length === 0) return overview;
    const all = licenses.map((license) => ({ license, rows: rowsOf(license) }));
    overview.newestDay = all
        .map((l) => l.rows[l.rows.length - 1].day)
        .sort()
        .pop();
    overview.oldestDay = all.map((l) => l.rows[0].day).sort()[0];
    const windowStart = addDays(overview.newestDay, 1 - settings.forecastWindowDays);
    for (const { license, rows } of all) {
        const inWindow = rows.filter((row) => row.day >= windowStart);
        if (inWindow.length === 0) continue;
        const dto = licenseDto(license, inWindow, settings.forecastWindowDays, history.today);
        overview.licenses.push(dto);
        if (dto.daysUntilRunOut != null && dto.daysUntilRunOut <= settings.atRiskWithinDays) overview.atRisk.push(dto);
    }
    overview.licenses.sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
    overview.atRisk.sort((a, b) => a.daysUntilRunOut - b.daysUntilRunOut || sortKey(a).localeCompare(sortKey(b)));
    return overview;
}

export function getLicenseTrend({ kind, name, periodDays }, ctx) {
    if (!kind || !name || kind.length > 40 || name.length > 255) {
        throw new PreviewApexError('Choose a licence to chart.');
    }
    if (!PERIOD_DAYS.includes(periodDays)) {
        throw new PreviewApexError('The period must be 30, 90, 180, 365 or 400 days.');
    }
    const history = historyOf(ctx);
    const settings = { ...DEFAULT_SETTINGS, ...(history?.settings ?? {}) };
    const today = history?.today ?? ctx.now().toISOString().slice(0, 10);
    const license = (history?.licenses ?? []).find((l) => l.kind === kind && l.name === name);
    const trend = {
        kind,
        name,
        label: license?.label ?? name,
        unlimited: license?.unlimited === true,
        expiresOn: license?.expiresOn ?? null,
        periodDays,
        points: [],
        forecast: null
    };
    const fetchFrom = addDays(today, 1 - Math.max(periodDays, settings.forecastWindowDays));
    const rows = license ? rowsOf(license).filter((row) => row.day >= fetchFrom && row.day <= today) : [];
    const periodStart = addDays(today, 1 - periodDays);
    trend.points = rows
        .filter((row) => row.day >= periodStart)
        .map((row) => ({ day: row.day, total: row.total, used: row.used, activeUsers: row.active }));
    trend.forecast = forecastDto(rows, settings.forecastWindowDays, today);
    return trend;
}

export function scheduleDailyHistory({ hourOfDay }, ctx) {
    if (!Number.isInteger(hourOfDay) || hourOfDay < 0 || hourOfDay > 23) {
        throw new PreviewApexError('The hour must be between 0 and 23.');
    }
    const state = stateOf(ctx, historyOf(ctx));
    const next = new Date(ctx.now());
    next.setUTCHours(hourOfDay, 0, 0, 0);
    if (next <= ctx.now()) next.setUTCDate(next.getUTCDate() + 1);
    state.schedule = { isScheduled: true, nextRunAt: next.toISOString() };
    return true;
}

export function recordHistoryNow() {
    return '7075g00000HISTRYAAA';
}
