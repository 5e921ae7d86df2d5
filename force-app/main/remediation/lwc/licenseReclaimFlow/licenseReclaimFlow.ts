import { LightningElement, api } from 'lwc';
import type { RemediationRunDto } from '@apex-types/remediation';

/**
 * Reclaim of unneeded permission set license assignments (plan RECLAIM_UNNEEDED_PSL), or of the managed-package
 * seats of inactive or deactivated users (RECLAIM_PACKAGE_SEATS: `licenseDeveloperName` is then the namespace), opened
 * from the findings
 * drill-down with the selected finding ids (`targetIds`) or none (= every unneeded assignment of the license):
 * c-remediation-flow configured for the reclaim, with its diagnosis (c-reclaim-diagnosis) and review
 * (c-reclaim-review). The remediation module's public entry for the reclaim: fires `runchange` (the monitored run)
 * and `close` ({ runId }) when the admin closes it.
 */
export default class LicenseReclaimFlow extends LightningElement {
    /** RECLAIM_UNNEEDED_PSL (PSL assignments) or RECLAIM_PACKAGE_SEATS (managed-package seats). */
    @api planType = 'RECLAIM_UNNEEDED_PSL';
    /** License_Finding__c ids of the selected rows; empty = all unneeded assignments of the license. */
    @api targetIds: string[] = [];
    /** Developer name of the permission set license to reclaim (required by the API). */
    @api licenseDeveloperName = '';
    /** Label of that license, shown until the diagnosis answers. */
    @api licenseLabel = '';

    handleRunChange(event: CustomEvent<RemediationRunDto>): void {
        this.dispatchEvent(new CustomEvent('runchange', { detail: event.detail }));
    }

    handleClose(event: CustomEvent<{ runId: string | null }>): void {
        this.dispatchEvent(new CustomEvent('close', { detail: event.detail }));
    }
}
