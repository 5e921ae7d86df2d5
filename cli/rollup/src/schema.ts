// The REST API v1 body (docs/api/rest.md); mirrors the Apex RestV1*Dto classes in force-app/main/rollup-api.

export interface RestV1Org {
    orgId: string | null;
    orgName: string | null;
    isSandbox: boolean | null;
    edition: string | null;
    instanceName: string | null;
}

export interface RestV1License {
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

export interface RestV1Inventory {
    warningThresholdPercent: number | null;
    expiringWithinDays: number | null;
    metricsAvailable: boolean | null;
    metricsDate: string | null;
    totalLicenses: number;
    returnedLicenses: number;
    maxRows: number;
    truncated: boolean;
    licenses: RestV1License[];
}

export interface RestV1FindingType {
    reason: string;
    label: string;
    findingCount: number;
    reclaimableSeats: number;
}

export interface RestV1Findings {
    available: boolean;
    reason: string | null;
    latestScanStatus: string | null;
    scannedAt: string | null;
    totalFindings: number;
    totalReclaimableSeats: number;
    inactiveDays: number | null;
    voiceDoubleConsumingUsers: number | null;
    findingTypes: RestV1FindingType[];
}

export interface RestV1Alert {
    level: string;
    licenseDeveloperName: string | null;
    message: string;
    raisedAt: string | null;
}

export interface RestV1Alerts {
    available: boolean;
    reason: string | null;
    items: RestV1Alert[] | null;
}

export interface RestV1Savings {
    available: boolean;
    reason: string | null;
    currencyIsoCode: string | null;
    monthlyPotential: number | null;
    annualPotential: number | null;
}

export interface RestV1Summary {
    schemaVersion: string;
    generatedAt: string;
    org: RestV1Org;
    inventory: RestV1Inventory;
    findings: RestV1Findings;
    alerts: RestV1Alerts;
    savings: RestV1Savings;
    budget: Record<string, number | null> | null;
}

export interface RestV1Error {
    status: number;
    errorCode: string;
    message: string;
    correlationId: string | null;
}

/** Throws unless the body looks like a v1 summary (the fields the rollup reads). */
export function assertSummary(body: unknown): RestV1Summary {
    const value = body as RestV1Summary;
    const ok =
        !!value &&
        typeof value === 'object' &&
        typeof value.schemaVersion === 'string' &&
        value.schemaVersion.startsWith('1.') &&
        !!value.org &&
        !!value.inventory &&
        Array.isArray(value.inventory.licenses) &&
        !!value.findings &&
        !!value.alerts &&
        !!value.savings;
    if (!ok) throw new Error('the answer is not a License Steward REST v1 summary');
    return value;
}
