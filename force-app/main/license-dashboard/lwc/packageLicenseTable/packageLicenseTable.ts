import { wire } from 'lwc';
import getPackageLicenses from '@salesforce/apex/LicenseDashboardController.getPackageLicenses';
import type { PackageLicenseDto } from '@apex-types/dashboard';
import { reduceErrors } from 'c/lsErrors';
import LsWiredElement from 'c/lsWiredElement';
import type { WiredResult } from 'c/lsWiredElement';
import { daysUntil, formatDate, formatNumber, formatPercent, formatRelativeDays, plural } from 'c/lsFormat';
import { licenseStatusView } from 'c/lsStatus';

/** A package licence row as the template shows it. */
export interface PackageLicenseRow {
    key: string;
    namespacePrefix: string;
    siteWide: boolean;
    allowed: string;
    used: string;
    remaining: string;
    percent: number | null;
    percentText: string;
    licenseStatus: PackageLicenseDto['status'];
    statusLabel: string;
    statusClass: string;
    statusExplanation: string;
    expires: string;
    barLabel: string;
    findingsLabel: string;
}

/** Words shown instead of numbers for a site-wide licence (AllowedLicenses < 0): never a percentage. */
export const SITE_WIDE_TEXT = 'Site-wide (every user)';

/**
 * Managed-package licences (getPackageLicenses): namespace, allowed, used, remaining, usage, status and expiry. A
 * site-wide licence says so instead of showing seats or a percentage. "Findings" asks the dashboard to filter the
 * findings by the package's namespace (event `selectlicense`, detail { developerName, label }), where its seats
 * held by inactive or deactivated users can be reclaimed.
 */
export default class PackageLicenseTable extends LsWiredElement<PackageLicenseDto[]> {
    licenses?: PackageLicenseDto[];

    @wire(getPackageLicenses)
    wiredLicenses(value: WiredResult<PackageLicenseDto[]>): void {
        this.acceptWired(value);
    }

    protected override get renderedMark(): string {
        return 'lsteward:packages:rendered';
    }

    protected override applyData(data: PackageLicenseDto[] | undefined): void {
        this.licenses = data;
    }

    get isEmpty(): boolean {
        return this.licenses !== undefined && this.licenses.length === 0;
    }

    get hasLicenses(): boolean {
        return (this.licenses?.length ?? 0) > 0;
    }

    get summaryText(): string {
        const licenses = this.licenses ?? [];
        const siteWide = licenses.filter((license) => license.siteWide).length;
        const attention = licenses.filter((license) => license.status !== 'ok' || license.expiringSoon).length;
        return (
            `${plural(licenses.length, 'package licence')} (${formatNumber(siteWide)} site-wide); ` +
            `${formatNumber(attention)} ${attention === 1 ? 'needs' : 'need'} attention.`
        );
    }

    get rows(): PackageLicenseRow[] {
        return (this.licenses ?? []).map((license) => this.rowOf(license));
    }

    handleShowFindings(event: Event): void {
        const namespacePrefix = (event.currentTarget as HTMLElement).dataset.namespace;
        if (namespacePrefix) {
            this.dispatchEvent(
                new CustomEvent('selectlicense', { detail: { developerName: namespacePrefix, label: namespacePrefix } })
            );
        }
    }

    handleRefresh(): void {
        this.refresh().catch((error: unknown) => {
            this.errorMessages = reduceErrors(error);
        });
    }

    private rowOf(license: PackageLicenseDto): PackageLicenseRow {
        const nearLimit = !license.siteWide && license.status === 'warning' && !license.expiringSoon;
        const view = licenseStatusView(license.status, license.expiringSoon, nearLimit);
        const days = daysUntil(license.expirationDate);
        const namespace = license.namespacePrefix ?? '';
        return {
            key: license.id,
            namespacePrefix: namespace,
            siteWide: license.siteWide,
            allowed: license.siteWide ? SITE_WIDE_TEXT : formatNumber(license.allowed),
            used: formatNumber(license.used),
            remaining: license.siteWide ? '—' : formatNumber(license.remaining),
            percent: license.siteWide ? null : license.percentUsed,
            percentText: license.siteWide ? '' : formatPercent(license.percentUsed),
            licenseStatus: license.status,
            statusLabel: view.label,
            statusClass: view.badgeClass,
            statusExplanation: view.explanation,
            expires:
                days === null
                    ? 'Does not expire'
                    : `${formatDate(license.expirationDate)} (${formatRelativeDays(days)})`,
            barLabel: `${namespace} seats used`,
            findingsLabel: `Findings of the ${namespace} package seats`
        };
    }
}
