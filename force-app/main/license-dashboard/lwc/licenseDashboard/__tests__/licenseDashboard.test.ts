import LicenseDashboard from 'c/licenseDashboard';
import getLicenseInventory from '@salesforce/apex/LicenseDashboardController.getLicenseInventory';
import getFindingsSummary from '@salesforce/apex/LicenseDashboardController.getFindingsSummary';
import getScanStatus from '@salesforce/apex/LicenseDashboardController.getScanStatus';
import getScanSchedule from '@salesforce/apex/LicenseDashboardController.getScanSchedule';
import getFindings from '@salesforce/apex/LicenseDashboardController.getFindings';
import listRecentRuns from '@salesforce/apex/RemediationController.listRecentRuns';
import { refreshApex } from '@salesforce/apex';
import { createApexTestWireAdapter } from '@salesforce/sfdx-lwc-jest';
import { cleanUpAfterEach, flush, mountComponent } from '@test/lwcTestUtils';

const inventory = require('./data/inventory.json');
const summary = require('./data/summary.json');
const scanCompleted = require('./data/scanCompleted.json');
const scheduleOn = require('./data/scheduleOn.json');
const findingsPage = require('./data/findingsPage.json');

function mockWireModule() {
    const { createApexTestWireAdapter: createAdapter } = require('@salesforce/sfdx-lwc-jest');
    return { default: createAdapter(jest.fn()) };
}
jest.mock('@salesforce/apex/LicenseDashboardController.getLicenseInventory', () => mockWireModule(), { virtual: true });
jest.mock('@salesforce/apex/LicenseDashboardController.getFindingsSummary', () => mockWireModule(), { virtual: true });
jest.mock('@salesforce/apex/LicenseDashboardController.getScanStatus', () => mockWireModule(), { virtual: true });
jest.mock('@salesforce/apex/LicenseDashboardController.getScanSchedule', () => mockWireModule(), { virtual: true });
jest.mock('@salesforce/apex/LicenseDashboardController.getFindings', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/LicenseDashboardController.exportFindings', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/LicenseDashboardController.startScan', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/LicenseDashboardController.scheduleNightlyScan', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/LicenseDashboardController.unscheduleNightlyScan', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/LicenseDashboardController.checkAssignment', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/LicenseDashboardController.searchUsers', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/LicenseDashboardController.searchPermissionSets', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/LicenseStewardAppController.getAppContext', () => mockWireModule(), { virtual: true });
jest.mock('@salesforce/apex/RemediationController.listRecentRuns', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), { virtual: true });

type Wire = ReturnType<typeof createApexTestWireAdapter>;
const getFindingsMock = getFindings as unknown as jest.Mock;
const listRecentRunsMock = listRecentRuns as unknown as jest.Mock;

const mount = (): HTMLElement => mountComponent('c-license-dashboard', LicenseDashboard);

function emitAll(): void {
    (getLicenseInventory as unknown as Wire).emit(inventory);
    (getFindingsSummary as unknown as Wire).emit(summary);
    (getScanStatus as unknown as Wire).emit(scanCompleted);
    (getScanSchedule as unknown as Wire).emit(scheduleOn);
}

// sa11y over a whole rendered section is slow on a busy machine: allow more than the 5 s default.

describe('c-license-dashboard', () => {
    beforeEach(() => {
        getFindingsMock.mockResolvedValue(findingsPage);
        listRecentRunsMock.mockResolvedValue([]);
    });

    cleanUpAfterEach();

    it('composes scan status, summary, inventory, drill-down, reclaim runs and the assignment check', async () => {
        const element = mount();
        emitAll();
        await flush();
        const root = element.shadowRoot!;
        for (const tag of [
            'c-license-scan-status',
            'c-license-findings-summary',
            'c-license-inventory-table',
            'c-license-findings-list',
            'c-license-reclaim-runs',
            'c-license-assign-check'
        ]) {
            expect(root.querySelector(tag)).not.toBeNull();
        }
        expect(root.querySelector('h1')!.textContent!.trim()).toBe('License dashboard');
        await expect(element).toBeAccessible();
    });

    it('filters the drill-down on the finding type picked in the summary', async () => {
        const element = mount();
        emitAll();
        await flush();
        const list = element.shadowRoot!.querySelector('c-license-findings-list') as HTMLElement & {
            reason: string;
            licenseDeveloperName: string;
        };
        list.scrollIntoView = jest.fn();
        element
            .shadowRoot!.querySelector('c-license-findings-summary')!
            .dispatchEvent(
                new CustomEvent('selecttype', { detail: { reason: 'InactiveUser', label: 'Inactive license holders' } })
            );
        await flush();
        expect(list.reason).toBe('InactiveUser');
        expect(list.licenseDeveloperName).toBe('');
        expect(list.scrollIntoView).toHaveBeenCalled();
        expect(getFindingsMock.mock.calls.at(-1)[0]).toMatchObject({ reason: 'InactiveUser', pageNumber: 1 });
        // Focus moves to the revealed drill-down (its type filter); no second live region repeats its count.
        const filter = list.shadowRoot!.querySelector('[data-id="reason-filter"]')!;
        expect(filter.shadowRoot!.activeElement).toBe(filter.shadowRoot!.querySelector('select'));
        expect(element.shadowRoot!.querySelector('[aria-live]')).toBeNull();
    });

    it('filters the drill-down on the license picked in the inventory', async () => {
        const element = mount();
        emitAll();
        await flush();
        const list = element.shadowRoot!.querySelector('c-license-findings-list') as HTMLElement & {
            reason: string;
            licenseDeveloperName: string;
        };
        element.shadowRoot!.querySelector('c-license-inventory-table')!.dispatchEvent(
            new CustomEvent('selectlicense', {
                detail: { developerName: 'ServiceCloudVoicePsl', label: 'Salesforce Voice User' }
            })
        );
        await flush();
        expect(list.licenseDeveloperName).toBe('ServiceCloudVoicePsl');
        expect(list.reason).toBe('');
        expect(getFindingsMock.mock.calls.at(-1)[0]).toMatchObject({ licenseDeveloperName: 'ServiceCloudVoicePsl' });
    });

    it('reloads the reclaim runs when a reclaim scheduled from the drill-down changes', async () => {
        const element = mount();
        emitAll();
        await flush();
        expect(listRecentRunsMock).toHaveBeenCalledTimes(1);
        expect(listRecentRunsMock).toHaveBeenCalledWith({ maxResults: 20, planType: 'RECLAIM_UNNEEDED_PSL' });
        element
            .shadowRoot!.querySelector('c-license-findings-list')!
            .dispatchEvent(new CustomEvent('reclaimchange', { detail: { name: 'RR-0003', status: 'Scheduled' } }));
        await flush();
        expect(listRecentRunsMock).toHaveBeenCalledTimes(2);
    });

    it('reloads summary, drill-down and inventory when a scan completes', async () => {
        const element = mount();
        emitAll();
        await flush();
        const calls = getFindingsMock.mock.calls.length;
        element
            .shadowRoot!.querySelector('c-license-scan-status')!
            .dispatchEvent(new CustomEvent('scancomplete', { detail: { status: 'Completed' } }));
        await flush();
        expect(getFindingsMock.mock.calls.length).toBe(calls + 1);
        expect(refreshApex).toHaveBeenCalledTimes(2);
        // The scan status line says it once; the dashboard has no live region of its own.
        expect(element.shadowRoot!.querySelector('[aria-live]')).toBeNull();
    });
});
