/** Mirrors of the Apex DTOs returned by HomeOverviewController (checked by the contract test). */
import type { LicenseHistoryLicenseDto } from './history';
import type { LicenseAlertDto } from './alerts';
import type { SavingsGroupDto } from './savings';

/** Apex: HomeScheduledRunDto */
export interface HomeScheduledRunDto {
    label: string;
    isScheduled: boolean;
    nextRunAt: string | null;
    tabName: string;
}

/** Apex: HomeOverviewDto */
export interface HomeOverviewDto {
    licensesAtRisk: number;
    atRiskWithinDays: number;
    reclaimableSeats: number | null;
    lastScanStatus: string | null;
    lastScanFinishedAt: string | null;
    historyNewestDay: string | null;
    closestToRunOut: LicenseHistoryLicenseDto[];
    openAlertCount: number;
    openAlerts: LicenseAlertDto[];
    potentialSavings: SavingsGroupDto | null;
    scheduledRuns: HomeScheduledRunDto[];
}
