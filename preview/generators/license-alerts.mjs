// Generator of the alert history of the large demo org (docs/history-and-alerts.md, "Alerts" / "Preview"): the
// alerts.json read by preview/adapters/LicenseAlertController.mjs, i.e. the License_Alert__c rows the daily
// evaluation would have written over the last weeks for the licences of the generated history (license-history.mjs):
// alerts in every state: raised, resent (twice), cleared, and one whose email failed (recorded, not swallowed).
// Rows are data like the history, not a second copy of the rules: the rules run in Apex only (LicenseAlertRules).
// Deterministic: fixed dates, no Date.now().
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const orgId = ['large-org'];

const SENT = 'Sent';
/** LicenseAlertRules.labelOf. */
const RULE_LABELS = {
    PercentUsed: 'Percent used',
    SeatsRemaining: 'Seats remaining',
    ExhaustionSoon: 'Runs out soon',
    ExpirySoon: 'Expires soon',
    OverageWarning: 'Projected overage',
    OverageCritical: 'Critical projected overage'
};
let sequence = 0;

function row(license, rule, level, state, day, detail, channels = {}) {
    sequence += 1;
    return {
        id: `a0L5g0000ALERT${String(sequence).padStart(4, '0')}`,
        licenseKind: license[0],
        licenseName: license[1],
        licenseLabel: license[2],
        rule,
        ruleLabel: RULE_LABELS[rule],
        level,
        state,
        isOpen: false,
        snapshotDate: day,
        detail,
        sentAt: `${day}T03:12:00.000Z`,
        recipientCount: 3,
        notificationResult: channels.notificationResult ?? SENT,
        emailResult: channels.emailResult ?? `${SENT} to 3`,
        deliveryFailed: channels.deliveryFailed ?? false
    };
}

const VOICE = ['PermissionSetLicense', 'ServiceCloudVoicePsl', 'Salesforce Voice User'];
const PARTNER = [
    'PermissionSetLicense',
    'ServiceCloudVoiceExternalTelephonyPsl',
    'Salesforce Voice User (Partner Telephony)'
];
const FIELD = ['PermissionSetLicense', 'FieldServiceMobilePsl', 'Field Service Mobile'];
const EINSTEIN = ['PermissionSetLicense', 'EinsteinServicePsl', 'Einstein for Service'];
const MARKETING = ['PermissionSetLicense', 'MarketingUserPsl', 'Marketing User'];
const ACME = ['PackageLicense', 'acmeDocs', 'acmeDocs'];
const REQUESTS = ['UsageEntitlement', 'setting/force.com/orgValue.EinsteinRequests', 'Einstein Requests'];

/** Oldest first; the newest row of each licence and rule that still holds is open. */
export function largeOrgAlerts() {
    sequence = 0;
    const rows = [
        row(MARKETING, 'PercentUsed', 'warning', 'Raised', '2026-10-02', '406 of 450 used; alert at 90 %.'),
        row(MARKETING, 'PercentUsed', 'warning', 'Cleared', '2026-10-30', '398 of 450 used; alert at 90 %.'),
        row(FIELD, 'PercentUsed', 'warning', 'Raised', '2026-11-09', '852 of 930 used; alert at 90 %.'),
        row(
            FIELD,
            'ExhaustionSoon',
            'warning',
            'Raised',
            '2026-11-09',
            'Projected to run out on 2027-01-05 (852 of 930 used); alert within 60 days.'
        ),
        row(FIELD, 'PercentUsed', 'warning', 'Resent', '2026-11-16', '862 of 930 used; alert at 90 %.'),
        row(ACME, 'ExpirySoon', 'warning', 'Raised', '2026-11-15', 'Expires on 2026-12-15; alert within 30 days.'),
        row(EINSTEIN, 'PercentUsed', 'warning', 'Raised', '2026-11-20', '321 of 350 used; alert at 90 %.', {
            emailResult: 'Failed for 1 of 3: NO_MASS_MAIL_PERMISSION',
            deliveryFailed: true
        }),
        row(VOICE, 'PercentUsed', 'warning', 'Raised', '2026-11-21', '400 of 400 used; alert at 90 %.'),
        row(
            VOICE,
            'SeatsRemaining',
            'critical',
            'Raised',
            '2026-11-21',
            '0 seats remaining (400 of 400 used); alert at 0 or fewer.'
        ),
        row(
            PARTNER,
            'SeatsRemaining',
            'critical',
            'Raised',
            '2026-11-22',
            '0 seats remaining (150 of 150 used); alert at 0 or fewer.'
        ),
        row(
            REQUESTS,
            'OverageWarning',
            'warning',
            'Raised',
            '2026-11-22',
            'Projected 123.5 % of the allowance at period end 2026-12-14 (28,900 of 100,000 used); alert at 120 % / 150 %.'
        ),
        row(FIELD, 'PercentUsed', 'warning', 'Resent', '2026-11-23', '872 of 930 used; alert at 90 %.'),
        row(
            FIELD,
            'ExhaustionSoon',
            'warning',
            'Resent',
            '2026-11-16',
            'Projected to run out on 2027-01-03 (862 of 930 used); alert within 60 days.'
        )
    ];
    const newest = new Map();
    for (const alert of rows) newest.set(`${alert.licenseKind}|${alert.licenseName}|${alert.rule}`, alert);
    for (const alert of newest.values()) alert.isOpen = alert.state !== 'Cleared';
    return {
        settings: {
            defaults: { recipientGroup: 'Licence_Owners' }, // the shipped thresholds (adapter)
            overrides: [
                {
                    licenseKey: 'PermissionSetLicense|FieldServiceMobilePsl',
                    active: true,
                    exhaustionWithinDays: 60,
                    percentUsed: 90,
                    seatsRemaining: 0,
                    expiryWithinDays: 30,
                    overageWarningPercent: 120,
                    overageCriticalPercent: 150
                }
            ],
            groups: ['Licence_Owners']
        },
        rows
    };
}

export async function generate({ outDir }) {
    writeFileSync(join(outDir, 'alerts.json'), JSON.stringify(largeOrgAlerts()));
}
