import { wire } from 'lwc';
import getLicenseInventory from '@salesforce/apex/LicenseDashboardController.getLicenseInventory';
import type { LicenseInventoryDto, LicenseUsageDto } from '@apex-types/dashboard';
import { reduceErrors } from 'c/lsErrors';
import LsWiredElement from 'c/lsWiredElement';
import type { WiredResult } from 'c/lsWiredElement';
import { csvFileName, downloadCsv, toCsv } from 'c/lsCsv';
import {
    daysUntil,
    formatDate,
    formatDateTime,
    formatNumber,
    formatPercent,
    formatRelativeDays,
    isoWithOffset,
    plural
} from 'c/lsFormat';
import { licenseStatusView } from 'c/lsStatus';

/** A license row as the template shows it. */
export interface InventoryRow {
    key: string;
    id: string;
    label: string;
    developerName: string;
    total: string;
    used: string;
    remaining: string;
    percentText: string;
    percent: number | null;
    licenseStatus: LicenseUsageDto['status'];
    statusLabel: string;
    statusClass: string;
    statusExplanation: string;
    expires: string;
    expiresNote: string;
    expiresNoteClass: string;
    activeUsers: string;
    barLabel: string;
    findingsLabel: string;
    canShowFindings: boolean;
}

/** One table of the inventory: its rows, and whether it has the permission set license columns. */
interface LicenseTable {
    dataId: string;
    caption: string;
    isPermissionSetLicenses: boolean;
    rows: InventoryRow[];
}

const CSV_HEADER = [
    'Kind',
    'License',
    'Developer name',
    'Total',
    'Used',
    'Remaining',
    'Percent used',
    'Status',
    'Expiration date',
    'Assigned users (metrics)',
    'Active users in 30 days (metrics)',
    'Read at (ISO 8601)'
];

/**
 * Live license inventory (getLicenseInventory): user licenses and permission set licenses with usage bars and
 * threshold colours, a text filter, "needs attention only", client-side CSV export, and a "Findings" action per
 * license that asks the dashboard to filter the drill-down (event `selectlicense`, detail { developerName, label }).
 */
export default class LicenseInventoryTable extends LsWiredElement<LicenseInventoryDto> {
    inventory?: LicenseInventoryDto;
    filterText = '';
    attentionOnly = false;

    @wire(getLicenseInventory)
    wiredInventory(value: WiredResult<LicenseInventoryDto>): void {
        this.acceptWired(value);
    }

    protected override get renderedMark(): string {
        return 'lsteward:inventory:rendered';
    }

    protected override applyData(data: LicenseInventoryDto | undefined): void {
        this.inventory = data;
    }

    get hasData(): boolean {
        return this.inventory !== undefined;
    }

    get isEmpty(): boolean {
        return (
            this.inventory !== undefined &&
            this.inventory.userLicenses.length === 0 &&
            this.inventory.permissionSetLicenses.length === 0
        );
    }

    get isExportDisabled(): boolean {
        return !this.hasLicenses;
    }

    get hasLicenses(): boolean {
        return this.hasData && !this.isEmpty;
    }

    /** The user license table and the permission set license table (with expiry and active users), when not empty. */
    get licenseTables(): LicenseTable[] {
        const tables: LicenseTable[] = [
            {
                dataId: 'user-license-table',
                caption: 'User licenses',
                isPermissionSetLicenses: false,
                rows: this.rowsOf(this.inventory?.userLicenses ?? [])
            },
            {
                dataId: 'psl-table',
                caption: 'Permission set licenses',
                isPermissionSetLicenses: true,
                rows: this.rowsOf(this.inventory?.permissionSetLicenses ?? [])
            }
        ];
        return tables.filter((table) => table.rows.length > 0);
    }

    get noMatch(): boolean {
        return this.hasLicenses && this.licenseTables.length === 0;
    }

    get summaryText(): string {
        const inventory = this.inventory;
        if (!inventory) {
            return '';
        }
        const all = [...inventory.userLicenses, ...inventory.permissionSetLicenses];
        const attention = all.filter((license) => license.status !== 'ok' || license.expiringSoon).length;
        return (
            `${plural(inventory.userLicenses.length, 'user license')}, ` +
            `${plural(inventory.permissionSetLicenses.length, 'permission set license')}; ` +
            `${formatNumber(attention)} ${attention === 1 ? 'needs' : 'need'} attention.`
        );
    }

    /** Point 12: these numbers are live, the findings above are from the last scan; say so beside them. */
    get liveText(): string {
        const inventory = this.inventory;
        return inventory
            ? `Live numbers, read from Salesforce ${formatDateTime(inventory.generatedAt)}. ` +
                  'They can differ from the findings above, which come from the last scan.'
            : '';
    }

    get statusHelp(): string {
        const inventory = this.inventory;
        if (!inventory) {
            return '';
        }
        return (
            'Worst state first. Expired (red): past its expiration date or disabled. ' +
            'Over-allocated (red): more seats used than owned. No seats left (red): every seat used. ' +
            `Near limit (orange): at least ${formatPercent(inventory.warningThresholdPercent)} of the seats used. ` +
            `Expiring soon (orange): expires within ${plural(inventory.expiringWithinDays, 'day')}, even with seats left. ` +
            'OK (green): none of these. Set the thresholds in the License Steward dashboard settings (custom metadata).'
        );
    }

    get metricsNote(): string {
        const inventory = this.inventory;
        if (!inventory) {
            return '';
        }
        return inventory.metricsAvailable
            ? `Assigned and active-in-30-days users come from the license metrics of ${formatDate(inventory.metricsDate)}.`
            : 'This org has no permission set license metrics (ActivePermSetLicenseMetric): active-in-30-days users are not shown.';
    }

    handleFilterChange(event: CustomEvent<{ value: string }>): void {
        this.filterText = (event.detail?.value ?? '').trim();
    }

    handleAttentionChange(event: CustomEvent<{ checked: boolean }>): void {
        this.attentionOnly = event.detail?.checked === true;
    }

    handleShowFindings(event: Event): void {
        const target = event.currentTarget as HTMLElement;
        const developerName = target.dataset.developerName;
        if (!developerName) {
            return;
        }
        this.dispatchEvent(
            new CustomEvent('selectlicense', {
                detail: { developerName, label: target.dataset.label ?? developerName }
            })
        );
    }

    handleExport(): void {
        const inventory = this.inventory;
        const anchor = this.template?.querySelector<HTMLAnchorElement>('a[data-id="download"]');
        if (!inventory || !anchor) {
            return;
        }
        const rows = [...inventory.userLicenses, ...inventory.permissionSetLicenses]
            .filter((license) => this.matches(license))
            .map((license) => [
                license.kind === 'UserLicense' ? 'User license' : 'Permission set license',
                license.label,
                license.developerName,
                license.total,
                license.used,
                license.remaining,
                license.percentUsed,
                licenseStatusView(license.status, license.expiringSoon, this.isNearLimit(license)).label,
                license.expirationDate,
                license.assignedUserCount,
                license.activeUserCount,
                isoWithOffset(inventory.generatedAt)
            ]);
        downloadCsv(anchor, csvFileName('license-inventory'), [toCsv(CSV_HEADER, rows)]);
    }

    handleRefresh(): void {
        this.refresh().catch((error: unknown) => {
            this.errorMessages = reduceErrors(error);
        });
    }

    private matches(license: LicenseUsageDto): boolean {
        if (this.attentionOnly && license.status === 'ok' && !license.expiringSoon) {
            return false;
        }
        if (!this.filterText) {
            return true;
        }
        const text = this.filterText.toLowerCase();
        return (
            (license.label ?? '').toLowerCase().includes(text) ||
            (license.developerName ?? '').toLowerCase().includes(text)
        );
    }

    private isNearLimit(license: LicenseUsageDto): boolean {
        return license.percentUsed != null && license.percentUsed >= (this.inventory?.warningThresholdPercent ?? 100);
    }

    /** "expires in 2 days" / "expired 3 days ago", from the viewer's today when the page renders. */
    private expiresNoteOf(license: LicenseUsageDto, now: Date): string {
        const days = daysUntil(license.expirationDate, now);
        if (days === null) {
            return license.status === 'expired' ? 'expired' : '';
        }
        if (days < 0) {
            return `expired ${formatRelativeDays(days)}`;
        }
        return license.expiringSoon || license.status === 'expired' ? `expires ${formatRelativeDays(days)}` : '';
    }

    private rowsOf(licenses: LicenseUsageDto[]): InventoryRow[] {
        const now = new Date();
        return licenses
            .filter((license) => this.matches(license))
            .map((license) => {
                const label = license.label ?? license.developerName ?? license.id;
                const status = licenseStatusView(license.status, license.expiringSoon, this.isNearLimit(license));
                const expiresNote = this.expiresNoteOf(license, now);
                return {
                    key: license.id,
                    id: license.id,
                    label,
                    developerName: license.developerName ?? '',
                    total: formatNumber(license.total),
                    used: formatNumber(license.used),
                    remaining: formatNumber(license.remaining),
                    percentText: formatPercent(license.percentUsed),
                    percent: license.percentUsed,
                    licenseStatus: license.status,
                    statusLabel: status.label,
                    statusClass: status.badgeClass,
                    statusExplanation: status.explanation,
                    expires: formatDate(license.expirationDate, now),
                    expiresNote,
                    expiresNoteClass:
                        status.severity === 'error'
                            ? 'slds-text-color_error slds-m-left_xx-small'
                            : 'slds-text-color_weak slds-m-left_xx-small',
                    activeUsers:
                        license.activeUserCount == null
                            ? '—'
                            : `${formatNumber(license.activeUserCount)} of ${formatNumber(license.assignedUserCount)}`,
                    barLabel: `${label} usage`,
                    findingsLabel: `View findings: ${label}`,
                    canShowFindings: !!license.developerName
                };
            });
    }
}
