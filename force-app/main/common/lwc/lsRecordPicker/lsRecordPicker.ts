import { LightningElement, api } from 'lwc';
import { reduceErrors } from 'c/lsErrors';

export const SEARCH_DELAY_MS = 300;
const MIN_SEARCH_LENGTH = 2;

/** A search result as the picker shows it. */
export interface PickerOption {
    id: string;
    title: string;
    subtitle: string;
    /** Accessible name of the option's button, e.g. `Pick user User-3`. */
    ariaLabel: string;
    /** Badge text once picked. */
    selectedText: string;
}

/** Finds the options for a search text (2 characters or more). */
export type PickerSearch = (text: string) => Promise<PickerOption[]>;

/**
 * Search-and-pick field: a search input (search after a 300 ms pause, from 2 characters), the matching options as
 * buttons, and once picked a badge with a "Change" button. Events: `select` (detail { id }, id null when cleared)
 * and `searcherror` (detail { messages }, empty after a successful search). `name` prefixes the data-ids:
 * `<name>-search`, `<name>-options`, `<name>-no-match`, `selected-<name>`, `change-<name>`.
 */
export default class LsRecordPicker extends LightningElement {
    @api label = '';
    @api name = '';
    @api search?: PickerSearch;

    searchText = '';
    results: PickerOption[] = [];
    picked?: PickerOption;
    isSearching = false;
    searchDone = false;
    private timer?: ReturnType<typeof setTimeout>;
    private sequence = 0;

    override disconnectedCallback(): void {
        clearTimeout(this.timer);
    }

    get searchId(): string {
        return `${this.name}-search`;
    }

    get optionsId(): string {
        return `${this.name}-options`;
    }

    get noMatchId(): string {
        return `${this.name}-no-match`;
    }

    get selectedId(): string {
        return `selected-${this.name}`;
    }

    get changeId(): string {
        return `change-${this.name}`;
    }

    get changeTitle(): string {
        return `Change the ${this.label.toLowerCase()}`;
    }

    get hasOptions(): boolean {
        return this.results.length > 0;
    }

    get noMatch(): boolean {
        return this.searchDone && !this.isSearching && this.results.length === 0;
    }

    handleSearch(event: CustomEvent<{ value: string }>): void {
        this.searchText = event.detail?.value ?? '';
        clearTimeout(this.timer);
        const text = this.searchText.trim();
        this.searchDone = false;
        if (text.length < MIN_SEARCH_LENGTH) {
            this.results = [];
            return;
        }
        // eslint-disable-next-line @lwc/lwc/no-async-operation
        this.timer = setTimeout(() => this.runSearch(text), SEARCH_DELAY_MS);
    }

    handlePick(event: Event): void {
        const id = (event.currentTarget as HTMLElement).dataset.id;
        this.picked = this.results.find((option) => option.id === id);
        this.results = [];
        this.searchDone = false;
        this.dispatchEvent(new CustomEvent('select', { detail: { id: this.picked?.id ?? null } }));
    }

    handleClear(): void {
        this.picked = undefined;
        this.dispatchEvent(new CustomEvent('select', { detail: { id: null } }));
    }

    private async runSearch(text: string): Promise<void> {
        if (!this.search) {
            return;
        }
        const sequence = ++this.sequence;
        this.isSearching = true;
        try {
            const found = await this.search(text);
            if (sequence === this.sequence) {
                this.results = found;
                this.searchDone = true;
                this.reportErrors([]);
            }
        } catch (error) {
            if (sequence === this.sequence) {
                this.reportErrors(reduceErrors(error));
            }
        } finally {
            if (sequence === this.sequence) {
                this.isSearching = false;
            }
        }
    }

    private reportErrors(messages: string[]): void {
        this.dispatchEvent(new CustomEvent('searcherror', { detail: { messages } }));
    }
}
