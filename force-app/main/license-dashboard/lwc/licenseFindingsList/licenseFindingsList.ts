import { LightningElement, api, wire } from 'lwc';
import getFindings from '@salesforce/apex/LicenseDashboardController.getFindings';
import exportFindings from '@salesforce/apex/LicenseDashboardController.exportFindings';
import getLicenseInventory from '@salesforce/apex/LicenseDashboardController.getLicenseInventory';
import type {
    LicenseFindingDto,
    LicenseFindingExportDto,
    LicenseFindingPageDto,
    LicenseInventoryDto
} from '@apex-types/dashboard';
import { reduceErrors } from 'c/lsErrors';
import { csvFileName, downloadCsv } from 'c/lsCsv';
import { formatDateTime, formatNumber, markPerformance, plural } from 'c/lsFormat';

export const PAGE_SIZES = [25, 50, 100, 200];
export const EXPORT_CHUNK_SIZE = 2000;
const SEARCH_DELAY_MS = 300;
const MIN_SEARCH_LENGTH = 2;

/**
 * Finding types whose rows can be reclaimed from here, with the remediation engine's plan and the license kind of
 * their rows: unneeded PSL assignments (RECLAIM_UNNEEDED_PSL) and package seats of inactive or deactivated users
 * (RECLAIM_PACKAGE_SEATS, selected rows only: it has no "reclaim all").
 */
const RECLAIM_PLANS: Record<string, { planType: string; licenseKind: string; reclaimAll: boolean }> = {
    UnneededPsl: { planType: 'RECLAIM_UNNEEDED_PSL', licenseKind: 'PermissionSetLicense', reclaimAll: true },
    PackageSeatHolder: { planType: 'RECLAIM_PACKAGE_SEATS', licenseKind: 'PackageLicense', reclaimAll: false }
};

/** License key of the DeactivatedHolder rows that list permission set assignments (LicenseFindingRules). */
const PERMISSION_SET_ASSIGNMENTS_KEY = 'PermissionSetAssignments';

const REASON_OPTIONS: { label: string; value: string }[] = [
    { label: 'All finding types', value: '' },
    { label: 'Voice PSL double consumption', value: 'VoiceDoubleConsumption' },
    { label: 'Unneeded PSL assignments', value: 'UnneededPsl' },
    { label: 'Inactive license holders', value: 'InactiveUser' },
    { label: 'Deactivated users still holding assignments', value: 'DeactivatedHolder' },
    { label: 'Expiring or expired PSLs', value: 'ExpiringLicense' },
    { label: 'Used-count gaps', value: 'UsedCountGap' },
    { label: 'Package seats of inactive or deactivated users', value: 'PackageSeatHolder' }
];

/** Sortable columns (server-side sort fields of getFindings). */
const COLUMNS: { field: string; label: string; numeric?: boolean }[] = [
    { field: 'userFullName', label: 'User' },
    { field: 'reason', label: 'Finding' },
    { field: 'licenseLabel', label: 'License' },
    { field: 'lastLoginDate', label: 'Last login' },
    { field: 'userActive', label: 'Active' },
    { field: 'reclaimableSeats', label: 'Seats', numeric: true }
];

interface ColumnView {
    key: string;
    field: string;
    label: string;
    thClass: string;
    ariaSort: string;
    buttonLabel: string;
    arrow: string;
}

interface RowView {
    key: string;
    user: string;
    username: string;
    reason: string;
    license: string;
    licenseDeveloperName: string;
    lastLogin: string;
    active: string;
    seats: string;
    detail: string;
    selectable: boolean;
    selected: boolean;
    selectLabel: string;
}

interface SelectedFinding {
    licenseDeveloperName: string;
    licenseLabel: string;
}

/** What the reclaim flow below the list was opened for. */
export interface ReclaimRequest {
    key: string;
    planType: string;
    targetIds: string[];
    licenseDeveloperName: string;
    licenseLabel: string;
}

/**
 * Drill-down of the findings of the latest scan (getFindings): server-side pagination, sorting and filters (type,
 * license, name/username prefix, reclaimable only), so tens of thousands of rows stay responsive: only one page
 * (25-200 rows) is ever in the browser. CSV export of the whole filtered list through exportFindings in chunks of
 * 2,000 rows (the server quotes and neutralises formulas; this component concatenates and downloads).
 * The dashboard sets `reason` / `licenseDeveloperName` when the admin picks a type or a license.
 */
export default class LicenseFindingsList extends LightningElement {
    currentPage?: LicenseFindingPageDto;
    errorMessages: string[] = [];
    isLoading = false;
    searchText = '';
    searchHint = '';
    reclaimableOnly = false;
    pageNumber = 1;
    pageSize = 50;
    sortField = 'userFullName';
    sortDirection: 'asc' | 'desc' = 'asc';
    isExporting = false;
    exportStatus = '';
    exportErrorMessages: string[] = [];
    private reasonValue = '';
    private licenseValue = '';
    private appliedSearch = '';
    private requestSequence = 0;
    private searchTimer?: ReturnType<typeof setTimeout>;
    private connected = false;
    private markPending = false;
    private licenseOptionList: { label: string; value: string }[] = [];
    private licenseLabels: Record<string, string> = {};
    /** Selected unneeded-PSL findings (kept across pages, cleared when the filters change). */
    selectedFindings: Record<string, SelectedFinding> = {};
    private selectionFilterKey = '';
    private reclaimSequence = 0;
    reclaim?: ReclaimRequest;

    /** The licenses of the org for the license filter (same cacheable call as the inventory: served from cache). */
    @wire(getLicenseInventory)
    wiredInventory({ data }: { data?: LicenseInventoryDto; error?: unknown }): void {
        if (data) {
            // License labels as admins know them; the developer name only tells apart two licenses with one label.
            const all = [...data.userLicenses, ...data.permissionSetLicenses];
            const labelCount = new Map<string, number>();
            for (const license of all) {
                const label = license.label ?? license.developerName ?? '';
                labelCount.set(label, (labelCount.get(label) ?? 0) + 1);
            }
            const option = (license: { developerName: string | null; label: string | null }) => {
                const label = license.label ?? license.developerName ?? '';
                return {
                    label: (labelCount.get(label) ?? 0) > 1 ? `${label} (${license.developerName})` : label,
                    value: license.developerName ?? ''
                };
            };
            const labels: Record<string, string> = {};
            for (const license of [...data.userLicenses, ...data.permissionSetLicenses]) {
                if (license.developerName) {
                    labels[license.developerName] = license.label ?? license.developerName;
                }
            }
            this.licenseLabels = labels;
            this.licenseOptionList = [
                ...data.userLicenses.filter((l) => l.developerName).map(option),
                ...data.permissionSetLicenses.filter((l) => l.developerName).map(option),
                { label: 'Permission set assignments (deactivated users)', value: PERMISSION_SET_ASSIGNMENTS_KEY }
            ];
        }
        // Without the inventory the filter still offers "All licenses" and the license picked on the dashboard.
    }

    /** Finding type filter (API value) or empty for all types. */
    @api
    get reason(): string {
        return this.reasonValue;
    }
    set reason(value: string) {
        this.reasonValue = value ?? '';
        this.pageNumber = 1;
        this.reloadIfConnected();
    }

    /** License key filter (`licenseDeveloperName` of the findings) or empty for all licenses. */
    @api
    get licenseDeveloperName(): string {
        return this.licenseValue;
    }
    set licenseDeveloperName(value: string) {
        this.licenseValue = value ?? '';
        this.pageNumber = 1;
        this.reloadIfConnected();
    }

    override connectedCallback(): void {
        this.connected = true;
        this.load();
    }

    override disconnectedCallback(): void {
        this.connected = false;
        if (this.searchTimer) {
            clearTimeout(this.searchTimer);
        }
    }

    override renderedCallback(): void {
        if (this.markPending) {
            this.markPending = false;
            markPerformance('lsteward:findingsList:rendered');
        }
    }

    /**
     * Shows the findings of one type and/or license from page 1, clearing the admin's other filters (what the
     * dashboard calls when a type or a license is picked elsewhere).
     */
    @api
    showFindings(reason: string | null, licenseDeveloperName: string | null): Promise<void> {
        this.reasonValue = reason ?? '';
        this.licenseValue = licenseDeveloperName ?? '';
        this.searchText = '';
        this.appliedSearch = '';
        this.searchHint = '';
        this.reclaimableOnly = false;
        this.pageNumber = 1;
        return this.load();
    }

    /**
     * Moves keyboard focus to the drill-down (its finding type filter, which names what is shown) after the dashboard
     * revealed it; the result count is announced once, by the list's own status line.
     */
    @api
    focusResults(): void {
        const filter = this.template?.querySelector('[data-id="reason-filter"]') as HTMLElement | null;
        filter?.focus();
    }

    /** Reloads the current page (after a scan completed). */
    @api
    refresh(): Promise<void> {
        return this.load();
    }

    // ---- view state ----

    get reasonOptions() {
        return REASON_OPTIONS;
    }

    get licenseOptions() {
        const options = [{ label: 'All licenses', value: '' }, ...this.licenseOptionList];
        if (this.licenseValue && !options.some((o) => o.value === this.licenseValue)) {
            options.push({ label: this.licenseValue, value: this.licenseValue });
        }
        return options;
    }

    get pageSizeOptions() {
        return PAGE_SIZES.map((size) => ({ label: String(size), value: String(size) }));
    }

    get pageSizeValue(): string {
        return String(this.pageSize);
    }

    get hasError(): boolean {
        return this.errorMessages.length > 0;
    }

    get hasExportError(): boolean {
        return this.exportErrorMessages.length > 0;
    }

    get totalCount(): number {
        return this.currentPage?.totalCount ?? 0;
    }

    get hasRows(): boolean {
        return (this.currentPage?.rows.length ?? 0) > 0;
    }

    get noScan(): boolean {
        return !this.isLoading && !this.hasError && this.currentPage !== undefined && this.currentPage.scanId == null;
    }

    get isEmpty(): boolean {
        return (
            !this.isLoading &&
            !this.hasError &&
            this.currentPage !== undefined &&
            this.currentPage.scanId != null &&
            this.currentPage.rows.length === 0
        );
    }

    get emptyMessage(): string {
        if (this.totalCount > 0) {
            return 'This page is past the end of the list.';
        }
        return this.hasFilters ? 'No finding matches these filters.' : 'The latest scan found nothing to reclaim.';
    }

    get hasFilters(): boolean {
        return !!(this.reasonValue || this.licenseValue || this.appliedSearch || this.reclaimableOnly);
    }

    get pageCount(): number {
        return Math.max(1, Math.ceil(this.totalCount / this.pageSize));
    }

    get rangeText(): string {
        if (!this.currentPage) {
            return '';
        }
        if (this.totalCount === 0) {
            return '0 findings';
        }
        const first = Math.min(this.totalCount, (this.pageNumber - 1) * this.pageSize + 1);
        const last = Math.min(this.totalCount, this.pageNumber * this.pageSize);
        return `${formatNumber(first)}–${formatNumber(last)} of ${plural(this.totalCount, 'finding')}`;
    }

    get pageText(): string {
        return `Page ${formatNumber(this.pageNumber)} of ${formatNumber(this.pageCount)}`;
    }

    get statusText(): string {
        if (this.isLoading) {
            return 'Loading findings…';
        }
        return this.rangeText;
    }

    get isExportDisabled(): boolean {
        return this.isExporting || this.totalCount === 0;
    }

    get exportLabel(): string {
        return this.isExporting ? 'Exporting…' : 'Export CSV';
    }

    get columns(): ColumnView[] {
        return COLUMNS.map((column) => {
            const sorted = column.field === this.sortField;
            const ascending = this.sortDirection === 'asc';
            let ariaSort = 'none';
            if (sorted) {
                ariaSort = ascending ? 'ascending' : 'descending';
            }
            const next = sorted && ascending ? 'descending' : 'ascending';
            return {
                key: column.field,
                field: column.field,
                label: column.label,
                thClass: column.numeric ? 'slds-is-sortable slds-text-align_right' : 'slds-is-sortable',
                ariaSort,
                buttonLabel: `Sort by ${column.label} ${next}`,
                arrow: sorted ? (ascending ? '▲' : '▼') : ''
            };
        });
    }

    get rows(): RowView[] {
        return (this.currentPage?.rows ?? []).map((row: LicenseFindingDto) => {
            let active = '—';
            if (row.userActive != null) {
                active = row.userActive ? 'Yes' : 'No';
            }
            return {
                key: row.id,
                user: row.userFullName ?? '—',
                username: row.username ?? '',
                reason: row.reasonLabel,
                license: row.licenseLabel ?? row.licenseDeveloperName ?? '—',
                licenseDeveloperName: row.licenseDeveloperName ?? '',
                lastLogin: row.userId == null ? '—' : row.lastLoginDate ? formatDateTime(row.lastLoginDate) : 'Never',
                active,
                seats: formatNumber(row.reclaimableSeats),
                detail: row.detail ?? '',
                selectable: this.isSelectable(row),
                selected: this.selectedFindings[row.id] !== undefined,
                selectLabel: `Select ${row.userFullName ?? row.username ?? row.id} (${row.licenseLabel ?? row.licenseDeveloperName ?? ''}) for the reclaim`
            };
        });
    }

    // ---- reclaim of unneeded PSL assignments ----

    /** Selection and reclaim actions only on a reclaimable finding type (RECLAIM_PLANS). */
    get showReclaim(): boolean {
        return this.reasonValue in RECLAIM_PLANS;
    }

    private isSelectable(row: LicenseFindingDto): boolean {
        const plan = RECLAIM_PLANS[row.reason];
        return (
            plan !== undefined &&
            row.reason === this.reasonValue &&
            row.reclaimable &&
            row.licenseKind === plan.licenseKind &&
            !!row.licenseDeveloperName
        );
    }

    get selectedCount(): number {
        return Object.keys(this.selectedFindings).length;
    }

    private get selectedLicenses(): string[] {
        return [...new Set(Object.values(this.selectedFindings).map((f) => f.licenseDeveloperName))];
    }

    get reclaimSelectedLabel(): string {
        return `Reclaim selected (${formatNumber(this.selectedCount)})`;
    }

    get reclaimSelectedDisabled(): boolean {
        return this.reclaim !== undefined || this.selectedCount === 0 || this.selectedLicenses.length !== 1;
    }

    get selectionHint(): string {
        if (this.reclaim) {
            return 'Close the reclaim below to start another.';
        }
        if (this.selectedLicenses.length > 1) {
            return 'The selected rows belong to more than one license: reclaim one license at a time.';
        }
        if (!this.licenseValue) {
            return 'Pick a license in the License filter to reclaim all of its unneeded assignments.';
        }
        return '';
    }

    private get filterLicenseLabel(): string {
        return this.licenseLabels[this.licenseValue] ?? this.licenseValue;
    }

    get reclaimAllLabel(): string {
        return this.licenseValue ? `Reclaim all unneeded ${this.filterLicenseLabel}` : 'Reclaim all unneeded…';
    }

    get reclaimAllDisabled(): boolean {
        return (
            this.reclaim !== undefined ||
            !this.licenseValue ||
            this.licenseValue === PERMISSION_SET_ASSIGNMENTS_KEY ||
            RECLAIM_PLANS[this.reasonValue]?.reclaimAll !== true
        );
    }

    get pageSelectable(): RowView[] {
        return this.rows.filter((row) => row.selectable);
    }

    get allOnPageSelected(): boolean {
        const selectable = this.pageSelectable;
        return selectable.length > 0 && selectable.every((row) => row.selected);
    }

    get selectAllDisabled(): boolean {
        return this.pageSelectable.length === 0;
    }

    handleRowSelect(event: Event): void {
        const input = event.currentTarget as HTMLInputElement;
        const row = (this.currentPage?.rows ?? []).find((r) => r.id === input.dataset.key);
        if (!row || !this.isSelectable(row)) {
            return;
        }
        const next = { ...this.selectedFindings };
        if (input.checked) {
            next[row.id] = {
                licenseDeveloperName: row.licenseDeveloperName ?? '',
                licenseLabel: row.licenseLabel ?? row.licenseDeveloperName ?? ''
            };
        } else {
            delete next[row.id];
        }
        this.selectedFindings = next;
    }

    handleSelectPage(event: Event): void {
        const checked = (event.currentTarget as HTMLInputElement).checked;
        const next = { ...this.selectedFindings };
        for (const row of this.currentPage?.rows ?? []) {
            if (!this.isSelectable(row)) {
                continue;
            }
            if (checked) {
                next[row.id] = {
                    licenseDeveloperName: row.licenseDeveloperName ?? '',
                    licenseLabel: row.licenseLabel ?? row.licenseDeveloperName ?? ''
                };
            } else {
                delete next[row.id];
            }
        }
        this.selectedFindings = next;
    }

    handleReclaimSelected(): void {
        if (this.reclaimSelectedDisabled) {
            return;
        }
        const first = Object.values(this.selectedFindings)[0];
        this.openReclaim(Object.keys(this.selectedFindings), first.licenseDeveloperName, first.licenseLabel);
    }

    handleReclaimAll(): void {
        if (!this.reclaimAllDisabled) {
            this.openReclaim([], this.licenseValue, this.filterLicenseLabel);
        }
    }

    private openReclaim(targetIds: string[], licenseDeveloperName: string, licenseLabel: string): void {
        this.reclaimSequence += 1;
        this.reclaim = {
            key: `reclaim-${this.reclaimSequence}`,
            planType: RECLAIM_PLANS[this.reasonValue]?.planType ?? 'RECLAIM_UNNEEDED_PSL',
            targetIds,
            licenseDeveloperName,
            licenseLabel
        };
    }

    /** The flow was closed: forget it and the selection, reload the page (a scan may show the freed seats). */
    /** Tells the dashboard a reclaim run changed (scheduled, running, finished), so its Reclaim runs card follows. */
    handleReclaimRunChange(event: CustomEvent<unknown>): void {
        this.dispatchEvent(new CustomEvent('reclaimchange', { detail: event.detail }));
    }

    handleReclaimClose(): void {
        this.reclaim = undefined;
        this.selectedFindings = {};
        this.load();
    }

    get activeFilterText(): string {
        const parts: string[] = [];
        if (this.reasonValue) {
            const option = REASON_OPTIONS.find((o) => o.value === this.reasonValue);
            parts.push(option ? option.label : this.reasonValue);
        }
        if (this.licenseValue) {
            parts.push(`license ${this.licenseValue}`);
        }
        if (this.appliedSearch) {
            parts.push(`name or username starting with "${this.appliedSearch}"`);
        }
        if (this.reclaimableOnly) {
            parts.push('reclaimable only');
        }
        return parts.length ? `Filters: ${parts.join(' · ')}` : 'All findings of the latest scan';
    }

    // ---- handlers ----

    handleReasonChange(event: CustomEvent<{ value: string }>): void {
        this.reasonValue = event.detail?.value ?? '';
        this.pageNumber = 1;
        this.load();
    }

    handleLicenseChange(event: CustomEvent<{ value: string }>): void {
        this.licenseValue = (event.detail?.value ?? '').trim();
        this.pageNumber = 1;
        this.load();
    }

    handleSearchChange(event: CustomEvent<{ value: string }>): void {
        this.searchText = event.detail?.value ?? '';
        if (this.searchTimer) {
            clearTimeout(this.searchTimer);
        }
        const text = this.searchText.trim();
        if (text.length > 0 && text.length < MIN_SEARCH_LENGTH) {
            this.searchHint = `Type at least ${MIN_SEARCH_LENGTH} characters to search.`;
            return;
        }
        this.searchHint = '';
        // eslint-disable-next-line @lwc/lwc/no-async-operation
        this.searchTimer = setTimeout(() => {
            this.searchTimer = undefined;
            if (text !== this.appliedSearch) {
                this.appliedSearch = text;
                this.pageNumber = 1;
                this.load();
            }
        }, SEARCH_DELAY_MS);
    }

    handleReclaimableChange(event: CustomEvent<{ checked: boolean }>): void {
        this.reclaimableOnly = event.detail?.checked === true;
        this.pageNumber = 1;
        this.load();
    }

    handlePageSizeChange(event: CustomEvent<{ value: string }>): void {
        const size = Number(event.detail?.value);
        if (PAGE_SIZES.includes(size)) {
            // Keep the first row of the current page in view.
            const firstRow = (this.pageNumber - 1) * this.pageSize;
            this.pageSize = size;
            this.pageNumber = Math.floor(firstRow / size) + 1;
            this.load();
        }
    }

    handleSort(event: Event): void {
        const field = (event.currentTarget as HTMLElement).dataset.field;
        if (!field) {
            return;
        }
        if (field === this.sortField) {
            this.sortDirection = this.sortDirection === 'asc' ? 'desc' : 'asc';
        } else {
            this.sortField = field;
            this.sortDirection = 'asc';
        }
        this.pageNumber = 1;
        this.load();
    }

    handlePageChange(event: CustomEvent<{ pageNumber: number }>): void {
        this.goTo(event.detail.pageNumber);
    }

    handleClearFilters(): void {
        this.reasonValue = '';
        this.licenseValue = '';
        this.searchText = '';
        this.appliedSearch = '';
        this.searchHint = '';
        this.reclaimableOnly = false;
        this.pageNumber = 1;
        this.load();
    }

    /** Exports the whole filtered list: exportFindings chunk by chunk (cursor), then one download. */
    async handleExport(): Promise<void> {
        const anchor = this.template?.querySelector<HTMLAnchorElement>('a[data-id="download"]');
        if (!anchor || this.isExporting) {
            return;
        }
        this.isExporting = true;
        this.exportErrorMessages = [];
        this.exportStatus = 'Exporting…';
        const parts: string[] = [];
        let cursor: string | null = null;
        let total: number | null = null;
        let exported = 0;
        try {
            do {
                // eslint-disable-next-line no-await-in-loop
                const chunk: LicenseFindingExportDto = await exportFindings({
                    ...this.filterParams(),
                    cursor,
                    chunkSize: EXPORT_CHUNK_SIZE
                });
                parts.push(chunk.csv);
                if (chunk.totalCount != null && total === null) {
                    total = chunk.totalCount;
                }
                exported += chunk.rowCount;
                this.exportStatus = `Exporting… ${formatNumber(exported)} of ${formatNumber(total ?? exported)} rows`;
                cursor = chunk.done ? null : chunk.nextCursor;
            } while (cursor);
            downloadCsv(
                anchor,
                csvFileName(this.reasonValue ? `license-findings-${this.reasonValue}` : 'license-findings'),
                parts
            );
            this.exportStatus = `Exported ${formatNumber(exported)} rows.`;
        } catch (error) {
            this.exportStatus = '';
            this.exportErrorMessages = reduceErrors(error);
        } finally {
            this.isExporting = false;
        }
    }

    // ---- loading ----

    private goTo(pageNumber: number): void {
        const target = Math.max(1, Math.min(pageNumber, this.pageCount));
        if (target !== this.pageNumber) {
            this.pageNumber = target;
            this.load();
        }
    }

    private reloadIfConnected(): void {
        if (this.connected) {
            this.load();
        }
    }

    private filterParams() {
        return {
            reason: this.reasonValue || null,
            licenseDeveloperName: this.licenseValue || null,
            searchText: this.appliedSearch || null,
            reclaimableOnly: this.reclaimableOnly
        };
    }

    private async load(): Promise<void> {
        const filterKey = JSON.stringify(this.filterParams());
        if (filterKey !== this.selectionFilterKey) {
            this.selectionFilterKey = filterKey;
            this.selectedFindings = {};
        }
        const sequence = ++this.requestSequence;
        this.isLoading = true;
        markPerformance('lsteward:findingsList:request');
        try {
            const result: LicenseFindingPageDto = await getFindings({
                ...this.filterParams(),
                pageNumber: this.pageNumber,
                pageSize: this.pageSize,
                sortField: this.sortField,
                sortDirection: this.sortDirection
            });
            if (sequence !== this.requestSequence) {
                return; // a newer request is on its way: ignore this answer
            }
            this.currentPage = result;
            this.errorMessages = [];
            this.markPending = true;
        } catch (error) {
            if (sequence !== this.requestSequence) {
                return;
            }
            this.errorMessages = reduceErrors(error);
        } finally {
            if (sequence === this.requestSequence) {
                this.isLoading = false;
            }
        }
    }
}
