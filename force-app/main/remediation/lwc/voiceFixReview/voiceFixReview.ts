import { LightningElement, api } from 'lwc';
import type { RemediationRunDto } from '@apex-types/remediation';

/**
 * The Voice PSL fix's part of the Review step in c-remediation-flow: what the draft run's snapshot holds (users and
 * connected apps that get the license-free set before they lose the old one). The flow shows the snapshot table.
 */
export default class VoiceFixReview extends LightningElement {
    @api run?: RemediationRunDto;

    get summary(): string {
        const run = this.run;
        if (!run) {
            return '';
        }
        const users = run.snapshotUserCount === 1 ? '1 user' : `${run.snapshotUserCount} users`;
        const apps = run.snapshotAppCount === 1 ? '1 connected app' : `${run.snapshotAppCount} connected apps`;
        return `${run.name} recorded ${users} and ${apps}. They get the new license-free set before they lose the old one. Export the snapshot to keep your own copy.`;
    }
}
