// Generator of the licence history of the demo orgs (docs/history-and-alerts.md, "Preview"): the history.json read
// by preview/adapters/LicenseHistoryController.mjs, i.e. the License_History__c rows the daily job would have
// written, one array entry per day.
//   large-org   13 months (396 days) ending on the org's "now" for every user licence and PSL of its inventory
//               (today's numbers are the inventory's), plus feature licences, two managed packages (one site-wide)
//               and a monthly usage entitlement. Growth rates put licences in every forecast state: exhausted,
//               projected to run out within weeks, expiring, flat, falling, no limit.
//   kb-example  one week for the licences of its static inventory (preview/demo-orgs/kb-example).
// Deterministic: seeded PRNG (mulberry32), fixed dates; no Date.now()/Math.random().
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { largeOrgFacts } from './large-org.mjs';
import { buildDashboardFiles } from './_dashboardOrg.mjs';
import { forecastRules } from '../adapters/_historyRules.mjs';

export const orgId = ['large-org', 'kb-example'];

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const TODAY = '2026-11-23';
const SETTINGS = { retentionDays: 400, forecastWindowDays: 90, atRiskWithinDays: 90 };
const { addDays } = forecastRules;

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

// Seats per day over the last 90 days (positive: growing); licences not named drift slowly.
const GROWTH = {
    FieldServiceMobilePsl: 1.4, // 872 / 930: runs out in about six weeks
    EinsteinServicePsl: 0.45, // 323 / 350: about two months
    KnowledgeUserPsl: 6, // 1,994 / 3,000: about five and a half months (outside the 90-day horizon)
    SFDC: 18, // 13,421 / 16,500: about five and a half months
    AUL: 9, // 5,455 / 6,500: about four months
    MarketingUserPsl: -0.6,
    DataCloudUserPsl: 0,
    ServiceCloudVoicePsl: 1.2, // full today
    ServiceCloudVoiceExternalTelephonyPsl: 0.3 // full today
};

/** Days of history: used ends on today's number, going back with the growth rate and a little noise. */
function series(random, { days, usedToday, totalToday, growth, activeRatio, totalSteps = [] }) {
    const total = [];
    const used = [];
    const active = [];
    for (let i = 0; i < days; i++) {
        const back = days - 1 - i;
        let dayTotal = totalToday;
        for (const step of totalSteps) if (back >= step.daysAgo) dayTotal = step.total;
        const noise = back === 0 ? 0 : Math.round((random() - 0.5) * Math.max(2, usedToday * 0.004));
        const value = Math.round(usedToday - growth * back + noise);
        const dayUsed = Math.max(0, dayTotal == null ? value : Math.min(dayTotal, value));
        total.push(dayTotal);
        used.push(dayUsed);
        active.push(activeRatio == null ? null : Math.round(dayUsed * activeRatio));
    }
    return { total, used, active };
}

function licenseOf(random, usage, days) {
    const growth = GROWTH[usage.developerName] ?? (random() - 0.3) * 0.2;
    const activeRatio = usage.activeUserCount != null && usage.used > 0 ? usage.activeUserCount / usage.used : null;
    const totalSteps = usage.developerName === 'SFDC' ? [{ daysAgo: 180, total: 15000 }] : [];
    return {
        kind: usage.kind,
        name: usage.developerName,
        label: usage.label,
        unlimited: false,
        expiresOn: usage.expirationDate ?? null,
        start: addDays(TODAY, 1 - days),
        ...series(random, {
            days,
            usedToday: usage.used,
            totalToday: usage.total,
            growth,
            activeRatio: activeRatio ?? (usage.kind === 'UserLicense' ? 0.7 : null),
            totalSteps
        })
    };
}

function largeOrgHistory() {
    const random = mulberry32(20261124);
    const days = 396;
    const inventory = buildDashboardFiles(largeOrgFacts())['dashboard.inventory.json'];
    const licenses = [...inventory.userLicenses, ...inventory.permissionSetLicenses].map((usage) =>
        licenseOf(random, usage, days)
    );
    const start = addDays(TODAY, 1 - days);
    const extra = (kind, name, label, options, more = {}) => ({
        kind,
        name,
        label,
        unlimited: false,
        expiresOn: null,
        start,
        ...series(random, { days, ...options }),
        ...more
    });
    licenses.push(
        extra('FeatureLicense', 'KnowledgeUser', 'KnowledgeUser', {
            usedToday: 2100,
            totalToday: 2500,
            growth: 2,
            activeRatio: 0.72
        }),
        extra('FeatureLicense', 'SupportUser', 'SupportUser', {
            usedToday: 1180,
            totalToday: 1200,
            growth: 0.5,
            activeRatio: 0.8
        }),
        extra(
            'PackageLicense',
            'acmeDocs',
            'acmeDocs',
            { usedToday: 238, totalToday: 250, growth: 0.2, activeRatio: null },
            { expiresOn: '2026-12-15' }
        ),
        extra(
            'PackageLicense',
            'globexAnalytics',
            'globexAnalytics',
            { usedToday: 24000, totalToday: null, growth: 4, activeRatio: null },
            { unlimited: true }
        )
    );
    // Einstein Requests: a monthly allowance that resets on the 15th (the used amount climbs, then drops).
    const einstein = extra('UsageEntitlement', 'setting/force.com/orgValue.EinsteinRequests', 'Einstein Requests', {
        usedToday: 0,
        totalToday: 100000,
        growth: 0,
        activeRatio: null
    });
    einstein.used = einstein.used.map((_, i) => {
        const day = addDays(start, i);
        const dayOfPeriod = Number(day.slice(8, 10)) >= 15 ? Number(day.slice(8, 10)) - 15 : Number(day.slice(8, 10)) + 15;
        return Math.round(dayOfPeriod * 4100 + random() * 900);
    });
    einstein.active = einstein.used.map(() => null);
    // The current period (License_History__c Period_Start__c / Period_End__c of the newest day).
    einstein.periodStart = '2026-11-15';
    einstein.periodEnd = '2026-12-14';
    licenses.push(einstein);
    return {
        today: TODAY,
        settings: SETTINGS,
        schedule: { isScheduled: true, nextRunAt: '2026-11-24T03:00:00.000Z' },
        licenses
    };
}

function kbHistory() {
    const random = mulberry32(5316943);
    const inventory = JSON.parse(
        readFileSync(join(ROOT, 'preview', 'demo-orgs', 'kb-example', 'dashboard.inventory.json'), 'utf8')
    );
    const licenses = [...inventory.userLicenses, ...inventory.permissionSetLicenses].map((usage) => {
        const license = licenseOf(random, usage, 7);
        // A small org: a week without change except the Voice PSLs, which filled up two days ago.
        license.used = license.used.map((_, i) =>
            usage.developerName === 'ServiceCloudVoicePsl' && i < 5 ? usage.used - 1 : usage.used
        );
        license.active = license.used.map((used) => (usage.kind === 'UserLicense' ? used : null));
        return license;
    });
    return { today: TODAY, settings: SETTINGS, schedule: { isScheduled: false, nextRunAt: null }, licenses };
}

export async function generate({ outDir, orgId: org }) {
    const history = org === 'large-org' ? largeOrgHistory() : kbHistory();
    writeFileSync(join(outDir, 'history.json'), JSON.stringify(history));
}
