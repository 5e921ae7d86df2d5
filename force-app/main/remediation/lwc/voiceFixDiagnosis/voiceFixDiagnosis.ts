import { LightningElement, api } from 'lwc';
import type { RemediationDiagnosisDto } from '@apex-types/remediation';
import { formatMinutes } from 'c/remediationFormat';

/** Why the org needs no fix, in plain language (affectedReason values of the API). */
const NOT_AFFECTED: Record<string, string> = {
    SET_ABSENT:
        'This org has no "Salesforce Voice Permission Set" (SalesforceVoiceCustomPsl): Salesforce Voice was set up after Spring \'24, so no user consumes an extra Salesforce Voice User license.',
    NO_LICENSE_LINK:
        'The "Salesforce Voice Permission Set" carries no permission set license: adding a user to the contact center does not consume an extra Salesforce Voice User license.',
    ALREADY_RENAMED:
        'The licensed set was already renamed to SalesforceVoiceCustomPslDoNotUse: the fix is done (or half done: see the checks below).'
};

/**
 * The Voice PSL fix's part of the Diagnose step in c-remediation-flow (KB 005316943): why an org needs no fix, the
 * SSO warning, who holds the licensed set and the seats the fix frees. The flow shows the summary, the checks and
 * the way forward around it.
 */
export default class VoiceFixDiagnosis extends LightningElement {
    @api diagnosis?: RemediationDiagnosisDto;

    get isAffected(): boolean {
        return this.diagnosis?.affected === true;
    }

    get isNotAffected(): boolean {
        return this.diagnosis !== undefined && this.diagnosis?.affected !== true;
    }

    get notAffectedReason(): string {
        const reason = this.diagnosis?.affectedReason ?? '';
        return NOT_AFFECTED[reason] ?? 'This org does not need the fix.';
    }

    get ssoWarning(): string | null {
        return this.diagnosis?.ssoWarning ?? null;
    }

    get seatsText(): string {
        const d = this.diagnosis;
        if (!d) {
            return '';
        }
        const license = d.licenseLabel ?? d.licenseDeveloperName ?? 'license';
        const used = d.seatsUsed == null || d.seatsTotal == null ? '' : ` (${d.seatsUsed} of ${d.seatsTotal} used now)`;
        return `${d.seatsToFree} ${license} seat${d.seatsToFree === 1 ? '' : 's'} to free${used}`;
    }

    get scopeText(): string {
        const d = this.diagnosis;
        if (!d) {
            return '';
        }
        return `${d.userCount} user${d.userCount === 1 ? '' : 's'} and ${d.connectedAppCount} connected app${d.connectedAppCount === 1 ? '' : 's'} hold "${d.permissionSetLabel ?? 'the set'}"; estimated run time ${formatMinutes(d.estimatedMinutes)}.`;
    }
}
