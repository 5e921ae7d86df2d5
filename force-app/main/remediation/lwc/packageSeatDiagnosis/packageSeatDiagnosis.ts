import { LightningElement, api } from 'lwc';
import type { RemediationDiagnosisDto } from '@apex-types/remediation';
import { plural } from 'c/lsFormat';
import { formatMinutes } from 'c/remediationFormat';

/**
 * The package-seat reclaim's part of the Diagnose step in c-remediation-flow (plan RECLAIM_PACKAGE_SEATS): nothing
 * to reclaim (site-wide licence, no selection, or the seats are gone), or the seats it removes and what undo does.
 */
export default class PackageSeatDiagnosis extends LightningElement {
    @api diagnosis?: RemediationDiagnosisDto;

    get isNothingToDo(): boolean {
        return this.diagnosis?.affected !== true;
    }

    get seatsText(): string {
        const d = this.diagnosis;
        if (!d) {
            return '';
        }
        const used = d.seatsUsed == null || d.seatsTotal == null ? '' : ` (${d.seatsUsed} of ${d.seatsTotal} used now)`;
        return (
            `${plural(d.seatsToFree, `${d.licenseLabel ?? 'package'} seat`)} to remove${used}; ` +
            `estimated run time ${formatMinutes(d.estimatedMinutes)}. Undo gives each seat back while one is free; ` +
            'a seat taken meanwhile is listed on its row, not given back.'
        );
    }
}
