// Generator of the savings data of the large demo org (docs/savings.md, "Preview"): savings.json read by
// preview/adapters/SavingsController.mjs — a multi-currency org (corporate USD; EUR and GBP active; CHF inactive but
// with a rate), prices for some licences only (the rest are unpriced seats), one price in SEK, a currency the org has
// no rate for (as if set in Setup outside the app: shown unconverted and flagged), two package namespaces, the
// feature licences, and the departments and managers the preview spreads users over (the demo users have none).
// Deterministic: fixed lists, no Date.now()/Math.random().
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const orgId = 'large-org';

export const LARGE_ORG_SAVINGS = {
    orgCurrency: 'USD',
    isMultiCurrency: true,
    currencies: [
        { isoCode: 'CHF', conversionRate: 0.88, isCorporate: false, isActive: false },
        { isoCode: 'EUR', conversionRate: 0.92, isCorporate: false, isActive: true },
        { isoCode: 'GBP', conversionRate: 0.79, isCorporate: false, isActive: true },
        { isoCode: 'USD', conversionRate: 1, isCorporate: true, isActive: true }
    ],
    prices: [
        { licenseKind: 'UserLicense', licenseKey: 'SFDC', monthlyPrice: 150, currencyIsoCode: 'USD' },
        { licenseKind: 'UserLicense', licenseKey: 'AUL', monthlyPrice: 25, currencyIsoCode: 'USD' },
        { licenseKind: 'UserLicense', licenseKey: 'PID_Chatter', monthlyPrice: 0, currencyIsoCode: 'USD' },
        {
            licenseKind: 'PermissionSetLicense',
            licenseKey: 'KnowledgeUserPsl',
            monthlyPrice: 20,
            currencyIsoCode: 'EUR'
        },
        {
            licenseKind: 'PermissionSetLicense',
            licenseKey: 'FieldServiceStandardPsl',
            monthlyPrice: 50,
            currencyIsoCode: 'USD'
        },
        {
            licenseKind: 'PermissionSetLicense',
            licenseKey: 'FieldServiceMobilePsl',
            monthlyPrice: 30,
            currencyIsoCode: 'GBP'
        },
        {
            licenseKind: 'PermissionSetLicense',
            licenseKey: 'SalesforceCPQ_CPQStandardPerm',
            monthlyPrice: 75,
            currencyIsoCode: 'USD'
        },
        {
            licenseKind: 'PermissionSetLicense',
            licenseKey: 'ServiceCloudVoicePsl',
            monthlyPrice: 60,
            currencyIsoCode: 'USD'
        },
        {
            licenseKind: 'PermissionSetLicense',
            licenseKey: 'EinsteinAnalyticsPlusPsl',
            monthlyPrice: 1500,
            currencyIsoCode: 'SEK'
        }
    ],
    packages: ['SBQQ', 'FSL'],
    features: ['InteractionUser', 'KnowledgeUser', 'MarketingUser', 'OfflineUser', 'SFContentUser', 'SupportUser'],
    departments: ['Sales', 'Service', 'Finance', 'Operations', 'Marketing', 'IT', null],
    managers: [
        { id: '005LG9000000001AAA', name: 'Hana Okafor' },
        { id: '005LG9000000002AAA', name: 'Lukas Brandt' },
        { id: '005LG9000000003AAA', name: 'Priya Raman' },
        { id: '005LG9000000004AAA', name: 'Tomás Ruiz' },
        null
    ]
};

export async function generate({ outDir }) {
    writeFileSync(join(outDir, 'savings.json'), JSON.stringify(LARGE_ORG_SAVINGS));
}
