import { createElement } from 'lwc';
import SavingsPrices, { POLL_ATTEMPTS } from 'c/savingsPrices';
import getPriceEditor from '@salesforce/apex/SavingsController.getPriceEditor';
import savePrice from '@salesforce/apex/SavingsController.savePrice';
import { flush, unmountAll } from '@test/lwcTestUtils';

// Generated from the large demo org by the preview adapter (a few licences kept).
const editorLargeOrg = require('./data/editorLargeOrg.json');

jest.mock('@salesforce/apex/SavingsController.getPriceEditor', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/SavingsController.savePrice', () => ({ default: jest.fn() }), { virtual: true });

const mockEditor = getPriceEditor as unknown as jest.Mock;
const mockSave = savePrice as unknown as jest.Mock;
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));
const SCHEDULER = 'PermissionSetLicense|LightningSchedulerPsl';

async function mount(): Promise<HTMLElement> {
    const element = createElement('c-savings-prices', { is: SavingsPrices });
    document.body.appendChild(element);
    await flush(6);
    return element;
}

const $ = (element: HTMLElement, id: string): HTMLElement | null =>
    element.shadowRoot!.querySelector(`[data-id="${id}"]`);
const $$ = (element: HTMLElement, id: string): HTMLElement[] =>
    Array.from(element.shadowRoot!.querySelectorAll(`[data-id="${id}"]`));

async function fillIn(element: HTMLElement, key: string, price: string, currency?: string): Promise<void> {
    $(element, 'price-license')!.dispatchEvent(new CustomEvent('change', { detail: { value: key } }));
    await flush(2);
    $(element, 'price-amount')!.dispatchEvent(new CustomEvent('change', { detail: { value: price } }));
    if (currency) {
        $(element, 'price-currency')!.dispatchEvent(new CustomEvent('change', { detail: { value: currency } }));
    }
    await flush(2);
}

describe('c-savings-prices', () => {
    afterEach(() => {
        unmountAll();
        jest.clearAllMocks();
        jest.useRealTimers();
    });

    it('shows a spinner while loading (loading state)', async () => {
        mockEditor.mockReturnValue(new Promise(() => undefined));
        const element = createElement('c-savings-prices', { is: SavingsPrices });
        document.body.appendChild(element);
        await flush(2);
        expect(element.shadowRoot!.querySelector('lightning-spinner')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('lists priced licences and flags a price the org cannot convert (data state)', async () => {
        mockEditor.mockResolvedValue(clone(editorLargeOrg));
        const element = await mount();
        const rows = $$(element, 'price-row');
        const priced = editorLargeOrg.licenses.filter((l: { monthlyPrice: number | null }) => l.monthlyPrice !== null);
        expect(rows).toHaveLength(priced.length);
        const sek = rows.find((row) => row.textContent!.includes('SEK'))!;
        expect(sek.textContent).toContain('not converted: the org has no rate for SEK');
        expect($(element, 'prices-summary')!.textContent).toContain(`${priced.length} of 7 licences have a price`);
        await expect(element).toBeAccessible();
    });

    it('says no licence is priced yet (empty state)', async () => {
        const editor = clone(editorLargeOrg);
        editor.licenses = editor.licenses.map((l: Record<string, unknown>) => ({
            ...l,
            monthlyPrice: null,
            currencyIsoCode: null,
            monthlyPriceInOrgCurrency: null,
            isUnconverted: false
        }));
        mockEditor.mockResolvedValue(editor);
        const element = await mount();
        expect($$(element, 'price-row')).toHaveLength(0);
        expect($(element, 'prices-summary')!.textContent).toContain('0 of 7 licences have a price');
        await expect(element).toBeAccessible();
    });

    it('shows the load error (error state)', async () => {
        mockEditor.mockRejectedValue({ body: { message: 'Load the licence prices failed: no access.' } });
        const element = await mount();
        expect($(element, 'prices-error')!.textContent).toContain('Load the licence prices failed');
        await expect(element).toBeAccessible();
    });

    it('shows the Apex validation message and keeps the form (bad input)', async () => {
        mockEditor.mockResolvedValue(clone(editorLargeOrg));
        mockSave.mockRejectedValue({ body: { message: 'Save the price failed: A price cannot be negative.' } });
        const element = await mount();
        await fillIn(element, SCHEDULER, '-4');
        $(element, 'price-save')!.click();
        await flush(4);
        expect(mockSave).toHaveBeenCalledWith({
            licenseKind: 'PermissionSetLicense',
            licenseKey: 'LightningSchedulerPsl',
            monthlyPrice: -4,
            currencyIsoCode: 'USD'
        });
        expect($(element, 'price-save-error')!.textContent).toContain('cannot be negative');
        await expect(element).toBeAccessible();
    });

    it('saves, waits for the deployment, then tells the card', async () => {
        const before = clone(editorLargeOrg);
        const after = clone(editorLargeOrg);
        const scheduler = after.licenses.find((l: { licenseKey: string }) => l.licenseKey === 'LightningSchedulerPsl');
        Object.assign(scheduler, { monthlyPrice: 40, currencyIsoCode: 'EUR', monthlyPriceInOrgCurrency: 43.48 });
        mockEditor.mockResolvedValueOnce(before).mockResolvedValueOnce(before).mockResolvedValue(after);
        mockSave.mockResolvedValue({
            deploymentId: '0Af000000000001AAA',
            price: { ...scheduler },
            message: 'The price is being saved (a metadata deployment); it shows here once the deployment completes.'
        });
        jest.useFakeTimers();
        const element = await mount();
        const saved = jest.fn();
        element.addEventListener('pricesaved', saved);
        await fillIn(element, SCHEDULER, '40', 'EUR');
        $(element, 'price-save')!.click();
        await flush(6);
        expect($(element, 'price-status')!.textContent).toContain('being saved');
        expect(saved).not.toHaveBeenCalled();
        jest.advanceTimersByTime(3000);
        await flush(6);
        expect($(element, 'price-status')!.textContent).toBe(
            'Saved: Salesforce Scheduler costs EUR 40.00 per seat per month.'
        );
        expect(saved).toHaveBeenCalledTimes(1);
    });

    it('gives up waiting with a pointer to Setup', async () => {
        mockEditor.mockResolvedValue(clone(editorLargeOrg));
        mockSave.mockResolvedValue({
            deploymentId: '0Af000000000001AAA',
            price: { ...clone(editorLargeOrg.licenses[0]), monthlyPrice: 999, currencyIsoCode: 'USD' },
            message: 'being saved'
        });
        jest.useFakeTimers();
        const element = await mount();
        await fillIn(
            element,
            `${editorLargeOrg.licenses[0].licenseKind}|${editorLargeOrg.licenses[0].licenseKey}`,
            '999'
        );
        $(element, 'price-save')!.click();
        for (let i = 0; i < POLL_ATTEMPTS; i++) {
            // eslint-disable-next-line no-await-in-loop
            await flush(4);
            jest.advanceTimersByTime(3000);
        }
        await flush(4);
        expect($(element, 'price-status')!.textContent).toContain('Setup → Deployment Status');
    });
});
