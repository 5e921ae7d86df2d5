import { LightningElement, api } from 'lwc';
import type { RemediationRunDto } from '@apex-types/remediation';
import { plural } from 'c/lsFormat';

/**
 * The reclaim's Review step in c-remediation-flow: how many license assignments the run deletes, and the snapshot
 * (opened on its license assignments) that undo re-creates them from.
 */
export default class ReclaimReview extends LightningElement {
    @api run?: RemediationRunDto;

    get runId(): string | undefined {
        return this.run?.id;
    }

    get runName(): string {
        return this.run?.name ?? '';
    }

    get summary(): string {
        const run = this.run;
        if (!run) {
            return '';
        }
        return `${run.name} recorded ${plural(run.seatsExpectedToFree, 'license assignment')} to delete. Undo re-creates them. Export the snapshot to keep your own copy.`;
    }
}
