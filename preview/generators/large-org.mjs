// Generator of the `large-org` demo org (docs/ARCHITECTURE.md, "Preview"; docs/dashboard-ui.md): 24,000 users,
// about 130,000 permission set and PSL assignments, findings of every type (the inactive-holder list has more than
// 10,000 rows), written as the DTO-shaped dashboard.*.json files of preview/generators/_dashboardOrg.mjs.
// Deterministic: seeded PRNG (mulberry32), fixed "now"; no Date.now()/Math.random().
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDashboardFiles, VOICE_PERMISSION_SET } from './_dashboardOrg.mjs';

export const USER_COUNT = 24000;
const NOW = '2026-11-23T08:00:00.000Z';
const DAY_MS = 86400000;

function mulberry32(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

const id = (prefix, n) => `${prefix}LG${String(n).padStart(10, '0')}AAA`;

const FIRST = [
    'Ada',
    'Ben',
    'Chloe',
    'Dev',
    'Elena',
    'Farid',
    'Grace',
    'Hiro',
    'Ines',
    'Jonas',
    'Kira',
    'Liam',
    'Maya',
    'Nils',
    'Olga',
    'Pavel',
    'Quinn',
    'Rosa',
    'Sven',
    'Tara',
    'Umar',
    'Vera',
    'Wen',
    'Ximena',
    'Yusuf',
    'Zoe',
    'Aiko',
    'Bruno',
    'Carmen',
    'Diego',
    'Emma',
    'Felix',
    'Gita',
    'Hugo',
    'Ivy',
    'Jamal',
    'Kofi',
    'Lea',
    'Marco',
    'Nora'
];
const LAST = [
    'Andersen',
    'Baptiste',
    'Chen',
    'Dubois',
    'Eriksen',
    'Fischer',
    'Garcia',
    'Hansen',
    'Ito',
    'Jensen',
    'Kowalski',
    'Lopez',
    'Müller',
    'Nakamura',
    'Okafor',
    'Petrov',
    'Quispe',
    'Rossi',
    'Schmidt',
    'Tanaka',
    'Urban',
    'Varga',
    'Weber',
    "O'Brien",
    'Yilmaz',
    'Zhang',
    'Abe',
    'Brown',
    'Costa',
    'Dahl',
    'Evans',
    'Ferreira',
    'Gupta',
    'Horvat',
    'Ivanova',
    'Jovanovic',
    'Kim',
    'Larsen',
    'Moreau',
    'Novak'
];

const USER_LICENSES = [
    { key: 'salesforce', developerName: 'SFDC', label: 'Salesforce', total: 16500 },
    { key: 'platform', developerName: 'AUL', label: 'Salesforce Platform', total: 6500 },
    { key: 'chatter', developerName: 'PID_Chatter', label: 'Chatter Free', total: 5000 },
    { key: 'identity', developerName: 'PID_Identity', label: 'Identity', total: 2000 },
    { key: 'integration', developerName: 'PID_SalesforceIntegration', label: 'Salesforce Integration', total: 10 },
    {
        key: 'analytics',
        developerName: 'PID_AnalyticsCloudIntegrationUser',
        label: 'Analytics Cloud Integration User',
        total: 5
    }
];

// PSLs: [developerName, label, total, share of eligible users holding it, status, expirationDate]
const PSLS = [
    ['ServiceCloudVoicePsl', 'Salesforce Voice User', 400, 0, 'Active', null],
    ['ServiceCloudVoiceExternalTelephonyPsl', 'Salesforce Voice User (Partner Telephony)', 150, 0, 'Active', null],
    ['SalesforceCPQ_CPQStandardPerm', 'Salesforce CPQ License', 2600, 0.12, 'Active', '2027-06-30'],
    ['EinsteinAnalyticsPlusPsl', 'CRM Analytics Plus', 900, 0.035, 'Active', null],
    ['FieldServiceStandardPsl', 'Field Service Standard', 1200, 0.05, 'Active', null],
    ['FieldServiceMobilePsl', 'Field Service Mobile', 930, 0.06, 'Active', null],
    ['FieldServiceSchedulingPsl', 'Field Service Scheduling', 150, 0.006, 'Active', null],
    ['SalesEinsteinPsl', 'Einstein for Sales', 800, 0.03, 'Active', '2026-12-10'],
    ['EinsteinServicePsl', 'Einstein for Service', 350, 0.024, 'Active', null],
    ['LightningSchedulerPsl', 'Salesforce Scheduler', 300, 0.01, 'Disabled', '2026-10-31'],
    ['KnowledgeUserPsl', 'Knowledge User', 3000, 0.13, 'Active', null],
    ['OmniChannelPsl', 'Omni-Channel Supervisor', 250, 0.01, 'Active', null],
    ['HealthCloudPsl', 'Health Cloud Platform', 500, 0.02, 'Active', '2027-01-31'],
    ['FinancialServicesCloudPsl', 'Financial Services Cloud Standard', 700, 0.028, 'Active', null],
    ['MarketingUserPsl', 'Marketing User', 450, 0.019, 'Active', null],
    ['SalesforceAPIIntegrationPsl', 'Salesforce API Integration', 20, 0.0005, 'Active', null],
    ['B2BCommercePsl', 'B2B Commerce', 200, 0.0085, 'Active', '2026-12-05'],
    ['DataCloudUserPsl', 'Data Cloud User', 350, 0.015, 'Active', null],
    ['TableauCRMPsl', 'Tableau CRM', 60, 0.0045, 'Active', null],
    ['IndustriesSalesExcellencePsl', 'Industries Sales Excellence', 80, 0.0034, 'Active', null]
];

const UNLICENSED_PERMISSION_SETS = [
    'Sales Operations',
    'Service Operations',
    'Report Builder',
    'Dashboard Viewer',
    'API Access',
    'Data Export',
    'Case Escalation',
    'Territory Manager',
    'Quote Approver',
    'Lead Router',
    'Knowledge Editor',
    'Flow Runner',
    'Campaign Manager',
    'Contract Reviewer',
    'Partner Manager',
    'Asset Tracker',
    'Survey Sender',
    'Entitlement Manager',
    'Forecast Viewer',
    'Content Publisher',
    'Mass Email',
    'Chatter Moderator',
    'Event Monitor',
    'Field History Viewer',
    'Translation Workbench',
    'Duplicate Manager',
    'Approval Delegate',
    'Order Desk',
    'Price Book Editor',
    'Opportunity Splits'
];

/** The facts of the large org (exported for tests). */
export function largeOrgFacts() {
    const random = mulberry32(20261123);
    const pick = (list) => list[Math.floor(random() * list.length)];
    const nowMs = Date.parse(NOW);
    const daysAgo = (days) => new Date(nowMs - days * DAY_MS - Math.floor(random() * 36000) * 1000).toISOString();

    const userLicenses = USER_LICENSES.map((l, i) => ({ id: id('100', i + 1), ...l, status: 'Active' }));
    const ul = Object.fromEntries(userLicenses.map((l) => [l.key, l.id]));
    const permissionSetLicenses = PSLS.map(([developerName, label, total, , status, expirationDate], i) => ({
        id: id('0PL', i + 1),
        developerName,
        label,
        total,
        status,
        expirationDate,
        extraUsed: developerName === 'KnowledgeUserPsl' ? 12 : 0
    }));
    const psl = Object.fromEntries(permissionSetLicenses.map((l) => [l.developerName, l.id]));

    let psNumber = 0;
    const permissionSets = [];
    const addPs = (label, apiName, licenseId) => {
        const ps = { id: id('0PS', ++psNumber), label, apiName, licenseId };
        permissionSets.push(ps);
        return ps;
    };
    const agent = addPs('Contact Center Agent', 'ContactCenterAgent', psl.ServiceCloudVoicePsl);
    const agentPartner = addPs(
        'Contact Center Agent (Partner Telephony)',
        'ContactCenterAgentExternalTelephony',
        psl.ServiceCloudVoiceExternalTelephonyPsl
    );
    const voicePs = addPs('Salesforce Voice Permission Set', VOICE_PERMISSION_SET, psl.ServiceCloudVoicePsl);
    addPs('Contact Center Supervisor', 'ContactCenterSupervisor', psl.ServiceCloudVoicePsl);
    const licensedPs = new Map();
    for (const [developerName, label] of PSLS.slice(2)) {
        licensedPs.set(
            developerName,
            addPs(`${label} User`, `${developerName.replace(/Psl$|Perm$/, '')}User`, psl[developerName])
        );
    }
    const platformApps = addPs('Platform Apps Access', 'PlatformAppsAccess', ul.platform);
    const unlicensed = UNLICENSED_PERMISSION_SETS.map((label) => addPs(label, label.replace(/[^A-Za-z]/g, '_'), null));

    const users = [];
    for (let n = 1; n <= USER_COUNT; n++) {
        const first = pick(FIRST);
        const last = pick(LAST);
        const roll = random();
        const userLicenseId = roll < 0.62 ? ul.salesforce : roll < 0.87 ? ul.platform : ul.chatter;
        const isActive = random() < 0.9;
        const loginRoll = random();
        // Half the active users log in every month; the rest have not logged in for 91-700 days, or never.
        const lastLoginDate =
            loginRoll < 0.5
                ? daysAgo(Math.floor(random() * 30))
                : loginRoll < 0.95
                  ? daysAgo(91 + Math.floor(random() * 610))
                  : null;
        const createdDate = daysAgo(120 + Math.floor(random() * 2500));
        const user = {
            id: id('005', n),
            name: `${first} ${last}`,
            username: `${first}.${last}.${n}@large-org.demo`.toLowerCase().replace(/[^a-z0-9.@-]/g, ''),
            isActive,
            profileName:
                userLicenseId === ul.salesforce
                    ? pick(['Standard User', 'Sales User', 'Service Agent'])
                    : userLicenseId === ul.platform
                      ? 'Platform User'
                      : 'Chatter Free User',
            userLicenseId,
            lastLoginDate,
            createdDate,
            permissionSetIds: [],
            permissionSetLicenseIds: []
        };
        if (userLicenseId !== ul.chatter) {
            // 3 to 6 unlicensed permission sets.
            const count = 3 + Math.floor(random() * 4);
            const chosen = new Set();
            while (chosen.size < count) chosen.add(pick(unlicensed).id);
            user.permissionSetIds.push(...chosen);
            if (userLicenseId === ul.platform && random() < 0.5) user.permissionSetIds.push(platformApps.id);
        }
        if (userLicenseId === ul.salesforce) {
            for (const [developerName, , , share] of PSLS.slice(2)) {
                if (random() >= share) continue;
                user.permissionSetLicenseIds.push(psl[developerName]);
                // 8 % hold the PSL without any permission set that needs it (unneeded assignment).
                if (random() >= 0.08) user.permissionSetIds.push(licensedPs.get(developerName).id);
            }
        }
        users.push(user);
    }
    // Voice (KB 005316943 at scale): 300 agents on the Voice User PSL; 150 partner-telephony agents, 100 of whom got
    // the Salesforce Voice permission set auto-assigned and so also hold a Voice User seat. 400 of 400 used, 100
    // expected remaining.
    const recent = new Date(nowMs - 30 * DAY_MS).toISOString();
    const salesforceActive = users.filter(
        (u) => u.isActive && u.userLicenseId === ul.salesforce && u.lastLoginDate > recent
    );
    salesforceActive.slice(0, 300).forEach((u) => {
        u.permissionSetIds.push(agent.id, voicePs.id);
        u.permissionSetLicenseIds.push(psl.ServiceCloudVoicePsl);
    });
    salesforceActive.slice(300, 450).forEach((u, index) => {
        u.permissionSetIds.push(agentPartner.id);
        u.permissionSetLicenseIds.push(psl.ServiceCloudVoiceExternalTelephonyPsl);
        if (index < 100) {
            u.permissionSetIds.push(voicePs.id);
            u.permissionSetLicenseIds.push(psl.ServiceCloudVoicePsl);
        }
    });

    return {
        now: NOW,
        idPrefix: 'LG',
        inactiveDays: 90,
        expiringWithinDays: 30,
        warningThresholdPercent: 90,
        metrics: { date: '2026-11-22', activeShare: 0.82 },
        userLicenses,
        permissionSetLicenses,
        permissionSets,
        users,
        scan: {
            id: 'a02LG0000000001AAA',
            startedAt: '2026-11-23T02:00:00.000Z',
            finishedAt: '2026-11-23T02:14:37.000Z',
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
}

export async function generate({ outDir }) {
    const files = buildDashboardFiles(largeOrgFacts());
    for (const [name, content] of Object.entries(files)) {
        writeFileSync(join(outDir, name), JSON.stringify(content));
    }
    // The home page of the preview shell needs the app context in every demo org.
    writeFileSync(
        join(outDir, 'LicenseStewardAppController.getAppContext.json'),
        JSON.stringify(
            {
                orgName: 'Globex Holdings (generated large org)',
                orgId: '00D5g000007LaRGEAA',
                isSandbox: true,
                edition: 'Unlimited Edition',
                userName: 'Ada Admin',
                hasAdminAccess: true,
                accessMessage: null
            },
            null,
            2
        )
    );
}
