/** Mirrors of the REST API v1 DTOs (force-app/main/rollup-api/classes/dto, docs/api/rest.md; checked by the contract
 * test). Used by the rollup CLI (cli/rollup). */

/** Apex: RestV1OrgDto */
export interface RestV1OrgDto {
    orgId: string | null;
    orgName: string | null;
    isSandbox: boolean | null;
    edition: string | null;
    instanceName: string | null;
}

/** Apex: RestV1LicenseDto */
export interface RestV1LicenseDto {
    kind: string;
    developerName: string;
    label: string;
    total: number | null;
    used: number | null;
    remaining: number | null;
    percentUsed: number | null;
    status: string | null;
    expirationDate: string | null;
    expiringSoon: boolean | null;
    assignedUserCount: number | null;
    activeUserCount: number | null;
}

/** Apex: RestV1InventoryDto */
export interface RestV1InventoryDto {
    warningThresholdPercent: number | null;
    expiringWithinDays: number | null;
    metricsAvailable: boolean | null;
    metricsDate: string | null;
    totalLicenses: number;
    returnedLicenses: number;
    maxRows: number;
    truncated: boolean;
    licenses: RestV1LicenseDto[];
}

/** Apex: RestV1FindingTypeDto */
export interface RestV1FindingTypeDto {
    reason: string;
    label: string;
    findingCount: number;
    reclaimableSeats: number;
}

/** Apex: RestV1FindingsDto */
export interface RestV1FindingsDto {
    available: boolean;
    reason: string | null;
    latestScanStatus: string | null;
    scannedAt: string | null;
    totalFindings: number;
    totalReclaimableSeats: number;
    inactiveDays: number | null;
    voiceDoubleConsumingUsers: number | null;
    findingTypes: RestV1FindingTypeDto[];
}

/** Apex: RestV1AlertDto */
export interface RestV1AlertDto {
    level: string;
    licenseDeveloperName: string | null;
    message: string;
    raisedAt: string | null;
}

/** Apex: RestV1AlertsDto */
export interface RestV1AlertsDto {
    available: boolean;
    reason: string | null;
    items: RestV1AlertDto[] | null;
}

/** Apex: RestV1SavingsDto */
export interface RestV1SavingsDto {
    available: boolean;
    reason: string | null;
    currencyIsoCode: string | null;
    monthlyPotential: number | null;
    annualPotential: number | null;
    /** Null before the first completed scan. */
    reclaimableSeats: number | null;
    unpricedSeats: number | null;
    unconvertedSeats: number | null;
}

/** Apex: RestV1BudgetDto */
export interface RestV1BudgetDto {
    soqlQueries: number | null;
    soqlQueriesLimit: number | null;
    queryRows: number | null;
    queryRowsLimit: number | null;
}

/** Apex: RestV1SummaryDto */
export interface RestV1SummaryDto {
    schemaVersion: string;
    generatedAt: string;
    org: RestV1OrgDto;
    inventory: RestV1InventoryDto;
    findings: RestV1FindingsDto;
    alerts: RestV1AlertsDto;
    savings: RestV1SavingsDto;
    budget: RestV1BudgetDto | null;
}

/** Apex: RestV1ErrorDto */
export interface RestV1ErrorDto {
    status: number;
    errorCode: 'BAD_REQUEST' | 'FORBIDDEN' | 'NOT_FOUND' | 'INTERNAL_ERROR';
    message: string;
    correlationId: string | null;
    schemaVersion: string;
}
