import { LightningElement, api, wire } from 'lwc';
import diagnose from '@salesforce/apex/RemediationController.diagnose';
import createDraftRun from '@salesforce/apex/RemediationController.createDraftRun';
import listBusinessHours from '@salesforce/apex/RemediationController.listBusinessHours';
import scheduleRun from '@salesforce/apex/RemediationController.scheduleRun';
import type { RemediationBusinessHoursDto, RemediationDiagnosisDto, RemediationRunDto } from '@apex-types/remediation';
import { reduceErrors } from 'c/lsErrors';
import { formatNumber } from 'c/lsFormat';
import { checkStatusMeta, confirmationMatches, formatMinutes } from 'c/remediationFormat';

/** The plan this flow runs. */
export const PLAN_TYPE = 'RECLAIM_UNNEEDED_PSL';

export type ReclaimStep = 'diagnose' | 'review' | 'schedule' | 'confirm' | 'monitor';

const STEPS: { value: ReclaimStep; label: string }[] = [
    { value: 'diagnose', label: 'Diagnose' },
    { value: 'review', label: 'Review snapshot' },
    { value: 'schedule', label: 'Schedule' },
    { value: 'confirm', label: 'Confirm' },
    { value: 'monitor', label: 'Monitor' }
];

interface WiredBusinessHours {
    data?: RemediationBusinessHoursDto[];
    error?: unknown;
}

const plural = (n: number, word: string): string => `${formatNumber(n)} ${word}${n === 1 ? '' : 's'}`;

/**
 * Reclaim of unneeded permission set license assignments (plan RECLAIM_UNNEEDED_PSL), opened from the findings
 * drill-down with the selected finding ids (`targetIds`) or none (= every unneeded assignment of the license):
 * Diagnose → Review snapshot → Schedule (out of hours) → Confirm (dry run, org name or CONFIRM) → Monitor
 * (c-remediation-run-monitor: progress, pause, resume, undo). Same children as the Voice PSL fix wizard.
 * Fires `close` when the admin closes it.
 */
export default class LicenseReclaimFlow extends LightningElement {
    /** License_Finding__c ids of the selected rows; empty = all unneeded assignments of the license. */
    @api targetIds: string[] = [];
    /** Developer name of the permission set license to reclaim (required by the API). */
    @api licenseDeveloperName = '';
    /** Label of that license, shown until the diagnosis answers. */
    @api licenseLabel = '';

    step: ReclaimStep = 'diagnose';
    diagnosis?: RemediationDiagnosisDto;
    isDiagnosing = false;
    diagnosisErrors: string[] = [];

    run?: RemediationRunDto;
    monitorRunId?: string;
    busy = '';
    stepErrors: string[] = [];

    businessHours: RemediationBusinessHoursDto[] = [];
    businessHoursErrors: string[] = [];
    businessHoursId: string | null = null;
    startTime: string | null = null;
    startLabel = '';
    startValid = false;

    confirmation = '';

    announcement = '';
    private focusPending = false;

    @wire(listBusinessHours)
    wiredBusinessHours({ data, error }: WiredBusinessHours): void {
        if (data) {
            this.businessHours = data;
            this.businessHoursErrors = [];
            if (!this.businessHoursId) {
                const preferred = data.find((hours) => hours.isDefault) ?? data[0];
                this.businessHoursId = preferred ? preferred.id : null;
            }
        } else if (error) {
            this.businessHours = [];
            this.businessHoursErrors = reduceErrors(error);
        }
    }

    override connectedCallback(): void {
        this.runDiagnosis();
    }

    override renderedCallback(): void {
        if (this.focusPending) {
            const heading = this.template?.querySelector<HTMLElement>('[data-id="step-heading"]');
            if (heading) {
                this.focusPending = false;
                heading.focus();
            }
        }
    }

    // ----- navigation -----

    get steps(): { value: ReclaimStep; label: string }[] {
        return STEPS;
    }

    get stepIndex(): number {
        return STEPS.findIndex((candidate) => candidate.value === this.step);
    }

    get stepHeading(): string {
        return `Step ${this.stepIndex + 1} of ${STEPS.length}: ${STEPS[this.stepIndex].label}`;
    }

    get flowTitle(): string {
        const license = this.diagnosis?.licenseLabel ?? (this.licenseLabel || this.licenseDeveloperName);
        const scope = this.targetIds?.length ? plural(this.targetIds.length, 'selected finding') : 'all unneeded';
        return `Reclaim ${license} assignments (${scope})`;
    }

    get isDiagnose(): boolean {
        return this.step === 'diagnose';
    }

    get isReview(): boolean {
        return this.step === 'review';
    }

    get isSchedule(): boolean {
        return this.step === 'schedule';
    }

    get isConfirm(): boolean {
        return this.step === 'confirm';
    }

    get isMonitor(): boolean {
        return this.step === 'monitor';
    }

    get hasStepErrors(): boolean {
        return this.stepErrors.length > 0;
    }

    private goTo(step: ReclaimStep): void {
        this.step = step;
        this.stepErrors = [];
        this.focusPending = true;
        this.announcement = this.stepHeading;
    }

    handleBack(): void {
        if (this.stepIndex > 0) {
            this.goTo(STEPS[this.stepIndex - 1].value);
        }
    }

    handleClose(): void {
        this.dispatchEvent(new CustomEvent('close', { detail: { runId: this.monitorRunId ?? null } }));
    }

    // ----- Diagnose -----

    private target() {
        return {
            planType: PLAN_TYPE,
            targetIds: [...(this.targetIds ?? [])],
            licenseDeveloperName: this.licenseDeveloperName || null
        };
    }

    get orgName(): string | undefined {
        return this.diagnosis?.orgName ?? undefined;
    }

    get hasDiagnosisError(): boolean {
        return this.diagnosisErrors.length > 0;
    }

    get hasDiagnosis(): boolean {
        return this.diagnosis !== undefined && !this.isDiagnosing;
    }

    get isNothingToDo(): boolean {
        return this.hasDiagnosis && this.diagnosis?.affected !== true;
    }

    get checks() {
        return (this.diagnosis?.checks ?? []).map((check) => {
            const meta = checkStatusMeta(check.status);
            return {
                key: check.key,
                label: check.label,
                message: check.message,
                detail: check.detail,
                statusLabel: meta.label,
                icon: meta.icon,
                variant: meta.variant
            };
        });
    }

    get seatsText(): string {
        const d = this.diagnosis;
        if (!d) {
            return '';
        }
        const used = d.seatsUsed == null || d.seatsTotal == null ? '' : ` (${d.seatsUsed} of ${d.seatsTotal} used now)`;
        return `${plural(d.seatsToFree, `${d.licenseLabel ?? 'license'} seat`)} to free${used}; estimated run time ${formatMinutes(d.estimatedMinutes)}.`;
    }

    get hasActiveRun(): boolean {
        return !!this.diagnosis?.activeRunId;
    }

    get blockedText(): string {
        return this.diagnosis?.affected && !this.diagnosis.canProceed
            ? 'A check failed (see above): the draft run cannot be created until it passes.'
            : '';
    }

    get proceedDisabled(): boolean {
        return this.busy !== '' || this.diagnosis?.canProceed !== true;
    }

    get proceedLabel(): string {
        return this.busy === 'draft' ? 'Recording the snapshot…' : 'Create the draft run';
    }

    async runDiagnosis(): Promise<void> {
        this.isDiagnosing = true;
        this.diagnosisErrors = [];
        try {
            this.diagnosis = await diagnose({ ...this.target(), businessHoursId: null });
            this.announcement = this.diagnosis?.summary ?? '';
        } catch (error) {
            this.diagnosis = undefined;
            this.diagnosisErrors = reduceErrors(error);
        } finally {
            this.isDiagnosing = false;
        }
    }

    handleRetryDiagnosis(): void {
        this.runDiagnosis();
    }

    handleOpenActiveRun(): void {
        if (this.diagnosis?.activeRunId) {
            this.monitorRunId = this.diagnosis.activeRunId;
            this.goTo('monitor');
        }
    }

    async handleProceed(): Promise<void> {
        this.busy = 'draft';
        this.stepErrors = [];
        try {
            this.run = await createDraftRun({ ...this.target(), businessHoursId: this.businessHoursId });
            this.goTo('review');
        } catch (error) {
            this.stepErrors = reduceErrors(error);
        } finally {
            this.busy = '';
        }
    }

    // ----- Review -----

    get runName(): string {
        return this.run?.name ?? '';
    }

    get reviewSummary(): string {
        const run = this.run;
        if (!run) {
            return '';
        }
        return `${run.name} recorded ${plural(run.seatsExpectedToFree, 'license assignment')} to delete. Undo re-creates them. Export the snapshot to keep your own copy.`;
    }

    handleToSchedule(): void {
        this.goTo('schedule');
    }

    // ----- Schedule -----

    get businessHoursOptions(): { label: string; value: string }[] {
        return this.businessHours.map((hours) => ({
            label: hours.isDefault ? `${hours.name} (default)` : hours.name,
            value: hours.id
        }));
    }

    get hasBusinessHoursError(): boolean {
        return this.businessHoursErrors.length > 0;
    }

    get selectedBusinessHours(): RemediationBusinessHoursDto | undefined {
        return this.businessHours.find((hours) => hours.id === this.businessHoursId);
    }

    /** Time zone of the chosen business hours: the picker shows and takes every time in it. */
    get selectedTimeZone(): string | null {
        return this.selectedBusinessHours?.timeZone ?? null;
    }

    get businessHoursSummary(): string {
        const hours = this.selectedBusinessHours;
        return hours ? `${hours.summary} (${hours.timeZone})` : '';
    }

    get scheduleNextDisabled(): boolean {
        return !this.startValid;
    }

    handleBusinessHoursChange(event: CustomEvent<{ value: string }>): void {
        this.businessHoursId = event.detail.value;
        this.startTime = null;
        this.startLabel = '';
        this.startValid = false;
    }

    handleWindowSelect(event: CustomEvent<{ startTime: string | null; label: string; valid: boolean }>): void {
        this.startTime = event.detail.startTime;
        this.startLabel = event.detail.label;
        this.startValid = event.detail.valid;
    }

    handleToConfirm(): void {
        if (this.startValid) {
            this.goTo('confirm');
        }
    }

    // ----- Confirm -----

    get confirmLabel(): string {
        return this.orgName
            ? `Type "${this.orgName}" or CONFIRM to schedule the run`
            : 'Type CONFIRM to schedule the run';
    }

    get scheduleDisabled(): boolean {
        return this.busy !== '' || !confirmationMatches(this.confirmation, this.orgName) || !this.startValid;
    }

    get scheduleLabel(): string {
        return this.busy === 'schedule' ? 'Scheduling…' : 'Schedule the run';
    }

    get confirmFacts(): { key: string; label: string; value: string }[] {
        const run = this.run;
        if (!run) {
            return [];
        }
        return [
            { key: 'run', label: 'Run', value: run.name },
            { key: 'license', label: 'License', value: this.diagnosis?.licenseLabel ?? this.licenseDeveloperName },
            { key: 'start', label: 'Starts', value: this.startLabel },
            { key: 'hours', label: 'Business hours', value: this.selectedBusinessHours?.name ?? 'Org default' },
            { key: 'duration', label: 'Estimated duration', value: formatMinutes(run.estimatedMinutes) },
            { key: 'seats', label: 'Seats expected to free', value: String(run.seatsExpectedToFree) }
        ];
    }

    /** Run of the Confirm step, for c-remediation-dry-run. */
    get confirmRunId(): string | undefined {
        return this.run?.id;
    }

    handleConfirmationChange(event: Event): void {
        this.confirmation = (event.target as HTMLInputElement).value ?? '';
    }

    /** c-remediation-dry-run reports its errors (an empty list when a new dry run starts) with the step's. */
    handleDryRunError(event: CustomEvent<{ errors: string[] }>): void {
        this.stepErrors = event.detail.errors;
    }

    async handleSchedule(): Promise<void> {
        if (!this.run) {
            return;
        }
        this.busy = 'schedule';
        this.stepErrors = [];
        try {
            const run: RemediationRunDto = await scheduleRun({
                runId: this.run.id,
                businessHoursId: this.businessHoursId,
                startTime: this.startTime,
                confirmation: this.confirmation.trim()
            });
            this.run = run;
            this.monitorRunId = run.id;
            this.confirmation = '';
            this.goTo('monitor');
        } catch (error) {
            this.stepErrors = reduceErrors(error);
        } finally {
            this.busy = '';
        }
    }

    // ----- Monitor -----

    handleRunChange(event: CustomEvent<RemediationRunDto>): void {
        this.announcement = `${event.detail.name} is ${event.detail.status}.`;
        this.dispatchEvent(new CustomEvent('runchange', { detail: event.detail }));
    }
}
