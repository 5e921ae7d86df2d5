/** Mirrors of the Apex DTOs returned by SavingsController (checked by the contract test). */

/** Apex: LicensePriceDto */
export interface LicensePriceDto {
    licenseKind: string;
    licenseKey: string;
    label: string;
    monthlyPrice: number | null;
    currencyIsoCode: string | null;
    monthlyPriceInOrgCurrency: number | null;
    isUnconverted: boolean;
}

/** Apex: SavingsPriceEditorDto */
export interface SavingsPriceEditorDto {
    orgCurrency: string;
    isMultiCurrency: boolean;
    currencies: string[];
    licenses: LicensePriceDto[];
}

/** Apex: SavingsPriceSaveDto */
export interface SavingsPriceSaveDto {
    deploymentId: string;
    price: LicensePriceDto;
    message: string;
}

/** Apex: SavingsGroupDto */
export interface SavingsGroupDto {
    key: string | null;
    label: string;
    itemCount: number;
    seats: number;
    unpricedSeats: number;
    unconvertedSeats: number;
    currencyIsoCode: string;
    monthly: number;
    annual: number;
    unconverted: string[];
}

/** Apex: SavingsOverviewDto */
export interface SavingsOverviewDto {
    orgCurrency: string;
    isMultiCurrency: boolean;
    scanFinishedAt: string | null;
    groupBy: string;
    potential: SavingsGroupDto | null;
    groups: SavingsGroupDto[];
    groupsTruncated: boolean;
    realisedByMonth: SavingsGroupDto[];
    realised: SavingsGroupDto;
    runsRead: number;
}
