import HomeOverview, { runText } from 'c/homeOverview';
import getHomeOverview from '@salesforce/apex/HomeOverviewController.getHomeOverview';
import {
    allByDataId as $$,
    byDataId as $,
    cleanUpAfterEach,
    clone,
    expectSpinnerWhilePending,
    mountSettled,
    expectNullsMayBeLeftOut,
    renderSettled,
    unmountAll
} from '@test/lwcTestUtils';

const homeLargeOrg = require('./data/homeLargeOrg.json');

jest.mock('@salesforce/apex/HomeOverviewController.getHomeOverview', () => ({ default: jest.fn() }), {
    virtual: true
});

const mockOverview = getHomeOverview as unknown as jest.Mock;

const mount = (): Promise<HTMLElement> => mountSettled('c-home-overview', HomeOverview);

describe('c-home-overview', () => {
    cleanUpAfterEach();

    it('shows a spinner while loading (loading state)', () =>
        expectSpinnerWhilePending(mockOverview, 'c-home-overview', HomeOverview));

    it('loads everything in one call and shows the headline numbers (data state)', async () => {
        mockOverview.mockResolvedValue(clone(homeLargeOrg));
        const element = await mount();
        expect(mockOverview).toHaveBeenCalledTimes(1);
        expect($(element, 'atRisk')!.textContent).toBe(String(homeLargeOrg.licensesAtRisk));
        expect($(element, 'reclaimable')!.textContent).toBe(String(homeLargeOrg.reclaimableSeats));
        const closest = $$(element, 'closest');
        expect(closest).toHaveLength(3);
        expect(closest[0].textContent).toContain(homeLargeOrg.closestToRunOut[0].label);
        expect($(element, 'openAlerts')!.textContent).toBe('7');
        const alerts = $$(element, 'open-alert');
        expect(alerts).toHaveLength(2);
        expect(alerts[0].textContent).toContain('Critical');
        expect(alerts[0].textContent).toContain('Salesforce Voice User');
        expect(alerts[0].textContent).toContain('Seats remaining');
        expect(element.shadowRoot!.textContent).toContain('and 5 more');
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
            closestToRunOut: [],
            openAlertCount: 0,
            openAlerts: []
        });
        const element = await mount();
        expect($(element, 'no-closest')).not.toBeNull();
        expect($(element, 'no-open-alerts')).not.toBeNull();
        expect($(element, 'openAlerts')!.textContent).toBe('0');
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

    it('renders the same whether nulls are spelled out or left out', () =>
        expectNullsMayBeLeftOut([clone(homeLargeOrg)], (fixture) => {
            mockOverview.mockResolvedValue(fixture);
            return renderSettled('c-home-overview', HomeOverview);
        }));

    it('words scheduled runs', () => {
        expect(runText(false, null)).toBe('not scheduled');
        expect(runText(true, null)).toBe('scheduled');
        expect(runText(true, '2026-11-24T03:00:00.000Z')).toBe('next 2026-11-24 03:00 UTC');
    });
});
