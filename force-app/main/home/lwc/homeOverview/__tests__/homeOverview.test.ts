import { createElement } from 'lwc';
import HomeOverview, { runText } from 'c/homeOverview';
import getHomeOverview from '@salesforce/apex/HomeOverviewController.getHomeOverview';
import { flush, renderedTree, unmountAll, withoutNulls } from '@test/lwcTestUtils';

const homeLargeOrg = require('./data/homeLargeOrg.json');

jest.mock('@salesforce/apex/HomeOverviewController.getHomeOverview', () => ({ default: jest.fn() }), {
    virtual: true
});

const mockOverview = getHomeOverview as unknown as jest.Mock;
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));

async function mount(): Promise<HTMLElement> {
    const element = createElement('c-home-overview', { is: HomeOverview });
    document.body.appendChild(element);
    await flush(6);
    return element;
}

const $ = (element: HTMLElement, id: string): HTMLElement | null =>
    element.shadowRoot!.querySelector(`[data-id="${id}"]`);
const $$ = (element: HTMLElement, id: string): HTMLElement[] =>
    Array.from(element.shadowRoot!.querySelectorAll(`[data-id="${id}"]`));

describe('c-home-overview', () => {
    afterEach(() => {
        unmountAll();
        jest.clearAllMocks();
    });

    it('shows a spinner while loading (loading state)', async () => {
        mockOverview.mockReturnValue(new Promise(() => undefined));
        const element = createElement('c-home-overview', { is: HomeOverview });
        document.body.appendChild(element);
        await flush(2);
        expect(element.shadowRoot!.querySelector('lightning-spinner')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('loads everything in one call and shows the headline numbers (data state)', async () => {
        mockOverview.mockResolvedValue(clone(homeLargeOrg));
        const element = await mount();
        expect(mockOverview).toHaveBeenCalledTimes(1);
        expect($(element, 'atRisk')!.textContent).toBe(String(homeLargeOrg.licensesAtRisk));
        expect($(element, 'reclaimable')!.textContent).toBe(String(homeLargeOrg.reclaimableSeats));
        const closest = $$(element, 'closest');
        expect(closest).toHaveLength(3);
        expect(closest[0].textContent).toContain(homeLargeOrg.closestToRunOut[0].label);
        expect($$(element, 'run')).toHaveLength(3);
        expect($$(element, 'run')[0].textContent).toContain('next 2026-11-24 02:00 UTC');
        await expect(element).toBeAccessible();
    });

    it('shows the potential savings per month with its unpriced seats', async () => {
        mockOverview.mockResolvedValue(clone(homeLargeOrg));
        const element = await mount();
        expect($(element, 'savings')!.textContent).toBe('USD 1,106,009.45');
        expect(element.shadowRoot!.textContent).toContain('Potential savings per month (425 unpriced seats;');
        unmountAll();
        mockOverview.mockResolvedValue({ ...clone(homeLargeOrg), potentialSavings: null });
        const fresh = await mount();
        expect($(fresh, 'savings')!.textContent).toBe('no scan yet');
    });

    it('says nothing runs out on a fresh install (empty state)', async () => {
        mockOverview.mockResolvedValue({
            ...clone(homeLargeOrg),
            licensesAtRisk: 0,
            reclaimableSeats: null,
            lastScanFinishedAt: null,
            historyNewestDay: null,
            closestToRunOut: []
        });
        const element = await mount();
        expect($(element, 'no-closest')).not.toBeNull();
        expect($(element, 'lastScan')!.textContent).toBe('never');
        await expect(element).toBeAccessible();
    });

    it('shows the error of a failed load (error state)', async () => {
        mockOverview.mockRejectedValue({ body: { message: 'Load the License Steward overview failed.' } });
        const element = await mount();
        expect($(element, 'home-error')!.textContent).toContain('failed');
        await expect(element).toBeAccessible();
    });

    it('opens the tab of a link', async () => {
        mockOverview.mockResolvedValue(clone(homeLargeOrg));
        const element = await mount();
        const link = element.shadowRoot!.querySelector('lightning-button[data-tab="License_Trends"]') as HTMLElement;
        expect(link).not.toBeNull();
        link.click();
    });

    it('renders the same whether nulls are spelled out or left out', async () => {
        mockOverview.mockResolvedValue(clone(homeLargeOrg));
        const full = await mount();
        const tree = renderedTree(full.shadowRoot!);
        unmountAll();
        mockOverview.mockResolvedValue(withoutNulls(clone(homeLargeOrg)));
        const sparse = await mount();
        expect(renderedTree(sparse.shadowRoot!)).toBe(tree);
    });

    it('words scheduled runs', () => {
        expect(runText(false, null)).toBe('not scheduled');
        expect(runText(true, null)).toBe('scheduled');
        expect(runText(true, '2026-11-24T03:00:00.000Z')).toBe('next 2026-11-24 03:00 UTC');
    });
});
