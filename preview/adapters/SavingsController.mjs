// Preview answers of SavingsController (docs/savings.md), from the demo org's files: savings.json (currencies,
// prices, package and feature licences, and — a preview stand-in for User.Department and User.ManagerId, which the
// demo users lack — the departments and managers users are spread over by a hash of their id), the dashboard's
// inventory, findings and users, and the remediation simulation's runs. Money follows _savingsRules.mjs (pinned to
// SavingsMath by the shared vectors). A demo org without savings.json answers like a fresh install: a single-currency
// USD org with no prices. Saved prices live in ctx.state.savings ("Reset demo org" forgets them); the preview's
// "deployment" completes at once.
import { PreviewApexError } from './_runtime.mjs';
import { listRecentRuns } from './RemediationController.mjs';
import { REASON_LABELS } from './LicenseDashboardController.mjs';
import { addSeats, newTally, realisedSeats, toGroupDto, toOrgCurrency, money } from './_savingsRules.mjs';

const KINDS = ['UserLicense', 'PermissionSetLicense', 'PackageLicense', 'FeatureLicense'];
const KIND_LABELS = {
    UserLicense: 'user licence',
    PermissionSetLicense: 'permission set licence',
    PackageLicense: 'package licence',
    FeatureLicense: 'feature licence'
};
const GROUPINGS = ['Type', 'License', 'Department', 'Profile', 'Manager'];
const MAX_PRICE = 99999999999999.99;
const MAX_RUNS = 200;

export const samples = {
    getPriceEditor: [{}],
    savePrice: [
        { licenseKind: 'UserLicense', licenseKey: 'SFDC', monthlyPrice: 150, currencyIsoCode: 'USD' },
        { licenseKind: 'UserLicense', licenseKey: 'SFDC', monthlyPrice: -1, currencyIsoCode: 'USD' },
        { licenseKind: 'Seat', licenseKey: 'SFDC', monthlyPrice: 10, currencyIsoCode: 'USD' }
    ],
    getSavings: [{ groupBy: 'Type' }, { groupBy: 'License' }, { groupBy: 'Department' }]
};

function tryLoad(ctx, name, fallback) {
    try {
        return ctx.load(name);
    } catch (error) {
        if (error.code === 'PREVIEW_NO_DATA') return fallback;
        throw error;
    }
}

function savingsState(ctx) {
    if (!ctx.state.savings) {
        const file = tryLoad(ctx, 'savings.json', null);
        ctx.state.savings = {
            config: file ?? {
                orgCurrency: 'USD',
                isMultiCurrency: false,
                currencies: [],
                prices: [],
                packages: [],
                features: ['MarketingUser', 'KnowledgeUser', 'OfflineUser', 'SupportUser'],
                departments: [],
                managers: []
            },
            prices: new Map((file?.prices ?? []).map((price) => [`${price.licenseKind}|${price.licenseKey}`, price])),
            deployments: 0
        };
    }
    return ctx.state.savings;
}

function currenciesOf(config) {
    const rates = {};
    const selectable = [config.orgCurrency];
    for (const currency of config.currencies ?? []) {
        if (currency.conversionRate > 0) rates[currency.isoCode] = currency.conversionRate;
        if (currency.isActive && !currency.isCorporate) selectable.push(currency.isoCode);
    }
    return { orgCurrency: config.orgCurrency, rates, selectable: [selectable[0], ...selectable.slice(1).sort()] };
}

function knownLicenses(ctx, config) {
    const inventory = tryLoad(ctx, 'dashboard.inventory.json', { userLicenses: [], permissionSetLicenses: [] });
    const known = Object.fromEntries(KINDS.map((kind) => [kind, new Map()]));
    for (const license of inventory.userLicenses ?? []) known.UserLicense.set(license.developerName, license.label);
    for (const license of inventory.permissionSetLicenses ?? [])
        known.PermissionSetLicense.set(license.developerName, license.label);
    for (const namespace of config.packages ?? []) known.PackageLicense.set(namespace, namespace);
    for (const feature of config.features ?? [])
        known.FeatureLicense.set(feature, feature.replace(/([a-z])([A-Z])/g, '$1 $2'));
    return known;
}

function priceDto(kind, key, label, price, currencies) {
    const converted = price
        ? toOrgCurrency(price.monthlyPrice, price.currencyIsoCode, currencies.orgCurrency, currencies.rates)
        : null;
    return {
        licenseKind: kind,
        licenseKey: key,
        label: label ?? key,
        monthlyPrice: price?.monthlyPrice ?? null,
        currencyIsoCode: price?.currencyIsoCode ?? null,
        monthlyPriceInOrgCurrency: converted === null ? null : money(converted),
        isUnconverted: price?.monthlyPrice != null && converted === null
    };
}

export async function getPriceEditor(_params, ctx) {
    const state = savingsState(ctx);
    const currencies = currenciesOf(state.config);
    const known = knownLicenses(ctx, state.config);
    const prices = new Map(state.prices);
    const licenses = [];
    for (const kind of KINDS) {
        for (const [key, label] of known[kind]) {
            const id = `${kind}|${key}`;
            licenses.push(priceDto(kind, key, label, prices.get(id), currencies));
            prices.delete(id);
        }
    }
    for (const price of prices.values()) {
        licenses.push(priceDto(price.licenseKind, price.licenseKey, price.licenseKey, price, currencies));
    }
    return {
        orgCurrency: currencies.orgCurrency,
        isMultiCurrency: !!state.config.isMultiCurrency,
        currencies: currencies.selectable,
        licenses
    };
}

export async function savePrice({ licenseKind, licenseKey, monthlyPrice, currencyIsoCode }, ctx) {
    const state = savingsState(ctx);
    const currencies = currenciesOf(state.config);
    const fail = (message) => {
        throw new PreviewApexError(`Save the price failed: ${message}`);
    };
    if (!KINDS.includes(licenseKind))
        fail('Choose the kind of licence: user licence, permission set licence, package licence or feature licence.');
    if (!licenseKey || !String(licenseKey).trim()) fail('Choose the licence to price.');
    const known = knownLicenses(ctx, state.config)[licenseKind];
    if (!known.has(licenseKey))
        fail(`This org has no such ${KIND_LABELS[licenseKind]}. Choose a licence from the list.`);
    if (monthlyPrice === null || monthlyPrice === undefined) fail('Enter the monthly price of one seat.');
    if (typeof monthlyPrice !== 'number' || Number.isNaN(monthlyPrice)) fail('Enter the monthly price of one seat.');
    if (monthlyPrice < 0) fail('A price cannot be negative. Enter 0 for a free licence.');
    if (monthlyPrice > MAX_PRICE || Math.round(monthlyPrice * 100) / 100 !== monthlyPrice)
        fail('Enter the price as an amount with at most 2 decimals and 14 digits.');
    if (!currencyIsoCode) fail('Choose the currency of the price.');
    if (!currencies.selectable.includes(currencyIsoCode))
        fail(
            `The currency is not active in this org. Use the org currency (${currencies.orgCurrency})${
                state.config.isMultiCurrency ? ' or another active currency.' : '.'
            }`
        );
    const price = { licenseKind, licenseKey, monthlyPrice, currencyIsoCode };
    state.prices.set(`${licenseKind}|${licenseKey}`, price);
    state.deployments += 1;
    return {
        deploymentId: `0AfPV${String(state.deployments).padStart(10, '0')}AAA`,
        price: priceDto(licenseKind, licenseKey, known.get(licenseKey), price, currencies),
        message: 'The price is being saved (a metadata deployment); it shows here once the deployment completes.'
    };
}

/** A stable small number from an id (the preview stand-in for a user's department and manager). */
function spread(id, size) {
    let hash = 0;
    for (const char of String(id)) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
    return size > 0 ? hash % size : 0;
}

function people(ctx, state) {
    if (!state.people) {
        const users = tryLoad(ctx, 'dashboard.users.json', []);
        const departments = state.config.departments ?? [];
        const managers = state.config.managers ?? [];
        state.people = new Map(
            users.map((user) => [
                user.id,
                {
                    profile: user.profileName ?? null,
                    department: departments.length ? departments[spread(user.id, departments.length)] : null,
                    manager: managers.length ? managers[spread(`m${user.id}`, managers.length)] : null
                }
            ])
        );
    }
    return state.people;
}

function groupOf(groupBy, finding, person) {
    switch (groupBy) {
        case 'Type':
            return [finding.reason, REASON_LABELS[finding.reason] ?? finding.reason];
        case 'License':
            return [`${finding.licenseKind}|${finding.licenseDeveloperName}`, finding.licenseLabel];
        case 'Department':
            return [person?.department ?? null, person?.department ?? '(none)'];
        case 'Profile':
            return [person?.profile ?? null, person?.profile ?? '(none)'];
        default:
            return [person?.manager?.id ?? null, person?.manager?.name ?? '(none)'];
    }
}

export async function getSavings({ groupBy }, ctx) {
    if (!GROUPINGS.includes(groupBy))
        throw new PreviewApexError(
            `Load the savings failed: Choose how to group the savings: ${GROUPINGS.join(', ')}.`
        );
    const state = savingsState(ctx);
    const currencies = currenciesOf(state.config);
    const priceOf = (kind, key) => state.prices.get(`${kind}|${key}`);
    const add = (tally, kind, key, seats) => {
        const price = priceOf(kind, key);
        addSeats(
            tally,
            seats,
            price?.monthlyPrice ?? null,
            price?.currencyIsoCode,
            currencies.orgCurrency,
            currencies.rates
        );
    };
    const scan = tryLoad(ctx, 'dashboard.scan.json', null);
    const findings = scan ? tryLoad(ctx, 'dashboard.findings.json', []).filter((f) => f.reclaimable) : [];
    const overview = {
        orgCurrency: currencies.orgCurrency,
        isMultiCurrency: !!state.config.isMultiCurrency,
        scanFinishedAt: scan?.finishedAt ?? null,
        groupBy,
        potential: null,
        groups: [],
        groupsTruncated: false,
        realisedByMonth: [],
        realised: null,
        runsRead: 0
    };
    if (scan) {
        // Total: each (user, licence) seat once (the largest finding of an overlapping pair), as the Apex does.
        const pairs = new Map();
        const total = newTally();
        for (const finding of findings) {
            if (!finding.userId) {
                add(total, finding.licenseKind, finding.licenseDeveloperName, finding.reclaimableSeats);
                continue;
            }
            const pair = `${finding.userId}|${finding.licenseDeveloperName}`;
            const seen = pairs.get(pair);
            if (!seen || seen.reclaimableSeats < finding.reclaimableSeats) pairs.set(pair, finding);
        }
        for (const finding of pairs.values())
            add(total, finding.licenseKind, finding.licenseDeveloperName, finding.reclaimableSeats);
        overview.potential = toGroupDto('total', 'Potential savings', findings.length, total, currencies.orgCurrency);
        const personOf = people(ctx, state);
        const groups = new Map();
        for (const finding of findings) {
            const [key, label] = groupOf(groupBy, finding, personOf.get(finding.userId));
            if (!groups.has(key)) groups.set(key, { label, count: 0, tally: newTally() });
            const entry = groups.get(key);
            entry.count += 1;
            add(entry.tally, finding.licenseKind, finding.licenseDeveloperName, finding.reclaimableSeats);
        }
        overview.groups = [...groups.entries()]
            .map(([key, entry]) => toGroupDto(key, entry.label, entry.count, entry.tally, currencies.orgCurrency))
            .sort((a, b) => b.monthly - a.monthly || b.seats - a.seats || a.label.localeCompare(b.label));
    }
    const runs = await listRecentRuns({ maxResults: MAX_RUNS, planType: null }, ctx);
    overview.runsRead = runs.length;
    const months = new Map();
    const realised = newTally();
    let realisedRuns = 0;
    for (const run of runs) {
        const seats = realisedSeats(
            run.planType,
            run.status,
            run.direction,
            run.seatsUsedBefore,
            run.seatsUsedAfter,
            run.seatsExpectedToFree
        );
        if (seats <= 0 || !run.finishedAt) continue;
        const month = new Date(run.finishedAt).toISOString().slice(0, 7);
        if (!months.has(month)) months.set(month, { count: 0, tally: newTally() });
        months.get(month).count += 1;
        realisedRuns += 1;
        add(months.get(month).tally, 'PermissionSetLicense', run.licenseDeveloperName, seats);
        add(realised, 'PermissionSetLicense', run.licenseDeveloperName, seats);
    }
    overview.realisedByMonth = [...months.keys()]
        .sort()
        .reverse()
        .map((month) =>
            toGroupDto(month, month, months.get(month).count, months.get(month).tally, currencies.orgCurrency)
        );
    overview.realised = toGroupDto('total', 'Realised savings', realisedRuns, realised, currencies.orgCurrency);
    return overview;
}
