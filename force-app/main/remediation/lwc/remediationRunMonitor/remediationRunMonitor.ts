import { LightningElement, api } from 'lwc';
import getRunStatus from '@salesforce/apex/RemediationController.getRunStatus';
import pauseRun from '@salesforce/apex/RemediationController.pauseRun';
import resumeRun from '@salesforce/apex/RemediationController.resumeRun';
import undoRun from '@salesforce/apex/RemediationController.undoRun';
import type { RemediationAuditEntryDto, RemediationRunDto, RemediationStepDto } from '@apex-types/remediation';
import { reduceErrors } from 'c/lsErrors';
import type { RowButton } from 'c/lsButtonRow';
import { formatZonedDateTime, plural } from 'c/lsFormat';
import {
    confirmationMatches,
    describeRun,
    formatMinutes,
    holdLabel,
    isActiveStatus,
    runBadgeClass,
    stepStatusMeta
} from 'c/remediationFormat';

/** Poll interval while the run is Running (the API asks for 5-10 s). */
export const RUNNING_POLL_MS = 5000;
/** Poll interval while the run waits for its out-of-hours start. */
export const SCHEDULED_POLL_MS = 10000;
/** Polling stops after this many failed polls in a row (the admin can refresh by hand). */
export const MAX_POLL_FAILURES = 3;

interface StepRow extends RemediationStepDto {
    shownStatus: string;
    statusLabel: string;
    icon: string;
    iconVariant: string;
    itemsText: string;
    rowClass: string;
    isCurrent: boolean;
}

interface AuditRow extends RemediationAuditEntryDto {
    when: string;
    levelClass: string;
    countsText: string;
}

/**
 * Shows one run and keeps it fresh: polls getRunStatus every 5 s while Running and every 10 s while Scheduled,
 * stops on any other status (Draft, Paused, Completed, Failed, Undone), after repeated failures and when removed
 * from the page. Pause, Resume and Undo follow the run's canPause/canResume/canUndo; Undo is scheduled out of hours
 * and confirmed by typing the org name or CONFIRM. Fires `runchange` (detail: the run) when the status changes.
 */
export default class RemediationRunMonitor extends LightningElement {
    /** Organization name the admin may type to confirm an undo. */
    @api orgName?: string;

    private _runId?: string;
    private connected = false;
    private timer?: ReturnType<typeof setTimeout>;
    private pollFailures = 0;
    private loadSequence = 0;
    /** Where focus goes after the next render: the undo panel's heading when it opens, the Undo button when it closes. */
    private focusTarget = '';

    run?: RemediationRunDto;
    isLoading = false;
    errorMessages: string[] = [];
    actionErrors: string[] = [];
    busyAction = '';
    announcement = '';
    pollingStopped = false;

    showUndo = false;
    undoStart: string | null = null;
    undoStartLabel = '';
    undoStartValid = false;
    undoConfirmation = '';

    /** The run to show; changing it reloads. */
    @api
    get runId(): string | undefined {
        return this._runId;
    }
    set runId(value: string | undefined) {
        const changed = value !== this._runId;
        this._runId = value;
        if (changed && this.connected) {
            this.run = undefined;
            this.showUndo = false;
            this.refresh();
        }
    }

    override connectedCallback(): void {
        this.connected = true;
        this.refresh();
    }

    override renderedCallback(): void {
        if (this.focusTarget) {
            const target = this.template?.querySelector<HTMLElement>(`[data-id="${this.focusTarget}"]`);
            if (target) {
                this.focusTarget = '';
                target.focus();
            }
        }
    }

    override disconnectedCallback(): void {
        this.connected = false;
        this.stopPolling();
    }

    // ----- state for the template -----

    get hasRun(): boolean {
        return this.run !== undefined;
    }

    get showSpinner(): boolean {
        return this.isLoading && !this.run;
    }

    get hasActionError(): boolean {
        return this.actionErrors.length > 0;
    }

    get badgeClass(): string {
        return runBadgeClass(this.run?.status);
    }

    get isUndoDirection(): boolean {
        return this.run?.direction === 'Undo';
    }

    /** Why the run is held (re-approval, lost permission, integrity failure), or '' when it is not. */
    get holdText(): string {
        return holdLabel(this.run);
    }

    get isIntegrityFailure(): boolean {
        return this.run?.pauseReason === 'INTEGRITY';
    }

    get holdBadgeClass(): string {
        return this.isIntegrityFailure
            ? 'slds-badge slds-theme_error slds-m-left_x-small'
            : 'slds-badge slds-theme_warning slds-m-left_x-small';
    }

    /** Audit entries the platform refused to publish: recorded on the run, shown here, never dropped. */
    get hasPublishFailure(): boolean {
        return (this.run?.auditPublishFailures ?? 0) > 0;
    }

    get publishFailureTitle(): string {
        const failures = this.run?.auditPublishFailures ?? 0;
        return `${plural(failures, 'audit entry', 'audit entries')} could not be published to the audit trail. They are kept on the run:`;
    }

    get description(): string {
        return this.run ? describeRun(this.run) : '';
    }

    get progressValue(): number {
        return this.run?.progressPercent ?? 0;
    }

    get progressText(): string {
        if (!this.run) {
            return '';
        }
        const what = this.isUndoDirection ? 'undo steps' : 'steps';
        return `${this.run.completedSteps} of ${this.run.totalSteps} ${what} done · ${this.progressValue}%`;
    }

    get facts(): { key: string; label: string; value: string }[] {
        const run = this.run;
        if (!run) {
            return [];
        }
        const facts = [
            { key: 'scheduled', label: 'Scheduled start', value: formatZonedDateTime(run.scheduledStart) },
            { key: 'next', label: 'Next start', value: formatZonedDateTime(run.nextScheduledTime) },
            { key: 'started', label: 'Started', value: formatZonedDateTime(run.startedAt) },
            { key: 'finished', label: 'Finished', value: formatZonedDateTime(run.finishedAt) },
            { key: 'hours', label: 'Business hours', value: run.businessHoursName ?? '' },
            { key: 'estimate', label: 'Estimated duration', value: formatMinutes(run.estimatedMinutes) },
            { key: 'license', label: 'License', value: run.licenseLabel ?? run.licenseDeveloperName ?? '' },
            {
                key: 'snapshot',
                label: 'Snapshot',
                // A reclaim records license assignments (counted in snapshotUserCount), a Voice fix users and apps.
                value:
                    run.planType === 'RECLAIM_UNNEEDED_PSL'
                        ? plural(run.snapshotUserCount ?? 0, 'license assignment')
                        : `${plural(run.snapshotUserCount ?? 0, 'user')}, ${plural(run.snapshotAppCount ?? 0, 'connected app')}`
            },
            { key: 'seats', label: 'Seats expected to free', value: String(run.seatsExpectedToFree) },
            {
                key: 'before',
                label: 'Used seats before',
                value: run.seatsUsedBefore == null ? '' : String(run.seatsUsedBefore)
            },
            {
                key: 'after',
                label: 'Used seats after',
                value: run.seatsUsedAfter == null ? '' : String(run.seatsUsedAfter)
            },
            { key: 'requested', label: 'Requested by', value: run.requestedByName ?? '' },
            { key: 'scheduledBy', label: 'Runs as', value: run.scheduledByName ?? '' },
            {
                key: 'newSet',
                label: 'License-free set',
                value:
                    run.newSetOrigin === 'ADOPTED'
                        ? 'Adopted (undo keeps it)'
                        : run.newSetOrigin === 'CREATED'
                          ? 'Created by this run'
                          : ''
            }
        ];
        return facts.filter((fact) => fact.value !== '');
    }

    get steps(): StepRow[] {
        const run = this.run;
        if (!run?.steps) {
            return [];
        }
        const undo = this.isUndoDirection;
        return run.steps.map((step) => {
            const shown = (undo ? step.undoStatus : step.status) ?? 'Pending';
            const meta = stepStatusMeta(shown);
            const isCurrent = step.stepKey === run.currentStepKey && isActiveStatus(run.status);
            const total = step.totalItems == null ? '' : ` of ${step.totalItems}`;
            const itemsText =
                step.totalItems == null && step.processedItems === 0 && step.errorCount === 0
                    ? ''
                    : `${step.processedItems}${total} items · ${plural(step.chunkCount, 'DML call')}` +
                      (step.errorCount > 0 ? ` · ${plural(step.errorCount, 'error')}` : '');
            return {
                ...step,
                shownStatus: shown,
                statusLabel: meta.label,
                icon: meta.icon,
                iconVariant: meta.variant,
                itemsText,
                isCurrent,
                rowClass: isCurrent ? 'slds-item slds-theme_shade' : 'slds-item'
            };
        });
    }

    get hasSteps(): boolean {
        return this.steps.length > 0;
    }

    get audit(): AuditRow[] {
        return (this.run?.auditEntries ?? []).map((entry) => ({
            ...entry,
            when: formatZonedDateTime(entry.occurredAt),
            levelClass:
                entry.level === 'ERROR'
                    ? 'slds-text-color_error'
                    : entry.level === 'WARN'
                      ? 'slds-text-color_warning'
                      : '',
            countsText:
                entry.itemCount == null
                    ? ''
                    : `${entry.itemCount}` + (entry.errorCount ? ` (${entry.errorCount} errors)` : '')
        }));
    }

    get hasAudit(): boolean {
        return this.audit.length > 0;
    }

    get isBusy(): boolean {
        return this.busyAction !== '';
    }

    /** Refresh, and Pause, Resume and Undo when the run allows them (disabled while an action is under way). */
    get runButtons(): RowButton[] {
        const run = this.run;
        return [
            { id: 'refresh', action: 'refresh', label: 'Refresh', iconName: 'utility:refresh' },
            {
                id: 'pause',
                action: 'pause',
                label: 'Pause',
                iconName: 'utility:pause',
                hidden: run?.canPause !== true,
                disabled: this.isBusy
            },
            {
                id: 'resume',
                action: 'resume',
                label: 'Resume',
                iconName: 'utility:play',
                variant: 'brand',
                hidden: run?.canResume !== true,
                disabled: this.isBusy
            },
            {
                id: 'undo',
                action: 'undo',
                label: 'Undo…',
                iconName: 'utility:undo',
                variant: 'destructive-text',
                hidden: run?.canUndo !== true,
                disabled: this.isBusy || this.showUndo
            }
        ];
    }

    get confirmLabel(): string {
        return this.orgName ? `Type "${this.orgName}" or CONFIRM` : 'Type CONFIRM';
    }

    get undoConfirmed(): boolean {
        return confirmationMatches(this.undoConfirmation, this.orgName);
    }

    /** Cancel, and Schedule undo once the confirmation and the start time are valid. */
    get undoButtons(): RowButton[] {
        return [
            { id: 'undo-cancel', action: 'cancel', label: 'Cancel' },
            {
                id: 'undo-submit',
                action: 'confirm',
                label: this.busyAction === 'undo' ? 'Scheduling the undo…' : 'Schedule undo',
                variant: 'destructive',
                disabled: this.isBusy || !this.undoConfirmed || !this.undoStartValid
            }
        ];
    }

    get pollingNote(): string {
        if (this.pollingStopped) {
            return 'Automatic refresh stopped after repeated errors. Use Refresh to try again.';
        }
        if (this.run?.status === 'Running') {
            return 'Refreshing every 5 seconds.';
        }
        if (this.run?.status === 'Scheduled') {
            return 'Refreshing every 10 seconds until the run starts.';
        }
        return '';
    }

    // ----- loading and polling -----

    /** Loads the run now and (re)schedules polling. */
    @api
    async refresh(): Promise<void> {
        this.stopPolling();
        if (!this._runId) {
            return;
        }
        this.pollingStopped = false;
        this.pollFailures = 0;
        await this.load();
    }

    private async load(): Promise<void> {
        const sequence = ++this.loadSequence;
        const runId = this._runId;
        this.isLoading = true;
        try {
            const run: RemediationRunDto = await getRunStatus({ runId });
            if (sequence !== this.loadSequence || !this.connected) {
                return;
            }
            this.pollFailures = 0;
            this.errorMessages = [];
            this.applyRun(run);
        } catch (error) {
            if (sequence !== this.loadSequence || !this.connected) {
                return;
            }
            this.pollFailures += 1;
            this.errorMessages = reduceErrors(error);
            if (this.pollFailures >= MAX_POLL_FAILURES || !this.run) {
                this.pollingStopped = this.run !== undefined;
                return;
            }
        } finally {
            if (sequence === this.loadSequence) {
                this.isLoading = false;
            }
        }
        if (sequence === this.loadSequence && this.connected) {
            this.schedulePoll();
        }
    }

    private schedulePoll(): void {
        this.stopPolling();
        const status = this.run?.status;
        if (!isActiveStatus(status)) {
            return;
        }
        const delay = status === 'Running' ? RUNNING_POLL_MS : SCHEDULED_POLL_MS;
        // Polling an Apex method is the documented way to follow a run (no platform event subscription needed).
        // eslint-disable-next-line @lwc/lwc/no-async-operation
        this.timer = setTimeout(() => {
            this.timer = undefined;
            this.load();
        }, delay);
    }

    private stopPolling(): void {
        if (this.timer !== undefined) {
            clearTimeout(this.timer);
            this.timer = undefined;
        }
    }

    private applyRun(run: RemediationRunDto): void {
        const previous = this.run;
        this.run = run;
        if (!previous || previous.status !== run.status || previous.direction !== run.direction) {
            if (previous) {
                this.announcement = `${run.name} is now ${run.status}${run.direction === 'Undo' ? ' (undo)' : ''}.`;
            } else {
                this.announcement = `${run.name} is ${run.status}.`;
            }
            this.dispatchEvent(new CustomEvent('runchange', { detail: run }));
        }
    }

    // ----- actions -----

    handleRefresh(): void {
        this.refresh();
    }

    async handlePause(): Promise<void> {
        await this.act('pause', () => pauseRun({ runId: this._runId }));
    }

    async handleResume(): Promise<void> {
        await this.act('resume', () => resumeRun({ runId: this._runId, startTime: null }));
    }

    handleOpenUndo(): void {
        this.showUndo = true;
        this.focusTarget = 'undo-heading';
        this.undoConfirmation = '';
        this.actionErrors = [];
    }

    handleCancelUndo(): void {
        this.showUndo = false;
        this.focusTarget = 'undo';
        this.actionErrors = [];
    }

    handleUndoWindow(event: CustomEvent<{ startTime: string | null; label: string; valid: boolean }>): void {
        this.undoStart = event.detail.startTime;
        this.undoStartLabel = event.detail.label;
        this.undoStartValid = event.detail.valid;
    }

    handleUndoConfirmation(event: Event): void {
        this.undoConfirmation = (event.target as HTMLInputElement).value ?? '';
    }

    /** The undo panel's dry run (c-remediation-dry-run) reports its errors (an empty list when it starts again). */
    handleUndoPreviewError(event: CustomEvent<{ errors: string[] }>): void {
        this.actionErrors = event.detail.errors;
    }

    async handleSubmitUndo(): Promise<void> {
        const done = await this.act('undo', () =>
            undoRun({ runId: this._runId, startTime: this.undoStart, confirmation: this.undoConfirmation.trim() })
        );
        if (done) {
            this.showUndo = false;
        }
    }

    private async act(name: string, call: () => Promise<RemediationRunDto>): Promise<boolean> {
        this.busyAction = name;
        this.actionErrors = [];
        try {
            const run = await call();
            this.applyRun(run);
            this.schedulePoll();
            return true;
        } catch (error) {
            this.actionErrors = reduceErrors(error);
            return false;
        } finally {
            this.busyAction = '';
        }
    }
}
