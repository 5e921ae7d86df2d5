// Preview answers of LicenseAlertController (docs/history-and-alerts.md, "Alerts"). A demo org with alerts.json
// (large-org, preview/generators/license-alerts.mjs) has an alert history in every state; other orgs have none yet.
// Saving settings validates like LicenseAlertSettingsService (the ranges below are checked against the Apex source by
// test/preview/license-alerts.test.mjs) and keeps the record in the page state (the org deploys it asynchronously).
import { PreviewApexError } from './_runtime.mjs';
import { getHistoryOverview } from './LicenseHistoryController.mjs';

/** LicenseAlertSettingsService.RANGES: [min, max, words]. */
export const RANGES = {
    percentUsed: [1, 100, 'Percent used'],
    seatsRemaining: [0, 1000000, 'Seats remaining'],
    exhaustionWithinDays: [1, 3650, 'Projected exhaustion within (days)'],
    expiryWithinDays: [0, 3650, 'Expiry within (days)'],
    overageWarningPercent: [100, 1000, 'Overage warning (%)'],
    overageCriticalPercent: [100, 1000, 'Overage critical (%)'],
    resendAfterDays: [0, 365, 'Send again after (days)']
};
const THRESHOLDS = Object.keys(RANGES).filter((field) => field !== 'resendAfterDays');
const SHIPPED = {
    percentUsed: 90,
    seatsRemaining: 0,
    exhaustionWithinDays: 30,
    expiryWithinDays: 30,
    overageWarningPercent: 120,
    overageCriticalPercent: 150,
    resendAfterDays: 7,
    recipientGroup: null
};
const HISTORY_SHOWN = 200;

const sample = (values) => ({ licenseKey: null, licenseLabel: null, active: true, ...SHIPPED, ...values });
export const samples = {
    getAlertsOverview: [{}],
    getAlertSettings: [{}],
    saveAlertSetting: [
        { setting: sample({ percentUsed: 85 }) },
        { setting: sample({ percentUsed: 150 }) },
        {
            setting: sample({
                licenseKey: 'PermissionSetLicense|NoSuchLicence',
                resendAfterDays: null,
                recipientGroup: null
            })
        }
    ]
};

function alertsOf(ctx) {
    try {
        return ctx.load('alerts.json');
    } catch (error) {
        if (error.code === 'PREVIEW_NO_DATA') return null;
        throw error;
    }
}

function stateOf(ctx) {
    if (!ctx.state.alerts) {
        const file = alertsOf(ctx);
        ctx.state.alerts = {
            rows: file?.rows ?? [],
            defaults: { ...SHIPPED, ...(file?.settings?.defaults ?? {}) },
            overrides: file?.settings?.overrides ?? [],
            groups: file?.settings?.groups ?? []
        };
    }
    return ctx.state.alerts;
}

const newestFirst = (a, b) => b.snapshotDate.localeCompare(a.snapshotDate) || b.id.localeCompare(a.id);

/** The open alerts, critical first then newest (LicenseAlertService.getOpenAlerts; Home and REST read them). */
function openAlerts(ctx) {
    const open = stateOf(ctx)
        .rows.filter((row) => row.isOpen)
        .sort(newestFirst);
    return [...open.filter((row) => row.level === 'critical'), ...open.filter((row) => row.level !== 'critical')];
}

export function getAlertsOverview(_params, ctx) {
    const rows = [...stateOf(ctx).rows].sort(newestFirst);
    return {
        open: openAlerts(ctx),
        history: rows.slice(0, HISTORY_SHOWN),
        historyTruncated: rows.length >= HISTORY_SHOWN
    };
}

function licensesOf(ctx) {
    return getHistoryOverview({}, ctx).licenses.map((license) => ({
        licenseKey: `${license.kind}|${license.name}`,
        licenseLabel: license.label ?? license.name
    }));
}

function settingDto(values, licenseKey, licenseLabel) {
    const dto = { licenseKey, licenseLabel, active: values.active !== false };
    for (const field of THRESHOLDS) dto[field] = values[field] ?? null;
    dto.resendAfterDays = null;
    dto.recipientGroup = null;
    return dto;
}

export function getAlertSettings(_params, ctx) {
    const state = stateOf(ctx);
    const licenses = licensesOf(ctx);
    const labelOf = (key) => licenses.find((license) => license.licenseKey === key)?.licenseLabel ?? key;
    const defaults = settingDto(state.defaults, null, null);
    defaults.resendAfterDays = state.defaults.resendAfterDays;
    defaults.recipientGroup = state.defaults.recipientGroup ?? null;
    return {
        defaults,
        overrides: state.overrides.map((o) => settingDto(o, o.licenseKey, labelOf(o.licenseKey))),
        licenses: licenses.map((license) => ({
            ...settingDto({}, license.licenseKey, license.licenseLabel),
            active: null
        })),
        recipientsText: defaults.recipientGroup
            ? `Members of the public group ${defaults.recipientGroup}`
            : 'Holders of the License Steward Admin permission set'
    };
}

function problemsOf(setting, ctx) {
    const problems = [];
    const isDefault = !setting.licenseKey;
    if (!isDefault && !licensesOf(ctx).some((license) => license.licenseKey === setting.licenseKey)) {
        problems.push('Unknown licence: choose one that has licence history.');
    }
    const check = (field) => {
        const value = setting[field];
        if (value == null || value === '') return;
        const [min, max, words] = RANGES[field];
        if (!Number.isInteger(Number(value)) || Number(value) < min || Number(value) > max) {
            problems.push(`${words} must be a whole number from ${min} to ${max}.`);
        }
    };
    ['percentUsed', 'seatsRemaining', 'exhaustionWithinDays', 'expiryWithinDays'].forEach(check);
    check('overageWarningPercent');
    check('overageCriticalPercent');
    const { overageWarningPercent: warning, overageCriticalPercent: critical } = setting;
    if (warning != null && critical != null && Number(critical) <= Number(warning)) {
        problems.push('Overage critical (%) must be above overage warning (%).');
    }
    if (isDefault) {
        check('resendAfterDays');
        if (setting.recipientGroup && !stateOf(ctx).groups.includes(setting.recipientGroup)) {
            problems.push('Unknown public group: give the group name (API name) of an existing public group.');
        }
    }
    return problems;
}

export function saveAlertSetting({ setting }, ctx) {
    const problems = problemsOf(setting ?? {}, ctx);
    if (!setting) problems.push('Nothing to save.');
    if (problems.length > 0) {
        throw new PreviewApexError(`Save the alert settings failed: ${problems.join(' ')}`);
    }
    const state = stateOf(ctx);
    if (!setting.licenseKey) {
        state.defaults = { ...state.defaults, ...setting, recipientGroup: setting.recipientGroup || null };
    } else {
        state.overrides = [
            ...state.overrides.filter((o) => o.licenseKey !== setting.licenseKey),
            { ...setting, active: setting.active !== false }
        ];
    }
    return '0Af5g00000ALERTSAAA';
}
