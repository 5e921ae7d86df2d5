/** Mirrors of the Apex DTOs returned by LicenseStewardAppController (checked by the contract test). */

/** Apex: AppContextDto */
export interface AppContextDto {
    orgName: string | null;
    orgId: string | null;
    isSandbox: boolean | null;
    edition: string | null;
    userName: string;
    hasAdminAccess: boolean;
    accessMessage: string | null;
}
