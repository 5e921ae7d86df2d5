import LicenseInventoryTable from 'c/licenseInventoryTable';
import getLicenseInventory from '@salesforce/apex/LicenseDashboardController.getLicenseInventory';
import { refreshApex } from '@salesforce/apex';
import { createApexTestWireAdapter } from '@salesforce/sfdx-lwc-jest';
import {
    atFixedTimeEachTest,
    expectNullsMayBeLeftOut,
    flush,
    mockObjectUrls,
    mountComponent,
    readBlob,
    renderOnce
} from '@test/lwcTestUtils';

const inventory = require('./data/inventory.json');
const inventoryEmpty = require('./data/inventoryEmpty.json');

jest.mock(
    '@salesforce/apex/LicenseDashboardController.getLicenseInventory',
    () => require('@test/lwcTestUtils').wiredApexModule(),
    { virtual: true }
);
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), { virtual: true });

const wireAdapter = getLicenseInventory as unknown as ReturnType<typeof createApexTestWireAdapter>;

const mount = (): HTMLElement => mountComponent('c-license-inventory-table', LicenseInventoryTable);

function rowOf(element: HTMLElement, developerName: string): HTMLElement {
    return element.shadowRoot!.querySelector(`tr[data-developer-name="${developerName}"]`) as HTMLElement;
}

// sa11y over a whole rendered section is slow on a busy machine: allow more than the 5 s default.

describe('c-license-inventory-table', () => {
    // The fixture's inventory was read at 2026-11-23 16:20 UTC; the page renders 40 minutes later.
    atFixedTimeEachTest('2026-11-23T17:00:00.000Z');

    it('renders an inventory whose null properties were left out exactly like the one that spells them out', async () => {
        // Metrics for some licenses only: the others keep null counts while the metrics columns show.
        const partialMetrics = {
            ...inventory,
            metricsAvailable: true,
            metricsDate: '2026-11-22',
            permissionSetLicenses: inventory.permissionSetLicenses.map((l: Record<string, unknown>, i: number) => {
                return i % 2 === 0 ? { ...l, assignedUserCount: 2, activeUserCount: 1 } : l;
            })
        };
        await expectNullsMayBeLeftOut([inventory, partialMetrics], (fixture) =>
            renderOnce('c-license-inventory-table', LicenseInventoryTable, () => wireAdapter.emit(fixture))
        );
    });

    it('shows a spinner until the inventory arrives', async () => {
        const element = mount();
        expect(element.shadowRoot!.querySelector('lightning-spinner')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('lists user licenses and PSLs with numbers, usage bars and status', async () => {
        const element = mount();
        wireAdapter.emit(inventory);
        await flush();

        const root = element.shadowRoot!;
        expect(root.querySelector('lightning-spinner')).toBeNull();
        expect(root.querySelectorAll('[data-id="user-license-table"] [data-id="license-row"]')).toHaveLength(4);
        expect(root.querySelectorAll('[data-id="psl-table"] [data-id="license-row"]')).toHaveLength(6);
        expect(root.querySelector('[data-id="user-license-table"] caption')!.textContent!.trim()).toBe('User licenses');

        const voice = rowOf(element, 'ServiceCloudVoicePsl');
        expect(voice.querySelector('[data-id="remaining"]')!.textContent!.trim()).toBe('0');
        expect(voice.querySelector('[data-id="status"]')!.textContent).toBe('No seats left');
        const bar = voice.querySelector('c-license-usage-bar') as unknown as Record<string, unknown>;
        expect(bar.percent).toBe(100);
        expect(bar.status).toBe('exhausted');
        expect(rowOf(element, 'SFDC').querySelector('[data-id="status"]')!.textContent).toBe('Near limit');
        // Relative texts are computed when the page renders (fixed at Nov 23 here), not at scan time.
        expect(rowOf(element, 'LightningSchedulerPsl').textContent).toContain('(expired 23 days ago)');
        const expired = rowOf(element, 'LightningSchedulerPsl').querySelector('[data-id="status"]')!;
        expect(expired.textContent).toBe('Expired');
        expect(expired.className).toContain('slds-theme_error');
        // Expiring within the threshold is a warning even with seats left.
        const expiring = rowOf(element, 'SalesEinsteinPsl');
        expect(expiring.textContent).toContain('Dec 10');
        expect(expiring.textContent).not.toContain('2026');
        expect(expiring.textContent).toContain('(expires in 17 days)');
        expect(expiring.querySelector('[data-id="status"]')!.textContent).toBe('Expiring soon');
        expect(expiring.querySelector('[data-id="status"]')!.className).toContain('slds-theme_warning');
        // Another year keeps its year.
        expect(rowOf(element, 'SalesforceCPQ_CPQStandardPerm').textContent).toContain('Jun 30, 2027');

        const summary = root.querySelector('[data-id="inventory-summary"]')!.textContent!;
        expect(summary).toContain('4 user licenses, 6 permission set licenses; 6 need attention.');
        const live = element.shadowRoot!.querySelector('[data-id="live-note"]')!.textContent!;
        expect(live).toContain('Live numbers, read from Salesforce Nov 23, 8:20 AM.');
        expect(live).toContain('can differ from the findings above, which come from the last scan');
        expect(root.querySelector('[data-id="metrics-note"]')!.textContent).toContain(
            'no permission set license metrics'
        );
        await expect(element).toBeAccessible();
    });

    it('shows metrics columns when the org has license metrics', async () => {
        const element = mount();
        const withMetrics = {
            ...inventory,
            metricsAvailable: true,
            metricsDate: '2026-11-22',
            permissionSetLicenses: inventory.permissionSetLicenses.map((l: Record<string, unknown>) => ({
                ...l,
                assignedUserCount: 2,
                activeUserCount: 1
            }))
        };
        wireAdapter.emit(withMetrics);
        await flush();
        expect(rowOf(element, 'ServiceCloudVoicePsl').textContent).toContain('1 of 2');
        expect(element.shadowRoot!.querySelector('[data-id="metrics-note"]')!.textContent).toContain(
            'license metrics of Nov 22.'
        );
    });

    it('filters by text and by "needs attention"', async () => {
        const element = mount();
        wireAdapter.emit(inventory);
        await flush();
        const root = element.shadowRoot!;

        const filter = root.querySelector('[data-id="filter"]')!;
        filter.dispatchEvent(new CustomEvent('change', { detail: { value: 'voice' } }));
        await flush();
        expect(root.querySelectorAll('[data-id="license-row"]')).toHaveLength(2);
        expect(root.querySelector('[data-id="user-license-table"]')).toBeNull();

        filter.dispatchEvent(new CustomEvent('change', { detail: { value: 'nothing-like-this' } }));
        await flush();
        expect(root.querySelector('[data-id="no-match"]')).not.toBeNull();
        await expect(element).toBeAccessible();

        filter.dispatchEvent(new CustomEvent('change', { detail: { value: '' } }));
        root.querySelector('[data-id="attention-only"]')!.dispatchEvent(
            new CustomEvent('change', { detail: { checked: true } })
        );
        await flush();
        const names = Array.from(root.querySelectorAll('[data-id="license-row"]')).map(
            (row) => (row as HTMLElement).dataset.developerName
        );
        expect(names).toEqual([
            'SFDC',
            'SalesEinsteinPsl',
            'SalesforceCPQ_CPQStandardPerm',
            'LightningSchedulerPsl',
            'ServiceCloudVoicePsl',
            'ServiceCloudVoiceExternalTelephonyPsl'
        ]);
    });

    it('asks the dashboard to show the findings of a license', async () => {
        const element = mount();
        const handler = jest.fn();
        element.addEventListener('selectlicense', handler);
        wireAdapter.emit(inventory);
        await flush();
        const button = rowOf(element, 'ServiceCloudVoicePsl').querySelector('button[data-id="findings"]')!;
        // Named for its row, for screen readers that list the buttons out of context.
        expect(button.getAttribute('aria-label')).toBe('View findings: Salesforce Voice User');
        (button as HTMLButtonElement).click();
        expect(handler).toHaveBeenCalledTimes(1);
        expect(handler.mock.calls[0][0].detail).toEqual({
            developerName: 'ServiceCloudVoicePsl',
            label: 'Salesforce Voice User'
        });
    });

    it('exports the visible licenses as escaped CSV', async () => {
        const element = mount();
        wireAdapter.emit(inventory);
        await flush();
        const urls = mockObjectUrls('blob:inventory');
        const anchor = element.shadowRoot!.querySelector('a[data-id="download"]') as HTMLAnchorElement;
        const click = jest.spyOn(anchor, 'click').mockImplementation(() => undefined);

        element.shadowRoot!.querySelector('[data-id="export"]')!.dispatchEvent(new CustomEvent('click'));

        expect(click).toHaveBeenCalled();
        expect(anchor.download).toMatch(/^license-inventory-\d{4}-\d{2}-\d{2}\.csv$/);
        const text = await readBlob(urls.blobs()[0]);
        const lines = text.replace('\uFEFF', '').split('\r\n');
        expect(lines[0]).toBe(
            'Kind,License,Developer name,Total,Used,Remaining,Percent used,Status,Expiration date,Assigned users (metrics),Active users in 30 days (metrics),Read at (ISO 8601)'
        );
        expect(lines).toContain(
            'Permission set license,Salesforce Voice User (Partner Telephony),ServiceCloudVoiceExternalTelephonyPsl,1,1,0,100,No seats left,,,,2026-11-23T08:20:00-08:00'
        );
        expect(lines).toHaveLength(12);
    });

    it('shows the empty state when no license is visible', async () => {
        const element = mount();
        wireAdapter.emit(inventoryEmpty);
        await flush();
        expect(element.shadowRoot!.querySelector('[data-id="empty"]')!.textContent).toContain(
            'View Setup and Configuration'
        );
        expect(element.shadowRoot!.querySelector('table')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('shows the readable Apex error', async () => {
        const element = mount();
        wireAdapter.error({ message: 'Load the license inventory failed: You do not have access' });
        await flush();
        expect(element.shadowRoot!.querySelector('[data-id="error"]')!.textContent).toContain(
            'Load the license inventory failed: You do not have access'
        );
        expect(element.shadowRoot!.querySelector('lightning-spinner')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('refreshes through refreshApex', async () => {
        const element = mount();
        wireAdapter.emit(inventory);
        await flush();
        await (element as unknown as { refresh(): Promise<void> }).refresh();
        expect(refreshApex).toHaveBeenCalledTimes(1);
        element.shadowRoot!.querySelector('[data-id="refresh"]')!.dispatchEvent(new CustomEvent('click'));
        expect(refreshApex).toHaveBeenCalledTimes(2);
    });
});
