// Preview answers of the License Steward REST API v1 (docs/api/rest.md), per demo org:
//   GET /orgs/<demo org>/services/apexrest/lsteward/v1/{summary|org|licenses|findings|alerts|savings}[?maxRows=N]
// The numbers come from the same preview adapters the LWCs call (LicenseDashboardController.getLicenseInventory and
// getFindingsSummary, LicenseStewardAppController.getAppContext); this file only reproduces the mapping of
// RollupApiV1Service (routing, parameter checks, most-used-first order, the row cap, unavailable sections, error
// bodies). The contract test checks these bodies against the Apex RestV1*Dto classes.

export const SCHEMA_VERSION = '1.0';
export const DEFAULT_MAX_ROWS = 200;
export const MAX_ROWS_LIMIT = 500;
export const ROUTES = ['summary', 'org', 'licenses', 'findings', 'alerts', 'savings'];
const ROUTES_WITH_MAX_ROWS = new Set(['summary', 'licenses']);
const SAVINGS_NO_SCAN = 'No findings scan has completed yet, so there are no reclaimable seats to price.';
const SAVINGS_NO_PRICES =
    'No licence of the reclaimable seats has a price yet: set prices in License Steward (License Dashboard, Savings).';
const NO_SCAN_YET = 'No findings scan has completed in this org yet. Run a scan from the dashboard.';
const MISSING_PERMISSION_MESSAGE =
    'You need the License Steward Admin permission set (custom permission LicenseSteward_Admin) to use License ' +
    'Steward. Ask your Salesforce administrator to assign it.';
/** SOQL per section (RollupApiV1Service's documented budget). */
const SOQL = { org: 1, licenses: 4, findings: 5, alerts: 1, savings: 4 };
const MAX_ALERTS = 500;

/** Path of the REST routes inside the preview server: /orgs/<org>/services/apexrest/lsteward/v1/<route>. */
export const REST_PATH = /^\/orgs\/([^/]+)\/services\/apexrest\/lsteward\/v1(?:\/(.*))?$/;

export function restError(status, errorCode, message, correlationId = null) {
    return { status, body: { status, errorCode, message, correlationId, schemaVersion: SCHEMA_VERSION } };
}

async function callAdapter(apex, org, className, method, params = {}) {
    const answer = await apex.call({ org, className, method, params });
    if (answer.status !== 200) {
        const error = new Error(`${className}.${method}: ${answer.body?.message ?? answer.status}`);
        error.answer = answer;
        throw error;
    }
    return answer.body;
}

function readMaxRows(route, searchParams) {
    for (const name of searchParams.keys()) {
        if (name !== 'maxRows' || !ROUTES_WITH_MAX_ROWS.has(route)) {
            return {
                error: restError(
                    400,
                    'BAD_REQUEST',
                    `Unknown parameter "${name.slice(0, 40)}" for /v1/${route}.` +
                        (ROUTES_WITH_MAX_ROWS.has(route) ? ' Accepted: maxRows.' : ' It takes no parameters.')
                )
            };
        }
    }
    const text = searchParams.get('maxRows');
    if (text === null) return { maxRows: DEFAULT_MAX_ROWS };
    if (!/^\d{1,4}$/.test(text) || Number(text) < 1 || Number(text) > MAX_ROWS_LIMIT) {
        return { error: restError(400, 'BAD_REQUEST', `maxRows must be a whole number from 1 to ${MAX_ROWS_LIMIT}.`) };
    }
    return { maxRows: Number(text) };
}

function toOrg(context) {
    return {
        orgId: context.orgId ?? null,
        orgName: context.orgName ?? null,
        isSandbox: context.isSandbox ?? null,
        edition: context.edition ?? null,
        instanceName: 'PREVIEW'
    };
}

/** RollupApiV1Service.MostUsedFirst: highest percentUsed first, no percentage last, then by label. */
function mostUsedFirst(a, b) {
    const mine = a.percentUsed ?? -1;
    const theirs = b.percentUsed ?? -1;
    if (mine !== theirs) return mine > theirs ? -1 : 1;
    const left = a.label ?? '';
    const right = b.label ?? '';
    return left < right ? -1 : left > right ? 1 : 0;
}

function toInventory(inventory, maxRows) {
    const lines = [...(inventory.userLicenses ?? []), ...(inventory.permissionSetLicenses ?? [])].sort(mostUsedFirst);
    const licenses = lines.slice(0, maxRows).map((line) => ({
        kind: line.kind,
        developerName: line.developerName,
        label: line.label,
        total: line.total,
        used: line.used,
        remaining: line.remaining,
        percentUsed: line.percentUsed,
        status: line.status,
        expirationDate: line.expirationDate,
        expiringSoon: line.expiringSoon,
        assignedUserCount: line.assignedUserCount,
        activeUserCount: line.activeUserCount
    }));
    return {
        warningThresholdPercent: inventory.warningThresholdPercent,
        expiringWithinDays: inventory.expiringWithinDays,
        metricsAvailable: inventory.metricsAvailable,
        metricsDate: inventory.metricsDate,
        totalLicenses: lines.length,
        returnedLicenses: licenses.length,
        maxRows,
        truncated: licenses.length < lines.length,
        licenses
    };
}

function toFindings(summary) {
    const available = !!summary.summarizedScan;
    return {
        available,
        reason: available ? null : NO_SCAN_YET,
        latestScanStatus: summary.latestScan?.status ?? 'None',
        scannedAt: summary.summarizedScan?.finishedAt ?? null,
        totalFindings: summary.totalFindings,
        totalReclaimableSeats: summary.totalReclaimableSeats,
        inactiveDays: summary.inactiveDays,
        voiceDoubleConsumingUsers: summary.voice?.doubleConsumingUserCount ?? 0,
        findingTypes: (summary.findingTypes ?? []).map((type) => ({
            reason: type.reason,
            label: type.label,
            findingCount: type.findingCount,
            reclaimableSeats: type.reclaimableSeats
        }))
    };
}

/** The open licence alerts, critical first (LicenseAlertController.getAlertsOverview orders them the same way). */
function toAlerts(overview) {
    return {
        available: true,
        reason: null,
        items: (overview.open ?? []).slice(0, MAX_ALERTS).map((alert) => ({
            level: alert.level,
            licenseDeveloperName: alert.licenseName,
            message: `${alert.licenseLabel}: ${alert.ruleLabel}. ${alert.detail}`,
            raisedAt: alert.sentAt
        }))
    };
}
/** The savings section from the savings answer's potential total, as RollupApiV1Service.buildSavings maps it. */
function toSavings(overview) {
    const total = overview?.potential ?? null;
    const section = {
        available: false,
        reason: null,
        currencyIsoCode: null,
        monthlyPotential: null,
        annualPotential: null,
        reclaimableSeats: total ? total.seats : null,
        unpricedSeats: total ? total.unpricedSeats : null,
        unconvertedSeats: total ? total.unconvertedSeats : null
    };
    if (!total) return { ...section, reason: SAVINGS_NO_SCAN };
    if (total.seats > 0 && total.unpricedSeats + total.unconvertedSeats >= total.seats) {
        return { ...section, reason: SAVINGS_NO_PRICES };
    }
    return {
        ...section,
        available: true,
        currencyIsoCode: total.currencyIsoCode,
        monthlyPotential: total.monthly,
        annualPotential: total.annual
    };
}

/**
 * Answers one REST v1 GET for a demo org.
 * @param {object} options
 * @param {ReturnType<import('./apex-dispatch.mjs').createPreviewApex>} options.apex the preview's Apex
 * @param {string} options.org demo org id
 * @param {string} options.route path after /v1/ (may end with '/')
 * @param {URLSearchParams} options.searchParams query string
 * @param {() => Date} [options.now]
 * @returns {Promise<{ status: number, body: object }>}
 */
export async function answerRestV1({ apex, org, route, searchParams, now = () => new Date() }) {
    if (!apex.listOrgs().some((o) => o.id === org)) {
        // What a real org without the package answers: no such Apex REST resource.
        return restError(404, 'NOT_FOUND', `No demo org "${org}" (see preview/demo-orgs/index.json).`);
    }
    const name = (route ?? '').replace(/\/$/, '');
    if (!ROUTES.includes(name)) {
        return restError(404, 'NOT_FOUND', `Unknown route. Routes: /v1/${ROUTES.join(', /v1/')}.`);
    }
    let context;
    try {
        context = await callAdapter(apex, org, 'LicenseStewardAppController', 'getAppContext');
    } catch (noAppContext) {
        context = { hasAdminAccess: true, orgName: org, orgId: null, isSandbox: false, edition: null };
    }
    if (context.hasAdminAccess === false) return restError(403, 'FORBIDDEN', MISSING_PERMISSION_MESSAGE);
    const { maxRows, error } = readMaxRows(name, searchParams);
    if (error) return error;
    try {
        const sections = {
            org: async () => toOrg(context),
            licenses: async () =>
                toInventory(await callAdapter(apex, org, 'LicenseDashboardController', 'getLicenseInventory'), maxRows),
            findings: async () =>
                toFindings(await callAdapter(apex, org, 'LicenseDashboardController', 'getFindingsSummary')),
            alerts: async () => toAlerts(await callAdapter(apex, org, 'LicenseAlertController', 'getAlertsOverview')),
            savings: async () =>
                toSavings(await callAdapter(apex, org, 'SavingsController', 'getSavings', { groupBy: 'License' }))
        };
        if (name !== 'summary') return { status: 200, body: await sections[name]() };
        const inventory = await sections.licenses();
        const findings = await sections.findings();
        const alerts = await sections.alerts();
        const savings = await sections.savings();
        const rowsRead = 1 + inventory.totalLicenses * (inventory.metricsAvailable ? 2 : 1) + 2 + alerts.items.length;
        return {
            status: 200,
            body: {
                schemaVersion: SCHEMA_VERSION,
                generatedAt: now().toISOString(),
                org: toOrg(context),
                inventory,
                findings,
                alerts,
                savings,
                budget: {
                    soqlQueries: SOQL.org + SOQL.licenses + SOQL.findings + SOQL.alerts + SOQL.savings,
                    soqlQueriesLimit: 100,
                    queryRows: rowsRead,
                    queryRowsLimit: 50000
                }
            }
        };
    } catch (failure) {
        const correlationId =
            Math.random().toString(16).slice(2, 10).padEnd(8, '0') + Date.now().toString(16).slice(-8);
        console.error(`preview REST v1 ${org}/${name} failure ${correlationId}: ${failure?.stack ?? failure}`);
        return restError(
            500,
            'INTERNAL_ERROR',
            `License Steward could not answer. Quote correlation id ${correlationId} to your administrator.`,
            correlationId
        );
    }
}
