import { LightningElement, api } from 'lwc';

/**
 * The one error alert of every License Steward page: readable messages (already reduced with c/lsErrors) and, when
 * the host can load again, a retry button that fires `retry`. The host owns the data-id and when to show it.
 */
export default class LsErrorAlert extends LightningElement {
    // Light DOM: the messages and the button stay in the host's tree, so its queries, its tests and screen readers
    // read the alert exactly as when the markup was inline.
    static override renderMode = 'light' as const;

    /** The readable messages, one paragraph each (reduceErrors output). */
    @api messages: string[] = [];
    /** The retry button's label; no button when empty. */
    @api retryLabel = '';

    handleRetry(): void {
        this.dispatchEvent(new CustomEvent('retry'));
    }
}
