import { LightningElement, api } from 'lwc';

export interface SelectOption {
    label: string;
    value: string;
}

/**
 * A labelled native `<select>` in SLDS markup. lightning-combobox ties its label to a button in another shadow root
 * (LWC warns "label uses attribute for ... not in the same shadow root", and screen readers in native shadow DOM
 * lose the name); here label and control share one template. Same contract as lightning-combobox for the pages that
 * use it: `label`, `options` ({ label, value }), `value`, `disabled`, and a `change` event with `detail.value`.
 */
export default class LsSelect extends LightningElement {
    @api label = '';
    @api options: SelectOption[] = [];
    @api value = '';
    @api disabled = false;
    /** Optional lightning-helptext next to the label. */
    @api helpText = '';

    get optionViews(): Array<SelectOption & { selected: boolean }> {
        return (this.options ?? []).map((option) => ({ ...option, selected: option.value === this.value }));
    }

    /** Moves keyboard focus to the select (for a page that reveals it). */
    @api
    focus(): void {
        this.template?.querySelector<HTMLSelectElement>('select')?.focus();
    }

    handleChange(event: Event): void {
        const value = (event.target as HTMLSelectElement).value;
        this.dispatchEvent(new CustomEvent('change', { detail: { value } }));
    }
}
