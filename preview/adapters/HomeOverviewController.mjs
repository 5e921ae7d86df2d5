// Preview answer of HomeOverviewController (docs/history-and-alerts.md, "Home"): composed, like the Apex
// HomeOverviewService, from the answers of the licence trends and the findings summary (their adapters) and the
// schedules the demo org's state and files know.
import { getHistoryOverview } from './LicenseHistoryController.mjs';
import { getFindingsSummary, getScanSchedule } from './LicenseDashboardController.mjs';
import { getAlertsOverview } from './LicenseAlertController.mjs';
import { getSavings } from './SavingsController.mjs';

const OPEN_ALERTS_SHOWN = 5;

export const samples = { getHomeOverview: [{}] };

export async function getHomeOverview(_params, ctx) {
    const trends = getHistoryOverview({}, ctx);
    const findings = await getFindingsSummary({}, ctx);
    const scan = await getScanSchedule({}, ctx);
    const open = getAlertsOverview({}, ctx).open;
    const savings = await getSavings({ groupBy: 'License' }, ctx);
    return {
        licensesAtRisk: trends.atRisk.length,
        atRiskWithinDays: trends.atRiskWithinDays,
        reclaimableSeats: findings.totalReclaimableSeats ?? null,
        lastScanStatus: findings.latestScan?.status ?? null,
        lastScanFinishedAt: findings.summarizedScan?.finishedAt ?? null,
        historyNewestDay: trends.newestDay,
        closestToRunOut: trends.atRisk.slice(0, 3),
        openAlertCount: open.length,
        openAlerts: open.slice(0, OPEN_ALERTS_SHOWN),
        potentialSavings: savings.potential,
        scheduledRuns: [
            {
                label: 'Nightly findings scan',
                isScheduled: !!scan?.isScheduled,
                nextRunAt: scan?.nextFireTime ?? null,
                tabName: 'License_Dashboard'
            },
            {
                label: 'Daily licence history',
                isScheduled: !!trends.isScheduled,
                nextRunAt: trends.nextRunAt,
                tabName: 'License_Trends'
            },
            {
                label: 'Voice usage nightly refresh',
                isScheduled: ctx.state.voice?.nightly === true,
                nextRunAt: null,
                tabName: 'Voice_Minutes'
            }
        ]
    };
}
