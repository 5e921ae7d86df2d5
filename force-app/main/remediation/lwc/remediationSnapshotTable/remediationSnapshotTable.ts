import { LightningElement, api } from 'lwc';
import getSnapshot from '@salesforce/apex/RemediationController.getSnapshot';
import type { RemediationSnapshotItemDto, RemediationSnapshotPageDto } from '@apex-types/remediation';
import { reduceErrors } from 'c/lsErrors';
import { downloadCsv } from 'c/lsCsv';
import { kindLabel, snapshotCsv } from 'c/remediationCsv';

/** Rows per page on screen. */
export const PAGE_SIZE = 25;
/** Rows per call when exporting (the API allows up to 2000). */
export const EXPORT_PAGE_SIZE = 2000;
/** Safety stop for the export loop (50 x 2000 rows, far above the engine's snapshot limit). */
const MAX_EXPORT_PAGES = 50;

interface KindFilter {
    value: string;
    label: string;
}

const FILTERS: KindFilter[] = [
    { value: 'USER', label: 'Users' },
    { value: 'CONNECTED_APP', label: 'Connected apps' },
    { value: 'PSL_ASSIGNMENT', label: 'License assignments' },
    { value: 'PACKAGE_SEAT', label: 'Package seats' },
    { value: 'ALL', label: 'Everything' }
];

interface SnapshotRow extends RemediationSnapshotItemDto {
    kindLabel: string;
    /** The state, with the platform's reason when the row failed (e.g. a package seat taken before the undo). */
    stateText: string;
    activeText: string;
    keepsLicenseText: string;
}

function yesNo(value: boolean | null): string {
    if (value === null || value === undefined) {
        return '—';
    }
    return value ? 'Yes' : 'No';
}

/**
 * Review step of a remediation: one page of the run's snapshot at a time, filtered by kind, and a CSV export of
 * the whole snapshot (every kind, paged through until hasMore is false).
 */
export default class RemediationSnapshotTable extends LightningElement {
    /** Run whose snapshot to show. */
    @api runId?: string;
    /** Run number, used in the export's file name. */
    @api runName?: string;

    /** Kind shown first: users by default; a plan without users (the reclaim) starts on its license assignments. */
    @api
    get initialKind(): string {
        return this.kind;
    }
    set initialKind(value: string) {
        if (FILTERS.some((filter) => filter.value === value)) {
            this.kind = value;
        }
    }

    kind = 'USER';
    pageNumber = 1;
    snapshotPage?: RemediationSnapshotPageDto;
    isLoading = false;
    isExporting = false;
    errorMessages: string[] = [];
    exportMessage = '';
    private requestSequence = 0;

    override connectedCallback(): void {
        this.load();
    }

    get filterOptions(): { value: string; label: string }[] {
        return FILTERS;
    }

    get rows(): SnapshotRow[] {
        return (this.snapshotPage?.items ?? []).map((item) => ({
            ...item,
            kindLabel: kindLabel(item.kind),
            stateText: item.error ? `${item.state}: ${item.error}` : item.state,
            activeText: yesNo(item.isActive),
            keepsLicenseText: yesNo(item.keepsLicense)
        }));
    }

    get hasRows(): boolean {
        return this.rows.length > 0;
    }

    get isEmpty(): boolean {
        return !this.isLoading && this.errorMessages.length === 0 && this.snapshotPage !== undefined && !this.hasRows;
    }

    get hasError(): boolean {
        return this.errorMessages.length > 0;
    }

    get emptyMessage(): string {
        const filter = FILTERS.find((f) => f.value === this.kind);
        return `The snapshot has no ${filter ? filter.label.toLowerCase() : 'rows'}.`;
    }

    get rangeText(): string {
        if (!this.snapshotPage || this.snapshotPage.totalCount === 0) {
            return '';
        }
        const first = (this.snapshotPage.pageNumber - 1) * this.snapshotPage.pageSize + 1;
        const last = first + this.snapshotPage.items.length - 1;
        return `${first}–${last} of ${this.snapshotPage.totalCount}`;
    }

    get hasMore(): boolean {
        return this.snapshotPage?.hasMore === true;
    }

    get exportDisabled(): boolean {
        return this.isExporting || !this.runId;
    }

    get exportLabel(): string {
        return this.isExporting ? 'Exporting…' : 'Export CSV';
    }

    handleKindChange(event: CustomEvent<{ value: string }>): void {
        this.kind = event.detail.value;
        this.pageNumber = 1;
        this.load();
    }

    handlePageChange(event: CustomEvent<{ pageNumber: number }>): void {
        this.pageNumber = event.detail.pageNumber;
        this.load();
    }

    handleRetry(): void {
        this.load();
    }

    async load(): Promise<void> {
        if (!this.runId) {
            return;
        }
        const sequence = ++this.requestSequence;
        this.isLoading = true;
        this.errorMessages = [];
        try {
            const page: RemediationSnapshotPageDto = await getSnapshot({
                runId: this.runId,
                kind: this.kind === 'ALL' ? null : this.kind,
                pageNumber: this.pageNumber,
                pageSize: PAGE_SIZE
            });
            if (sequence === this.requestSequence) {
                this.snapshotPage = page;
            }
        } catch (error) {
            if (sequence === this.requestSequence) {
                this.snapshotPage = undefined;
                this.errorMessages = reduceErrors(error);
            }
        } finally {
            if (sequence === this.requestSequence) {
                this.isLoading = false;
            }
        }
    }

    /** Pages through the whole snapshot (every kind) and downloads it as CSV. */
    async handleExport(): Promise<void> {
        const anchor = this.template?.querySelector<HTMLAnchorElement>('a[data-id="download"]');
        if (!this.runId || !anchor) {
            return;
        }
        this.isExporting = true;
        this.exportMessage = '';
        this.errorMessages = [];
        try {
            const items: RemediationSnapshotItemDto[] = [];
            let pageNumber = 1;
            let hasMore = true;
            while (hasMore && pageNumber <= MAX_EXPORT_PAGES) {
                // Pages depend on each other (stop at hasMore = false), so they are fetched one after the other.
                // eslint-disable-next-line no-await-in-loop
                const page: RemediationSnapshotPageDto = await getSnapshot({
                    runId: this.runId,
                    kind: null,
                    pageNumber,
                    pageSize: EXPORT_PAGE_SIZE
                });
                items.push(...page.items);
                hasMore = page.hasMore;
                pageNumber += 1;
            }
            downloadCsv(anchor, `${this.runName ?? 'remediation'}-snapshot.csv`, [snapshotCsv(items)]);
            this.exportMessage = `Exported ${items.length} snapshot rows.`;
        } catch (error) {
            this.errorMessages = reduceErrors(error);
        } finally {
            this.isExporting = false;
        }
    }
}
