/** Mirrors of the Apex DTOs returned by LicenseHistoryController (checked by the contract test). */

export type HistoryLicenseKind =
    'UserLicense' | 'PermissionSetLicense' | 'FeatureLicense' | 'PackageLicense' | 'UsageEntitlement';

/** Apex: LicenseTrendPointDto */
export interface LicenseTrendPointDto {
    day: string;
    total: number | null;
    used: number | null;
    activeUsers: number | null;
}

/** Apex: LicenseForecastDto */
export interface LicenseForecastDto {
    status: 'NoLimit' | 'NotEnoughData' | 'NotGrowing' | 'Exhausted' | 'Projected';
    exhaustionDate: string | null;
    daysUntilExhaustion: number | null;
    slopePerDay: number | null;
    pointCount: number;
    windowDays: number;
    method: string;
}

/** Apex: LicenseTrendDto */
export interface LicenseTrendDto {
    kind: HistoryLicenseKind;
    name: string;
    label: string | null;
    unlimited: boolean;
    expiresOn: string | null;
    periodDays: number;
    points: LicenseTrendPointDto[];
    forecast: LicenseForecastDto;
}

/** Apex: LicenseHistoryLicenseDto */
export interface LicenseHistoryLicenseDto {
    kind: HistoryLicenseKind;
    name: string;
    label: string | null;
    asOf: string;
    total: number | null;
    used: number | null;
    activeUsers: number | null;
    unlimited: boolean;
    expiresOn: string | null;
    daysUntilExpiry: number | null;
    periodStart?: string | null;
    periodEnd?: string | null;
    forecast: LicenseForecastDto;
    daysUntilRunOut: number | null;
    riskReason: 'Exhausted' | 'Exhaustion' | 'Expiry' | null;
}

/** Apex: LicenseHistoryOverviewDto */
export interface LicenseHistoryOverviewDto {
    oldestDay: string | null;
    newestDay: string | null;
    retentionDays: number;
    forecastWindowDays: number;
    atRiskWithinDays: number;
    licenses: LicenseHistoryLicenseDto[];
    atRisk: LicenseHistoryLicenseDto[];
    isScheduled: boolean;
    nextRunAt: string | null;
}
