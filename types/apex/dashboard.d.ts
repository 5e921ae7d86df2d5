/** Mirrors of the Apex DTOs returned by LicenseDashboardController (checked by the contract test). */

/** Apex: LicenseUsageDto */
export interface LicenseUsageDto {
    id: string;
    kind: 'UserLicense' | 'PermissionSetLicense';
    developerName: string | null;
    label: string | null;
    total: number;
    used: number;
    remaining: number;
    percentUsed: number | null;
    status: 'ok' | 'warning' | 'exhausted' | 'overallocated' | 'expired';
    platformStatus: string | null;
    expirationDate: string | null;
    expiringSoon: boolean;
    assignedUserCount: number | null;
    activeUserCount: number | null;
}

/** Apex: LicenseInventoryDto */
export interface LicenseInventoryDto {
    generatedAt: string;
    warningThresholdPercent: number;
    expiringWithinDays: number;
    metricsAvailable: boolean;
    metricsDate: string | null;
    userLicenses: LicenseUsageDto[];
    permissionSetLicenses: LicenseUsageDto[];
}

/** Apex: PackageLicenseDto */
export interface PackageLicenseDto {
    id: string;
    namespacePrefix: string | null;
    siteWide: boolean;
    allowed: number | null;
    used: number;
    remaining: number | null;
    percentUsed: number | null;
    status: 'ok' | 'warning' | 'exhausted' | 'overallocated' | 'expired';
    platformStatus: string | null;
    expirationDate: string | null;
    expiringSoon: boolean;
}

/** Finding type API values (License_Finding__c.Reason__c). */
export type FindingReason =
    | 'VoiceDoubleConsumption'
    | 'UnneededPsl'
    | 'InactiveUser'
    | 'DeactivatedHolder'
    | 'ExpiringLicense'
    | 'UsedCountGap'
    | 'PackageSeatHolder';

/** Apex: FindingTypeSummaryDto */
export interface FindingTypeSummaryDto {
    reason: FindingReason;
    label: string;
    description: string;
    findingCount: number;
    reclaimableSeats: number;
}

/** Apex: LicenseFindingDto */
export interface LicenseFindingDto {
    id: string;
    reason: FindingReason;
    reasonLabel: string;
    userId: string | null;
    userFullName: string | null;
    username: string | null;
    userActive: boolean | null;
    lastLoginDate: string | null;
    licenseKind: 'PermissionSetLicense' | 'UserLicense' | 'PermissionSet';
    licenseDeveloperName: string | null;
    licenseLabel: string | null;
    detail: string | null;
    reclaimable: boolean;
    reclaimableSeats: number;
}

/** Apex: LicenseFindingPageDto */
export interface LicenseFindingPageDto {
    rows: LicenseFindingDto[];
    totalCount: number;
    pageNumber: number;
    pageSize: number;
    sortField: string;
    sortDirection: 'asc' | 'desc';
    scanId: string | null;
}

/** Apex: LicenseFindingExportDto */
export interface LicenseFindingExportDto {
    csv: string;
    rowCount: number;
    nextCursor: string | null;
    done: boolean;
    totalCount: number | null;
    scanId: string | null;
}

/** Apex: LicenseScanStatusDto */
export interface LicenseScanStatusDto {
    scanId: string | null;
    status: 'None' | 'Queued' | 'Running' | 'Completed' | 'CompletedWithErrors' | 'Failed';
    isRunning: boolean;
    triggeredBy: 'Manual' | 'Scheduled' | null;
    requestedByName: string | null;
    startedAt: string | null;
    finishedAt: string | null;
    chunksTotal: number | null;
    chunksProcessed: number | null;
    chunksFailed: number | null;
    usersScanned: number | null;
    findingCount: number | null;
    errorText: string | null;
}

/** Apex: VoiceDoubleConsumptionDto */
export interface VoiceDoubleConsumptionDto {
    voiceUserLicenseFound: boolean;
    partnerTelephonyLicenseFound: boolean;
    voiceUserLicenseName: string;
    partnerTelephonyLicenseName: string;
    voiceUserTotal: number;
    voiceUserUsed: number;
    netRemaining: number;
    expectedRemaining: number;
    partnerTelephonyTotal: number;
    partnerTelephonyUsed: number;
    doubleConsumingUserCount: number;
    usersToFree: LicenseFindingDto[];
    explanation: string;
    liveCheck: boolean;
    voiceSetNames: string[];
    voiceSetHoldersWithoutPartnerTelephony: number | null;
}

/** Apex: FindingsSummaryDto */
export interface FindingsSummaryDto {
    latestScan: LicenseScanStatusDto;
    summarizedScan: LicenseScanStatusDto | null;
    findingTypes: FindingTypeSummaryDto[];
    totalFindings: number;
    totalReclaimableSeats: number;
    inactiveDays: number;
    voice: VoiceDoubleConsumptionDto;
}

/** Apex: LicenseScanScheduleDto */
export interface LicenseScanScheduleDto {
    isScheduled: boolean;
    jobName: string;
    cronExpression: string | null;
    hourOfDay: number | null;
    nextFireTime: string | null;
    previousFireTime: string | null;
    state: string | null;
}

/** Apex: AssignmentCheckDto */
export interface AssignmentCheckDto {
    verdict:
        | 'CanAssign'
        | 'AlreadyAssigned'
        | 'UserLicenseMismatch'
        | 'LicenseExhausted'
        | 'LicenseExpired'
        | 'UserInactive';
    canAssign: boolean;
    message: string;
    userId: string;
    userName: string | null;
    userLicenseLabel: string | null;
    permissionSetId: string;
    permissionSetLabel: string | null;
    requiredLicenseKind: 'PermissionSetLicense' | 'UserLicense' | 'None';
    requiredLicense: LicenseUsageDto | null;
    blockingLicense: LicenseUsageDto | null;
    userHoldsRequiredLicense: boolean;
    freeingFindings: LicenseFindingDto[];
    freeingFindingCount: number;
}

/** Apex: PickerUserDto */
export interface PickerUserDto {
    id: string;
    name: string | null;
    username: string | null;
    isActive: boolean;
    profileName: string | null;
    userLicenseLabel: string | null;
}

/** Apex: PickerPermissionSetDto */
export interface PickerPermissionSetDto {
    id: string;
    label: string | null;
    apiName: string | null;
    namespacePrefix: string | null;
    licenseKind: 'PermissionSetLicense' | 'UserLicense' | 'None';
    licenseId: string | null;
}
