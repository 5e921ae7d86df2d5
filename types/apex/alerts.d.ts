/** Mirrors of the Apex DTOs returned by LicenseAlertController (checked by the contract test). */
import type { HistoryLicenseKind } from './history';

export type AlertRule =
    'PercentUsed' | 'SeatsRemaining' | 'ExhaustionSoon' | 'ExpirySoon' | 'OverageWarning' | 'OverageCritical';

/** Apex: LicenseAlertDto */
export interface LicenseAlertDto {
    id: string;
    licenseKind: HistoryLicenseKind;
    licenseName: string;
    licenseLabel: string | null;
    rule: AlertRule;
    ruleLabel: string;
    level: 'warning' | 'critical';
    state: 'Raised' | 'Resent' | 'Cleared';
    isOpen: boolean;
    snapshotDate: string;
    detail: string | null;
    sentAt: string | null;
    recipientCount: number | null;
    notificationResult: string | null;
    emailResult: string | null;
    deliveryFailed: boolean;
}

/** Apex: LicenseAlertsOverviewDto */
export interface LicenseAlertsOverviewDto {
    open: LicenseAlertDto[];
    history: LicenseAlertDto[];
    historyTruncated: boolean;
}

/** Apex: LicenseAlertSettingDto */
export interface LicenseAlertSettingDto {
    licenseKey: string | null;
    licenseLabel: string | null;
    active: boolean | null;
    percentUsed: number | null;
    seatsRemaining: number | null;
    exhaustionWithinDays: number | null;
    expiryWithinDays: number | null;
    overageWarningPercent: number | null;
    overageCriticalPercent: number | null;
    resendAfterDays: number | null;
    recipientGroup: string | null;
}

/** Apex: LicenseAlertSettingsDto */
export interface LicenseAlertSettingsDto {
    defaults: LicenseAlertSettingDto;
    overrides: LicenseAlertSettingDto[];
    licenses: LicenseAlertSettingDto[];
    recipientsText: string;
}
