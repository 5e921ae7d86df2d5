/** Mirrors of the Apex DTOs returned by LmaHealthController (checked by the contract test). */

/** Apex: LmaHealthItemDto */
export interface LmaHealthItemDto {
    issue: 'Expired' | 'Expiring' | 'Suspended' | 'SeatsFull' | 'NoPackages' | 'NoLicenses';
    issueLabel: string;
    licenseId: string | null;
    licenseName: string | null;
    subscriberOrgId: string | null;
    status: string | null;
    expiresOn: string | null;
    seats: number | null;
    used: number | null;
    troubleshooting: string;
}

/** Apex: LmaHealthDto */
export interface LmaHealthDto {
    installed: boolean;
    message: string | null;
    packageCount: number | null;
    licenseCount: number | null;
    checkedCount: number | null;
    truncated: boolean | null;
    expiringWithinDays: number;
    items: LmaHealthItemDto[];
}
