import LicenseFindingsSummary from 'c/licenseFindingsSummary';
import getFindingsSummary from '@salesforce/apex/LicenseDashboardController.getFindingsSummary';
import { refreshApex } from '@salesforce/apex';
import { createApexTestWireAdapter } from '@salesforce/sfdx-lwc-jest';
import { flush, mountComponent, unmountAll, expectNullsMayBeLeftOut, renderOnce } from '@test/lwcTestUtils';

const summary = require('./data/summary.json');
const summaryNoScan = require('./data/summaryNoScan.json');

jest.mock(
    '@salesforce/apex/LicenseDashboardController.getFindingsSummary',
    () => {
        const { createApexTestWireAdapter: createAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), { virtual: true });

const wireAdapter = getFindingsSummary as unknown as ReturnType<typeof createApexTestWireAdapter>;

const mount = (): HTMLElement => mountComponent('c-license-findings-summary', LicenseFindingsSummary);

const text = (element: HTMLElement, id: string): string =>
    element.shadowRoot!.querySelector(`[data-id="${id}"]`)!.textContent!.trim();

// sa11y over a whole rendered section is slow on a busy machine: allow more than the 5 s default.

describe('c-license-findings-summary', () => {
    afterEach(() => {
        unmountAll();
        jest.clearAllMocks();
    });

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
        expect(text(element, 'scan-text')).toContain('From the scan finished');
        await expect(element).toBeAccessible();
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
            '[data-reason="InactiveUser"] lightning-button'
        ) as HTMLElement & { disabled: boolean };
        expect(button.disabled).toBe(false);
        button.dispatchEvent(new CustomEvent('click'));
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
