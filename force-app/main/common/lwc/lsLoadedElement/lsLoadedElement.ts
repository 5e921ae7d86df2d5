import { LightningElement } from 'lwc';
import { reduceErrors } from 'c/lsErrors';

/**
 * Base class of components that load one imperative (non-cacheable) Apex result when they connect: the loading and
 * error state and `load()` to reload (after a save). A subclass implements `fetch` (the Apex call) and `applyData`
 * (keeps the result, null after an error); its template shows `isLoading`, `hasError` and `errorMessages`
 * (c-ls-error-alert). The wired counterpart is c/lsWiredElement.
 */
export default class LsLoadedElement<T> extends LightningElement {
    errorMessages: string[] = [];
    isLoading = true;

    /** The Apex call. */
    protected fetch(): Promise<T | null | undefined> {
        return Promise.resolve(null);
    }

    /** Keeps the loaded data (null after an error). */
    protected applyData(_data: T | null): void {
        // Subclasses override.
    }

    override connectedCallback(): void {
        this.load();
    }

    /** Loads (or reloads) the data; a failure shows its readable messages and clears the data. */
    async load(): Promise<void> {
        try {
            this.applyData((await this.fetch()) ?? null);
            this.errorMessages = [];
        } catch (error) {
            this.applyData(null);
            this.errorMessages = reduceErrors(error);
        } finally {
            this.isLoading = false;
        }
    }

    get hasError(): boolean {
        return this.errorMessages.length > 0;
    }
}
