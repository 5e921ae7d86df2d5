import { LightningElement, api } from 'lwc';

/** One button of a c/lsButtonRow. */
export interface RowButton {
    /** The button's data-id (what tests and the preview look it up by). */
    id: string;
    /** The event the row fires on click: lowercase letters, e.g. `pause` for `onpause={handlePause}`. */
    action: string;
    label: string;
    iconName?: string;
    /** lightning-button variant; `neutral` when left out. */
    variant?: string;
    disabled?: boolean;
    /** Left out of the row (a button the current state does not offer). */
    hidden?: boolean;
}

/**
 * A row of action buttons (Refresh, Pause, Resume, Undo…): the host lists them with their state, the row shows the
 * ones not `hidden`, spaced as SLDS does, and a click fires the button's `action` as an event on the row, so the
 * host writes `<c-ls-button-row buttons={actions} onpause={handlePause}>`.
 */
export default class LsButtonRow extends LightningElement {
    // Light DOM: the buttons keep their data-ids in the host's tree, for its tests and the preview.
    static override renderMode = 'light' as const;

    /** The buttons, in order. */
    @api buttons: RowButton[] = [];

    get shownButtons(): (RowButton & { spacing: string; variant: string })[] {
        return (this.buttons ?? [])
            .filter((button) => !button.hidden)
            .map((button, index) => ({
                ...button,
                variant: button.variant ?? 'neutral',
                spacing: index === 0 ? '' : 'slds-m-left_x-small'
            }));
    }

    handleClick(event: Event): void {
        const action = (event.currentTarget as HTMLElement).dataset.action;
        if (action) {
            this.dispatchEvent(new CustomEvent(action));
        }
    }
}
