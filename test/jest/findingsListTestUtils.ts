// Shared Apex mocks of the tests that mount c-license-findings-list (its own tests and its reclaim tests): the
// findings page and export calls and the inventory wire that fills the license filter.
// Import it BEFORE c/licenseFindingsList: its jest.mock calls must run before the component is imported.
import getFindings from '@salesforce/apex/LicenseDashboardController.getFindings';
import exportFindings from '@salesforce/apex/LicenseDashboardController.exportFindings';
import getLicenseInventory from '@salesforce/apex/LicenseDashboardController.getLicenseInventory';
import type { createApexTestWireAdapter } from '@salesforce/sfdx-lwc-jest';

jest.mock('@salesforce/apex/LicenseDashboardController.getFindings', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/LicenseDashboardController.exportFindings', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock(
    '@salesforce/apex/LicenseDashboardController.getLicenseInventory',
    () => require('./lwcTestUtils').wiredApexModule(),
    { virtual: true }
);

/** The inventory wire (emit the inventory to fill the license filter). */
export const inventoryWire = getLicenseInventory as unknown as ReturnType<typeof createApexTestWireAdapter>;
/** getFindings: resolve it with a LicenseFindingPageDto. */
export const getFindingsMock = getFindings as unknown as jest.Mock;
/** exportFindings: resolve it with export chunks. */
export const exportFindingsMock = exportFindings as unknown as jest.Mock;
