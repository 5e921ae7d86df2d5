import { LightningElement, api } from 'lwc';

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

    get knowsPageCount(): boolean {
        return this.pageCount != null;
    }

    get atFirst(): boolean {
        return this.disabled || this.pageNumber <= 1;
    }

    get atLast(): boolean {
        return this.disabled || (this.knowsPageCount ? this.pageNumber >= (this.pageCount ?? 0) : !this.hasMore);
    }

    handleFirst(): void {
        this.goTo(1);
    }

    handlePrevious(): void {
        this.goTo(this.pageNumber - 1);
    }

    handleNext(): void {
        this.goTo(this.pageNumber + 1);
    }

    handleLast(): void {
        this.goTo(this.pageCount ?? this.pageNumber);
    }

    private goTo(pageNumber: number): void {
        this.dispatchEvent(new CustomEvent('pagechange', { detail: { pageNumber } }));
    }
}
