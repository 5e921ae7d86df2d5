import { createElement } from 'lwc';
import LicenseTrends, { riskDateText, usageText, utcText } from 'c/licenseTrends';
import getHistoryOverview from '@salesforce/apex/LicenseHistoryController.getHistoryOverview';
import getLicenseTrend from '@salesforce/apex/LicenseHistoryController.getLicenseTrend';
import scheduleDailyHistory from '@salesforce/apex/LicenseHistoryController.scheduleDailyHistory';
import recordHistoryNow from '@salesforce/apex/LicenseHistoryController.recordHistoryNow';
import { loadScript } from 'lightning/platformResourceLoader';
import { cleanUpAfterEach, flush, renderedTree, unmountAll, withoutNulls } from '@test/lwcTestUtils';

const overviewKb = require('./data/overviewKb.json');
const overviewEmpty = require('./data/overviewEmpty.json');
const trendKbVoice = require('./data/trendKbVoice.json');

jest.mock('@salesforce/apex/LicenseHistoryController.getHistoryOverview', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/LicenseHistoryController.getLicenseTrend', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/LicenseHistoryController.scheduleDailyHistory', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/LicenseHistoryController.recordHistoryNow', () => ({ default: jest.fn() }), {
    virtual: true
});

const mockOverview = getHistoryOverview as unknown as jest.Mock;
const mockTrend = getLicenseTrend as unknown as jest.Mock;
const mockSchedule = scheduleDailyHistory as unknown as jest.Mock;
const mockRecord = recordHistoryNow as unknown as jest.Mock;
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));

async function mount(): Promise<HTMLElement> {
    const element = createElement('c-license-trends', { is: LicenseTrends });
    document.body.appendChild(element);
    await flush(12);
    return element;
}

const $ = (element: HTMLElement, id: string): HTMLElement | null =>
    element.shadowRoot!.querySelector(`[data-id="${id}"]`);
const $$ = (element: HTMLElement, id: string): HTMLElement[] =>
    Array.from(element.shadowRoot!.querySelectorAll(`[data-id="${id}"]`));

describe('c-license-trends', () => {
    beforeEach(() => {
        (loadScript as unknown as jest.Mock).mockResolvedValue(undefined);
        mockTrend.mockResolvedValue(clone(trendKbVoice));
    });
    cleanUpAfterEach();

    it('shows a spinner while loading (loading state)', async () => {
        mockOverview.mockReturnValue(new Promise(() => undefined));
        const element = createElement('c-license-trends', { is: LicenseTrends });
        document.body.appendChild(element);
        await flush(2);
        expect(element.shadowRoot!.querySelector('lightning-spinner')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('lists the licences at risk soonest first and charts the first one (data state)', async () => {
        mockOverview.mockResolvedValue(clone(overviewKb));
        const element = await mount();
        const rows = $$(element, 'at-risk-row');
        expect(rows).toHaveLength(overviewKb.atRisk.length);
        expect(rows[0].querySelector('th')!.textContent).toBe(overviewKb.atRisk[0].label);
        expect(mockTrend).toHaveBeenCalledWith({
            kind: overviewKb.atRisk[0].kind,
            name: overviewKb.atRisk[0].name,
            periodDays: 90
        });
        expect(element.shadowRoot!.querySelector('c-license-trend-chart')).not.toBeNull();
        expect($(element, 'summary')!.textContent).toContain(overviewKb.newestDay);
        await expect(element).toBeAccessible();
    });

    it('charts the licence and period the admin picks', async () => {
        mockOverview.mockResolvedValue(clone(overviewKb));
        const element = await mount();
        const voice = overviewKb.licenses.find((l: { name: string }) => l.name === 'SFDC');
        const picker = $(element, 'license-picker')!;
        picker.dispatchEvent(new CustomEvent('change', { detail: { value: `${voice.kind}|${voice.name}` } }));
        await flush(6);
        expect(mockTrend).toHaveBeenLastCalledWith({ kind: 'UserLicense', name: 'SFDC', periodDays: 90 });
        $(element, 'period-picker')!.dispatchEvent(new CustomEvent('change', { detail: { value: '365' } }));
        await flush(6);
        expect(mockTrend).toHaveBeenLastCalledWith({ kind: 'UserLicense', name: 'SFDC', periodDays: 365 });
    });

    it('says there is no history yet and offers to schedule it (empty state)', async () => {
        mockOverview.mockResolvedValue(clone(overviewEmpty));
        mockSchedule.mockResolvedValue(true);
        const element = await mount();
        expect($(element, 'empty')).not.toBeNull();
        expect($(element, 'schedule')!.textContent).toContain('not scheduled');
        expect(mockTrend).not.toHaveBeenCalled();
        await expect(element).toBeAccessible();
        ($(element, 'schedule-button') as HTMLElement).click();
        await flush(8);
        expect(mockSchedule).toHaveBeenCalledWith({ hourOfDay: 3 });
        expect(mockOverview).toHaveBeenCalledTimes(2);
    });

    it('records today on demand and reports a failure readably', async () => {
        mockOverview.mockResolvedValue(clone(overviewEmpty));
        mockRecord.mockRejectedValue({ body: { message: 'You need the License Steward Admin permission set.' } });
        const element = await mount();
        const toasts: Array<{ message: string; variant: string }> = [];
        element.addEventListener('lightning__showtoast', (event) => toasts.push((event as CustomEvent).detail));
        ($(element, 'record-button') as HTMLElement).click();
        await flush(6);
        expect(mockRecord).toHaveBeenCalled();
        expect(toasts).toEqual([
            expect.objectContaining({ variant: 'error', message: 'You need the License Steward Admin permission set.' })
        ]);
    });

    it('shows the error of a failed load (error state)', async () => {
        mockOverview.mockRejectedValue({ body: { message: 'Load the licence trends failed: no access.' } });
        const element = await mount();
        expect($(element, 'error')!.textContent).toContain('no access');
        expect($(element, 'empty')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('shows the error of a failed trend next to the pickers', async () => {
        mockOverview.mockResolvedValue(clone(overviewKb));
        mockTrend.mockRejectedValue({ body: { message: 'The period must be 30, 90, 180, 365 or 400 days.' } });
        const element = await mount();
        expect($(element, 'trend-error')!.textContent).toContain('The period must be');
        expect($(element, 'at-risk')).not.toBeNull();
    });

    it('renders the same whether nulls are spelled out or left out', async () => {
        mockOverview.mockResolvedValue(clone(overviewKb));
        const full = await mount();
        const tree = renderedTree(full.shadowRoot!);
        unmountAll();
        mockOverview.mockResolvedValue(withoutNulls(clone(overviewKb)));
        mockTrend.mockResolvedValue(withoutNulls(clone(trendKbVoice)));
        const sparse = await mount();
        expect(renderedTree(sparse.shadowRoot!)).toBe(tree);
    });

    it('words usage and risk dates', () => {
        const license = clone(overviewKb.atRisk[0]);
        expect(usageText({ ...license, used: 300, unlimited: true })).toBe('Used 300 (site-wide)');
        expect(usageText({ ...license, used: 872, total: 930, unlimited: false })).toBe('Used 872 of 930');
        expect(riskDateText({ ...license, riskReason: 'Exhausted' })).toBe('Now');
        expect(
            riskDateText({
                ...license,
                riskReason: 'Expiry',
                expiresOn: '2026-12-10',
                daysUntilExpiry: 17,
                daysUntilRunOut: 17
            })
        ).toBe('2026-12-10 (in 17 days)');
        expect(
            riskDateText({
                ...license,
                riskReason: 'Expiry',
                expiresOn: '2026-10-31',
                daysUntilExpiry: -23,
                daysUntilRunOut: 0
            })
        ).toBe('Expired on 2026-10-31');
        expect(utcText('2026-11-24T03:00:00.000Z')).toBe('2026-11-24 03:00 UTC');
        expect(utcText(null)).toBe('soon');
    });
});
