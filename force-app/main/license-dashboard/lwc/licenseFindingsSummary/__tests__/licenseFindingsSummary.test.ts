import LicenseFindingsSummary from 'c/licenseFindingsSummary';
import getFindingsSummary from '@salesforce/apex/LicenseDashboardController.getFindingsSummary';
import { refreshApex } from '@salesforce/apex';
import { createApexTestWireAdapter } from '@salesforce/sfdx-lwc-jest';
import {
    atFixedTimeEachTest,
    expectNullsMayBeLeftOut,
    fixNow,
    flush,
    mountComponent,
    renderOnce
} from '@test/lwcTestUtils';

const summary = require('./data/summary.json');
const summaryNoScan = require('./data/summaryNoScan.json');

jest.mock(
    '@salesforce/apex/LicenseDashboardController.getFindingsSummary',
    () => require('@test/lwcTestUtils').wiredApexModule(),
    { virtual: true }
);
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), { virtual: true });

const wireAdapter = getFindingsSummary as unknown as ReturnType<typeof createApexTestWireAdapter>;

const mount = (): HTMLElement => mountComponent('c-license-findings-summary', LicenseFindingsSummary);

const text = (element: HTMLElement, id: string): string =>
    element.shadowRoot!.querySelector(`[data-id="${id}"]`)!.textContent!.trim();

// sa11y over a whole rendered section is slow on a busy machine: allow more than the 5 s default.

describe('c-license-findings-summary', () => {
    // Ten hours after the fixture's scan finished (Nov 23, 02:00 UTC).
    atFixedTimeEachTest('2026-11-23T12:00:00.000Z');

    it('renders a result whose null properties were left out exactly like the one that spells them out', async () => {
        await expectNullsMayBeLeftOut([summary, summaryNoScan], (fixture) =>
            renderOnce('c-license-findings-summary', LicenseFindingsSummary, () => wireAdapter.emit(fixture))
        );
    });

    it('shows a spinner until the summary arrives', async () => {
        const element = mount();
        expect(element.shadowRoot!.querySelector('lightning-spinner')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('shows count and reclaimable seats per finding type', async () => {
        const element = mount();
        wireAdapter.emit(summary);
        await flush();
        expect(text(element, 'totals')).toBe('9 findings · 5 reclaimable seats');
        const rows = Array.from(element.shadowRoot!.querySelectorAll('[data-id="type-row"]')) as HTMLElement[];
        expect(rows.map((row) => row.dataset.reason)).toEqual([
            'VoiceDoubleConsumption',
            'UnneededPsl',
            'InactiveUser',
            'DeactivatedHolder',
            'ExpiringLicense',
            'UsedCountGap'
        ]);
        const gap = rows[5];
        expect(gap.querySelector('[data-id="count"]')!.textContent).toBe('1');
        expect(gap.querySelector('[data-id="seats"]')!.textContent).toBe('0');
        expect(gap.textContent).toContain('Seats counted by Salesforce that no assignment explains');
        expect(text(element, 'note')).toContain('a seat can appear under two types; the total counts it once');
        expect(text(element, 'note')).toContain('not reclaimable, so never in the total');
        // Point 12: the scan's numbers say they are the last scan's, with its age, not the live counts.
        expect(text(element, 'scan-text')).toBe(
            'Last scan numbers: the scan finished Nov 22, 6:00 PM (9 hours ago). ' +
                'The live counts in the inventory below can differ.'
        );
        expect(element.shadowRoot!.querySelector('[data-id="scan-text"]')!.className).toContain('slds-text-color_weak');
        await expect(element).toBeAccessible();
    });

    it('splits the headline into what the app reclaims and what needs action in Setup', async () => {
        const element = mount();
        wireAdapter.emit(summary);
        await flush();
        // App: 1 Voice double consumption + 1 unneeded PSL; Setup: 2 inactive + 1 deactivated holder seat.
        expect(text(element, 'app-seats')).toBe('2 seats');
        expect(text(element, 'split-app')).toContain('1 Voice PSL double consumption · 1 Unneeded PSL assignments');
        expect(text(element, 'elsewhere-seats')).toBe('3 seats');
        expect(text(element, 'split-elsewhere')).toContain('2 Inactive license holders');
        expect(element.shadowRoot!.querySelector('[data-id="split-elsewhere"] lightning-helptext')).not.toBeNull();
    });

    it('gives every finding type row its action: reclaim or fix here, or a Setup link', async () => {
        const element = mount();
        const select = jest.fn();
        const voiceFix = jest.fn();
        element.addEventListener('selecttype', select);
        element.addEventListener('openvoicefix', voiceFix);
        wireAdapter.emit(summary);
        await flush();
        const row = (reason: string) =>
            element.shadowRoot!.querySelector(`[data-id="type-row"][data-reason="${reason}"]`) as HTMLElement;

        const reclaim = row('UnneededPsl').querySelector('[data-id="app-action"]') as HTMLButtonElement;
        expect(reclaim.textContent!.trim()).toBe('Reclaim');
        expect(reclaim.getAttribute('aria-label')).toBe('Reclaim: Unneeded PSL assignments');
        reclaim.click();
        expect(select.mock.calls[0][0].detail).toEqual({ reason: 'UnneededPsl', label: 'Unneeded PSL assignments' });

        const fix = row('VoiceDoubleConsumption').querySelector('[data-id="app-action"]') as HTMLButtonElement;
        expect(fix.textContent!.trim()).toBe('Open Voice PSL fix');
        fix.click();
        expect(voiceFix).toHaveBeenCalledTimes(1);

        const inactive = row('InactiveUser');
        expect(inactive.querySelector('[data-id="app-action"]')).toBeNull();
        expect(inactive.querySelector('[data-id="how-to"]')!.textContent).toContain('In Setup: freeze or deactivate');
        const link = inactive.querySelector('[data-id="setup-link"]')!;
        expect(link.getAttribute('href')).toBe('/lightning/setup/ManageUsers/home');
        expect(link.getAttribute('aria-label')).toBe('Users in Setup (Inactive license holders)');
        expect(row('ExpiringLicense').querySelector('[data-id="setup-link"]')!.getAttribute('href')).toBe(
            '/lightning/setup/CompanyProfileInfo/home'
        );
        expect(row('UsedCountGap').querySelector('[data-id="how-to"]')!.textContent).toContain('Salesforce Support');
        await expect(element).toBeAccessible();
    });

    it('offers no View where a type has no findings, and names each View for its row', async () => {
        const element = mount();
        wireAdapter.emit({
            ...summary,
            findingTypes: summary.findingTypes.map((type: { reason: string }) => {
                return type.reason === 'ExpiringLicense' ? { ...type, findingCount: 0, reclaimableSeats: 0 } : type;
            })
        });
        await flush();
        const expiring = element.shadowRoot!.querySelector('[data-reason="ExpiringLicense"]')!;
        expect(expiring.querySelector('[data-id="view"]')).toBeNull();
        expect(expiring.querySelector('[data-id="setup-link"]')).toBeNull();
        expect(expiring.querySelector('[data-id="none"]')!.textContent).toBe('Nothing to do');
        const views = Array.from(element.shadowRoot!.querySelectorAll('[data-id="view"]')).map((b) =>
            b.getAttribute('aria-label')
        );
        expect(views).toContain('View findings: Inactive license holders');
        expect(views).toHaveLength(5);
    });

    it('marks findings of a stale scan', async () => {
        fixNow('2026-12-03T17:00:00.000Z');
        const element = mount();
        wireAdapter.emit(summary);
        await flush();
        expect(text(element, 'scan-text')).toContain('(10 days ago)');
        expect(element.shadowRoot!.querySelector('[data-id="scan-text"]')!.className).toContain(
            'slds-text-color_error'
        );
    });

    it('shows the KB 005316943 arithmetic: net remaining 0 vs expected 1, User-2 to free', async () => {
        const element = mount();
        wireAdapter.emit(summary);
        await flush();
        expect(text(element, 'voice-used')).toBe('2 of 2');
        expect(text(element, 'voice-net-remaining')).toBe('0');
        expect(text(element, 'voice-expected-remaining')).toBe('1');
        expect(text(element, 'voice-double-count')).toBe('1');
        const users = element.shadowRoot!.querySelectorAll('[data-id="voice-user"]');
        expect(users).toHaveLength(1);
        expect(users[0].textContent).toContain('User-2');
        // Users link to their Setup page.
        expect(users[0].querySelector('a')!.getAttribute('href')).toBe(
            '/lightning/setup/ManageUsers/page?address=%2F005PV0000000003AAA%3Fnoredirect%3D1%26isUserEntityOverride%3D1'
        );
        expect(text(element, 'voice-explanation')).toContain('0 of 2 Salesforce Voice User seats remain, but 1 should');
        expect(element.shadowRoot!.querySelector('[data-id="voice"]')!.className).toContain('voice-box_problem');
        expect(element.shadowRoot!.querySelector('[data-id="voice-more"]')).toBeNull();
    });

    it('says how many more double-consuming users there are than listed', async () => {
        const element = mount();
        wireAdapter.emit({
            ...summary,
            voice: { ...summary.voice, doubleConsumingUserCount: 60 }
        });
        await flush();
        expect(text(element, 'voice-more')).toContain('and 59 more');
    });

    it('hides the Voice panel when the org has no Voice User PSL', async () => {
        const element = mount();
        wireAdapter.emit({ ...summary, voice: { ...summary.voice, voiceUserLicenseFound: false } });
        await flush();
        expect(element.shadowRoot!.querySelector('[data-id="voice"]')).toBeNull();
    });

    it('asks the dashboard to drill into a finding type', async () => {
        const element = mount();
        const handler = jest.fn();
        element.addEventListener('selecttype', handler);
        wireAdapter.emit(summary);
        await flush();
        const button = element.shadowRoot!.querySelector(
            '[data-reason="InactiveUser"] [data-id="view"]'
        ) as HTMLButtonElement;
        button.click();
        expect(handler.mock.calls[0][0].detail).toEqual({ reason: 'InactiveUser', label: 'Inactive license holders' });
    });

    it('explains that no scan has completed yet', async () => {
        const element = mount();
        wireAdapter.emit(summaryNoScan);
        await flush();
        expect(text(element, 'empty')).toContain('No findings scan has completed yet');
        expect(element.shadowRoot!.querySelector('[data-id="types-table"]')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('says when the first scan is running or failed', async () => {
        const element = mount();
        wireAdapter.emit({
            ...summaryNoScan,
            latestScan: { ...summaryNoScan.latestScan, status: 'Running', isRunning: true }
        });
        await flush();
        expect(text(element, 'empty')).toContain('The first findings scan is running');
        wireAdapter.emit({ ...summaryNoScan, latestScan: { ...summaryNoScan.latestScan, status: 'Failed' } });
        await flush();
        expect(text(element, 'empty')).toContain('the last scan failed');
    });

    it('notes a newer running scan over the shown findings', async () => {
        const element = mount();
        wireAdapter.emit({ ...summary, latestScan: { ...summary.latestScan, status: 'Running', isRunning: true } });
        await flush();
        expect(text(element, 'scan-text')).toContain('A newer scan is running.');
    });

    it('shows the readable Apex error', async () => {
        const element = mount();
        wireAdapter.error({ message: 'Load the findings summary failed: boom' });
        await flush();
        expect(text(element, 'error')).toContain('Load the findings summary failed: boom');
        await expect(element).toBeAccessible();
    });

    it('refreshes through refreshApex', async () => {
        const element = mount();
        wireAdapter.emit(summary);
        await flush();
        await (element as unknown as { refresh(): Promise<void> }).refresh();
        expect(refreshApex).toHaveBeenCalledTimes(1);
    });
});
