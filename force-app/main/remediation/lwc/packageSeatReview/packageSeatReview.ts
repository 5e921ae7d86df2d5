import { LightningElement, api } from 'lwc';
import type { RemediationRunDto } from '@apex-types/remediation';
import { plural } from 'c/lsFormat';

/**
 * The package-seat reclaim's part of the Review step in c-remediation-flow: how many package seats the run removes
 * and what undo does with them. The flow shows the snapshot table, opened on its package seats.
 */
export default class PackageSeatReview extends LightningElement {
    @api run?: RemediationRunDto;

    get summary(): string {
        if (!this.run) {
            return '';
        }
        const seats = plural(this.run.seatsExpectedToFree, `${this.run.licenseLabel ?? 'package'} seat`);
        return (
            `${this.run.name} recorded ${seats} to remove. Undo re-inserts each one; a seat someone took meanwhile ` +
            'is marked Error on its row with the reason. Export the snapshot to keep your own copy.'
        );
    }
}
