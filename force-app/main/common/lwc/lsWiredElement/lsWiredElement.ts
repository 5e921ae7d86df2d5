import { LightningElement, api } from 'lwc';
import { refreshApex } from '@salesforce/apex';
import { reduceErrors } from 'c/lsErrors';
import { markPerformance } from 'c/lsFormat';

/** What an Apex `@wire` hands to its handler. */
export interface WiredResult<T> {
    data?: T;
    error?: unknown;
}

/**
 * Base class of the dashboard components that show one wired Apex result: loading and error state, `refresh()` for
 * the dashboard (refreshApex of the last wired value), and a Performance API mark after new data has rendered.
 * A subclass wires its method, passes the value to `acceptWired`, and keeps the data in `applyData`.
 */
export default class LsWiredElement<T> extends LightningElement {
    errorMessages: string[] = [];
    isLoading = true;
    private wiredValue?: WiredResult<T>;
    private markPending = false;

    /** Performance mark recorded after new data rendered, e.g. `lsteward:summary:rendered`. */
    protected get renderedMark(): string {
        return '';
    }

    /** Keeps the wired data (undefined after an error). */
    protected applyData(_data: T | undefined): void {
        // Subclasses override.
    }

    /** Call from the subclass's `@wire` handler. */
    protected acceptWired(value: WiredResult<T>): void {
        this.wiredValue = value;
        const { data, error } = value;
        if (data) {
            this.applyData(data);
            this.errorMessages = [];
            this.isLoading = false;
            this.markPending = true;
        } else if (error) {
            this.applyData(undefined);
            this.errorMessages = reduceErrors(error);
            this.isLoading = false;
        }
    }

    override renderedCallback(): void {
        if (this.markPending) {
            this.markPending = false;
            markPerformance(this.renderedMark);
        }
    }

    /** Reloads the wired data (after a scan, or when the admin asks). */
    @api
    async refresh(): Promise<void> {
        if (this.wiredValue) {
            await refreshApex(this.wiredValue);
        }
    }

    get hasError(): boolean {
        return this.errorMessages.length > 0;
    }
}
