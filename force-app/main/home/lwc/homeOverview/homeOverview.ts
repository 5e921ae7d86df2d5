import LsLoadedElement from 'c/lsLoadedElement';
import { NavigationMixin } from 'lightning/navigation';
import getHomeOverview from '@salesforce/apex/HomeOverviewController.getHomeOverview';
import type { HomeOverviewDto } from '@apex-types/home';
import { alertView, type AlertView } from 'c/licenseAlertFormat';
import { caveatText, formatMoney } from 'c/savingsCard';

const REASONS: Record<string, string> = {
    Exhausted: 'all seats used',
    Exhaustion: 'projected to run out',
    Expiry: 'expires'
};

/** "2026-11-24 03:00 UTC", or "not scheduled". */
export function runText(isScheduled: boolean | null | undefined, nextRunAt: string | null | undefined): string {
    if (!isScheduled) return 'not scheduled';
    return nextRunAt ? `next ${nextRunAt.slice(0, 16).replace('T', ' ')} UTC` : 'scheduled';
}

/**
 * Home overview (issue #11 item 6): headline numbers, the three licences closest to running out, the scheduled jobs
 * and links into each area, loaded in one Apex call (HomeOverviewController.getHomeOverview, fixed SOQL budget).
 */
export default class HomeOverview extends NavigationMixin(LsLoadedElement<HomeOverviewDto>) {
    overview: HomeOverviewDto | null = null;

    protected override fetch(): Promise<HomeOverviewDto> {
        return getHomeOverview();
    }

    protected override applyData(data: HomeOverviewDto | null): void {
        this.overview = data;
    }

    get headlines(): Array<{ key: string; label: string; value: string }> {
        const o = this.overview;
        if (!o) return [];
        return [
            {
                key: 'atRisk',
                label: `Licences at risk (${o.atRiskWithinDays ?? 90} days)`,
                value: String(o.licensesAtRisk ?? 0)
            },
            { key: 'reclaimable', label: 'Reclaimable seats', value: String(o.reclaimableSeats ?? 0) },
            { key: 'openAlerts', label: 'Open alerts', value: String(o.openAlertCount ?? 0) },
            {
                key: 'savings',
                label: o.potentialSavings?.unpricedSeats
                    ? `Potential savings per month (${caveatText(o.potentialSavings)})`
                    : 'Potential savings per month',
                value: o.potentialSavings
                    ? formatMoney(o.potentialSavings.monthly, o.potentialSavings.currencyIsoCode)
                    : 'no scan yet'
            },
            {
                key: 'lastScan',
                label: 'Last findings scan',
                value: o.lastScanFinishedAt ? o.lastScanFinishedAt.slice(0, 10) : 'never'
            },
            { key: 'history', label: 'Licence history up to', value: o.historyNewestDay ?? 'none yet' }
        ];
    }

    get hasClosest(): boolean {
        return (this.overview?.closestToRunOut?.length ?? 0) > 0;
    }

    get closest(): Array<Record<string, string>> {
        return (this.overview?.closestToRunOut ?? []).map((license) => ({
            key: `${license.kind}|${license.name}`,
            label: license.label ?? license.name,
            detail:
                license.riskReason === 'Exhausted'
                    ? 'all seats used now'
                    : `${REASONS[license.riskReason ?? ''] ?? ''} in ${license.daysUntilRunOut} days`
        }));
    }

    get openAlerts(): AlertView[] {
        return (this.overview?.openAlerts ?? []).map(alertView);
    }

    get hasOpenAlerts(): boolean {
        return this.openAlerts.length > 0;
    }

    get moreAlertsText(): string {
        const more = (this.overview?.openAlertCount ?? 0) - this.openAlerts.length;
        return more > 0 ? `and ${more} more` : '';
    }

    get runs(): Array<Record<string, string>> {
        return (this.overview?.scheduledRuns ?? []).map((run) => ({
            key: run.label,
            label: run.label,
            detail: runText(run.isScheduled, run.nextRunAt),
            tabName: run.tabName
        }));
    }

    handleOpen(event: Event): void {
        const tabName = (event.currentTarget as HTMLElement).dataset.tab;
        if (!tabName) return;
        const navigate = (this as unknown as Record<symbol, (pageReference: unknown) => void>)[
            NavigationMixin.Navigate
        ];
        navigate.call(this, {
            type: 'standard__navItemPage',
            attributes: { apiName: tabName }
        });
    }
}
