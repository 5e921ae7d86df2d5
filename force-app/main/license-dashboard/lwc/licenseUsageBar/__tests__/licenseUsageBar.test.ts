import { createElement } from 'lwc';
import LicenseUsageBar from 'c/licenseUsageBar';
import { unmountAll } from '@test/lwcTestUtils';

function mount(props: Record<string, unknown>): HTMLElement {
    const element = createElement('c-license-usage-bar', { is: LicenseUsageBar });
    Object.assign(element, props);
    document.body.appendChild(element);
    return element;
}

describe('c-license-usage-bar', () => {
    afterEach(() => {
        unmountAll();
    });

    it('draws the used share with the colour of the status', async () => {
        const element = mount({ percent: 92.31, status: 'warning', label: 'Salesforce usage' });
        const bar = element.shadowRoot!.querySelector('[data-id="usage-bar"]')!;
        expect(bar.getAttribute('aria-valuenow')).toBe('92');
        expect(bar.getAttribute('aria-valuetext')).toBe('92.3% used');
        expect(bar.getAttribute('aria-label')).toBe('Salesforce usage');
        const fill = bar.querySelector('span')!;
        expect(fill.className).toBe('usage-bar__fill usage-bar__fill_warning');
        expect(fill.getAttribute('style')).toContain('width: 92%');
        await expect(element).toBeAccessible();
    });

    it.each([
        ['ok', 20, 'success'],
        ['warning', 95, 'warning'],
        ['exhausted', 100, 'error'],
        ['overallocated', 120, 'error'],
        ['expired', 33.33, 'error']
    ])('draws %s in the %s colour of the shared scale', (status, percent, severity) => {
        const element = mount({ percent, status });
        expect(element.shadowRoot!.querySelector('span')!.className).toContain(`usage-bar__fill_${severity}`);
    });

    it('caps over-used licenses at 100 % and shows licenses without seats as empty', async () => {
        const over = mount({ percent: 115, status: 'overallocated' });
        expect(over.shadowRoot!.querySelector('[data-id="usage-bar"]')!.getAttribute('aria-valuenow')).toBe('100');
        const none = mount({ percent: null, status: 'ok' });
        const bar = none.shadowRoot!.querySelector('[data-id="usage-bar"]')!;
        expect(bar.getAttribute('aria-valuenow')).toBe('0');
        expect(bar.getAttribute('aria-valuetext')).toBe('No seats');
        await expect(none).toBeAccessible();
    });
});
