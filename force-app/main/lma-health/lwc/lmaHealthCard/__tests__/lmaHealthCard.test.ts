import LmaHealthCard, { seatsText } from 'c/lmaHealthCard';
import getLmaHealth from '@salesforce/apex/LmaHealthController.getLmaHealth';
import {
    allByDataId as $$,
    byDataId as $,
    cleanUpAfterEach,
    clone,
    expectSpinnerWhilePending,
    mountSettled,
    expectNullsMayBeLeftOut,
    renderSettled
} from '@test/lwcTestUtils';

const healthIsv = require('./data/healthIsv.json');

jest.mock('@salesforce/apex/LmaHealthController.getLmaHealth', () => ({ default: jest.fn() }), { virtual: true });

const mockHealth = getLmaHealth as unknown as jest.Mock;
const NOT_INSTALLED = {
    installed: false,
    message:
        'The License Management App is not installed in this org (or your user cannot see its License object): nothing to check.',
    packageCount: null,
    licenseCount: null,
    checkedCount: null,
    truncated: null,
    expiringWithinDays: 30,
    items: []
};

const mount = (): Promise<HTMLElement> => mountSettled('c-lma-health-card', LmaHealthCard);

describe('c-lma-health-card', () => {
    cleanUpAfterEach();

    it('shows a spinner while checking (loading state)', () =>
        expectSpinnerWhilePending(mockHealth, 'c-lma-health-card', LmaHealthCard));

    it('says in one line that the LMA is not installed (empty state)', async () => {
        mockHealth.mockResolvedValue(clone(NOT_INSTALLED));
        const element = await mount();
        expect($(element, 'lma-not-installed')!.textContent).toBe(NOT_INSTALLED.message);
        expect($$(element, 'lma-item')).toHaveLength(0);
        await expect(element).toBeAccessible();
    });

    it('lists every licence that needs attention with its troubleshooting step (data state)', async () => {
        mockHealth.mockResolvedValue(clone(healthIsv));
        const element = await mount();
        const items = $$(element, 'lma-item');
        expect(items).toHaveLength(healthIsv.items.length);
        expect(items[0].textContent).toContain('L-00017: Expired');
        expect(items[0].textContent).toContain('19 of 25 seats');
        expect(items[0].querySelector('[data-id="lma-step"]')!.textContent).toContain('Modify License');
        expect($(element, 'lma-summary')!.textContent).toContain('204 of 212 licence records checked');
        await expect(element).toBeAccessible();
    });

    it('says so when nothing needs attention', async () => {
        mockHealth.mockResolvedValue({ ...clone(healthIsv), items: [] });
        const element = await mount();
        expect($(element, 'lma-healthy')).not.toBeNull();
    });

    it('shows the error of a failed check (error state)', async () => {
        mockHealth.mockRejectedValue({ body: { message: 'Check the License Management App failed.' } });
        const element = await mount();
        expect($(element, 'lma-error')!.textContent).toContain('failed');
        await expect(element).toBeAccessible();
    });

    it('renders the same whether nulls are spelled out or left out', () =>
        expectNullsMayBeLeftOut([clone(healthIsv)], (fixture) => {
            mockHealth.mockResolvedValue(fixture);
            return renderSettled('c-lma-health-card', LmaHealthCard);
        }));

    it('words seats, site licences and org-level items', () => {
        const item = clone(healthIsv.items[0]);
        expect(seatsText({ ...item, seats: null })).toBe('Site licence');
        expect(seatsText({ ...item, licenseId: null })).toBe('');
        expect(seatsText(item)).toBe('19 of 25 seats');
    });
});
