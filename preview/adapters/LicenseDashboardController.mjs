// Preview answers of LicenseDashboardController (docs/api/dashboard.md), computed from the demo org's data files
// (preview/generators/_dashboardOrg.mjs describes them): dashboard.inventory.json, dashboard.findings.json,
// dashboard.scan.json, dashboard.schedule.json, dashboard.users.json, dashboard.permissionSets.json,
// dashboard.assignments.json. Paging, sorting, filtering and the CSV export run here, "server-side", with the same
// parameters, limits and error messages as the Apex. A demo org without these files answers like a freshly installed
// package: no licenses visible, no scan yet.
// State (ctx.state.dashboard, forgotten by "Reset demo org"): scans started with startScan (Queued → Running →
// Completed over SCAN_SECONDS of wall time, then the new scan owns the findings) and the nightly schedule.
import { PreviewApexError } from './_runtime.mjs';

const REASONS = [
    'VoiceDoubleConsumption',
    'UnneededPsl',
    'InactiveUser',
    'DeactivatedHolder',
    'ExpiringLicense',
    'UsedCountGap',
    'PackageSeatHolder'
];
export const REASON_LABELS = {
    VoiceDoubleConsumption: 'Voice PSL double consumption',
    UnneededPsl: 'Unneeded PSL assignments',
    InactiveUser: 'Inactive license holders',
    DeactivatedHolder: 'Deactivated users still holding assignments',
    ExpiringLicense: 'Expiring or expired PSLs',
    UsedCountGap: 'Used-count gaps',
    PackageSeatHolder: 'Package seats of inactive or deactivated users'
};
const REASON_DESCRIPTIONS = {
    VoiceDoubleConsumption:
        'Users with the Voice User (Partner Telephony) PSL who also consume a Voice User PSL only because the Salesforce Voice permission set was auto-assigned (KB 005316943).',
    UnneededPsl:
        'PSL assignments of active users that no permission set of the user, directly or through a permission set group, requires.',
    InactiveUser:
        'Active users who have not logged in for the configured number of days (or never, and were created before that).',
    DeactivatedHolder: 'Deactivated users who still hold PSL assignments (seats) or permission set assignments.',
    ExpiringLicense:
        'Permission set licenses that are expired (Disabled) or expire within the configured number of days.',
    UsedCountGap:
        'Seats counted by Salesforce that no assignment explains: the used count minus the seats held by active and by deactivated users. Not reclaimable (no user to act on).',
    PackageSeatHolder:
        'Managed-package seats (not site-wide) held by deactivated users, or by active users who have not logged in for the configured number of days.'
};
const SORT_FIELDS = [
    'userFullName',
    'username',
    'reason',
    'licenseLabel',
    'licenseDeveloperName',
    'lastLoginDate',
    'userActive',
    'reclaimableSeats'
];
const VOICE_USER_PSL = 'ServiceCloudVoicePsl';
const VOICE_PERMISSION_SET = 'SalesforceVoiceCustomPsl';
const PARTNER_TELEPHONY_PSL = 'ServiceCloudVoiceExternalTelephonyPsl';
const JOB_NAME = 'License Steward nightly findings scan';
const MAX_PAGE_SIZE = 200;
const MAX_CHUNK_SIZE = 2000;
const MAX_OFFSET_SKIP = 45000;
const OFFSET_LIMIT = 2000;
const INACTIVE_DAYS = 90;
const CSV_HEADER =
    'Reason,User name,Username,User active,Last login,License kind,License,License label,Reclaimable,Reclaimable seats,Detail';
/** Wall-clock seconds a simulated scan takes: about 1 s queued, then running. */
const SCAN_SECONDS = 4;
const PREVIEW_ADMIN = 'Preview Admin';

export const samples = {
    getFindings: [
        {
            reason: null,
            licenseDeveloperName: null,
            searchText: null,
            reclaimableOnly: false,
            pageNumber: 1,
            pageSize: 50,
            sortField: 'userFullName',
            sortDirection: 'asc'
        },
        {
            reason: 'InactiveUser',
            licenseDeveloperName: null,
            searchText: null,
            reclaimableOnly: true,
            pageNumber: 3,
            pageSize: 25,
            sortField: 'lastLoginDate',
            sortDirection: 'desc'
        },
        {
            reason: 'VoiceDoubleConsumption',
            licenseDeveloperName: 'ServiceCloudVoicePsl',
            searchText: 'Us',
            reclaimableOnly: null,
            pageNumber: 1,
            pageSize: 10,
            sortField: null,
            sortDirection: null
        },
        { reason: 'Nope', pageNumber: 1, pageSize: 10 }
    ],
    exportFindings: [
        {
            reason: null,
            licenseDeveloperName: null,
            searchText: null,
            reclaimableOnly: false,
            cursor: null,
            chunkSize: 2000
        },
        {
            reason: 'DeactivatedHolder',
            licenseDeveloperName: null,
            searchText: null,
            reclaimableOnly: null,
            cursor: null,
            chunkSize: 1
        },
        { reason: null, cursor: 'not-a-cursor', chunkSize: 10 }
    ],
    scheduleNightlyScan: [{ hourOfDay: 2 }, { hourOfDay: 24 }],
    checkAssignment: [
        // KB 005316943: User-3 and Contact Center Agent (the ids of preview/demo-orgs/kb-example).
        { userId: '005PV0000000004AAA', permissionSetId: '0PSPV0000000001AAA' },
        { userId: '005PV0000000002AAA', permissionSetId: '0PSPV0000000001AAA' },
        { userId: '005PV0000000001AAA', permissionSetId: '0PSPV0000000011AAA' },
        { userId: '005PV0000000013AAA', permissionSetId: '0PSPV0000000009AAA' },
        { userId: '005PV0000000004AAA', permissionSetId: '0PSPV0000000010AAA' },
        { userId: 'abc', permissionSetId: '0PSPV0000000001AAA' }
    ],
    searchUsers: [{ searchText: 'User' }, { searchText: 'a' }],
    searchPermissionSets: [{ searchText: 'Contact' }, { searchText: 'x' }]
};

// ---------------------------------------------------------------------------------------------------------------
// Data of the org (cached in ctx.state: the large org's files are big; "Reset demo org" drops the cache).

function hasData(ctx) {
    try {
        ctx.load('dashboard.inventory.json');
        return true;
    } catch (error) {
        if (error.code === 'PREVIEW_NO_DATA') return false;
        throw error;
    }
}

function emptyOrg(ctx) {
    return {
        inventory: {
            generatedAt: iso(ctx.now()),
            warningThresholdPercent: 90,
            expiringWithinDays: 30,
            metricsAvailable: false,
            metricsDate: null,
            userLicenses: [],
            permissionSetLicenses: []
        },
        findings: [],
        scan: null,
        schedule: unscheduled(),
        users: [],
        permissionSets: [],
        assignments: { permissionSets: {}, permissionSetLicenses: {} }
    };
}

function dashboardState(ctx) {
    if (!ctx.state.dashboard) {
        const data = hasData(ctx)
            ? {
                  inventory: ctx.load('dashboard.inventory.json'),
                  findings: ctx.load('dashboard.findings.json'),
                  scan: ctx.load('dashboard.scan.json'),
                  schedule: ctx.load('dashboard.schedule.json'),
                  users: ctx.load('dashboard.users.json'),
                  permissionSets: ctx.load('dashboard.permissionSets.json'),
                  assignments: ctx.load('dashboard.assignments.json')
              }
            : emptyOrg(ctx);
        ctx.state.dashboard = {
            data,
            startedScans: [],
            schedule: data.schedule,
            sorted: new Map(),
            summaryCounts: null,
            distinctReclaimableSeats: 0
        };
    }
    return ctx.state.dashboard;
}

function iso(date) {
    return new Date(date).toISOString();
}

function unscheduled() {
    return {
        isScheduled: false,
        jobName: JOB_NAME,
        cronExpression: null,
        hourOfDay: null,
        nextFireTime: null,
        previousFireTime: null,
        state: null
    };
}

function noScan() {
    return {
        scanId: null,
        status: 'None',
        isRunning: false,
        triggeredBy: null,
        requestedByName: null,
        startedAt: null,
        finishedAt: null,
        chunksTotal: null,
        chunksProcessed: null,
        chunksFailed: null,
        usersScanned: null,
        findingCount: null,
        errorText: null
    };
}

/** The status of a scan started in the preview, advanced by wall time. */
function startedScanStatus(scan, data, now) {
    const elapsed = (now.getTime() - Date.parse(scan.startedAt)) / 1000;
    const chunksTotal = Math.max(1, Math.ceil(data.users.length / 200));
    const base = {
        scanId: scan.scanId,
        triggeredBy: 'Manual',
        requestedByName: PREVIEW_ADMIN,
        startedAt: scan.startedAt,
        chunksFailed: 0,
        errorText: null
    };
    if (elapsed < 1) {
        return {
            ...base,
            status: 'Queued',
            isRunning: true,
            finishedAt: null,
            chunksTotal: null,
            chunksProcessed: 0,
            chunksFailed: 0,
            usersScanned: 0,
            findingCount: 0
        };
    }
    if (elapsed < SCAN_SECONDS) {
        const share = (elapsed - 1) / (SCAN_SECONDS - 1);
        const chunksProcessed = Math.min(chunksTotal - 1, Math.floor(share * chunksTotal));
        return {
            ...base,
            status: 'Running',
            isRunning: true,
            finishedAt: null,
            chunksTotal,
            chunksProcessed,
            usersScanned: Math.min(data.users.length, chunksProcessed * 200),
            findingCount: Math.floor(share * data.findings.length)
        };
    }
    return {
        ...base,
        status: 'Completed',
        isRunning: false,
        finishedAt: iso(Date.parse(scan.startedAt) + SCAN_SECONDS * 1000),
        chunksTotal,
        chunksProcessed: chunksTotal,
        usersScanned: data.users.length,
        findingCount: data.findings.length
    };
}

function latestStatus(ctx) {
    const dash = dashboardState(ctx);
    const started = dash.startedScans.at(-1);
    if (started) return startedScanStatus(started, dash.data, ctx.now());
    return dash.data.scan ?? noScan();
}

function latestCompleted(ctx) {
    const dash = dashboardState(ctx);
    for (let i = dash.startedScans.length - 1; i >= 0; i--) {
        const status = startedScanStatus(dash.startedScans[i], dash.data, ctx.now());
        if (status.status === 'Completed') return status;
    }
    return dash.data.scan ?? null;
}

// ---------------------------------------------------------------------------------------------------------------
// Findings: validation, filtering, sorting (like LicenseFindingQuery).

function blank(value) {
    return value === null || value === undefined || String(value).trim() === '';
}

function validateFilters({ reason, licenseDeveloperName, searchText, reclaimableOnly }) {
    if (!blank(reason) && !REASONS.includes(reason)) {
        throw new PreviewApexError(`Unknown finding type. Use one of: ${REASONS.join(', ')}.`);
    }
    if (!blank(licenseDeveloperName) && String(licenseDeveloperName).length > 80) {
        throw new PreviewApexError('The license name filter is longer than 80 characters.');
    }
    const search = blank(searchText) ? null : String(searchText).trim().toLowerCase();
    if (search !== null && search.length > 80) {
        throw new PreviewApexError('The search text is longer than 80 characters.');
    }
    if (search !== null && search.length < 2) {
        throw new PreviewApexError('Type at least 2 characters to search.');
    }
    return {
        reason: blank(reason) ? null : reason,
        license: blank(licenseDeveloperName) ? null : String(licenseDeveloperName).trim(),
        search,
        reclaimableOnly: reclaimableOnly === true
    };
}

function matches(filters) {
    return (row) =>
        (filters.reason === null || row.reason === filters.reason) &&
        (filters.license === null || row.licenseDeveloperName === filters.license) &&
        (!filters.reclaimableOnly || row.reclaimable) &&
        (filters.search === null ||
            (row.userFullName ?? '').toLowerCase().startsWith(filters.search) ||
            (row.username ?? '').toLowerCase().startsWith(filters.search));
}

function sortKey(row, field) {
    const value = row[field];
    if (value === null || value === undefined) return null;
    if (typeof value === 'string') return value.toLowerCase();
    if (typeof value === 'boolean') return value ? 1 : 0;
    return value;
}

/** The findings sorted by field and direction, nulls first in asc (last in desc), Id as tie-breaker. Cached. */
function sortedFindings(dash, field, direction) {
    const key = `${field}|${direction}`;
    if (!dash.sorted.has(key)) {
        const sign = direction === 'desc' ? -1 : 1;
        const keyed = dash.data.findings.map((row) => ({ row, key: sortKey(row, field) }));
        keyed.sort((a, b) => {
            let result = 0;
            if (a.key !== b.key) {
                if (a.key === null) result = -1;
                else if (b.key === null) result = 1;
                else result = a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
            }
            if (result === 0) result = a.row.id < b.row.id ? -1 : a.row.id > b.row.id ? 1 : 0;
            return result * sign;
        });
        dash.sorted.set(
            key,
            keyed.map((entry) => entry.row)
        );
    }
    return dash.sorted.get(key);
}

// ---------------------------------------------------------------------------------------------------------------
// CSV (same as LicenseFindingMapper.csvCell / toCsvLine).

/** RFC 4180 cell; a value starting with =, +, -, @ gets a ' prefix (CSV formula injection). */
export function _csvCell(value) {
    if (value === null || value === undefined) return '';
    let text = String(value);
    if (text.length > 0 && '=+-@\t\r'.includes(text[0])) text = `'${text}`;
    if (/[",\r\n]/.test(text)) text = `"${text.replace(/"/g, '""')}"`;
    return text;
}

function csvLine(row) {
    return (
        [
            row.reason,
            row.userFullName,
            row.username,
            row.userId === null ? '' : String(row.userActive === true),
            row.lastLoginDate === null ? '' : row.lastLoginDate.replace(/\.\d{3}Z$/, 'Z'),
            row.licenseKind,
            row.licenseDeveloperName,
            row.licenseLabel,
            String(row.reclaimable === true),
            String(row.reclaimableSeats ?? 0),
            row.detail
        ]
            .map(_csvCell)
            .join(',') + '\r\n'
    );
}

function encodeCursor(scanId, lastId) {
    return Buffer.from(JSON.stringify({ s: scanId, i: lastId }), 'utf8').toString('base64url');
}

function decodeCursor(cursor) {
    try {
        const value = JSON.parse(Buffer.from(String(cursor), 'base64url').toString('utf8'));
        if (value && typeof value.s === 'string' && typeof value.i === 'string') return value;
    } catch {
        // fall through
    }
    throw new PreviewApexError('The export cursor is not valid. Start the export again.');
}

// ---------------------------------------------------------------------------------------------------------------
// Methods.

export async function getLicenseInventory(params, ctx) {
    const { inventory } = dashboardState(ctx).data;
    return { ...inventory, generatedAt: iso(ctx.now()) };
}

/**
 * Package licences (dashboard.packageLicenses.json; none in an org without it). Like the PSL inventory, these are
 * the numbers of the demo org's files: a simulated reclaim does not change them.
 */
export async function getPackageLicenses(params, ctx) {
    return tryLoadData(ctx, 'dashboard.packageLicenses.json') ?? [];
}

function tryLoadData(ctx, name) {
    try {
        return ctx.load(name);
    } catch (error) {
        if (error.code === 'PREVIEW_NO_DATA') return null;
        throw error;
    }
}

export async function getFindingsSummary(params, ctx) {
    const dash = dashboardState(ctx);
    const summarized = latestCompleted(ctx);
    if (!dash.summaryCounts) {
        const counts = Object.fromEntries(REASONS.map((r) => [r, { findingCount: 0, reclaimableSeats: 0 }]));
        // LicenseFindingsService: the headline counts each reclaimable (user, license) seat once, even when two
        // finding types list it; used-count gaps are never reclaimable.
        const distinctSeats = new Map();
        for (const row of dash.data.findings) {
            counts[row.reason].findingCount++;
            if (row.reason === 'UsedCountGap') continue;
            counts[row.reason].reclaimableSeats += row.reclaimableSeats;
            if (row.reclaimable && row.userId) {
                const key = `${row.userId}|${row.licenseDeveloperName}`;
                distinctSeats.set(key, Math.max(distinctSeats.get(key) ?? 0, row.reclaimableSeats));
            }
        }
        dash.summaryCounts = counts;
        dash.distinctReclaimableSeats = [...distinctSeats.values()].reduce((sum, seats) => sum + seats, 0);
    }
    const findingTypes = REASONS.map((reason) => ({
        reason,
        label: REASON_LABELS[reason],
        description: REASON_DESCRIPTIONS[reason],
        findingCount: summarized ? dash.summaryCounts[reason].findingCount : 0,
        reclaimableSeats: summarized ? dash.summaryCounts[reason].reclaimableSeats : 0
    }));
    return {
        latestScan: latestStatus(ctx),
        summarizedScan: summarized,
        findingTypes,
        totalFindings: findingTypes.reduce((sum, t) => sum + t.findingCount, 0),
        totalReclaimableSeats: summarized ? dash.distinctReclaimableSeats : 0,
        inactiveDays: INACTIVE_DAYS,
        voice: voiceArithmetic(dash, summarized)
    };
}

function voiceArithmetic(dash, summarized) {
    const licenses = dash.data.inventory.permissionSetLicenses;
    const voice = licenses.find((l) => l.developerName === VOICE_USER_PSL);
    const partner = licenses.find((l) => l.developerName === PARTNER_TELEPHONY_PSL);
    // The preview's findings are the org's live state, so the "live re-check" of LicenseFindingsService is the
    // findings themselves. The Voice set is recognised by license and the KB's API name (the picker DTO carries no
    // IsCustom: a preview simplification, docs/dashboard.md).
    const doubleConsumers = summarized
        ? sortedFindings(dash, 'userFullName', 'asc').filter((row) => row.reason === 'VoiceDoubleConsumption')
        : [];
    const count = doubleConsumers.length;
    const total = voice?.total ?? 0;
    const used = voice?.used ?? 0;
    const netRemaining = total - used;
    const expectedRemaining = total - (used - count);
    const label = voice?.label ?? VOICE_USER_PSL;
    const voiceSets = voice
        ? dash.data.permissionSets.filter((ps) => ps.licenseId === voice.id && ps.apiName === VOICE_PERMISSION_SET)
        : [];
    const voiceSetIds = new Set(voiceSets.map((ps) => ps.id));
    const activeIds = new Set(dash.data.users.filter((u) => u.isActive).map((u) => u.id));
    const holders = Object.entries(dash.data.assignments.permissionSets)
        .filter(([userId, ids]) => activeIds.has(userId) && ids.some((id) => voiceSetIds.has(id)))
        .map(([userId]) => userId);
    const without = holders.filter(
        (userId) => !(dash.data.assignments.permissionSetLicenses[userId] ?? []).includes(partner?.id)
    ).length;
    let explanation;
    const seats = `${netRemaining} of ${total} ${label} seats remain`;
    if (!voice) explanation = `This org has no ${VOICE_USER_PSL} permission set license.`;
    else if (count === 0) {
        explanation = `No Partner Telephony user consumes a ${label} seat only because of a Voice permission set: ${seats}.`;
    } else {
        explanation =
            `${seats}, but ${expectedRemaining} should: ${count} Partner Telephony ` +
            `${count === 1 ? 'user also consumes a seat' : 'users also consume a seat'} because a Voice permission set ` +
            `carrying that license was auto-assigned. Fixing it frees ${count} ${count === 1 ? 'seat' : 'seats'}.`;
    }
    if (voice && without > 0) {
        explanation += ` ${without} ${without === 1 ? 'user holds' : 'users hold'} the Voice permission set without a Partner Telephony license; ${without === 1 ? 'that seat is' : 'those seats are'} needed.`;
    }
    return {
        voiceUserLicenseFound: !!voice,
        partnerTelephonyLicenseFound: !!partner,
        voiceUserLicenseName: VOICE_USER_PSL,
        partnerTelephonyLicenseName: PARTNER_TELEPHONY_PSL,
        voiceUserTotal: total,
        voiceUserUsed: used,
        netRemaining,
        expectedRemaining,
        partnerTelephonyTotal: partner?.total ?? 0,
        partnerTelephonyUsed: partner?.used ?? 0,
        doubleConsumingUserCount: count,
        usersToFree: doubleConsumers.slice(0, 50),
        explanation,
        liveCheck: true,
        voiceSetNames: voiceSets.filter((ps) => holders.length > 0).map((ps) => ps.apiName),
        voiceSetHoldersWithoutPartnerTelephony: voice ? without : null
    };
}

export async function getFindings(params, ctx) {
    const filters = validateFilters(params);
    const pageNumber = params.pageNumber ?? 1;
    const pageSize = params.pageSize;
    if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
        throw new PreviewApexError(`Page size must be between 1 and ${MAX_PAGE_SIZE}.`);
    }
    if (!Number.isInteger(pageNumber) || pageNumber < 1 || pageNumber > 50000) {
        throw new PreviewApexError('Page number must be between 1 and 50000.');
    }
    const sortField = blank(params.sortField) ? 'userFullName' : params.sortField;
    if (!SORT_FIELDS.includes(sortField)) {
        throw new PreviewApexError(`Cannot sort by that column. Sort by one of: ${SORT_FIELDS.join(', ')}.`);
    }
    const sortDirection = blank(params.sortDirection) ? 'asc' : String(params.sortDirection).toLowerCase();
    if (sortDirection !== 'asc' && sortDirection !== 'desc') {
        throw new PreviewApexError('Sort direction must be "asc" or "desc".');
    }
    const dash = dashboardState(ctx);
    const scan = latestCompleted(ctx);
    const page = {
        rows: [],
        totalCount: 0,
        pageNumber,
        pageSize,
        sortField,
        sortDirection,
        scanId: scan?.scanId ?? null
    };
    if (!scan) return page;
    const list = sortedFindings(dash, sortField, sortDirection).filter(matches(filters));
    page.totalCount = list.length;
    const offset = (pageNumber - 1) * pageSize;
    if (offset > OFFSET_LIMIT && Math.min(offset, Math.max(0, list.length - offset - pageSize)) > MAX_OFFSET_SKIP) {
        throw new PreviewApexError('This page is too deep to read; narrow the filters or reverse the sort.');
    }
    page.rows = list.slice(offset, offset + pageSize);
    return page;
}

export async function exportFindings(params, ctx) {
    const filters = validateFilters(params);
    const chunkSize = params.chunkSize;
    if (!Number.isInteger(chunkSize) || chunkSize < 1 || chunkSize > MAX_CHUNK_SIZE) {
        throw new PreviewApexError(`Chunk size must be between 1 and ${MAX_CHUNK_SIZE}.`);
    }
    const dash = dashboardState(ctx);
    const first = blank(params.cursor);
    const cursor = first ? null : decodeCursor(params.cursor);
    const scan = latestCompleted(ctx);
    const scanId = cursor ? cursor.s : (scan?.scanId ?? null);
    const knownScans = [dash.data.scan?.scanId, ...dash.startedScans.map((s) => s.scanId)];
    if (cursor && !knownScans.includes(scanId)) {
        throw new PreviewApexError(
            'The export is out of date: a newer scan replaced these findings. Start the export again.'
        );
    }
    // Id order (keyset cursor: Id > last id); dashboard.findings.json is stored in Id order.
    const list = scanId ? dash.data.findings.filter(matches(filters)) : [];
    const startIndex = cursor ? list.findIndex((row) => row.id > cursor.i) : 0;
    const rows = startIndex < 0 ? [] : list.slice(startIndex, startIndex + chunkSize);
    const done = startIndex < 0 || startIndex + chunkSize >= list.length;
    return {
        csv: (first ? CSV_HEADER + '\r\n' : '') + rows.map(csvLine).join(''),
        rowCount: rows.length,
        nextCursor: done || rows.length === 0 ? null : encodeCursor(scanId, rows.at(-1).id),
        done: done || rows.length === 0,
        totalCount: first ? list.length : null,
        scanId
    };
}

export async function getScanStatus(params, ctx) {
    return latestStatus(ctx);
}

export async function startScan(params, ctx) {
    const dash = dashboardState(ctx);
    const current = latestStatus(ctx);
    if (current.isRunning) {
        throw new PreviewApexError(
            `A findings scan is already running (started ${current.startedAt} by ${current.requestedByName}, ` +
                `${current.chunksProcessed ?? 0} of ${current.chunksTotal ?? '?'} chunks done). Wait for it to finish.`
        );
    }
    const number = dash.startedScans.length + 2;
    const scan = { scanId: `a02PV${String(number).padStart(10, '0')}AAA`, startedAt: iso(ctx.now()) };
    dash.startedScans.push(scan);
    return startedScanStatus(scan, dash.data, ctx.now());
}

export async function getScanSchedule(params, ctx) {
    return dashboardState(ctx).schedule;
}

export async function scheduleNightlyScan({ hourOfDay }, ctx) {
    if (!Number.isInteger(hourOfDay) || hourOfDay < 0 || hourOfDay > 23) {
        throw new PreviewApexError('Hour of day must be between 0 and 23.');
    }
    const dash = dashboardState(ctx);
    const now = ctx.now();
    const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), hourOfDay));
    if (next <= now) next.setUTCDate(next.getUTCDate() + 1);
    dash.schedule = {
        isScheduled: true,
        jobName: JOB_NAME,
        cronExpression: `0 0 ${hourOfDay} * * ?`,
        hourOfDay,
        nextFireTime: iso(next),
        previousFireTime: null,
        state: 'WAITING'
    };
    return dash.schedule;
}

export async function unscheduleNightlyScan(params, ctx) {
    const dash = dashboardState(ctx);
    dash.schedule = unscheduled();
    return dash.schedule;
}

function isId(value, prefix) {
    return typeof value === 'string' && (value.length === 15 || value.length === 18) && value.startsWith(prefix);
}

export async function checkAssignment({ userId, permissionSetId }, ctx) {
    if (!isId(userId, '005')) throw new PreviewApexError('Pick a user.');
    if (!isId(permissionSetId, '0PS')) throw new PreviewApexError('Pick a permission set.');
    const dash = dashboardState(ctx);
    const { users, permissionSets, assignments, inventory } = dash.data;
    const user = users.find((u) => u.id.slice(0, 15) === userId.slice(0, 15));
    if (!user) throw new PreviewApexError('The user was not found.');
    const ps = permissionSets.find((p) => p.id.slice(0, 15) === permissionSetId.slice(0, 15));
    if (!ps) throw new PreviewApexError('The permission set was not found.');
    const licenses = [...inventory.userLicenses, ...inventory.permissionSetLicenses];
    const required = ps.licenseId ? (licenses.find((l) => l.id === ps.licenseId) ?? null) : null;
    const heldPsls = assignments.permissionSetLicenses[user.id] ?? [];
    const userHolds = required !== null && ps.licenseKind === 'PermissionSetLicense' && heldPsls.includes(required.id);
    const result = {
        verdict: 'CanAssign',
        canAssign: true,
        message: '',
        userId: user.id,
        userName: user.name,
        userLicenseLabel: user.userLicenseLabel,
        permissionSetId: ps.id,
        permissionSetLabel: ps.label,
        requiredLicenseKind: required ? ps.licenseKind : 'None',
        requiredLicense: required,
        blockingLicense: null,
        userHoldsRequiredLicense: userHolds,
        freeingFindings: [],
        freeingFindingCount: 0
    };
    const block = (verdict, message, blocking = null) => {
        Object.assign(result, { verdict, canAssign: false, message, blockingLicense: blocking });
        return result;
    };
    if ((assignments.permissionSets[user.id] ?? []).includes(ps.id)) {
        return block('AlreadyAssigned', `${user.name} already has the ${ps.label} permission set.`);
    }
    if (!user.isActive) {
        return block('UserInactive', `${user.name} is deactivated: assigning ${ps.label} would not give them access.`);
    }
    if (required && ps.licenseKind === 'UserLicense' && required.label !== user.userLicenseLabel) {
        return block(
            'UserLicenseMismatch',
            `${ps.label} requires the ${required.label} user license, but ${user.name} has a ${user.userLicenseLabel} user license.`,
            required
        );
    }
    if (required && ps.licenseKind === 'PermissionSetLicense' && !userHolds) {
        let verdict = null;
        let message = '';
        if (required.status === 'expired') {
            verdict = 'LicenseExpired';
            message = `The ${required.label} permission set license has expired (${required.used} of ${required.total} seats used).`;
        } else if (required.used >= required.total) {
            verdict = 'LicenseExhausted';
            message = `All ${required.total} ${required.label} seats are used (${required.remaining} remaining).`;
        }
        if (verdict) {
            const freeing = sortedFindings(dash, 'userFullName', 'asc').filter(
                (row) => row.reclaimable && row.licenseDeveloperName === required.developerName
            );
            const scan = latestCompleted(ctx);
            result.freeingFindings = scan ? freeing.slice(0, 20) : [];
            result.freeingFindingCount = scan ? freeing.length : 0;
            const count = result.freeingFindingCount;
            message +=
                count === 0
                    ? ' No finding of the latest scan frees a seat of it.'
                    : ` ${count} ${count === 1 ? 'finding' : 'findings'} of the latest scan could free a seat.`;
            return block(verdict, message, required);
        }
    }
    if (!required) result.message = `${ps.label} needs no license: it can be assigned to ${user.name}.`;
    else if (userHolds)
        result.message = `${user.name} already holds a ${required.label} seat: assigning ${ps.label} uses no new seat.`;
    else
        result.message = `${required.remaining} of ${required.total} ${required.label} seats remain: ${ps.label} can be assigned to ${user.name}.`;
    return result;
}

function requireSearch(searchText) {
    const text = blank(searchText) ? '' : String(searchText).trim().toLowerCase();
    if (text.length < 2) throw new PreviewApexError('Type at least 2 characters to search.');
    return text;
}

export async function searchUsers({ searchText }, ctx) {
    const text = requireSearch(searchText);
    const { users } = dashboardState(ctx).data;
    const hits = users.filter((u) => {
        const name = (u.name ?? '').toLowerCase();
        return (
            name.startsWith(text) ||
            name.split(' ').some((part) => part.startsWith(text)) ||
            (u.username ?? '').toLowerCase().startsWith(text)
        );
    });
    hits.sort((a, b) =>
        a.isActive !== b.isActive ? (a.isActive ? -1 : 1) : (a.name ?? '').localeCompare(b.name ?? '')
    );
    return hits.slice(0, 20);
}

export async function searchPermissionSets({ searchText }, ctx) {
    const text = requireSearch(searchText);
    const { permissionSets } = dashboardState(ctx).data;
    return permissionSets
        .filter(
            (p) => (p.label ?? '').toLowerCase().startsWith(text) || (p.apiName ?? '').toLowerCase().startsWith(text)
        )
        .sort((a, b) => (a.label ?? '').localeCompare(b.label ?? ''))
        .slice(0, 20);
}
