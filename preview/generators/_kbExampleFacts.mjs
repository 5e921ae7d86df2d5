// Helper (not run as a generator): the facts of the KB 005316943 demo org. preview/demo-orgs/kb-example/dashboard.*.json
// are buildDashboardFiles(kbExampleFacts) (test/preview/dashboard.test.mjs checks they stay in sync; rewrite them with
// `node -e "import('./preview/generators/_kbExampleFacts.mjs').then((m) => m.writeKbExampleFiles())"`).
//
// KB 005316943: 2 Salesforce Voice User PSLs (ServiceCloudVoicePsl), 1 Salesforce Voice User (Partner Telephony) PSL
// (ServiceCloudVoiceExternalTelephonyPsl). User-1: Contact Center Agent + Salesforce Voice Permission Set (1 Voice
// User seat). User-2: Contact Center Agent (Partner Telephony) + Salesforce Voice Permission Set (1 Partner Telephony
// seat and, through the auto-assigned permission set, a second Voice User seat). Net remaining 0 instead of 1, so
// User-3 cannot be assigned Contact Center Agent. The rest is a realistic handful of licenses and users.
import { writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDashboardFiles } from './_dashboardOrg.mjs';

const id = (prefix, n) => `${prefix}PV${String(n).padStart(10, '0')}AAA`;

const UL = { salesforce: id('100', 1), platform: id('100', 2), chatter: id('100', 3), identity: id('100', 4) };
const PSL = {
    voice: id('0PL', 1),
    partner: id('0PL', 2),
    cpq: id('0PL', 3),
    crma: id('0PL', 4),
    scheduler: id('0PL', 5),
    einstein: id('0PL', 6)
};
const PS = {
    agent: id('0PS', 1),
    agentPartner: id('0PS', 2),
    voice: id('0PS', 3),
    admin: id('0PS', 4),
    supervisor: id('0PS', 5),
    cpq: id('0PS', 6),
    crma: id('0PS', 7),
    scheduler: id('0PS', 8),
    einstein: id('0PS', 9),
    salesOps: id('0PS', 10),
    platformApps: id('0PS', 11)
};

let userNumber = 0;
function user(name, fields) {
    userNumber++;
    const local = name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '.')
        .replace(/^\.|\.$/g, '');
    return {
        id: id('005', userNumber),
        name,
        username: `${local}@kb-example.demo`,
        isActive: true,
        profileName: 'Standard User',
        userLicenseId: UL.salesforce,
        lastLoginDate: '2026-11-20T09:12:00.000Z',
        createdDate: '2025-02-03T10:00:00.000Z',
        permissionSetIds: [],
        permissionSetLicenseIds: [],
        ...fields
    };
}

export const kbExampleFacts = {
    now: '2026-11-23T08:00:00.000Z',
    idPrefix: 'PV',
    inactiveDays: 90,
    expiringWithinDays: 30,
    warningThresholdPercent: 90,
    userLicenses: [
        { id: UL.salesforce, developerName: 'SFDC', label: 'Salesforce', total: 13, status: 'Active' },
        { id: UL.platform, developerName: 'AUL', label: 'Salesforce Platform', total: 10, status: 'Active' },
        { id: UL.chatter, developerName: 'PID_Chatter', label: 'Chatter Free', total: 5000, status: 'Active' },
        { id: UL.identity, developerName: 'PID_Identity', label: 'Identity', total: 10, status: 'Active' }
    ],
    permissionSetLicenses: [
        {
            id: PSL.voice,
            developerName: 'ServiceCloudVoicePsl',
            label: 'Salesforce Voice User',
            total: 2,
            status: 'Active',
            expirationDate: null
        },
        {
            id: PSL.partner,
            developerName: 'ServiceCloudVoiceExternalTelephonyPsl',
            label: 'Salesforce Voice User (Partner Telephony)',
            total: 1,
            status: 'Active',
            expirationDate: null
        },
        {
            id: PSL.cpq,
            developerName: 'SalesforceCPQ_CPQStandardPerm',
            label: 'Salesforce CPQ License',
            total: 10,
            status: 'Active',
            expirationDate: '2027-06-30',
            extraUsed: 1
        },
        {
            id: PSL.crma,
            developerName: 'EinsteinAnalyticsPlusPsl',
            label: 'CRM Analytics Plus',
            total: 5,
            status: 'Active',
            expirationDate: null
        },
        {
            id: PSL.scheduler,
            developerName: 'LightningSchedulerPsl',
            label: 'Salesforce Scheduler',
            total: 3,
            status: 'Disabled',
            expirationDate: '2026-10-31'
        },
        {
            id: PSL.einstein,
            developerName: 'SalesEinsteinPsl',
            label: 'Einstein for Sales',
            total: 10,
            status: 'Active',
            expirationDate: '2026-12-10'
        }
    ],
    permissionSets: [
        { id: PS.agent, label: 'Contact Center Agent', apiName: 'ContactCenterAgent', licenseId: PSL.voice },
        {
            id: PS.agentPartner,
            label: 'Contact Center Agent (Partner Telephony)',
            apiName: 'ContactCenterAgentExternalTelephony',
            licenseId: PSL.partner
        },
        {
            id: PS.voice,
            label: 'Salesforce Voice Permission Set',
            apiName: 'SalesforceVoiceCustomPsl',
            licenseId: PSL.voice,
            isCustom: true
        },
        { id: PS.admin, label: 'Contact Center Admin', apiName: 'ContactCenterAdmin', licenseId: PSL.voice },
        {
            id: PS.supervisor,
            label: 'Contact Center Supervisor',
            apiName: 'ContactCenterSupervisor',
            licenseId: PSL.voice
        },
        { id: PS.cpq, label: 'Salesforce CPQ User', apiName: 'SalesforceCPQ_CPQStandardUser', licenseId: PSL.cpq },
        { id: PS.crma, label: 'CRM Analytics Plus User', apiName: 'EinsteinAnalyticsPlusUser', licenseId: PSL.crma },
        {
            id: PS.scheduler,
            label: 'Salesforce Scheduler Resource',
            apiName: 'SchedulerResource',
            licenseId: PSL.scheduler
        },
        { id: PS.einstein, label: 'Einstein for Sales User', apiName: 'EinsteinSalesUser', licenseId: PSL.einstein },
        { id: PS.salesOps, label: 'Sales Operations', apiName: 'Sales_Operations', licenseId: null },
        { id: PS.platformApps, label: 'Platform Apps Access', apiName: 'PlatformAppsAccess', licenseId: UL.platform }
    ],
    users: [
        user('Ada Admin', {
            profileName: 'System Administrator',
            lastLoginDate: '2026-11-23T07:45:00.000Z',
            permissionSetIds: [PS.salesOps]
        }),
        user('User-1', { permissionSetIds: [PS.agent, PS.voice], permissionSetLicenseIds: [PSL.voice] }),
        user('User-2', {
            permissionSetIds: [PS.agentPartner, PS.voice],
            permissionSetLicenseIds: [PSL.partner, PSL.voice]
        }),
        user('User-3', { lastLoginDate: '2026-11-21T14:03:00.000Z' }),
        user('Maria Lopez', { permissionSetIds: [PS.cpq, PS.crma], permissionSetLicenseIds: [PSL.cpq, PSL.crma] }),
        user('Sam Carter', { permissionSetIds: [PS.cpq], permissionSetLicenseIds: [PSL.cpq] }),
        user('Priya Natarajan', {
            permissionSetIds: [PS.cpq, PS.scheduler],
            permissionSetLicenseIds: [PSL.cpq, PSL.scheduler]
        }),
        user('Tom Becker', {
            lastLoginDate: '2026-06-02T16:20:00.000Z',
            permissionSetIds: [PS.cpq],
            permissionSetLicenseIds: [PSL.cpq]
        }),
        user('Lena Fischer', {
            permissionSetIds: [PS.cpq, PS.einstein],
            permissionSetLicenseIds: [PSL.cpq, PSL.einstein]
        }),
        user('Omar Haddad', { permissionSetIds: [PS.cpq], permissionSetLicenseIds: [PSL.cpq, PSL.crma] }),
        user('Grace Kim', { permissionSetIds: [PS.cpq], permissionSetLicenseIds: [PSL.cpq] }),
        user('Noah Wright', { permissionSetIds: [PS.einstein], permissionSetLicenseIds: [PSL.einstein] }),
        // Deactivated holders: Jordan's CPQ seat is freed by Salesforce on deactivation (KB 000394412: listed, no
        // seat to reclaim); Riley's Einstein for Sales seat is not freed (one reclaimable seat).
        user('Jordan Ex-Employee', {
            isActive: false,
            lastLoginDate: '2026-08-29T11:00:00.000Z',
            permissionSetIds: [PS.cpq, PS.salesOps],
            permissionSetLicenseIds: [PSL.cpq]
        }),
        user('Riley Former', {
            isActive: false,
            lastLoginDate: '2026-07-14T15:30:00.000Z',
            permissionSetIds: [PS.einstein],
            permissionSetLicenseIds: [PSL.einstein]
        }),
        user('Integration User', {
            profileName: 'Integration Profile',
            userLicenseId: UL.platform,
            lastLoginDate: '2026-11-23T06:00:00.000Z'
        }),
        user('Chris Ops', {
            profileName: 'Platform User',
            userLicenseId: UL.platform,
            lastLoginDate: null,
            createdDate: '2026-03-02T10:00:00.000Z'
        }),
        user('Casey Chatter', {
            profileName: 'Chatter Free User',
            userLicenseId: UL.chatter,
            lastLoginDate: '2026-11-10T12:00:00.000Z'
        })
    ],
    scan: {
        id: 'a02PV0000000001AAA',
        startedAt: '2026-11-23T02:00:00.000Z',
        finishedAt: '2026-11-23T02:00:41.000Z',
        requestedByName: 'Ada Admin',
        triggeredBy: 'Scheduled'
    },
    schedule: {
        isScheduled: true,
        jobName: 'License Steward nightly findings scan',
        cronExpression: '0 0 2 * * ?',
        hourOfDay: 2,
        nextFireTime: '2026-11-24T02:00:00.000Z',
        previousFireTime: '2026-11-23T02:00:00.000Z',
        state: 'WAITING'
    }
};

export const KB_EXAMPLE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'demo-orgs', 'kb-example');

/** Writes preview/demo-orgs/kb-example/dashboard.*.json. */
export function writeKbExampleFiles(dir = KB_EXAMPLE_DIR) {
    for (const [name, content] of Object.entries(buildDashboardFiles(kbExampleFacts))) {
        writeFileSync(join(dir, name), JSON.stringify(content, null, 2) + '\n');
    }
}
