import { createElement } from 'lwc';
import LmaHealthCard, { seatsText } from 'c/lmaHealthCard';
import getLmaHealth from '@salesforce/apex/LmaHealthController.getLmaHealth';
import { flush, renderedTree, unmountAll, withoutNulls } from '@test/lwcTestUtils';

const healthIsv = require('./data/healthIsv.json');

jest.mock('@salesforce/apex/LmaHealthController.getLmaHealth', () => ({ default: jest.fn() }), { virtual: true });

const mockHealth = getLmaHealth as unknown as jest.Mock;
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));
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

async function mount(): Promise<HTMLElement> {
    const element = createElement('c-lma-health-card', { is: LmaHealthCard });
    document.body.appendChild(element);
    await flush(6);
    return element;
}

const $ = (element: HTMLElement, id: string): HTMLElement | null =>
    element.shadowRoot!.querySelector(`[data-id="${id}"]`);
const $$ = (element: HTMLElement, id: string): HTMLElement[] =>
    Array.from(element.shadowRoot!.querySelectorAll(`[data-id="${id}"]`));

describe('c-lma-health-card', () => {
    afterEach(() => {
        unmountAll();
        jest.clearAllMocks();
    });

    it('shows a spinner while checking (loading state)', async () => {
        mockHealth.mockReturnValue(new Promise(() => undefined));
        const element = createElement('c-lma-health-card', { is: LmaHealthCard });
        document.body.appendChild(element);
        await flush(2);
        expect(element.shadowRoot!.querySelector('lightning-spinner')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

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

    it('renders the same whether nulls are spelled out or left out', async () => {
        mockHealth.mockResolvedValue(clone(healthIsv));
        const full = await mount();
        const tree = renderedTree(full.shadowRoot!);
        unmountAll();
        mockHealth.mockResolvedValue(withoutNulls(clone(healthIsv)));
        const sparse = await mount();
        expect(renderedTree(sparse.shadowRoot!)).toBe(tree);
    });

    it('words seats, site licences and org-level items', () => {
        const item = clone(healthIsv.items[0]);
        expect(seatsText({ ...item, seats: null })).toBe('Site licence');
        expect(seatsText({ ...item, licenseId: null })).toBe('');
        expect(seatsText(item)).toBe('19 of 25 seats');
    });
});
