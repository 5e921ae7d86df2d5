import LsSelect from 'c/lsSelect';
import { flush, mountComponent, unmountAll } from '@test/lwcTestUtils';

const OPTIONS = [
    { label: '01:00', value: '1' },
    { label: '02:00', value: '2' }
];

describe('c-ls-select', () => {
    afterEach(() => unmountAll());

    it('names the select with its label in the same shadow root and reports changes like lightning-combobox', async () => {
        const element = mountComponent('c-ls-select', LsSelect, {
            label: 'Hour of day',
            options: OPTIONS,
            value: '2',
            helpText: 'In your time zone.'
        });
        await flush();
        const select = element.shadowRoot!.querySelector('select')!;
        const label = element.shadowRoot!.querySelector('label')!;
        expect(label.textContent).toBe('Hour of day');
        expect(label.getAttribute('for')).toBe(select.getAttribute('id'));
        expect(select.value).toBe('2');
        expect(element.shadowRoot!.querySelector('lightning-helptext')).not.toBeNull();

        const onChange = jest.fn();
        element.addEventListener('change', onChange);
        select.value = '1';
        select.dispatchEvent(new CustomEvent('change'));
        expect(onChange).toHaveBeenCalledTimes(1);
        expect(onChange.mock.calls[0][0].detail).toEqual({ value: '1' });
        await expect(element).toBeAccessible();

        const host = element as HTMLElement;
        host.focus();
        expect(element.shadowRoot!.activeElement).toBe(select);
    });
});
