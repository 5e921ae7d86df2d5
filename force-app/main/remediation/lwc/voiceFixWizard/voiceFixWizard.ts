import { LightningElement, wire } from 'lwc';
import getAppContext from '@salesforce/apex/LicenseStewardAppController.getAppContext';
import type { AppContextDto } from '@apex-types/app';

interface WiredContext {
    data?: AppContextDto;
    error?: unknown;
}

/**
 * The Voice PSL fix of KB 005316943 (tab and app page): c-remediation-flow configured for plan VOICE_PSL_FIX, with
 * its diagnosis (c-voice-fix-diagnosis), its review (c-voice-fix-review) and the run history. The org name of the
 * app context lets the admin confirm or undo by name before a diagnosis has answered.
 */
export default class VoiceFixWizard extends LightningElement {
    orgName?: string;

    @wire(getAppContext)
    wiredContext({ data, error }: WiredContext): void {
        if (data) {
            this.orgName = data.orgName ?? undefined;
        } else if (error) {
            // The org name only helps confirming (CONFIRM always works): no error state for it.
            this.orgName = undefined;
        }
    }
}
