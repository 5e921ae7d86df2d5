// Helper (not a generator: the leading "_" keeps scripts/preview/generators.mjs from running it).
// Turns the facts of a demo org (licenses, permission sets, users and their assignments) into the DTO-shaped data
// files that preview/adapters/LicenseDashboardController.mjs answers from, applying the scan rules of
// docs/api/dashboard.md in a simplified form (no permission set groups, no sfdx-hardis exceptions). Used by
// preview/generators/large-org.mjs; preview/demo-orgs/kb-example/dashboard.*.json were written with it too.
//
// Facts:
//   {
//     now: '2026-11-23T08:00:00.000Z', inactiveDays: 90, expiringWithinDays: 30, warningThresholdPercent: 90,
//     userLicenses: [{ id, developerName, label, total }],
//     permissionSetLicenses: [{ id, developerName, label, total, status: 'Active' | 'Disabled', expirationDate,
//                               used?: n (the platform's UsedLicenses; default: the holders it counts + extraUsed),
//                               extraUsed?: n (seats the platform counts that no visible assignment explains) }],
//     permissionSets: [{ id, label, apiName, licenseId, isCustom? }]   // licenseId: a PSL id, a user license id, or null
//     permissionSetGroups?: [{ id, label, apiName, permissionSetIds: [] }],
//     users: [{ id, name, username, isActive, profileName, userLicenseId, lastLoginDate, createdDate, userType?,
//               permissionSetIds: [], permissionSetGroupIds?: [], permissionSetLicenseIds: [] }],
//     packageLicenses?: [{ id, namespacePrefix, allowed (-1 = site-wide), status: 'Active' | 'Expired' | 'Free' | 'Trial',
//                          expirationDate, used?: n (default: the users holding a seat, deactivated ones included) }],
//     (users may list packageLicenseIds: [] — their UserPackageLicense seats)
//     freedOnDeactivation?: { developerNames: [], labels: [] }   // default: the shipped custom metadata records
//     scan: { id, startedAt, finishedAt, requestedByName, triggeredBy }
//   }
// Files (name → content):
//   dashboard.inventory.json        LicenseInventoryDto (live numbers)
//   dashboard.findings.json         LicenseFindingDto[] of the latest completed scan, in Id order
//   dashboard.scan.json             LicenseScanStatusDto of that scan
//   dashboard.schedule.json         LicenseScanScheduleDto
//   dashboard.users.json            PickerUserDto[]
//   dashboard.permissionSets.json   PickerPermissionSetDto[]
//   dashboard.packageLicenses.json  PackageLicenseDto[] (live numbers, by namespace)
//   dashboard.assignments.json      { permissionSets: { userId: psId[] }, permissionSetLicenses: { userId: pslId[] },
//                                     packageLicenses: { userId: packageLicenseId[] } }
//                                   (no DTO exists for raw assignments; used by checkAssignment and the package-seat
//                                   reclaim of the remediation simulation)

export const VOICE_USER_PSL = 'ServiceCloudVoicePsl';
export const PARTNER_TELEPHONY_PSL = 'ServiceCloudVoiceExternalTelephonyPsl';
export const VOICE_PERMISSION_SET = 'SalesforceVoiceCustomPsl';
/** The shipped Freed_On_Deactivation_License__mdt records (KB 000394412: CPQ, Billing, Advanced Approvals). */
export const FREED_ON_DEACTIVATION = {
    developerNames: ['SalesforceCPQ_CPQStandardPerm', 'SalesforceCPQ_CPQAAPerm'],
    labels: ['Salesforce CPQ License', 'Salesforce CPQ AA License', 'Salesforce Billing License']
};
const NAMES_IN_DETAIL = 5;
// LicenseFindingRules' sfdx-hardis exception table and the user types never reported as inactive holders.
const IGNORED_UNNEEDED_LICENSES = new Set(['IdentityConnect']);
const INACTIVITY_EXEMPT_USER_TYPES = new Set(['Guest', 'AutomatedProcess']);
function isUnneededException(license, user, sets) {
    if (IGNORED_UNNEEDED_LICENSES.has(license.developerName)) return true;
    if (license.developerName === 'SalesUserPsl' && sets.some((ps) => ps.apiName === 'Sales_User')) return true;
    return license.developerName === 'SalesforceAPIIntegrationPsl' && user.profileName === 'Salesforce API Only';
}
const DAY_MS = 86400000;

const REASON_LABELS = {
    VoiceDoubleConsumption: 'Voice PSL double consumption',
    UnneededPsl: 'Unneeded PSL assignments',
    InactiveUser: 'Inactive license holders',
    DeactivatedHolder: 'Deactivated users still holding assignments',
    ExpiringLicense: 'Expiring or expired PSLs',
    UsedCountGap: 'Used-count gaps',
    PackageSeatHolder: 'Package seats of inactive or deactivated users'
};

function joinFirst(names) {
    if (names.length <= NAMES_IN_DETAIL) return names.join(', ');
    return `${names.slice(0, NAMES_IN_DETAIL).join(', ')} and ${names.length - NAMES_IN_DETAIL} more`;
}

function daysBetween(earlierIso, laterIso) {
    const a = Date.UTC(...ymd(earlierIso));
    const b = Date.UTC(...ymd(laterIso));
    return Math.round((b - a) / DAY_MS);
}

function ymd(iso) {
    const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
    return [y, m - 1, d];
}

/**
 * Status of a license as in LicenseUsageMapper.statusOf, worst first: expired, overallocated (used > total),
 * exhausted (no seat left), warning (threshold reached or expiring soon), ok. Vectors: LicenseStatusScenarios.json.
 */
export function licenseStatus({ total, used, percentUsed, expired, expiringSoon = false }, warningThresholdPercent) {
    if (expired) return 'expired';
    if (used > total) return 'overallocated';
    if (total > 0 && total - used <= 0) return 'exhausted';
    if (expiringSoon) return 'warning';
    if (percentUsed !== null && percentUsed >= warningThresholdPercent) return 'warning';
    return 'ok';
}

function usage(license, kind, used, facts, today) {
    const total = license.total;
    const percentUsed = total > 0 ? Math.round((used / total) * 10000) / 100 : null;
    const expirationDate = license.expirationDate ?? null;
    const disabled = license.status === 'Disabled';
    const expired = disabled || (expirationDate !== null && expirationDate < today);
    const daysLeft = expirationDate ? daysBetween(today, expirationDate) : null;
    const expiringSoon =
        kind === 'PermissionSetLicense' && !expired && daysLeft !== null && daysLeft <= facts.expiringWithinDays;
    return {
        id: license.id,
        kind,
        developerName: license.developerName,
        label: license.label,
        total,
        used,
        remaining: total - used,
        percentUsed,
        status: licenseStatus({ total, used, percentUsed, expired, expiringSoon }, facts.warningThresholdPercent),
        platformStatus: license.status ?? 'Active',
        expirationDate,
        expiringSoon,
        assignedUserCount: null,
        activeUserCount: null
    };
}

/**
 * A PackageLicenseDto as LicenseUsageMapper.fromPackageLicense builds it: a site-wide licence (allowed < 0) has no
 * allowed count, remaining or percentage, and its status is about expiry only.
 */
export function packageLicenseLine(license, used, facts, today) {
    const siteWide = license.allowed < 0;
    const expirationDate = license.expirationDate ? license.expirationDate.slice(0, 10) : null;
    const expired = license.status === 'Expired' || (expirationDate !== null && expirationDate < today);
    const daysLeft = expirationDate ? daysBetween(today, expirationDate) : null;
    const expiringSoon = !expired && daysLeft !== null && daysLeft <= facts.expiringWithinDays;
    const allowed = siteWide ? 0 : license.allowed;
    const percentUsed = !siteWide && allowed > 0 ? Math.round((used / allowed) * 10000) / 100 : null;
    let status;
    if (siteWide) status = expired ? 'expired' : expiringSoon ? 'warning' : 'ok';
    else
        status = licenseStatus(
            { total: allowed, used, percentUsed, expired, expiringSoon },
            facts.warningThresholdPercent
        );
    return {
        id: license.id,
        namespacePrefix: license.namespacePrefix,
        siteWide,
        allowed: siteWide ? null : allowed,
        used,
        remaining: siteWide ? null : allowed - used,
        percentUsed,
        status,
        platformStatus: license.status ?? 'Active',
        expirationDate,
        expiringSoon
    };
}

/** The inactivity words of LicenseFindingRules.inactivityDetail, or null for a user who is not inactive. */
function inactivityDetail(user, facts, threshold) {
    if (INACTIVITY_EXEMPT_USER_TYPES.has(user.userType)) return null;
    if (user.lastLoginDate) {
        return user.lastLoginDate < threshold
            ? `No login for ${daysBetween(user.lastLoginDate, facts.now)} days (last ${user.lastLoginDate.slice(0, 10)})`
            : null;
    }
    if (user.createdDate && user.createdDate < threshold) {
        return `Never logged in; created ${daysBetween(user.createdDate, facts.now)} days ago (${user.createdDate.slice(0, 10)})`;
    }
    return null;
}

const byLabel = (a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);

/** Builds every data file of an org from its facts. Returns { name: content }. */
export function buildDashboardFiles(facts) {
    const today = facts.now.slice(0, 10);
    const pslById = new Map(facts.permissionSetLicenses.map((l) => [l.id, l]));
    const ulById = new Map(facts.userLicenses.map((l) => [l.id, l]));
    const psById = new Map(facts.permissionSets.map((p) => [p.id, p]));
    const groupById = new Map((facts.permissionSetGroups ?? []).map((g) => [g.id, g]));
    const freedList = facts.freedOnDeactivation ?? FREED_ON_DEACTIVATION;
    const freedNames = new Set(freedList.developerNames);
    const freedLabels = new Set(freedList.labels.map((label) => label.trim().toLowerCase()));
    // LicenseDashboardSettings.isFreedOnDeactivation: Salesforce frees these PSLs when their user is deactivated.
    const isFreed = (license) =>
        freedNames.has(license.developerName) || freedLabels.has((license.label ?? '').trim().toLowerCase());
    const groupsOf = (user) => (user.permissionSetGroupIds ?? []).map((id) => groupById.get(id)).filter(Boolean);
    // Licenses a group's assignment requires: those of its member permission sets (PermissionSetGroupComponent).
    const groupLicenses = (group) =>
        group.permissionSetIds.map((id) => psById.get(id)?.licenseId).filter((licenseId) => licenseId);

    // Live counts: a user license is used by its active users; a PSL seat by every holder (deactivation keeps it),
    // except the PSLs Salesforce frees on deactivation.
    const ulUsed = new Map();
    const pslUsed = new Map();
    const pslActiveHeld = new Map();
    const pslDeactivatedHeld = new Map();
    for (const user of facts.users) {
        if (user.isActive) ulUsed.set(user.userLicenseId, (ulUsed.get(user.userLicenseId) ?? 0) + 1);
        for (const pslId of user.permissionSetLicenseIds) {
            const license = pslById.get(pslId);
            if (!user.isActive && license && isFreed(license)) continue;
            pslUsed.set(pslId, (pslUsed.get(pslId) ?? 0) + 1);
            const held = user.isActive ? pslActiveHeld : pslDeactivatedHeld;
            held.set(pslId, (held.get(pslId) ?? 0) + 1);
        }
    }
    const packageById = new Map((facts.packageLicenses ?? []).map((l) => [l.id, l]));
    const packageHolders = new Map();
    for (const user of facts.users) {
        for (const id of user.packageLicenseIds ?? []) packageHolders.set(id, (packageHolders.get(id) ?? 0) + 1);
    }
    const packageLicenses = (facts.packageLicenses ?? [])
        .map((l) => packageLicenseLine(l, l.used ?? packageHolders.get(l.id) ?? 0, facts, today))
        .sort((a, b) => (a.namespacePrefix < b.namespacePrefix ? -1 : a.namespacePrefix > b.namespacePrefix ? 1 : 0));
    const usedOf = (license) => license.used ?? (pslUsed.get(license.id) ?? 0) + (license.extraUsed ?? 0);
    const metrics = facts.metrics ?? null;
    const inventory = {
        generatedAt: facts.now,
        warningThresholdPercent: facts.warningThresholdPercent,
        expiringWithinDays: facts.expiringWithinDays,
        metricsAvailable: metrics !== null,
        metricsDate: metrics?.date ?? null,
        userLicenses: facts.userLicenses
            .map((l) => usage(l, 'UserLicense', ulUsed.get(l.id) ?? 0, facts, today))
            .sort(byLabel),
        permissionSetLicenses: facts.permissionSetLicenses
            .map((l) => {
                const row = usage(l, 'PermissionSetLicense', usedOf(l), facts, today);
                if (metrics) {
                    row.assignedUserCount = pslUsed.get(l.id) ?? 0;
                    row.activeUserCount = Math.round((pslActiveHeld.get(l.id) ?? 0) * (metrics.activeShare ?? 0.8));
                }
                return row;
            })
            .sort(byLabel)
    };

    // Findings, one per user × license × reason (same texts as LicenseFindingRules).
    const findings = [];
    let sequence = 0;
    const nextId = () => `a03${facts.idPrefix ?? 'PV'}${String(++sequence).padStart(10, '0')}AAA`.slice(0, 18);
    const finding = (reason, user, kind, license, detail, seats) =>
        findings.push({
            id: nextId(),
            reason,
            reasonLabel: REASON_LABELS[reason],
            userId: user ? user.id : null,
            userFullName: user ? user.name : null,
            username: user ? user.username : null,
            userActive: user ? user.isActive : null,
            lastLoginDate: user ? (user.lastLoginDate ?? null) : null,
            licenseKind: kind,
            licenseDeveloperName: license.developerName,
            licenseLabel: license.label,
            detail,
            reclaimable: seats > 0,
            reclaimableSeats: seats
        });
    const threshold = new Date(Date.parse(facts.now) - facts.inactiveDays * DAY_MS).toISOString();
    const voicePsl = facts.permissionSetLicenses.find((l) => l.developerName === VOICE_USER_PSL);
    const partnerPsl = facts.permissionSetLicenses.find((l) => l.developerName === PARTNER_TELEPHONY_PSL);

    for (const user of facts.users) {
        const held = user.permissionSetLicenseIds.map((id) => pslById.get(id)).filter(Boolean);
        const sets = user.permissionSetIds.map((id) => psById.get(id)).filter(Boolean);
        const groups = groupsOf(user);
        if (user.isActive) {
            // 1. Voice double consumption (KB 005316943): the Voice set is found by its license (a directly assigned,
            // custom set carrying the Voice User license, or the KB's API name), not by its name alone.
            const holdsVoice = voicePsl && user.permissionSetLicenseIds.includes(voicePsl.id);
            const holdsPartner = partnerPsl && user.permissionSetLicenseIds.includes(partnerPsl.id);
            let voiceFound = false;
            if (holdsVoice && holdsPartner) {
                const isVoiceSet = (ps) =>
                    ps.licenseId === voicePsl.id && (ps.isCustom === true || ps.apiName === VOICE_PERMISSION_SET);
                const voiceSet = sets.find(isVoiceSet);
                const otherNeeds =
                    sets.some((ps) => !isVoiceSet(ps) && ps.licenseId === voicePsl.id) ||
                    groups.some((group) => groupLicenses(group).includes(voicePsl.id));
                if (voiceSet && !otherNeeds) {
                    voiceFound = true;
                    finding(
                        'VoiceDoubleConsumption',
                        user,
                        'PermissionSetLicense',
                        voicePsl,
                        `Licensed by ${partnerPsl.label}, but also consumes a ${voicePsl.label} seat only because the ` +
                            `auto-assigned ${voiceSet.apiName} permission set carries that license (KB 005316943).`,
                        1
                    );
                }
            }
            // 2. Unneeded PSL assignments (group-aware; a seat reported as Voice double consumption is not repeated).
            const needed = new Set([
                ...sets.map((ps) => ps.licenseId).filter(Boolean),
                ...groups.flatMap((group) => groupLicenses(group))
            ]);
            for (const license of held) {
                if (needed.has(license.id) || (voiceFound && license.id === voicePsl.id)) continue;
                if (isUnneededException(license, user, sets)) continue;
                finding(
                    'UnneededPsl',
                    user,
                    'PermissionSetLicense',
                    license,
                    `No permission set of the user, directly or through a permission set group, requires ${license.label}; the seat can be removed.`,
                    1
                );
            }
            // 3. Inactive holders (Guest and Automated Process users never log in interactively).
            const detail = inactivityDetail(user, facts, threshold);
            if (detail) {
                const labels = held.map((l) => l.label).sort();
                const heldText =
                    labels.length === 0 ? 'holds no PSL' : `holds ${labels.length} PSL(s): ${joinFirst(labels)}`;
                finding(
                    'InactiveUser',
                    user,
                    'UserLicense',
                    ulById.get(user.userLicenseId),
                    `${detail}; ${heldText}.`,
                    1
                );
            }
        } else {
            // 4. Deactivated users still holding assignments.
            for (const license of held) {
                if (isFreed(license)) {
                    finding(
                        'DeactivatedHolder',
                        user,
                        'PermissionSetLicense',
                        license,
                        `Deactivated user still has a ${license.label} assignment, but Salesforce frees this license on deactivation (since October 2024): no seat to reclaim.`,
                        0
                    );
                    continue;
                }
                finding(
                    'DeactivatedHolder',
                    user,
                    'PermissionSetLicense',
                    license,
                    `Deactivated user still holds a ${license.label} seat (deactivation does not free most PSLs); remove the PSL assignment.`,
                    1
                );
            }
            const names = [...sets.map((ps) => ps.label), ...groups.map((group) => group.label)].sort();
            if (names.length > 0) {
                finding(
                    'DeactivatedHolder',
                    user,
                    'PermissionSet',
                    { developerName: 'PermissionSetAssignments', label: 'Permission set assignments' },
                    `Deactivated user still holds ${names.length} permission set or group assignment(s): ${joinFirst(names)}.`,
                    0
                );
            }
        }
    }
    // Managed-package seats of inactive and deactivated users (not of site-wide licences: nothing to free).
    for (const user of facts.users) {
        const why = user.isActive ? inactivityDetail(user, facts, threshold) : 'Deactivated user';
        if (!why) continue;
        for (const packageId of user.packageLicenseIds ?? []) {
            const license = packageById.get(packageId);
            if (!license || license.allowed < 0) continue;
            const holds = user.isActive ? `${why}; still holds` : `${why} still holds`;
            finding(
                'PackageSeatHolder',
                user,
                'PackageLicense',
                { developerName: license.namespacePrefix, label: license.namespacePrefix },
                `${holds} a seat of the ${license.namespacePrefix} package (deactivation does not free package seats); remove the package licence.`,
                1
            );
        }
    }
    // 5 and 6. License-level findings.
    for (const license of facts.permissionSetLicenses) {
        const used = usedOf(license);
        const activeHeld = pslActiveHeld.get(license.id) ?? 0;
        if (license.total === 0 && used === 0 && activeHeld === 0) continue;
        const seats = `${used} of ${license.total} seats used`;
        let expiry = null;
        if (license.status === 'Disabled') expiry = `Expired (status Disabled); ${seats}.`;
        else if (license.expirationDate) {
            const daysLeft = daysBetween(today, license.expirationDate);
            if (daysLeft < 0) expiry = `Expired on ${license.expirationDate}; ${seats}.`;
            else if (daysLeft <= facts.expiringWithinDays) {
                expiry = `Expires on ${license.expirationDate} (in ${daysLeft} days); ${seats}.`;
            }
        }
        if (expiry) finding('ExpiringLicense', null, 'PermissionSetLicense', license, expiry, 0);
        // Used-count gap (LicenseFindingRules.usedCountGapDetail): only the part no assignment explains, never
        // reclaimable (deactivated holders' seats are DeactivatedHolder findings already).
        const deactivatedHeld = pslDeactivatedHeld.get(license.id) ?? 0;
        const unexplained = used - activeHeld - deactivatedHeld;
        let gapDetail = null;
        if (unexplained > 0) {
            gapDetail =
                `Used count ${used}, but assignments explain only ${activeHeld + deactivatedHeld} ` +
                `(${activeHeld} held by active users, ${deactivatedHeld} by deactivated users): ${unexplained} seat(s) ` +
                'counted by Salesforce that no assignment explains (not reclaimable from the scan).';
        } else if (used < activeHeld) {
            gapDetail = `Used count ${used} is lower than the ${activeHeld} assignments held by active users (usage counts can lag up to 24 hours).`;
        }
        if (gapDetail) finding('UsedCountGap', null, 'PermissionSetLicense', license, gapDetail, 0);
    }

    const usersScanned = facts.users.length;
    const chunksTotal = Math.max(1, Math.ceil(usersScanned / 200));
    const scan = {
        scanId: facts.scan.id,
        status: 'Completed',
        isRunning: false,
        triggeredBy: facts.scan.triggeredBy ?? 'Scheduled',
        requestedByName: facts.scan.requestedByName ?? null,
        startedAt: facts.scan.startedAt,
        finishedAt: facts.scan.finishedAt,
        chunksTotal,
        chunksProcessed: chunksTotal,
        chunksFailed: 0,
        usersScanned,
        findingCount: findings.length,
        errorText: null
    };
    const schedule = facts.schedule ?? {
        isScheduled: false,
        jobName: 'License Steward nightly findings scan',
        cronExpression: null,
        hourOfDay: null,
        nextFireTime: null,
        previousFireTime: null,
        state: null
    };
    const users = facts.users.map((u) => ({
        id: u.id,
        name: u.name,
        username: u.username,
        isActive: u.isActive,
        profileName: u.profileName ?? null,
        userLicenseLabel: ulById.get(u.userLicenseId)?.label ?? null
    }));
    const permissionSets = facts.permissionSets.map((ps) => ({
        id: ps.id,
        label: ps.label,
        apiName: ps.apiName,
        namespacePrefix: ps.namespacePrefix ?? null,
        licenseKind: ps.licenseId ? (pslById.has(ps.licenseId) ? 'PermissionSetLicense' : 'UserLicense') : 'None',
        licenseId: ps.licenseId ?? null
    }));
    const assignments = { permissionSets: {}, permissionSetLicenses: {}, packageLicenses: {} };
    for (const user of facts.users) {
        if (user.permissionSetIds.length) assignments.permissionSets[user.id] = user.permissionSetIds;
        if (user.permissionSetLicenseIds.length)
            assignments.permissionSetLicenses[user.id] = user.permissionSetLicenseIds;
        if (user.packageLicenseIds?.length) assignments.packageLicenses[user.id] = user.packageLicenseIds;
    }
    return {
        'dashboard.inventory.json': inventory,
        'dashboard.packageLicenses.json': packageLicenses,
        'dashboard.findings.json': findings,
        'dashboard.scan.json': scan,
        'dashboard.schedule.json': schedule,
        'dashboard.users.json': users,
        'dashboard.permissionSets.json': permissionSets,
        'dashboard.assignments.json': assignments
    };
}
