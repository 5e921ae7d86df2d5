import PackageLicenseTable from 'c/packageLicenseTable';
import getPackageLicenses from '@salesforce/apex/LicenseDashboardController.getPackageLicenses';
import { refreshApex } from '@salesforce/apex';
import { createApexTestWireAdapter } from '@salesforce/sfdx-lwc-jest';
import { flush, mountComponent, unmountAll, fixNow } from '@test/lwcTestUtils';

const packageLicenses = require('./data/packageLicenses.json');

jest.mock(
    '@salesforce/apex/LicenseDashboardController.getPackageLicenses',
    () => {
        const { createApexTestWireAdapter: createAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), { virtual: true });

const wireAdapter = getPackageLicenses as unknown as ReturnType<typeof createApexTestWireAdapter>;

const mount = (): HTMLElement => mountComponent('c-package-license-table', PackageLicenseTable);

function rowOf(element: HTMLElement, namespace: string): HTMLElement {
    return element.shadowRoot!.querySelector(`tr[data-namespace="${namespace}"]`) as HTMLElement;
}

const text = (root: ParentNode, selector: string): string =>
    (root.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('c-package-license-table', () => {
    beforeEach(() => {
        fixNow('2026-11-23T17:00:00.000Z');
    });

    afterEach(() => {
        unmountAll();
        jest.clearAllMocks();
        jest.useRealTimers();
    });

    it('shows a spinner until the licences arrive', async () => {
        const element = mount();
        expect(element.shadowRoot!.querySelector('lightning-spinner')).not.toBeNull();
        expect(element.shadowRoot!.querySelector('[data-id="package-table"]')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('says so when no licensed package is installed', async () => {
        const element = mount();
        wireAdapter.emit([]);
        await flush();

        const root = element.shadowRoot!;
        expect(root.querySelector('lightning-spinner')).toBeNull();
        expect(text(root, '[data-id="empty"]')).toContain('No licensed managed package is installed');
        expect(root.querySelector('[data-id="package-table"]')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('shows the readable error, and no table, when the licences cannot be read', async () => {
        const element = mount();
        wireAdapter.error({ message: 'Load the package licences failed. Reference: ABC123.' });
        await flush();

        const root = element.shadowRoot!;
        expect(root.querySelector('lightning-spinner')).toBeNull();
        const alert = root.querySelector('[data-id="error"]') as unknown as { messages: string[] };
        expect(alert.messages).toEqual(['Load the package licences failed. Reference: ABC123.']);
        expect(root.querySelector('[data-id="package-table"]')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('lists every package with its seats, status and expiry; a site-wide licence never shows a percentage', async () => {
        const element = mount();
        wireAdapter.emit(packageLicenses);
        await flush();

        const root = element.shadowRoot!;
        expect(root.querySelectorAll('[data-id="package-row"]')).toHaveLength(3);
        expect(text(root, '[data-id="summary"]')).toBe('3 package licences (1 site-wide); 2 need attention.');

        const acme = rowOf(element, 'acme');
        expect(text(acme, '[data-id="allowed"]')).toBe('50');
        expect(text(acme, '[data-id="remaining"]')).toBe('4');
        expect(text(acme, '[data-id="usage"]')).toContain('92');
        expect(acme.querySelector('c-license-usage-bar')).not.toBeNull();
        expect(text(acme, '[data-id="status"]')).toBe('Near limit');

        const site = rowOf(element, 'docgen');
        expect(text(site, '[data-id="allowed"]')).toBe('Site-wide (every user)');
        expect(text(site, '[data-id="remaining"]')).toBe('—');
        expect(text(site, '[data-id="usage"]')).toBe('No seat limit');
        expect(text(site, '[data-id="usage"]')).not.toContain('%');
        expect(site.querySelector('c-license-usage-bar')).toBeNull();
        expect(text(site, '[data-id="status"]')).toBe('OK');
        expect(site.textContent).toContain('Does not expire');

        const trial = rowOf(element, 'trialpkg');
        expect(text(trial, '[data-id="status"]')).toBe('Expiring soon');
        await expect(element).toBeAccessible();
    });

    it('asks the dashboard to filter the findings by the package namespace', async () => {
        const element = mount();
        wireAdapter.emit(packageLicenses);
        await flush();
        const handler = jest.fn();
        element.addEventListener('selectlicense', handler);

        (rowOf(element, 'acme').querySelector('[data-id="findings"]') as HTMLButtonElement).click();

        expect(handler).toHaveBeenCalledTimes(1);
        expect(handler.mock.calls[0][0].detail).toEqual({ developerName: 'acme', label: 'acme' });
    });

    it('reloads the licences on Refresh', async () => {
        const element = mount();
        wireAdapter.emit(packageLicenses);
        await flush();

        (element.shadowRoot!.querySelector('[data-id="refresh"]') as HTMLElement).click();
        await flush();

        expect(refreshApex).toHaveBeenCalledTimes(1);
    });
});
