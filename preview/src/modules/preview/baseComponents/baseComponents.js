// Hidden page of the preview shell (/?page=__base-components): the lightning-base-components the features are
// likely to use, rendered once so the smoke test catches a preview build that breaks them (e.g. the combobox needs
// enableSyntheticElementInternals). Also a quick visual reference of what works in the preview.
import { LightningElement } from 'lwc';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import LightningConfirm from 'lightning/confirm';

const COLUMNS = [
    { label: 'User', fieldName: 'name', sortable: true },
    { label: 'Seats', fieldName: 'seats', type: 'number' },
    { label: 'Cost', fieldName: 'cost', type: 'currency' },
    { label: 'Since', fieldName: 'since', type: 'date' },
    { label: 'Active', fieldName: 'active', type: 'boolean' },
    { type: 'action', typeAttributes: { rowActions: [{ label: 'Show', name: 'show' }] } }
];

export default class BaseComponents extends LightningElement {
    columns = COLUMNS;
    rows = [
        { id: '1', name: 'User-1', seats: 1, cost: 12.5, since: '2026-01-31', active: true },
        { id: '2', name: 'User-2', seats: 2, cost: 25, since: '2026-02-01', active: false }
    ];
    options = [
        { label: 'Salesforce Voice User', value: 'voice' },
        { label: 'Partner Telephony', value: 'partner' }
    ];
    value = 'voice';
    confirmed = '';

    handleToast() {
        this.dispatchEvent(
            new ShowToastEvent({ title: 'Toast', message: 'From a base component page', variant: 'info' })
        );
    }

    async handleConfirm() {
        const ok = await LightningConfirm.open({ message: 'Proceed?', label: 'Confirm', theme: 'warning' });
        this.confirmed = ok ? 'confirmed' : 'cancelled';
    }
}
