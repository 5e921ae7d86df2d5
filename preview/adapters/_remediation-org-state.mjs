// Bridge between a row-level org state (the format of the remediation behaviour vectors,
// force-app/main/remediation/staticresources/RemediationScenarios.json, docs/remediation.md "Behaviour vectors") and
// the preview simulation's own model (_remediation-sim.mjs: remediation-org.json, the dashboard's UnneededPsl findings
// and PSL inventory). The simulation keeps no permission set, group or assignment rows: this module derives its
// model from the rows (who holds the Voice set directly, who still needs a license through a set or a group) and
// projects the simulation's live state back onto the rows, so a vector's expected states can be compared with it.
// Helper, not an adapter.

const VOICE_LICENSE = 'ServiceCloudVoicePsl';
const VOICE_SET_NAME = 'SalesforceVoiceCustomPsl';
const VOICE_SET_LABEL = 'Salesforce Voice Permission Set';
const RENAMED_NAME = 'SalesforceVoiceCustomPslDoNotUse';
const RENAMED_LABEL = 'Salesforce Voice Permission Set DoNotUse';

/** A fake 18-character id: prefix, counter, AAA. */
const fakeId = (prefix, n) => `${prefix}${String(n).padStart(12, '0')}AAA`;

const clone = (value) => JSON.parse(JSON.stringify(value));

/**
 * Whether a user needs a license through a set held directly or through a group (sets named in `excluded` ignored):
 * the rule of RemediationSetupSelector.getUsersNeedingLicense.
 */
export function needsLicense(state, userName, licenseName, excluded = []) {
    const licensed = new Set(
        state.permissionSets.filter((s) => s.license === licenseName && !excluded.includes(s.name)).map((s) => s.name)
    );
    return state.assignments.some((a) => {
        if (a.user !== userName) return false;
        if (a.permissionSet) return licensed.has(a.permissionSet);
        const group = state.groups.find((g) => g.name === a.group);
        return (group?.permissionSets ?? []).some((name) => licensed.has(name));
    });
}

/** Ids for every named row of a state (stable: derived from the order in `before`). */
export function idsOf(state) {
    return {
        user: new Map(state.users.map((name, i) => [name, fakeId('005', i + 1)])),
        app: new Map(state.connectedApps.map((name, i) => [name, fakeId('0H4', i + 1)])),
        set: new Map(state.permissionSets.map((s, i) => [s.name, fakeId('0PS', i + 1)]))
    };
}

const usedOf = (state, licenseName) => state.licenseAssignments.filter((s) => s.license === licenseName).length;

/**
 * The files the simulation loads (ctx.load) for an org in this state: remediation-org (the Voice set, its direct
 * holders with keepsLicense, its connected apps, the Voice User seats), dashboard.findings.json (one UnneededPsl
 * finding per license assignment nobody needs) and dashboard.inventory.json (the PSL seats).
 */
export function simFilesFromState(state, { orgName = 'Vector Org' } = {}) {
    const ids = idsOf(state);
    const voiceLicense = state.licenses.find((l) => l.developerName === VOICE_LICENSE);
    const voiceSet = state.permissionSets.find((s) => s.name === VOICE_SET_NAME);
    const holders = voiceSet
        ? state.assignments.filter((a) => a.permissionSet === VOICE_SET_NAME).map((a) => a.user)
        : [];
    const hasSeat = (user, license) => state.licenseAssignments.some((s) => s.user === user && s.license === license);
    const users = holders.map((name, i) => ({
        id: ids.user.get(name),
        name,
        username: `${name.toLowerCase().replace(/\s+/g, '.')}@example.com`,
        isActive: true,
        // RemediationSnapshotBuilder: the Voice set itself is excluded from the need check.
        keepsLicense: needsLicense(state, name, VOICE_LICENSE, [VOICE_SET_NAME]),
        setAssignmentId: fakeId('0Pa', i + 1),
        licenseAssignmentId: hasSeat(name, VOICE_LICENSE) ? fakeId('2Pa', i + 1) : null
    }));
    const connectedApps = voiceSet
        ? state.appGrants
              .filter((g) => g.permissionSet === VOICE_SET_NAME)
              .map((g, i) => ({ id: ids.app.get(g.app), name: g.app, accessId: fakeId('0J0', i + 1) }))
        : [];
    const findings = state.licenseAssignments
        .filter((seat) => !needsLicense(state, seat.user, seat.license))
        .map((seat, i) => {
            const license = state.licenses.find((l) => l.developerName === seat.license);
            return {
                id: fakeId('a03', i + 1),
                reason: 'UnneededPsl',
                licenseKind: 'PermissionSetLicense',
                licenseDeveloperName: seat.license,
                licenseLabel: license.label,
                userId: ids.user.get(seat.user),
                userFullName: seat.user,
                username: `${seat.user.toLowerCase().replace(/\s+/g, '.')}@example.com`,
                userActive: true,
                reclaimable: true
            };
        });
    return {
        'remediation-org': {
            orgName,
            adminName: 'Vector Admin',
            license: {
                developerName: VOICE_LICENSE,
                label: voiceLicense?.label ?? 'Salesforce Voice User',
                total: voiceLicense?.total ?? null,
                used: voiceLicense ? usedOf(state, VOICE_LICENSE) : null
            },
            voiceSet: voiceSet
                ? {
                      id: ids.set.get(VOICE_SET_NAME),
                      label: voiceSet.label,
                      name: voiceSet.name,
                      licensed: voiceSet.license === VOICE_LICENSE
                  }
                : null,
            users,
            connectedApps,
            businessHours: [
                {
                    id: '01m000000000VecAAA',
                    name: 'Default',
                    isDefault: true,
                    timeZone: 'GMT',
                    summary: 'Mon–Fri 08:00–18:00',
                    days: Object.fromEntries(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'].map((d) => [d, ['08:00', '18:00']])),
                    holidays: []
                }
            ]
        },
        'dashboard.findings.json': findings,
        'dashboard.inventory.json': {
            permissionSetLicenses: state.licenses.map((l) => ({
                developerName: l.developerName,
                label: l.label,
                total: l.total,
                used: usedOf(state, l.developerName)
            }))
        }
    };
}

/**
 * An admin's change made outside the run (a vector's changesBeforeRun), pushed into the simulation's model.
 * Supported: deleteLicenseAssignment {user, license}; assignPermissionSet {user, permissionSet} (Voice User license
 * sets only: the simulation tracks who needs that license). Anything else throws, so a vector the simulation cannot
 * represent fails loudly.
 */
export function applyOutsideChange(sim, state, change) {
    const org = sim.org;
    const ids = idsOf(state);
    const userId = ids.user.get(change.user);
    if (change.action === 'deleteLicenseAssignment') {
        if (change.license === VOICE_LICENSE) {
            const holder = org.users.find((u) => u.id === userId);
            if (holder?.licenseAssignmentId) {
                org.live.licenseAssignments.delete(holder.licenseAssignmentId);
                if (org.live.usedSeats !== null) org.live.usedSeats -= 1;
            }
        }
        const finding = org.reclaim.findings.find(
            (f) => f.userId === userId && f.licenseDeveloperName === change.license
        );
        if (finding) org.reclaim.removed.add(finding.id);
        const license = org.reclaim.licenses.get(change.license);
        if (license && license.used !== null) license.used -= 1;
        return;
    }
    if (change.action === 'assignPermissionSet') {
        const set = state.permissionSets.find((s) => s.name === change.permissionSet);
        if (set?.license !== VOICE_LICENSE) {
            throw new Error(
                `The simulation tracks later assignments of Voice User sets only, not ${change.permissionSet}.`
            );
        }
        org.live.stillNeeding.add(userId);
        return;
    }
    throw new Error(`Unknown outside change "${change.action}".`);
}

/** A state with a vector's outside changes applied as data (the rows an admin changed). */
export function withChanges(state, changes) {
    const result = clone(state);
    for (const change of changes ?? []) {
        if (change.action === 'deleteLicenseAssignment') {
            result.licenseAssignments = result.licenseAssignments.filter(
                (s) => !(s.user === change.user && s.license === change.license)
            );
        } else if (change.action === 'assignPermissionSet') {
            result.assignments.push({ user: change.user, permissionSet: change.permissionSet });
        }
    }
    for (const license of result.licenses) license.used = usedOf(result, license.developerName);
    return result;
}

/**
 * The org as the simulation leaves it, in rows: `base` (the state the simulation was loaded from, with the outside
 * changes applied) overlaid with the simulation's live model: the rename, the new set, the Voice set's holders and
 * connected apps, the Voice User seats of its holders and the reclaimed (or re-created) assignments.
 */
export function stateFromSim(base, sim) {
    const state = clone(base);
    const org = sim.org;
    const live = org.live;
    const ids = idsOf(base);
    const nameOfUser = new Map([...ids.user].map(([name, id]) => [id, name]));
    const setSeat = (user, license, present) => {
        state.licenseAssignments = state.licenseAssignments.filter((s) => !(s.user === user && s.license === license));
        if (present) state.licenseAssignments.push({ user, license });
    };
    if (org.voiceSet) {
        let oldName = org.voiceSet.name;
        if (live.renamed) {
            const renamed = state.permissionSets.find((s) => s.name === oldName);
            renamed.name = RENAMED_NAME;
            renamed.label = RENAMED_LABEL;
            for (const group of state.groups) {
                group.permissionSets = group.permissionSets.map((n) => (n === oldName ? RENAMED_NAME : n));
            }
            for (const row of [...state.assignments, ...state.appGrants]) {
                if (row.permissionSet === oldName) row.permissionSet = RENAMED_NAME;
            }
            oldName = RENAMED_NAME;
        }
        if (live.newSetId) state.permissionSets.push({ name: VOICE_SET_NAME, label: VOICE_SET_LABEL, license: null });
        for (const user of org.users) {
            state.assignments = state.assignments.filter(
                (a) => !(a.user === user.name && a.permissionSet === oldName && !live.oldSetUsers.has(user.id))
            );
            if (live.newSetUsers.has(user.id))
                state.assignments.push({ user: user.name, permissionSet: VOICE_SET_NAME });
            if (user.licenseAssignmentId) {
                setSeat(user.name, VOICE_LICENSE, live.licenseAssignments.has(user.licenseAssignmentId));
            }
        }
        for (const app of org.apps) {
            state.appGrants = state.appGrants.filter(
                (g) => !(g.app === app.name && g.permissionSet === oldName && !live.oldSetApps.has(app.id))
            );
            if (live.newSetApps.has(app.id)) state.appGrants.push({ permissionSet: VOICE_SET_NAME, app: app.name });
        }
    }
    for (const finding of org.reclaim.findings) {
        setSeat(nameOfUser.get(finding.userId), finding.licenseDeveloperName, !org.reclaim.removed.has(finding.id));
    }
    for (const license of state.licenses) license.used = usedOf(state, license.developerName);
    return state;
}
