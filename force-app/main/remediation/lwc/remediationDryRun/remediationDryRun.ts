import { LightningElement, api } from 'lwc';
import dryRun from '@salesforce/apex/RemediationController.dryRun';
import type { RemediationDryRunDto } from '@apex-types/remediation';
import { reduceErrors } from 'c/lsErrors';

/** Label of the button unless the parent sets `label`. */
export const DEFAULT_LABEL = 'Dry run: show every operation';
/** Label of the button while the dry run is computed. */
export const BUSY_LABEL = 'Computing…';

/** One row of the operations table. */
export interface DryRunRow {
    key: string;
    step: string;
    action: string;
    records: string;
    description: string;
    targets: string;
}

/**
 * Dry run of a remediation run (`RemediationController.dryRun`): a button, then the summary ("No change is made by
 * this dry run.") and a table of every operation the run (or, for a Completed run, its undo) would perform.
 * Changes nothing. Errors are not shown here: the component fires `dryrunerror` (detail `{ errors: string[] }`) with the
 * readable messages when the call fails, and with an empty list when a new dry run starts, so the parent shows them
 * (and clears them) where it shows its other errors.
 */
export default class RemediationDryRun extends LightningElement {
    /** Text of the button (e.g. "Show the undo operations" in the monitor's undo panel). */
    @api label = DEFAULT_LABEL;

    result?: RemediationDryRunDto;
    isRunning = false;
    private _runId?: string;
    private sequence = 0;

    /** Run to simulate; a change forgets the previous result (and ignores an answer still pending for the old run). */
    @api
    get runId(): string | undefined {
        return this._runId;
    }
    set runId(value: string | undefined) {
        if (value !== this._runId) {
            this._runId = value;
            this.sequence += 1;
            this.result = undefined;
            this.isRunning = false;
        }
    }

    get buttonLabel(): string {
        return this.isRunning ? BUSY_LABEL : this.label;
    }

    get buttonDisabled(): boolean {
        return this.isRunning || !this._runId;
    }

    /** Assistive caption of the table: a Completed run's dry run lists the operations of its undo. */
    get caption(): string {
        return this.result?.direction === 'Undo'
            ? 'Operations the undo will perform'
            : 'Operations the run will perform';
    }

    get operations(): DryRunRow[] {
        return (this.result?.operations ?? []).map((op) => ({
            key: `${op.sequence}-${op.stepKey}-${op.action}-${op.sObjectType}`,
            step: `${op.sequence}. ${op.stepLabel}`,
            action: `${op.action} ${op.sObjectType}`,
            records: `${op.recordCount} in ${op.dmlCalls} call${op.dmlCalls === 1 ? '' : 's'}`,
            description: op.description,
            targets: (op.targets ?? []).join(', ') + (op.targetsTruncated ? ', …' : '')
        }));
    }

    async handleDryRun(): Promise<void> {
        const runId = this._runId;
        if (!runId) {
            return;
        }
        const sequence = ++this.sequence;
        this.isRunning = true;
        this.reportErrors([]);
        try {
            const result: RemediationDryRunDto = await dryRun({ runId });
            if (sequence === this.sequence) {
                this.result = result;
            }
        } catch (error) {
            if (sequence === this.sequence) {
                this.reportErrors(reduceErrors(error));
            }
        } finally {
            if (sequence === this.sequence) {
                this.isRunning = false;
            }
        }
    }

    private reportErrors(errors: string[]): void {
        this.dispatchEvent(new CustomEvent('dryrunerror', { detail: { errors } }));
    }
}
