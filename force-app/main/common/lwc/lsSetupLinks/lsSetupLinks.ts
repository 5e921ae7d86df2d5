/**
 * Lightning Experience Setup addresses the License Steward pages link to, so every finding leads to the page where
 * an admin acts on it (docs/dashboard-ui.md, "Setup links"). Relative URLs: they open in the admin's own org.
 * Record pages inside Setup use the `page?address=` form with the Classic path of the record, URL-encoded.
 */

/** Setup > Users. */
export const USERS_SETUP_URL = '/lightning/setup/ManageUsers/home';
/** Setup > Permission Sets. */
export const PERMISSION_SETS_SETUP_URL = '/lightning/setup/PermSets/home';
/** Setup > Company Information: the org's user licenses and permission set licenses with their expiration. */
export const COMPANY_INFORMATION_SETUP_URL = '/lightning/setup/CompanyProfileInfo/home';
/** Setup > Scheduled Jobs. */
export const SCHEDULED_JOBS_SETUP_URL = '/lightning/setup/ScheduledJobs/home';

const SALESFORCE_ID = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;

/** The Setup page of one user (detail with its permission set license assignments); '' for a missing or bad id. */
export function userSetupUrl(userId: string | null | undefined): string {
    if (!userId || !SALESFORCE_ID.test(userId)) {
        return '';
    }
    return `/lightning/setup/ManageUsers/page?address=${encodeURIComponent(`/${userId}?noredirect=1&isUserEntityOverride=1`)}`;
}

/** The Setup page of one permission set; '' for a missing or bad id. */
export function permissionSetSetupUrl(permissionSetId: string | null | undefined): string {
    if (!permissionSetId || !SALESFORCE_ID.test(permissionSetId)) {
        return '';
    }
    return `/lightning/setup/PermSets/page?address=${encodeURIComponent(`/${permissionSetId}`)}`;
}
