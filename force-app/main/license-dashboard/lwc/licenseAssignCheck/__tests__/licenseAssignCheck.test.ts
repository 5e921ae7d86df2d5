import LicenseAssignCheck from 'c/licenseAssignCheck';
import searchUsers from '@salesforce/apex/LicenseDashboardController.searchUsers';
import searchPermissionSets from '@salesforce/apex/LicenseDashboardController.searchPermissionSets';
import checkAssignment from '@salesforce/apex/LicenseDashboardController.checkAssignment';
import { deepQuery, deepQueryAll, flush, mountComponent, unmountAll } from '@test/lwcTestUtils';

const users = require('./data/users.json');
const permissionSets = require('./data/permissionSets.json');
const checkExhausted = require('./data/checkExhausted.json');
const checkMismatch = require('./data/checkMismatch.json');
const checkCanAssign = require('./data/checkCanAssign.json');
const checkAlreadyAssigned = require('./data/checkAlreadyAssigned.json');

jest.mock('@salesforce/apex/LicenseDashboardController.searchUsers', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/LicenseDashboardController.searchPermissionSets', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/LicenseDashboardController.checkAssignment', () => ({ default: jest.fn() }), {
    virtual: true
});

const searchUsersMock = searchUsers as unknown as jest.Mock;
const searchPermissionSetsMock = searchPermissionSets as unknown as jest.Mock;
const checkMock = checkAssignment as unknown as jest.Mock;

const USER_3 = '005PV0000000004AAA';
const CONTACT_CENTER_AGENT = '0PSPV0000000001AAA';

const mount = (): HTMLElement => mountComponent('c-license-assign-check', LicenseAssignCheck);

// Looks into the pickers (c-ls-record-picker) too.
const $ = (element: HTMLElement, selector: string) =>
    deepQuery(element, selector) as HTMLElement & { disabled: boolean };

async function type(element: HTMLElement, id: string, value: string): Promise<void> {
    $(element, `[data-id="${id}"]`).dispatchEvent(new CustomEvent('change', { detail: { value } }));
    jest.advanceTimersByTime(300);
    await flush();
}

async function pickBoth(element: HTMLElement): Promise<void> {
    await type(element, 'user-search', 'User');
    $(element, `[data-id="user-options"] button[data-id="${USER_3}"]`).click();
    await flush();
    await type(element, 'permission-set-search', 'Contact');
    $(element, `[data-id="permission-set-options"] button[data-id="${CONTACT_CENTER_AGENT}"]`).click();
    await flush();
}

// sa11y over a whole rendered section is slow on a busy machine: allow more than the 5 s default.

describe('c-license-assign-check', () => {
    beforeEach(() => {
        jest.useFakeTimers();
        searchUsersMock.mockResolvedValue(users);
        searchPermissionSetsMock.mockResolvedValue(permissionSets);
    });

    afterEach(() => {
        unmountAll();
        jest.resetAllMocks();
        jest.useRealTimers();
    });

    it('starts with two empty pickers and a disabled Check button', async () => {
        jest.useRealTimers();
        const element = mount();
        expect($(element, '[data-id="check"]').disabled).toBe(true);
        expect($(element, '[data-id="verdict"]')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('searches users from 2 characters, after a pause', async () => {
        const element = mount();
        await type(element, 'user-search', 'U');
        expect(searchUsersMock).not.toHaveBeenCalled();
        await type(element, 'user-search', 'User');
        expect(searchUsersMock).toHaveBeenCalledWith({ searchText: 'User' });
        const options = deepQueryAll(element, '[data-id="user-options"] button');
        expect(options).toHaveLength(users.length);
        expect(options[0].getAttribute('aria-label')).toBe(`Pick user ${users[0].name}`);
        expect(options[0].textContent).toContain(`${users[0].username} · ${users[0].userLicenseLabel}`);
    });

    it('says when nothing matches', async () => {
        searchUsersMock.mockResolvedValue([]);
        searchPermissionSetsMock.mockResolvedValue([]);
        const element = mount();
        await type(element, 'user-search', 'zz');
        await type(element, 'permission-set-search', 'zz');
        expect($(element, '[data-id="user-no-match"]').textContent).toBe('Nothing matches.');
        expect($(element, '[data-id="permission-set-no-match"]').textContent).toBe('Nothing matches.');
    });

    it("explains User-3's block: Voice User PSL exhausted, User-2's double consumption could free a seat", async () => {
        checkMock.mockResolvedValue(checkExhausted);
        const element = mount();
        await pickBoth(element);
        expect($(element, '[data-id="selected-user"]').textContent).toContain('User-3 (Salesforce)');
        expect($(element, '[data-id="selected-permission-set"]').textContent).toContain(
            'Contact Center Agent (ContactCenterAgent)'
        );
        expect($(element, '[data-id="check"]').disabled).toBe(false);

        $(element, '[data-id="check"]').dispatchEvent(new CustomEvent('click'));
        await flush();
        expect(checkMock).toHaveBeenCalledWith({ userId: USER_3, permissionSetId: CONTACT_CENTER_AGENT });
        const verdict = $(element, '[data-id="verdict"]');
        expect(verdict.dataset.verdict).toBe('LicenseExhausted');
        expect(verdict.className).toContain('slds-theme_error');
        expect($(element, '[data-id="verdict-text"]').textContent).toBe('Blocked: no seat left');
        expect($(element, '[data-id="message"]').textContent).toBe(
            'All 2 Salesforce Voice User seats are used (0 remaining). 1 finding of the latest scan could free a seat.'
        );
        const blocking = $(element, '[data-id="blocking-license"]');
        expect(blocking.querySelector('[data-id="total"]')!.textContent).toBe('2');
        expect(blocking.querySelector('[data-id="used"]')!.textContent).toBe('2');
        expect(blocking.querySelector('[data-id="remaining"]')!.textContent).toBe('0');
        expect($(element, '[data-id="freeing-table"] caption').textContent!.trim()).toBe(
            '1 finding of the latest scan could free a seat'
        );
        expect($(element, '[data-id="freeing-user"]').textContent).toBe('User-2');
        expect($(element, '[data-id="result-region"]').getAttribute('aria-live')).toBe('polite');
        jest.useRealTimers();
        await expect(element).toBeAccessible();
    });

    it('mentions more freeing findings than listed, and none at all', async () => {
        checkMock.mockResolvedValueOnce({ ...checkExhausted, freeingFindingCount: 25 });
        checkMock.mockResolvedValueOnce({ ...checkExhausted, freeingFindings: [], freeingFindingCount: 0 });
        const element = mount();
        await pickBoth(element);
        $(element, '[data-id="check"]').dispatchEvent(new CustomEvent('click'));
        await flush();
        expect($(element, '[data-id="more-freeing"]').textContent).toBe('and 24 more in the findings drill-down');
        $(element, '[data-id="check"]').dispatchEvent(new CustomEvent('click'));
        await flush();
        expect($(element, '[data-id="no-freeing"]')).not.toBeNull();
        expect($(element, '[data-id="freeing-table"]')).toBeNull();
    });

    it('explains a user license mismatch', async () => {
        checkMock.mockResolvedValue(checkMismatch);
        const element = mount();
        await pickBoth(element);
        $(element, '[data-id="check"]').dispatchEvent(new CustomEvent('click'));
        await flush();
        expect($(element, '[data-id="verdict-text"]').textContent).toBe('Blocked: wrong user license');
        expect($(element, '[data-id="blocking-license"]').textContent).toContain('User license');
        expect($(element, '[data-id="required-text"]').textContent).toBe('Platform Apps Access needs a user license.');
    });

    it('confirms an assignment that needs no license, and one already made', async () => {
        checkMock.mockResolvedValueOnce(checkCanAssign).mockResolvedValueOnce(checkAlreadyAssigned);
        const element = mount();
        await pickBoth(element);
        $(element, '[data-id="check"]').dispatchEvent(new CustomEvent('click'));
        await flush();
        expect(checkMock).toHaveBeenCalledTimes(1);
        expect($(element, '[data-id="verdict"]').className).toContain('slds-theme_success');
        expect($(element, '[data-id="verdict-text"]').textContent).toBe('Can be assigned');
        expect($(element, '[data-id="required-text"]').textContent).toBe('Sales Operations needs no license.');
        expect($(element, '[data-id="blocking-license"]')).toBeNull();
        $(element, '[data-id="check"]').dispatchEvent(new CustomEvent('click'));
        await flush();
        expect($(element, '[data-id="verdict"]').className).toContain('slds-theme_info');
        expect($(element, '[data-id="required-license"]').textContent).toContain('Salesforce Voice User');
        expect($(element, '[data-id="required-text"]').textContent).toContain('The user already holds a seat of it.');
        jest.useRealTimers();
        await expect(element).toBeAccessible();
    });

    it('lets the admin change the picked user and permission set', async () => {
        checkMock.mockResolvedValue(checkExhausted);
        const element = mount();
        await pickBoth(element);
        $(element, '[data-id="change-user"]').dispatchEvent(new CustomEvent('click'));
        await flush();
        expect($(element, '[data-id="user-search"]')).not.toBeNull();
        expect($(element, '[data-id="check"]').disabled).toBe(true);
        $(element, '[data-id="change-permission-set"]').dispatchEvent(new CustomEvent('click'));
        await flush();
        expect($(element, '[data-id="permission-set-search"]')).not.toBeNull();
    });

    it('shows readable errors of the search and of the check', async () => {
        searchUsersMock.mockRejectedValue({ body: { message: 'Search users failed: no access' } });
        checkMock.mockRejectedValue({ body: { message: 'The permission set was not found.' } });
        const element = mount();
        await type(element, 'user-search', 'Us');
        expect($(element, '[data-id="search-error"]').textContent).toContain('Search users failed: no access');
        searchUsersMock.mockResolvedValue(users);
        await pickBoth(element);
        expect($(element, '[data-id="search-error"]')).toBeNull();
        $(element, '[data-id="check"]').dispatchEvent(new CustomEvent('click'));
        await flush();
        expect($(element, '[data-id="check-error"]').textContent).toContain('The permission set was not found.');
        jest.useRealTimers();
        await expect(element).toBeAccessible();
    });
});
