// First: the reclaim flow's RemediationController mocks must be in place before the list is imported.
import * as remediation from '@test/remediationFlowTestUtils';
import { getFindingsMock, inventoryWire } from '@test/findingsListTestUtils';
import LicenseFindingsList from 'c/licenseFindingsList';
import type { LicenseFindingDto, LicenseFindingPageDto } from '@apex-types/dashboard';
import { cleanUpAfterEach, flush, mountComponent } from '@test/lwcTestUtils';

const findingsPage: LicenseFindingPageDto = require('./data/findingsPage.json');
const inventory = require('./data/inventory.json');
const diagnosis = require('../../../../remediation/lwc/licenseReclaimFlow/__tests__/data/diagnosisTargets.json');

const diagnoseMock = remediation.mockDiagnose;

/** The KB org's unneeded-PSL finding, one of another license, and one that is not reclaimable. */
const omar = findingsPage.rows.find((row) => row.reason === 'UnneededPsl') as LicenseFindingDto;
const lena: LicenseFindingDto = {
    ...omar,
    id: 'a03PV0000000010AAA',
    userId: '005PV0000000011AAA',
    userFullName: 'Lena Ortiz',
    username: 'lena.ortiz@kb-example.demo',
    licenseDeveloperName: 'SalesEinsteinPsl',
    licenseLabel: 'Einstein for Sales'
};
const kept: LicenseFindingDto = { ...omar, id: 'a03PV0000000011AAA', userFullName: 'Kim Kept', reclaimable: false };
const unneededPage: LicenseFindingPageDto = { ...findingsPage, totalCount: 3, rows: [omar, lena, kept] };

const mount = (props: Record<string, unknown> = {}): HTMLElement =>
    mountComponent('c-license-findings-list', LicenseFindingsList, props);
const $ = (element: HTMLElement, selector: string) =>
    element.shadowRoot!.querySelector(selector) as HTMLElement & { disabled: boolean; label: string; checked: boolean };
const rowBoxes = (element: HTMLElement) =>
    Array.from(element.shadowRoot!.querySelectorAll('[data-id="select-row"]')) as HTMLInputElement[];

function toggle(input: HTMLInputElement, checked: boolean): void {
    input.checked = checked;
    input.dispatchEvent(new CustomEvent('change'));
}

describe('c-license-findings-list: reclaim of unneeded PSL assignments', () => {
    beforeEach(() => {
        getFindingsMock.mockResolvedValue(unneededPage);
        diagnoseMock.mockResolvedValue(diagnosis);
    });

    cleanUpAfterEach();

    it('offers no selection for other finding types', async () => {
        getFindingsMock.mockResolvedValue(findingsPage);
        const element = mount();
        await flush();
        expect($(element, '[data-id="reclaim-actions"]')).toBeNull();
        expect(rowBoxes(element)).toHaveLength(0);
    });

    it('selects reclaimable rows with labelled checkboxes and counts them', async () => {
        const element = mount({ reason: 'UnneededPsl' });
        inventoryWire.emit(inventory);
        await flush();
        const boxes = rowBoxes(element);
        expect(boxes).toHaveLength(2); // Kim's finding is not reclaimable
        expect(boxes[0].getAttribute('aria-label')).toBe('Select Omar Haddad (CRM Analytics Plus) for the reclaim');
        expect($(element, '[data-id="reclaim-selected"]').label).toBe('Reclaim selected (0)');
        expect($(element, '[data-id="reclaim-selected"]').disabled).toBe(true);
        expect($(element, '[data-id="reclaim-all"]').disabled).toBe(true);
        expect($(element, '[data-id="selection-hint"]').textContent).toContain('Pick a license');
        await expect(element).toBeAccessible();

        toggle(boxes[0], true);
        await flush();
        expect($(element, '[data-id="reclaim-selected"]').label).toBe('Reclaim selected (1)');
        expect($(element, '[data-id="reclaim-selected"]').disabled).toBe(false);

        // Two licenses selected: one license at a time.
        toggle(rowBoxes(element)[1], true);
        await flush();
        expect($(element, '[data-id="reclaim-selected"]').label).toBe('Reclaim selected (2)');
        expect($(element, '[data-id="reclaim-selected"]').disabled).toBe(true);
        expect($(element, '[data-id="selection-hint"]').textContent).toContain('more than one license');
        expect($(element, '[data-id="select-page"]').checked).toBe(true);

        // Unselect the page, then select it all again.
        toggle($(element, '[data-id="select-page"]') as unknown as HTMLInputElement, false);
        await flush();
        expect($(element, '[data-id="reclaim-selected"]').label).toBe('Reclaim selected (0)');
        toggle($(element, '[data-id="select-page"]') as unknown as HTMLInputElement, true);
        await flush();
        expect($(element, '[data-id="reclaim-selected"]').label).toBe('Reclaim selected (2)');
        toggle(rowBoxes(element)[1], false);
        await flush();
        expect($(element, '[data-id="reclaim-selected"]').label).toBe('Reclaim selected (1)');
        await expect(element).toBeAccessible();
    });

    it('opens the reclaim flow for the selected findings, then closes it and clears the selection', async () => {
        const element = mount({ reason: 'UnneededPsl' });
        await flush();
        toggle(rowBoxes(element)[0], true);
        await flush();
        $(element, '[data-id="reclaim-selected"]').click();
        await flush();
        const flow = $(element, '[data-id="reclaim-flow"]') as unknown as HTMLElement & {
            targetIds: string[];
            licenseDeveloperName: string;
            licenseLabel: string;
        };
        expect(flow).not.toBeNull();
        expect(flow.targetIds).toEqual([omar.id]);
        expect(flow.licenseDeveloperName).toBe('EinsteinAnalyticsPlusPsl');
        expect(flow.licenseLabel).toBe('CRM Analytics Plus');
        expect(diagnoseMock).toHaveBeenCalledWith(
            expect.objectContaining({ planType: 'RECLAIM_UNNEEDED_PSL', targetIds: [omar.id] })
        );
        // While the flow is open, no second one.
        expect($(element, '[data-id="reclaim-selected"]').disabled).toBe(true);
        expect($(element, '[data-id="selection-hint"]').textContent).toContain('Close the reclaim');
        $(element, '[data-id="reclaim-selected"]').click();
        await expect(element).toBeAccessible();

        // A run scheduled (or changing) in the flow is passed on, so the dashboard's Reclaim runs card follows.
        const reclaimChanges = jest.fn();
        element.addEventListener('reclaimchange', (event) => reclaimChanges((event as CustomEvent).detail));
        flow.dispatchEvent(new CustomEvent('runchange', { detail: { name: 'RR-0003', status: 'Scheduled' } }));
        expect(reclaimChanges).toHaveBeenCalledWith({ name: 'RR-0003', status: 'Scheduled' });

        const calls = getFindingsMock.mock.calls.length;
        flow.dispatchEvent(new CustomEvent('close'));
        await flush();
        expect($(element, '[data-id="reclaim-flow"]')).toBeNull();
        expect($(element, '[data-id="reclaim-selected"]').label).toBe('Reclaim selected (0)');
        expect(getFindingsMock.mock.calls.length).toBe(calls + 1);
    });

    it('reclaims every unneeded assignment of the filtered license', async () => {
        const element = mount({ reason: 'UnneededPsl', licenseDeveloperName: 'EinsteinAnalyticsPlusPsl' });
        inventoryWire.emit(inventory);
        await flush();
        const all = $(element, '[data-id="reclaim-all"]');
        expect(all.disabled).toBe(false);
        expect(all.label).toMatch(/^Reclaim all unneeded /);
        all.click();
        await flush();
        const flow = $(element, '[data-id="reclaim-flow"]') as unknown as HTMLElement & { targetIds: string[] };
        expect(flow.targetIds).toEqual([]);
        expect(diagnoseMock).toHaveBeenCalledWith(
            expect.objectContaining({ targetIds: [], licenseDeveloperName: 'EinsteinAnalyticsPlusPsl' })
        );
    });

    it('clears the selection when the filters change, not when paging', async () => {
        const element = mount({ reason: 'UnneededPsl' });
        await flush();
        toggle(rowBoxes(element)[0], true);
        await flush();
        (element as unknown as { refresh: () => Promise<void> }).refresh();
        await flush();
        expect($(element, '[data-id="reclaim-selected"]').label).toBe('Reclaim selected (1)');
        $(element, '[data-id="reclaimable-only"]').dispatchEvent(
            new CustomEvent('change', { detail: { checked: true } })
        );
        await flush();
        expect($(element, '[data-id="reclaim-selected"]').label).toBe('Reclaim selected (0)');
    });
});
