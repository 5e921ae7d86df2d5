import { LightningElement } from 'lwc';
import getHistoryOverview from '@salesforce/apex/LicenseHistoryController.getHistoryOverview';
import getLicenseTrend from '@salesforce/apex/LicenseHistoryController.getLicenseTrend';
import scheduleDailyHistory from '@salesforce/apex/LicenseHistoryController.scheduleDailyHistory';
import recordHistoryNow from '@salesforce/apex/LicenseHistoryController.recordHistoryNow';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import type { LicenseHistoryLicenseDto, LicenseHistoryOverviewDto, LicenseTrendDto } from '@apex-types/history';
import { reduceErrors, settle } from 'c/lsErrors';

const KIND_LABELS: Record<string, string> = {
    UserLicense: 'User licence',
    PermissionSetLicense: 'Permission set licence',
    FeatureLicense: 'Feature licence',
    PackageLicense: 'Managed package',
    UsageEntitlement: 'Usage entitlement'
};
const REASON_LABELS: Record<string, string> = {
    Exhausted: 'All seats used',
    Exhaustion: 'Projected to run out',
    Expiry: 'Expires'
};
const PERIOD_OPTIONS = [30, 90, 180, 365, 400].map((days) => ({ label: `${days} days`, value: String(days) }));
const DAILY_HOUR = 3;

const licenseValue = (license: { kind: string; name: string }): string => `${license.kind}|${license.name}`;

/** "Used 872 of 930", or "Used 300 (site-wide)". */
export function usageText(license: LicenseHistoryLicenseDto): string {
    const used = license.used == null ? '–' : license.used.toLocaleString('en-US');
    if (license.unlimited) return `Used ${used} (site-wide)`;
    return `Used ${used} of ${license.total == null ? '–' : license.total.toLocaleString('en-US')}`;
}

/** "2026-11-24 03:00 UTC" from an ISO date-time; 'soon' when unknown. */
export function utcText(value: string | null | undefined): string {
    return value ? `${value.slice(0, 16).replace('T', ' ')} UTC` : 'soon';
}

/** When a licence at risk runs out, in words. */
export function riskDateText(license: LicenseHistoryLicenseDto): string {
    if (license.riskReason === 'Exhausted') return 'Now';
    if (license.riskReason === 'Expiry' && license.daysUntilExpiry != null && license.daysUntilExpiry < 0) {
        return `Expired on ${license.expiresOn}`;
    }
    const date = license.riskReason === 'Expiry' ? license.expiresOn : license.forecast?.exhaustionDate;
    return `${date ?? '–'} (in ${license.daysUntilRunOut} days)`;
}

/**
 * Licence trends tab: the licences at risk (projected to run out or expiring within the horizon, soonest first),
 * a chart of any licence over a chosen period with its forecast, and the daily history schedule.
 */
export default class LicenseTrends extends LightningElement {
    overview: LicenseHistoryOverviewDto | null = null;
    trend: LicenseTrendDto | null = null;
    selectedLicense = '';
    selectedPeriod = '90';
    isLoading = true;
    isTrendLoading = false;
    isWorking = false;
    errorMessages: string[] = [];
    trendErrors: string[] = [];
    periodOptions = PERIOD_OPTIONS;

    override connectedCallback(): void {
        this.loadOverview();
    }

    async loadOverview(): Promise<void> {
        this.isLoading = true;
        try {
            this.overview = await getHistoryOverview();
            this.errorMessages = [];
            const first = this.overview?.atRisk?.[0] ?? this.overview?.licenses?.[0];
            if (first && !this.selectedLicense) {
                this.selectedLicense = licenseValue(first);
                await this.loadTrend();
            }
        } catch (error) {
            this.overview = null;
            this.errorMessages = reduceErrors(error);
        } finally {
            this.isLoading = false;
        }
    }

    async loadTrend(): Promise<void> {
        const [kind, ...rest] = this.selectedLicense.split('|');
        if (!kind || rest.length === 0) return;
        this.isTrendLoading = true;
        const { value, errors } = await settle(() =>
            getLicenseTrend({ kind, name: rest.join('|'), periodDays: Number(this.selectedPeriod) })
        );
        this.trend = value;
        this.trendErrors = errors;
        this.isTrendLoading = false;
    }

    get hasError(): boolean {
        return this.errorMessages.length > 0;
    }

    get hasHistory(): boolean {
        return !this.isLoading && !this.hasError && (this.overview?.licenses?.length ?? 0) > 0;
    }

    get isEmpty(): boolean {
        return !this.isLoading && !this.hasError && !!this.overview && (this.overview.licenses?.length ?? 0) === 0;
    }

    get hasAtRisk(): boolean {
        return (this.overview?.atRisk?.length ?? 0) > 0;
    }

    get atRiskRows(): Array<Record<string, string | boolean>> {
        return (this.overview?.atRisk ?? []).map((license) => ({
            key: licenseValue(license),
            value: licenseValue(license),
            label: license.label ?? license.name,
            kind: KIND_LABELS[license.kind] ?? license.kind,
            usage: usageText(license),
            reason: REASON_LABELS[license.riskReason ?? ''] ?? '',
            when: riskDateText(license),
            isSelected: licenseValue(license) === this.selectedLicense
        }));
    }

    get atRiskHeading(): string {
        return `At risk within ${this.overview?.atRiskWithinDays ?? 90} days (${this.overview?.atRisk?.length ?? 0})`;
    }

    get licenseOptions(): Array<{ label: string; value: string }> {
        return (this.overview?.licenses ?? []).map((license) => ({
            label: `${license.label ?? license.name} (${KIND_LABELS[license.kind] ?? license.kind})`,
            value: licenseValue(license)
        }));
    }

    get historySummary(): string {
        const overview = this.overview;
        if (!overview?.newestDay) return '';
        return `History from ${overview.oldestDay} to ${overview.newestDay}; kept ${overview.retentionDays} days.`;
    }

    get scheduleText(): string {
        const overview = this.overview;
        if (!overview) return '';
        return overview.isScheduled
            ? `The daily history job is scheduled; next run ${utcText(overview.nextRunAt)}.`
            : 'The daily history job is not scheduled: schedule it to record one row per licence each day.';
    }

    get scheduleLabel(): string {
        return this.overview?.isScheduled ? 'Reschedule daily at 03:00' : 'Schedule daily at 03:00';
    }

    handleLicenseChange(event: CustomEvent<{ value: string }>): void {
        this.selectedLicense = event.detail.value;
        this.loadTrend();
    }

    handlePeriodChange(event: CustomEvent<{ value: string }>): void {
        this.selectedPeriod = event.detail.value;
        this.loadTrend();
    }

    handleShowLicense(event: Event): void {
        const value = (event.currentTarget as HTMLElement).dataset.value;
        if (!value) return;
        this.selectedLicense = value;
        this.loadTrend();
    }

    async handleSchedule(): Promise<void> {
        await this.runAction(
            () => scheduleDailyHistory({ hourOfDay: DAILY_HOUR }),
            'The daily licence history is scheduled.'
        );
        await this.loadOverview();
    }

    async handleRecordNow(): Promise<void> {
        await this.runAction(
            () => recordHistoryNow(),
            "Today's licence history is being recorded; missing days are back-filled from the platform's metrics."
        );
    }

    private async runAction(action: () => Promise<unknown>, success: string): Promise<void> {
        this.isWorking = true;
        try {
            await action();
            this.dispatchEvent(new ShowToastEvent({ title: 'Licence history', message: success, variant: 'success' }));
        } catch (error) {
            this.dispatchEvent(
                new ShowToastEvent({
                    title: 'Licence history',
                    message: reduceErrors(error).join(' '),
                    variant: 'error'
                })
            );
        } finally {
            this.isWorking = false;
        }
    }
}
