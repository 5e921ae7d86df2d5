import { createElement } from 'lwc';
import LicenseAlertSettings from 'c/licenseAlertSettings';
import getAlertSettings from '@salesforce/apex/LicenseAlertController.getAlertSettings';
import saveAlertSetting from '@salesforce/apex/LicenseAlertController.saveAlertSetting';
import { flush, unmountAll } from '@test/lwcTestUtils';

const settingsLargeOrg = require('./data/settingsLargeOrg.json');

jest.mock('@salesforce/apex/LicenseAlertController.getAlertSettings', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/LicenseAlertController.saveAlertSetting', () => ({ default: jest.fn() }), {
    virtual: true
});

const mockSettings = getAlertSettings as unknown as jest.Mock;
const mockSave = saveAlertSetting as unknown as jest.Mock;
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));

async function mount(): Promise<HTMLElement> {
    const element = createElement('c-license-alert-settings', { is: LicenseAlertSettings });
    document.body.appendChild(element);
    await flush(6);
    return element;
}

const $ = (element: HTMLElement, id: string): HTMLElement | null =>
    element.shadowRoot!.querySelector(`[data-id="${id}"]`);
const input = (element: HTMLElement, field: string): HTMLElement & { value: string } =>
    element.shadowRoot!.querySelector(`lightning-input[data-field="${field}"]`) as HTMLElement & { value: string };

function change(target: HTMLElement, detail: Record<string, unknown>): void {
    target.dispatchEvent(new CustomEvent('change', { detail }));
}

describe('c-license-alert-settings', () => {
    afterEach(() => {
        unmountAll();
        jest.clearAllMocks();
    });

    it('shows a spinner while loading (loading state)', async () => {
        mockSettings.mockReturnValue(new Promise(() => undefined));
        const element = createElement('c-license-alert-settings', { is: LicenseAlertSettings });
        document.body.appendChild(element);
        await flush(2);
        expect(element.shadowRoot!.querySelector('lightning-spinner')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('fills the form with the Default and its recipients (data state)', async () => {
        mockSettings.mockResolvedValue(clone(settingsLargeOrg));
        const element = await mount();
        expect($(element, 'recipients')!.textContent).toBe('Alerts go to: Members of the public group Licence_Owners.');
        expect(input(element, 'percentUsed').value).toBe('90');
        expect(input(element, 'resendAfterDays').value).toBe('7');
        expect(($(element, 'recipient-group') as HTMLElement & { value: string }).value).toBe('Licence_Owners');
        await expect(element).toBeAccessible();
    });

    it('offers only the Default on a fresh install without licence history (empty state)', async () => {
        mockSettings.mockResolvedValue({ ...clone(settingsLargeOrg), overrides: [], licenses: [] });
        const element = await mount();
        const select = $(element, 'license-select') as HTMLElement & { options: Array<{ value: string }> };
        expect(select.options.map((option) => option.value)).toEqual(['']);
        expect(input(element, 'percentUsed').value).toBe('90');
        await expect(element).toBeAccessible();
    });

    it('shows a licence override without the Default-only fields', async () => {
        mockSettings.mockResolvedValue(clone(settingsLargeOrg));
        const element = await mount();
        change($(element, 'license-select')!, { value: 'PermissionSetLicense|FieldServiceMobilePsl' });
        await flush();
        expect(input(element, 'exhaustionWithinDays').value).toBe('60');
        expect(input(element, 'resendAfterDays')).toBeNull();
        expect($(element, 'recipient-group')).toBeNull();
        expect($(element, 'active')).not.toBeNull();
    });

    it('saves a licence without an override yet, starting from the Default values', async () => {
        mockSettings.mockResolvedValue(clone(settingsLargeOrg));
        mockSave.mockResolvedValue('0Af000000000001AAA');
        const element = await mount();
        change($(element, 'license-select')!, { value: 'PermissionSetLicense|EinsteinServicePsl' });
        await flush();
        change(input(element, 'percentUsed'), { value: '95' });
        change(input(element, 'seatsRemaining'), { value: '' });
        change($(element, 'active')!, { checked: true });
        ($(element, 'save') as HTMLElement).click();
        await flush(6);
        expect(mockSave).toHaveBeenCalledWith({
            setting: expect.objectContaining({
                licenseKey: 'PermissionSetLicense|EinsteinServicePsl',
                active: true,
                percentUsed: 95,
                seatsRemaining: null,
                exhaustionWithinDays: 30,
                resendAfterDays: null,
                recipientGroup: null
            })
        });
        expect($(element, 'saved')!.textContent).toContain('deployed in the background');
        expect(mockSettings).toHaveBeenCalledTimes(2);
    });

    it('shows the server message when a threshold is out of range and keeps the form (error state)', async () => {
        mockSettings.mockResolvedValue(clone(settingsLargeOrg));
        mockSave.mockRejectedValue({
            body: { message: 'Save the alert settings failed: Percent used must be a whole number from 1 to 100.' }
        });
        const element = await mount();
        change(input(element, 'percentUsed'), { value: '150' });
        change($(element, 'recipient-group')!, { value: ' ' });
        ($(element, 'save') as HTMLElement).click();
        await flush(6);
        expect(mockSave.mock.calls[0][0].setting.recipientGroup).toBeNull();
        expect($(element, 'settings-error')!.textContent).toContain(
            'Percent used must be a whole number from 1 to 100.'
        );
        expect(input(element, 'percentUsed').value).toBe('150');
        expect($(element, 'saved')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('shows the error of a failed load', async () => {
        mockSettings.mockRejectedValue({ body: { message: 'Load the alert settings failed.' } });
        const element = await mount();
        expect($(element, 'settings-error')!.textContent).toContain('Load the alert settings failed.');
        expect($(element, 'save')).toBeNull();
    });
});
