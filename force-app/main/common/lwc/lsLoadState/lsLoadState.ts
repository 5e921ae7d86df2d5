import { LightningElement, api } from 'lwc';

/**
 * The loading and error state of a card or panel that loads data: a small spinner while `loading`, and
 * c/lsErrorAlert with `messages` (and a retry button when `retry-label` is set, firing `retry`) when the load
 * failed. The host keeps its data and empty states, and names the alert with `error-id` (its data-id).
 */
export default class LsLoadState extends LightningElement {
    // Light DOM like c/lsErrorAlert: the spinner and the alert stay in the host's tree, so its queries by data-id,
    // its tests and the preview read them as when the markup was inline.
    static override renderMode = 'light' as const;

    /** Shows the spinner. */
    @api loading = false;
    /** The spinner's text for screen readers ("Loading the run"). */
    @api loadingText = 'Loading';
    /** The readable error messages (reduceErrors output); the alert shows when there is at least one. */
    @api messages: string[] = [];
    /** The data-id of the error alert, the name the host's tests and the preview look it up by. */
    @api errorId = 'error';
    /** The retry button's label; no button when empty. */
    @api retryLabel = '';

    get hasError(): boolean {
        return (this.messages?.length ?? 0) > 0;
    }

    handleRetry(): void {
        this.dispatchEvent(new CustomEvent('retry'));
    }
}
