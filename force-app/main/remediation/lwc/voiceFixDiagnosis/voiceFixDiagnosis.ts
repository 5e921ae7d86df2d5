import { LightningElement, api } from 'lwc';
import type { RemediationDiagnosisDto } from '@apex-types/remediation';
import { formatMinutes } from 'c/remediationFormat';

/** Why the org needs no fix, in plain language (affectedReason values of the API). */
const NOT_AFFECTED: Record<string, string> = {
    SET_ABSENT:
        'No permission set carries the Salesforce Voice User license for Partner Telephony users, and this org has no "Salesforce Voice Permission Set" (SalesforceVoiceCustomPsl): Salesforce Voice was set up after Spring \'24, so no user consumes an extra Salesforce Voice User license.',
    NO_LICENSE_LINK:
        'The "Salesforce Voice Permission Set" carries no permission set license: adding a user to the contact center does not consume an extra Salesforce Voice User license.',
    ALREADY_RENAMED:
        'The licensed set was already renamed to SalesforceVoiceCustomPslDoNotUse: the fix is done (or half done: see the checks below).'
};

/**
 * The Voice PSL fix's part of the Diagnose step in c-remediation-flow (KB 005316943): why an org needs no fix, the
 * SSO warning, who holds the licensed set and the seats the fix frees. The flow shows the summary, the checks and
 * the way forward around it. When several custom sets carry the Voice User license, the admin picks the one to fix:
 * the part fires `targetschange` ({ targetIds: [setId] }) and the flow diagnoses that set.
 */
export default class VoiceFixDiagnosis extends LightningElement {
    @api diagnosis?: RemediationDiagnosisDto;
    /** The set the admin chose (the flow keeps it across diagnoses). */
    @api chosenSetId: string | null = null;

    /** Several sets carry the Voice User license: the admin picks the one to fix. */
    get showSetChoice(): boolean {
        return (this.diagnosis?.candidateSets ?? []).length > 1;
    }

    get setChoices(): { label: string; value: string }[] {
        return (this.diagnosis?.candidateSets ?? []).map((candidate) => {
            const partners =
                candidate.partnerHolderCount === 1
                    ? '1 Partner Telephony user'
                    : `${candidate.partnerHolderCount} Partner Telephony users`;
            const expected = candidate.expectedName ? ', the name the KB gives' : '';
            return { label: `${candidate.label} (${candidate.name}${expected}): ${partners}`, value: candidate.id };
        });
    }

    handleChooseSet(event: CustomEvent<{ value: string }>): void {
        this.dispatchEvent(new CustomEvent('targetschange', { detail: { targetIds: [event.detail.value] } }));
    }

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
