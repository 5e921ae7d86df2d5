import LicenseStewardHome from 'c/licenseStewardHome';
import getAppContext from '@salesforce/apex/LicenseStewardAppController.getAppContext';
import { createApexTestWireAdapter } from '@salesforce/sfdx-lwc-jest';
import { cleanUpAfterEach, flush, mountComponent } from '@test/lwcTestUtils';

const adminContext = require('./data/appContextAdmin.json');
const noAccessContext = require('./data/appContextNoAccess.json');

jest.mock(
    '@salesforce/apex/LicenseStewardAppController.getAppContext',
    () => require('@test/lwcTestUtils').wiredApexModule(),
    { virtual: true }
);

// The overview and the LMA card on the home page call Apex on their own (their states are tested in their own tests).
jest.mock(
    '@salesforce/apex/HomeOverviewController.getHomeOverview',
    () => ({ default: jest.fn().mockRejectedValue({ body: { message: 'Not loaded in this test.' } }) }),
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/LmaHealthController.getLmaHealth',
    () => ({ default: jest.fn().mockResolvedValue({ installed: false, message: 'Not installed.', items: [] }) }),
    { virtual: true }
);

const wireAdapter = getAppContext as unknown as ReturnType<typeof createApexTestWireAdapter>;

const mount = (): HTMLElement => mountComponent('c-license-steward-home', LicenseStewardHome);

describe('c-license-steward-home', () => {
    cleanUpAfterEach();

    it('shows a spinner until the context arrives', () => {
        const element = mount();
        expect(element.shadowRoot!.querySelector('lightning-spinner')).not.toBeNull();
    });

    it('shows the org and the three features to an admin', async () => {
        const element = mount();
        wireAdapter.emit(adminContext);
        await flush();

        const summary = element.shadowRoot!.querySelector('[data-id="org-summary"]');
        expect(summary!.textContent).toBe('Acme Contact Center · Enterprise Edition · Production');
        const features = element.shadowRoot!.querySelectorAll('[data-id="feature"]');
        expect(Array.from(features).map((feature) => feature.querySelector('h2')!.textContent)).toEqual([
            'License dashboard',
            'Voice PSL fix',
            'Voice minutes'
        ]);
        expect(element.shadowRoot!.querySelector('lightning-spinner')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('tells a user without the permission set what to ask for', async () => {
        const element = mount();
        wireAdapter.emit(noAccessContext);
        await flush();

        const warning = element.shadowRoot!.querySelector('[data-id="no-access"]');
        expect(warning!.textContent).toContain('License Steward Admin permission set');
        expect(element.shadowRoot!.querySelectorAll('[data-id="feature"]')).toHaveLength(0);
        await expect(element).toBeAccessible();
    });

    it('shows the readable Apex error message', async () => {
        const element = mount();
        wireAdapter.error({ message: 'Load License Steward failed: You do not have access' });
        await flush();

        const error = element.shadowRoot!.querySelector('[data-id="error"]');
        expect(error!.textContent).toContain('Load License Steward failed: You do not have access');
        expect(element.shadowRoot!.querySelector('lightning-spinner')).toBeNull();
    });
});
