// Preview answers of LmaHealthController (docs/lma-health.md). A demo org with the License Management App has
// lma.health.json: the LmaHealthDto the Apex computes from its sfLma__License__c records (isv-lmo: a licence in every
// state). Every other org answers like an org without the LMA: the one line of LmaHealthService.NOT_INSTALLED.
const NOT_INSTALLED =
    'The License Management App is not installed in this org (or your user cannot see its License object): nothing to check.';

export const samples = { getLmaHealth: [{}] };

export function getLmaHealth(_params, ctx) {
    try {
        return ctx.load('lma.health.json');
    } catch (error) {
        if (error.code !== 'PREVIEW_NO_DATA') throw error;
        return {
            installed: false,
            message: NOT_INSTALLED,
            packageCount: null,
            licenseCount: null,
            checkedCount: null,
            truncated: null,
            expiringWithinDays: 30,
            items: []
        };
    }
}
