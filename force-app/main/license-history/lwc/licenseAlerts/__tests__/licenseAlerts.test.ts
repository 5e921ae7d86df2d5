import { createElement } from 'lwc';
import LicenseAlerts from 'c/licenseAlerts';
import getAlertsOverview from '@salesforce/apex/LicenseAlertController.getAlertsOverview';
import getAlertSettings from '@salesforce/apex/LicenseAlertController.getAlertSettings';
import { deliveryText } from 'c/licenseAlertFormat';
import { flush, unmountAll } from '@test/lwcTestUtils';

const alertsLargeOrg = require('./data/alertsLargeOrg.json');

jest.mock('@salesforce/apex/LicenseAlertController.getAlertsOverview', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/LicenseAlertController.getAlertSettings', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/LicenseAlertController.saveAlertSetting', () => ({ default: jest.fn() }), {
    virtual: true
});

const mockOverview = getAlertsOverview as unknown as jest.Mock;
const mockSettings = getAlertSettings as unknown as jest.Mock;
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));

async function mount(): Promise<HTMLElement> {
    const element = createElement('c-license-alerts', { is: LicenseAlerts });
    document.body.appendChild(element);
    await flush(6);
    return element;
}

const $ = (element: HTMLElement, id: string): HTMLElement | null =>
    element.shadowRoot!.querySelector(`[data-id="${id}"]`);
const $$ = (element: HTMLElement, id: string): HTMLElement[] =>
    Array.from(element.shadowRoot!.querySelectorAll(`[data-id="${id}"]`));

describe('c-license-alerts', () => {
    beforeEach(() => {
        mockSettings.mockReturnValue(new Promise(() => undefined));
    });

    afterEach(() => {
        unmountAll();
        jest.clearAllMocks();
    });

    it('shows a spinner while loading (loading state)', async () => {
        mockOverview.mockReturnValue(new Promise(() => undefined));
        const element = createElement('c-license-alerts', { is: LicenseAlerts });
        document.body.appendChild(element);
        await flush(2);
        expect(element.shadowRoot!.querySelector('lightning-spinner')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('lists the open alerts and the history, a failed send shown as not delivered (data state)', async () => {
        mockOverview.mockResolvedValue(clone(alertsLargeOrg));
        const element = await mount();
        const open = $$(element, 'open-alert');
        expect(open).toHaveLength(alertsLargeOrg.open.length);
        expect(open[0].textContent).toContain('Field Service Mobile');
        expect(element.shadowRoot!.textContent).toContain(`Open alerts (${alertsLargeOrg.open.length})`);
        const failed = open.find((row) => row.textContent!.includes('Einstein for Service'))!;
        expect(failed.querySelector('[data-id="delivery"]')!.textContent).toBe(
            'Not delivered (email: Failed for 1 of 3: NO_MASS_MAIL_PERMISSION)'
        );
        expect(open[0].querySelector('[data-id="delivery"]')!.textContent).toBe('Sent to 3 users');
        const history = $$(element, 'history-row');
        expect(history).toHaveLength(alertsLargeOrg.history.length);
        const states = new Set(history.map((row) => row.children[3].textContent));
        expect(states).toEqual(new Set(['Raised', 'Resent', 'Cleared']));
        expect(element.shadowRoot!.querySelector('c-license-alert-settings')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('says when nothing was raised yet (empty state)', async () => {
        mockOverview.mockResolvedValue({ open: [], history: [], historyTruncated: false });
        const element = await mount();
        expect($(element, 'no-open')).not.toBeNull();
        expect($(element, 'no-history')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('shows the error of a failed load (error state)', async () => {
        mockOverview.mockRejectedValue({ body: { message: 'Load the licence alerts failed.' } });
        const element = await mount();
        expect($(element, 'error')!.textContent).toContain('Load the licence alerts failed.');
        await expect(element).toBeAccessible();
    });

    it('notes when older history rows are not shown', async () => {
        mockOverview.mockResolvedValue({ ...clone(alertsLargeOrg), historyTruncated: true });
        const element = await mount();
        expect(element.shadowRoot!.textContent).toContain('The newest 200 rows');
    });

    it('words the delivery of every kind of row', () => {
        const base = clone(alertsLargeOrg.open[0]);
        expect(deliveryText({ ...base, sentAt: null })).toBe('Not sent');
        expect(deliveryText({ ...base, recipientCount: 1 })).toBe('Sent to 1 user');
        expect(
            deliveryText({
                ...base,
                deliveryFailed: true,
                notificationResult: 'Not sent: no active user holds the License Steward Admin permission set.',
                emailResult: 'Not sent: no active user holds the License Steward Admin permission set.'
            })
        ).toBe(
            'Not delivered (notification: Not sent: no active user holds the License Steward Admin permission set.; ' +
                'email: Not sent: no active user holds the License Steward Admin permission set.)'
        );
    });
});
