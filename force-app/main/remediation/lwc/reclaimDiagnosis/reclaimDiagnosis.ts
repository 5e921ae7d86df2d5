import { LightningElement, api } from 'lwc';
import type { RemediationDiagnosisDto } from '@apex-types/remediation';
import { plural } from 'c/lsFormat';
import { formatMinutes } from 'c/remediationFormat';

/**
 * The reclaim's part of the Diagnose step in c-remediation-flow (plan RECLAIM_UNNEEDED_PSL): nothing to reclaim,
 * or the seats it frees. The flow shows the summary, the checks and the way forward around it.
 */
export default class ReclaimDiagnosis extends LightningElement {
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
        return `${plural(d.seatsToFree, `${d.licenseLabel ?? 'license'} seat`)} to free${used}; estimated run time ${formatMinutes(d.estimatedMinutes)}.`;
    }
}
