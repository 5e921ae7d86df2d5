import { permissionSetSetupUrl, userSetupUrl, USERS_SETUP_URL } from 'c/lsSetupLinks';

describe('c/lsSetupLinks', () => {
    it('builds Lightning Setup addresses of users and permission sets', () => {
        expect(userSetupUrl('005000000000001AAA')).toBe(
            '/lightning/setup/ManageUsers/page?address=%2F005000000000001AAA%3Fnoredirect%3D1%26isUserEntityOverride%3D1'
        );
        expect(permissionSetSetupUrl('0PS000000000001AAA')).toBe(
            '/lightning/setup/PermSets/page?address=%2F0PS000000000001AAA'
        );
        expect(USERS_SETUP_URL).toBe('/lightning/setup/ManageUsers/home');
    });

    it('refuses anything that is not a Salesforce id', () => {
        expect(userSetupUrl(null)).toBe('');
        expect(userSetupUrl('005/../../evil?x=1')).toBe('');
        expect(permissionSetSetupUrl('0PS/../x')).toBe('');
    });
});
