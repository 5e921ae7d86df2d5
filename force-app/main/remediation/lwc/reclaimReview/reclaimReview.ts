import { LightningElement, api } from 'lwc';
import type { RemediationRunDto } from '@apex-types/remediation';
import { plural } from 'c/lsFormat';

/**
 * The reclaim's part of the Review step in c-remediation-flow: how many license assignments the run deletes and
 * that undo re-creates them. The flow shows the snapshot table, opened on its license assignments.
 */
export default class ReclaimReview extends LightningElement {
    @api run?: RemediationRunDto;

    get summary(): string {
        if (!this.run) {
            return '';
        }
        const assignments = plural(this.run.seatsExpectedToFree, 'license assignment');
        return `${this.run.name} recorded ${assignments} to delete. Undo re-creates them. Export the snapshot to keep your own copy.`;
    }
}
