import { LightningElement, api } from 'lwc';
import type { RemediationRunDto } from '@apex-types/remediation';

/**
 * The Voice PSL fix's Review step in c-remediation-flow: what the draft run's snapshot holds (users and connected
 * apps that get the license-free set) and the snapshot itself, to page through and export.
 */
export default class VoiceFixReview extends LightningElement {
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
        return `${run.name} recorded ${run.snapshotUserCount} users and ${run.snapshotAppCount} connected apps. They get the new license-free set before they lose the old one. Export the snapshot to keep your own copy.`;
    }
}
