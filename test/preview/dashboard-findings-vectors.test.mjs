// The findings vectors (force-app/main/license-dashboard/staticresources/LicenseFindingScenarios.json), shared with
// the Apex test LicenseFindingScenariosTest, run through the preview's dashboard generator: every vector's findings
// must be exactly the vector's list. A vector only one side satisfies fails here or in Apex.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDashboardFiles } from '../../preview/generators/_dashboardOrg.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const doc = JSON.parse(
    readFileSync(join(ROOT, 'force-app/main/license-dashboard/staticresources/LicenseFindingScenarios.json'), 'utf8')
);

/** A vector's org as the generator's facts (the same fields; the platform's used count given as `used`). */
function factsOf(org) {
    return {
        now: doc.now,
        inactiveDays: doc.inactiveDays,
        expiringWithinDays: doc.expiringWithinDays,
        warningThresholdPercent: 90,
        userLicenses: org.userLicenses,
        permissionSetLicenses: org.permissionSetLicenses,
        permissionSets: org.permissionSets,
        permissionSetGroups: org.permissionSetGroups,
        users: org.users,
        packageLicenses: org.packageLicenses,
        scan: { id: 'scan', startedAt: doc.now, finishedAt: doc.now }
    };
}

const keyOf = (reason, userId, license, seats) => `${reason}|${userId}|${license}|${seats}`;

function findingsOf(vector) {
    return buildDashboardFiles(factsOf(vector.org))['dashboard.findings.json'];
}

test('the vectors cover the cases of issues 9 and 10', () => {
    const ids = doc.vectors.map((vector) => vector.id);
    for (const id of [
        'kbExample',
        'voiceSetWithoutPartnerTelephony',
        'voiceSetUnderAnotherName',
        'twoCandidateSets',
        'rightAfterFix',
        'pslThroughPermissionSetGroup',
        'deactivatedHolder',
        'deactivatedCpqHolder',
        'expiredAndExpiringPsl',
        'usedCountGap',
        'packageSeatHolders'
    ]) {
        assert.ok(ids.includes(id), id);
    }
});

for (const vector of doc.vectors) {
    test(`findings vector ${vector.id}: the generator gives exactly the expected findings`, () => {
        const actual = findingsOf(vector)
            .map((f) => keyOf(f.reason, f.userId, f.licenseDeveloperName, f.reclaimableSeats))
            .sort();
        const expected = vector.expected
            .map((f) => keyOf(f.reason, f.userId, f.licenseDeveloperName, f.reclaimableSeats))
            .sort();
        assert.deepEqual(actual, expected);
    });

    test(`findings vector ${vector.id}: each seat appears under one finding type`, () => {
        const seats = findingsOf(vector)
            .filter((f) => f.reclaimableSeats > 0)
            .map((f) => `${f.userId}|${f.licenseDeveloperName}`);
        assert.equal(new Set(seats).size, seats.length);
    });
}

test('the generator ships the same freed-on-deactivation list as the vectors (and the custom metadata)', async () => {
    const { FREED_ON_DEACTIVATION } = await import('../../preview/generators/_dashboardOrg.mjs');
    assert.deepEqual(FREED_ON_DEACTIVATION, doc.freedOnDeactivation);
    const records = ['Salesforce_CPQ', 'Salesforce_CPQ_Advanced_Approvals', 'Salesforce_Billing'].map((name) =>
        readFileSync(
            join(
                ROOT,
                `force-app/main/license-dashboard/customMetadata/Freed_On_Deactivation_License.${name}.md-meta.xml`
            ),
            'utf8'
        )
    );
    const text = records.join('\n');
    for (const value of [...doc.freedOnDeactivation.developerNames, ...doc.freedOnDeactivation.labels]) {
        assert.ok(text.includes(`>${value}<`), value);
    }
});
