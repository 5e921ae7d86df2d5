import { LightningElement, api } from 'lwc';

interface PagerButton {
    id: string;
    label: string;
    page: number;
    disabled: boolean;
    iconName?: string;
    iconPosition?: string;
}

/**
 * The page buttons of a paged list: First, Previous, Next and Last when the host knows the page count, Previous and
 * Next (Next while `has-more`) when it does not. A click fires `pagechange` with `{ pageNumber }`, the page to load;
 * the host loads it and passes the new `page-number` back. Every button is disabled while `disabled` (loading).
 */
export default class LsPager extends LightningElement {
    // Light DOM: the buttons keep their data-ids (first, previous, next, last) in the host's tree for its tests.
    static override renderMode = 'light' as const;

    /** The page shown, from 1. */
    @api pageNumber = 1;
    /** How many pages there are; null when unknown (then `has-more` says whether there is a next page). */
    @api pageCount: number | null = null;
    /** Whether a next page exists, when the page count is unknown. */
    @api hasMore = false;
    /** Disables every button (while a page loads). */
    @api disabled = false;

    /** First and Last only when the page count is known; each button with the page it asks for. */
    get buttons(): PagerButton[] {
        const knowsPageCount = this.pageCount != null;
        const atFirst = this.disabled || this.pageNumber <= 1;
        const atLast = this.disabled || (knowsPageCount ? this.pageNumber >= (this.pageCount ?? 0) : !this.hasMore);
        const buttons: (PagerButton | null)[] = [
            knowsPageCount ? { id: 'first', label: 'First', page: 1, disabled: atFirst } : null,
            {
                id: 'previous',
                label: 'Previous',
                iconName: 'utility:chevronleft',
                page: this.pageNumber - 1,
                disabled: atFirst
            },
            {
                id: 'next',
                label: 'Next',
                iconName: 'utility:chevronright',
                iconPosition: 'right',
                page: this.pageNumber + 1,
                disabled: atLast
            },
            knowsPageCount ? { id: 'last', label: 'Last', page: this.pageCount ?? 1, disabled: atLast } : null
        ];
        return buttons.filter((button): button is PagerButton => button !== null);
    }

    handleClick(event: Event): void {
        const pageNumber = Number((event.currentTarget as HTMLElement).dataset.page);
        this.dispatchEvent(new CustomEvent('pagechange', { detail: { pageNumber } }));
    }
}
