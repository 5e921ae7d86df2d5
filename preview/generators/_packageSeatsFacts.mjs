// Helper (not run as a generator): the facts of the "package-seats" demo org (issue 11 item 4, docs/package-seats.md).
// preview/demo-orgs/package-seats/dashboard.*.json are buildDashboardFiles(packageSeatsFacts) (test/preview/
// package-seat-vectors.test.mjs checks they stay in sync; rewrite them with
// `node -e "import('./preview/generators/_packageSeatsFacts.mjs').then((m) => m.writePackageSeatsFiles())"`).
//
// Three licensed managed packages: acme (25 seats, all used: 3 held by deactivated users, 2 by users without a login
// for months), docgen (site-wide: every user licensed, never a percentage, no finding) and trialpkg (a trial that
// expires within the month). Nobody can be given an acme seat until one is reclaimed.
import { writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDashboardFiles } from './_dashboardOrg.mjs';

const id = (prefix, n) => `${prefix}PK${String(n).padStart(10, '0')}AAA`;
const NOW = '2026-11-23T08:00:00.000Z';
const PKG = { acme: id('050', 1), docgen: id('050', 2), trial: id('050', 3) };
const UL = id('100', 1);

function user(n, name, { isActive = true, lastLoginDate = '2026-11-20T08:00:00.000Z', packages = [] } = {}) {
    return {
        id: id('005', n),
        name,
        username: `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@acme-packages.demo`,
        isActive,
        profileName: 'Standard User',
        userType: 'Standard',
        userLicenseId: UL,
        lastLoginDate,
        createdDate: '2024-02-01T08:00:00.000Z',
        permissionSetIds: [],
        permissionSetGroupIds: [],
        permissionSetLicenseIds: [],
        packageLicenseIds: packages
    };
}

const active = (n, name) => user(n, name, { packages: [PKG.acme, PKG.docgen] });
const users = [
    user(1, 'Gina Gone', { isActive: false, lastLoginDate: '2026-06-02T08:00:00.000Z', packages: [PKG.acme] }),
    user(2, 'Igor Idle', { lastLoginDate: '2026-04-11T08:00:00.000Z', packages: [PKG.acme, PKG.docgen] }),
    user(3, 'Lena Left', { isActive: false, lastLoginDate: '2026-08-19T08:00:00.000Z', packages: [PKG.acme] }),
    user(4, 'Otto Offline', { lastLoginDate: '2026-03-30T08:00:00.000Z', packages: [PKG.acme, PKG.trial] }),
    user(5, 'Rita Retired', { isActive: false, lastLoginDate: '2025-12-01T08:00:00.000Z', packages: [PKG.acme] }),
    ...Array.from({ length: 20 }, (_, i) => active(6 + i, `Active User ${String(i + 1).padStart(2, '0')}`)),
    user(26, 'Newcomer Nadia', { packages: [PKG.docgen] })
];

export const packageSeatsFacts = {
    now: NOW,
    inactiveDays: 90,
    expiringWithinDays: 30,
    warningThresholdPercent: 90,
    idPrefix: 'PK',
    userLicenses: [{ id: UL, developerName: 'SFDC', label: 'Salesforce', total: 40 }],
    permissionSetLicenses: [],
    permissionSets: [],
    permissionSetGroups: [],
    packageLicenses: [
        { id: PKG.acme, namespacePrefix: 'acme', allowed: 25, status: 'Active', expirationDate: null },
        { id: PKG.docgen, namespacePrefix: 'docgen', allowed: -1, status: 'Active', expirationDate: null },
        { id: PKG.trial, namespacePrefix: 'trialpkg', allowed: 10, status: 'Trial', expirationDate: '2026-12-10' }
    ],
    users,
    scan: {
        id: id('a02', 1),
        startedAt: '2026-11-23T02:00:00.000Z',
        finishedAt: '2026-11-23T02:04:00.000Z',
        requestedByName: null,
        triggeredBy: 'Scheduled'
    }
};

export const PACKAGE_SEATS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'demo-orgs', 'package-seats');

/** Writes preview/demo-orgs/package-seats/dashboard.*.json. */
export function writePackageSeatsFiles(dir = PACKAGE_SEATS_DIR) {
    for (const [name, content] of Object.entries(buildDashboardFiles(packageSeatsFacts))) {
        writeFileSync(join(dir, name), JSON.stringify(content, null, 2) + '\n');
    }
}
