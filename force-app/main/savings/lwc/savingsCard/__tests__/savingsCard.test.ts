import { createElement } from 'lwc';
import SavingsCard, { caveatText, formatMoney } from 'c/savingsCard';
import getSavings from '@salesforce/apex/SavingsController.getSavings';
import getPriceEditor from '@salesforce/apex/SavingsController.getPriceEditor';
import { flush, mockObjectUrls, readBlob, renderedTree, unmountAll, withoutNulls } from '@test/lwcTestUtils';

// Generated from the large demo org by the preview adapter (Type grouping), with two realised months.
const overviewLargeOrg = require('./data/overviewLargeOrg.json');
const editorLargeOrg = require('../../savingsPrices/__tests__/data/editorLargeOrg.json');

jest.mock('@salesforce/apex/SavingsController.getSavings', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/SavingsController.getPriceEditor', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/SavingsController.savePrice', () => ({ default: jest.fn() }), { virtual: true });

const mockSavings = getSavings as unknown as jest.Mock;
const mockEditor = getPriceEditor as unknown as jest.Mock;
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));

async function mount(): Promise<HTMLElement> {
    const element = createElement('c-savings-card', { is: SavingsCard });
    document.body.appendChild(element);
    await flush(6);
    return element;
}

const $ = (element: HTMLElement, id: string): HTMLElement | null =>
    element.shadowRoot!.querySelector(`[data-id="${id}"]`);
const $$ = (element: HTMLElement, id: string): HTMLElement[] =>
    Array.from(element.shadowRoot!.querySelectorAll(`[data-id="${id}"]`));

describe('c-savings-card', () => {
    beforeEach(() => {
        mockEditor.mockResolvedValue(clone(editorLargeOrg));
    });
    afterEach(() => {
        unmountAll();
        jest.clearAllMocks();
    });

    it('shows a spinner while loading (loading state)', async () => {
        mockSavings.mockReturnValue(new Promise(() => undefined));
        const element = createElement('c-savings-card', { is: SavingsCard });
        document.body.appendChild(element);
        await flush(2);
        expect(element.shadowRoot!.querySelector('lightning-spinner')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('shows potential savings, their caveats, the groups and realised months (data state)', async () => {
        mockSavings.mockResolvedValue(clone(overviewLargeOrg));
        const element = await mount();
        expect(mockSavings).toHaveBeenCalledWith({ groupBy: 'Type' });
        expect($(element, 'potential-monthly')!.textContent).toBe('USD 1,106,009.45');
        expect($(element, 'potential-annual')!.textContent).toBe('USD 13,272,113.43');
        expect($(element, 'potential-caveat')!.textContent).toBe(
            '425 unpriced seats; not converted (no rate): SEK 123000.00'
        );
        expect($(element, 'savings-currency')!.textContent).toContain('org currency (USD), converted');
        const groups = $$(element, 'savings-group');
        expect(groups).toHaveLength(overviewLargeOrg.groups.length);
        expect(groups[0].textContent).toContain('Inactive license holders');
        expect($$(element, 'realised-month')).toHaveLength(2);
        expect($(element, 'realised-total')!.textContent).toContain('USD 825.00');
        await expect(element).toBeAccessible();
    });

    it('reloads with the chosen grouping', async () => {
        mockSavings.mockResolvedValue(clone(overviewLargeOrg));
        const element = await mount();
        const select = element.shadowRoot!.querySelector('c-ls-select')!;
        select.dispatchEvent(new CustomEvent('change', { detail: { value: 'Department' } }));
        await flush(6);
        expect(mockSavings).toHaveBeenLastCalledWith({ groupBy: 'Department' });
    });

    it('says what to do before the first scan (empty state)', async () => {
        mockSavings.mockResolvedValue({
            ...clone(overviewLargeOrg),
            potential: null,
            groups: [],
            scanFinishedAt: null,
            realisedByMonth: []
        });
        const element = await mount();
        expect($(element, 'savings-no-scan')).not.toBeNull();
        expect($(element, 'realised-none')).not.toBeNull();
        expect(($(element, 'savings-export') as unknown as { disabled: boolean }).disabled).toBe(true);
        await expect(element).toBeAccessible();
    });

    it('shows the error (error state)', async () => {
        mockSavings.mockRejectedValue({ body: { message: 'Load the savings failed: no access.' } });
        const element = await mount();
        expect($(element, 'savings-error')!.textContent).toContain('Load the savings failed');
        await expect(element).toBeAccessible();
    });

    it('exports potential groups and realised months as CSV', async () => {
        mockSavings.mockResolvedValue(clone(overviewLargeOrg));
        const urls = mockObjectUrls();
        const element = await mount();
        const anchor = $(element, 'download') as HTMLAnchorElement;
        anchor.click = jest.fn();
        $(element, 'savings-export')!.click();
        const csv = await readBlob(urls.blobs()[0]);
        const lines = csv
            .replace(/^\uFEFF/, '')
            .trim()
            .split('\r\n');
        expect(lines[0]).toBe(
            'Section,Group,Findings or runs,Seats,Unpriced seats,Unconverted seats,Currency,Monthly,Annual,Not converted (no rate)'
        );
        expect(lines).toHaveLength(1 + 1 + overviewLargeOrg.groups.length + 2);
        expect(lines[1]).toContain(
            'Potential total (each seat once),Potential savings,12138,12138,425,82,USD,1106009.45'
        );
        expect(anchor.download).toMatch(/^license-savings-Type.*\.csv$/);
    });

    it('renders the same whether nulls are spelled out or left out', async () => {
        mockSavings.mockResolvedValue(clone(overviewLargeOrg));
        const full = await mount();
        const tree = renderedTree(full.shadowRoot!);
        unmountAll();
        mockSavings.mockResolvedValue(withoutNulls(clone(overviewLargeOrg)));
        const sparse = await mount();
        expect(renderedTree(sparse.shadowRoot!)).toBe(tree);
    });

    it('formats money and caveats', () => {
        expect(formatMoney(1234.5, 'EUR')).toBe('EUR 1,234.50');
        expect(formatMoney(null, 'USD')).toBe('USD 0.00');
        expect(caveatText(null)).toBe('');
        expect(caveatText({ ...overviewLargeOrg.potential, unpricedSeats: 1, unconverted: [] })).toBe(
            '1 unpriced seat'
        );
    });
});
