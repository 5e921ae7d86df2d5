import { LightningElement, api, wire } from 'lwc';
import diagnose from '@salesforce/apex/RemediationController.diagnose';
import createDraftRun from '@salesforce/apex/RemediationController.createDraftRun';
import getRunStatus from '@salesforce/apex/RemediationController.getRunStatus';
import listBusinessHours from '@salesforce/apex/RemediationController.listBusinessHours';
import scheduleRun from '@salesforce/apex/RemediationController.scheduleRun';
import type { RemediationBusinessHoursDto, RemediationDiagnosisDto, RemediationRunDto } from '@apex-types/remediation';
import { reduceErrors } from 'c/lsErrors';
import { checkStatusMeta, confirmationMatches, formatMinutes } from 'c/remediationFormat';
import { planOf, RECLAIM_PACKAGE_SEATS, RECLAIM_UNNEEDED_PSL, VOICE_PSL_FIX } from 'c/remediationPlans';
import type { RemediationFact, RemediationPlan, RemediationRequest } from 'c/remediationPlans';

/** Flow steps, in order. */
export type FlowStep = 'diagnose' | 'review' | 'schedule' | 'confirm' | 'monitor';

const STEPS: { value: FlowStep; label: string }[] = [
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

interface CheckRow {
    key: string;
    label: string;
    message: string;
    detail: string | null;
    statusLabel: string;
    icon: string;
    variant: string;
    rowClass: string;
}

/**
 * The one remediation flow of every plan type (c/remediationPlans): Diagnose (pre-flight checks) → Review snapshot
 * → Schedule (business hours and an out-of-hours window) → Confirm (dry run, type the org name or CONFIRM) →
 * Monitor (c-remediation-run-monitor: progress, audit, pause, resume, undo). It owns the path, the focusable step
 * heading, the aria-live region, the step errors and every step but the plan's own parts: its diagnosis component
 * (what the diagnosis means for this plan) and its review component (what the snapshot holds).
 * Fires `runchange` (the monitor's run) and `close` ({ runId }) when the plan can be closed.
 */
export default class RemediationFlow extends LightningElement {
    /** VOICE_PSL_FIX or RECLAIM_UNNEEDED_PSL. */
    @api planType = VOICE_PSL_FIX;
    /** Target record ids of the plan (the reclaim's License_Finding__c ids); empty = the plan's whole scope. */
    @api targetIds: string[] = [];
    /** Developer name of the permission set license the plan works on (the reclaim needs it). */
    @api licenseDeveloperName = '';
    /** Label of that license, shown until the diagnosis answers. */
    @api licenseLabel = '';
    /** Org name known before the diagnosis (the app context), for confirming and for the monitor's undo. */
    @api orgName: string | undefined;

    step: FlowStep = 'diagnose';
    /** Targets a plan's diagnosis part chose (the Voice set among several); overrides targetIds once set. */
    chosenTargetIds: string[] | null = null;

    diagnosis?: RemediationDiagnosisDto;
    isDiagnosing = false;
    diagnosisErrors: string[] = [];

    run?: RemediationRunDto;
    monitorRunId?: string;
    /** A Draft run of this plan from the history: proceeding continues it instead of recording another snapshot. */
    draftRun?: RemediationRunDto;
    busy = '';
    stepErrors: string[] = [];

    businessHours: RemediationBusinessHoursDto[] = [];
    businessHoursErrors: string[] = [];
    businessHoursId: string | null = null;
    startTime: string | null = null;
    startLabel = '';
    startValid = false;

    confirmation = '';

    /** Latest run of the history when it is Failed or Paused (it must be resumed or undone first). */
    stuckRun?: RemediationRunDto;

    announcement = '';
    private stuckSequence = 0;
    private focusPending = false;
    /** The first diagnosis may open an active run's monitor; later ones (Check again, Back) leave the admin on Diagnose. */
    private firstDiagnosis = true;

    @wire(listBusinessHours)
    wiredBusinessHours({ data, error }: WiredBusinessHours): void {
        if (data) {
            this.businessHours = data;
            this.businessHoursErrors = [];
            if (!this.businessHoursId) {
                const preferred =
                    data.find((hours) => hours.id === this.run?.businessHoursId) ??
                    data.find((hours) => hours.isDefault) ??
                    data[0];
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

    // ----- the plan -----

    get plan(): RemediationPlan {
        return planOf(this.planType);
    }

    get isVoicePlan(): boolean {
        return this.planType === VOICE_PSL_FIX;
    }

    get isReclaimPlan(): boolean {
        return this.planType === RECLAIM_UNNEEDED_PSL;
    }

    get isPackageSeatPlan(): boolean {
        return this.planType === RECLAIM_PACKAGE_SEATS;
    }

    private get request(): RemediationRequest {
        return {
            planType: this.planType,
            targetIds: [...(this.chosenTargetIds ?? this.targetIds ?? [])],
            licenseDeveloperName: this.licenseDeveloperName ?? '',
            licenseLabel: this.licenseLabel ?? ''
        };
    }

    /** The plan's target as the controller takes it. */
    private target(businessHoursId: string | null) {
        const { planType, targetIds, licenseDeveloperName } = this.request;
        return { planType, targetIds, licenseDeveloperName: licenseDeveloperName || null, businessHoursId };
    }

    get flowTitle(): string {
        return this.plan.title(this.request, this.diagnosis);
    }

    get closable(): boolean {
        return this.plan.closeLabel !== '';
    }

    handleClose(): void {
        this.dispatchEvent(new CustomEvent('close', { detail: { runId: this.monitorRunId ?? null } }));
    }

    // ----- navigation -----

    get steps(): { value: FlowStep; label: string }[] {
        return STEPS;
    }

    get stepIndex(): number {
        return STEPS.findIndex((candidate) => candidate.value === this.step);
    }

    get stepHeading(): string {
        return `Step ${this.stepIndex + 1} of ${STEPS.length}: ${STEPS[this.stepIndex].label}`;
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

    private goTo(step: FlowStep): void {
        this.step = step;
        this.stepErrors = [];
        this.focusPending = true;
        this.announcement = this.stepHeading;
    }

    private openMonitor(runId: string): void {
        this.monitorRunId = runId;
        this.goTo('monitor');
    }

    handleBack(): void {
        if (this.stepIndex > 0) {
            this.goTo(STEPS[this.stepIndex - 1].value);
        }
    }

    handleStartOver(): void {
        this.run = undefined;
        this.monitorRunId = undefined;
        this.confirmation = '';
        this.goTo('diagnose');
        this.runDiagnosis();
    }

    // ----- Diagnose -----

    get knownOrgName(): string | undefined {
        return this.diagnosis?.orgName ?? this.orgName ?? undefined;
    }

    get hasDiagnosis(): boolean {
        return this.diagnosis !== undefined && !this.isDiagnosing;
    }

    get isAffected(): boolean {
        return this.diagnosis?.affected === true;
    }

    get checks(): CheckRow[] {
        return (this.diagnosis?.checks ?? []).map((check) => {
            const meta = checkStatusMeta(check.status);
            return {
                key: check.key,
                label: check.label,
                message: check.message,
                detail: check.detail,
                statusLabel: meta.label,
                icon: meta.icon,
                variant: meta.variant,
                rowClass: `slds-item check check_${check.status}`
            };
        });
    }

    get isBlocked(): boolean {
        return this.isAffected && this.diagnosis?.canProceed !== true;
    }

    get showProceed(): boolean {
        return this.isAffected || !this.plan.proceedNeedsAffected;
    }

    get hasActiveRun(): boolean {
        return !!this.diagnosis?.activeRunId;
    }

    get proceedLabel(): string {
        if (this.busy === 'draft') {
            return 'Recording the snapshot…';
        }
        return this.draftRun ? `Continue with draft ${this.draftRun.name}` : 'Create the draft run';
    }

    /** A Failed or Paused run comes first: then creating a draft is no longer the primary action. */
    get proceedVariant(): string {
        return this.stuckRun ? 'neutral' : 'brand';
    }

    get proceedDisabled(): boolean {
        return this.busy !== '' || this.diagnosis?.canProceed !== true || !this.isAffected;
    }

    get hasStuckRun(): boolean {
        return this.stuckRun !== undefined;
    }

    get stuckRunLabel(): string {
        return this.stuckRun ? `Open ${this.stuckRun.name}` : '';
    }

    /** `Run RR-0001 failed at <step>: <reason>. Resume it or undo it before starting a new fix.` */
    get stuckRunText(): string {
        const run = this.stuckRun;
        if (!run) {
            return '';
        }
        const failedStep = (run.steps ?? []).find((candidate) => candidate.status === 'Failed');
        const currentStep = (run.steps ?? []).find((candidate) => candidate.stepKey === run.currentStepKey);
        const step = (failedStep ?? currentStep)?.label ?? run.currentStepKey;
        const at = step ? ` at ${step}` : '';
        const advice = 'Resume it or undo it before starting a new fix.';
        if (run.status === 'Failed') {
            // The engine's error often repeats the step ("<step> failed: <reason>"): keep the reason only, one period.
            let reason = (run.lastError ?? '').trim();
            if (step && reason.startsWith(`${step} failed: `)) {
                reason = reason.slice(`${step} failed: `.length);
            }
            reason = reason.replace(/\.+$/, '') || 'no error message was recorded';
            return `Run ${run.name} failed${at}: ${reason}. ${advice}`;
        }
        const why = run.pauseReason === 'BUSINESS_HOURS' ? 'business hours began' : 'it was paused by an administrator';
        return `Run ${run.name} is paused${at}: ${why}. ${advice}`;
    }

    handleOpenStuckRun(): void {
        if (this.stuckRun) {
            this.openMonitor(this.stuckRun.id);
        }
    }

    /** Loads the steps of a Failed/Paused run (the history lists runs without them) to name the step it stopped at. */
    private async loadStuckRun(run: RemediationRunDto | undefined): Promise<void> {
        const sequence = ++this.stuckSequence;
        this.stuckRun = run;
        if (!run || run.steps) {
            return;
        }
        try {
            const detailed: RemediationRunDto = await getRunStatus({ runId: run.id });
            if (sequence === this.stuckSequence && detailed && ['Failed', 'Paused'].includes(detailed.status)) {
                this.stuckRun = detailed;
            } else if (sequence === this.stuckSequence) {
                this.stuckRun = undefined;
            }
        } catch (ignored) {
            // The list's own fields (status, current step, last error) still tell the admin what to do.
        }
    }

    async runDiagnosis(): Promise<void> {
        this.isDiagnosing = true;
        this.diagnosisErrors = [];
        try {
            this.diagnosis = await diagnose(this.target(null));
            this.announcement = this.diagnosis?.summary ?? '';
            const openActive =
                this.plan.openActiveRunOnLoad && this.firstDiagnosis && this.step === 'diagnose' && !this.monitorRunId;
            this.firstDiagnosis = false;
            if (this.diagnosis?.activeRunId && openActive) {
                // A run is already Scheduled, Running or Paused: follow it rather than start another.
                this.openMonitor(this.diagnosis.activeRunId);
            }
        } catch (error) {
            this.diagnosis = undefined;
            this.diagnosisErrors = reduceErrors(error);
        } finally {
            this.isDiagnosing = false;
        }
    }

    /** The first chosen target, for the diagnosis part that offers the choice. */
    get chosenTargetId(): string | null {
        return this.chosenTargetIds?.[0] ?? null;
    }

    /** A plan's diagnosis part chose its targets (e.g. the Voice set to fix): diagnose them. */
    handleTargetsChange(event: CustomEvent<{ targetIds: string[] }>): void {
        this.chosenTargetIds = [...event.detail.targetIds];
        this.runDiagnosis();
    }

    handleRetryDiagnosis(): void {
        this.runDiagnosis();
    }

    handleOpenActiveRun(): void {
        if (this.diagnosis?.activeRunId) {
            this.openMonitor(this.diagnosis.activeRunId);
        }
    }

    async handleProceed(): Promise<void> {
        this.busy = 'draft';
        this.stepErrors = [];
        try {
            this.run = this.draftRun
                ? await getRunStatus({ runId: this.draftRun.id })
                : await createDraftRun(this.target(this.businessHoursId));
            this.draftRun = this.run?.status === 'Draft' ? this.run : undefined;
            this.refreshHistory();
            this.goTo('review');
        } catch (error) {
            this.stepErrors = reduceErrors(error);
        } finally {
            this.busy = '';
        }
    }

    // ----- Review -----

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

    get hasBusinessHours(): boolean {
        return this.businessHours.length > 0;
    }

    get hasBusinessHoursError(): boolean {
        return this.businessHoursErrors.length > 0;
    }

    get selectedBusinessHours(): RemediationBusinessHoursDto | undefined {
        return this.businessHours.find((hours) => hours.id === this.businessHoursId);
    }

    /** Time zone of the chosen business hours: the Schedule and Confirm steps show every time in it. */
    get selectedTimeZone(): string | null {
        return this.selectedBusinessHours?.timeZone ?? null;
    }

    get businessHoursSummary(): string {
        const hours = this.selectedBusinessHours;
        return hours ? `${hours.summary} (${hours.timeZone})` : '';
    }

    get estimatedText(): string {
        return this.run ? `Estimated duration: ${formatMinutes(this.run.estimatedMinutes)}.` : '';
    }

    /** Names of the Schedule step's inputs, unique per plan (a page may show two flows). */
    get businessHoursName(): string {
        return `${this.planType}-businessHours`;
    }

    get windowName(): string {
        return `${this.planType}-startWindow`;
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
        return this.knownOrgName
            ? `Type "${this.knownOrgName}" or CONFIRM to schedule the run`
            : 'Type CONFIRM to schedule the run';
    }

    get scheduleDisabled(): boolean {
        return this.busy !== '' || !confirmationMatches(this.confirmation, this.knownOrgName) || !this.startValid;
    }

    get scheduleLabel(): string {
        return this.busy === 'schedule' ? 'Scheduling…' : 'Schedule the run';
    }

    get ssoWarning(): string | null {
        return this.diagnosis?.ssoWarning ?? null;
    }

    get confirmFacts(): RemediationFact[] {
        const run = this.run;
        if (!run) {
            return [];
        }
        const hours = this.selectedBusinessHours;
        return [
            { key: 'run', label: 'Run', value: run.name },
            { key: 'start', label: 'Starts', value: this.startLabel },
            {
                key: 'hours',
                label: 'Business hours',
                value: hours ? `${hours.name} (${hours.timeZone})` : 'Org default'
            },
            { key: 'duration', label: 'Estimated duration', value: formatMinutes(run.estimatedMinutes) },
            ...this.plan.facts(run, this.request, this.diagnosis),
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
            this.draftRun = undefined;
            this.confirmation = '';
            this.refreshHistory();
            this.openMonitor(run.id);
        } catch (error) {
            this.stepErrors = reduceErrors(error);
        } finally {
            this.busy = '';
        }
    }

    // ----- Monitor and history -----

    handleRunChange(event: CustomEvent<RemediationRunDto>): void {
        this.announcement = `${event.detail.name} is ${event.detail.status}.`;
        this.refreshHistory();
        this.dispatchEvent(new CustomEvent('runchange', { detail: event.detail }));
    }

    handleHistoryLoaded(event: CustomEvent<RemediationRunDto[]>): void {
        this.draftRun = event.detail.find((run) => run.status === 'Draft');
        // The latest run that is not a Draft (a Draft changes nothing): Failed or Paused means it must come first.
        const latest = [...event.detail]
            .filter((run) => run.status !== 'Draft')
            .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))[0];
        this.loadStuckRun(latest && ['Failed', 'Paused'].includes(latest.status) ? latest : undefined);
    }

    async handleOpenRun(event: CustomEvent<RemediationRunDto>): Promise<void> {
        const run = event.detail;
        if (run.status === 'Draft') {
            this.draftRun = run;
            this.goTo('diagnose');
            await this.handleProceed();
            return;
        }
        this.openMonitor(run.id);
    }

    private refreshHistory(): void {
        const history = this.template?.querySelector<HTMLElement & { refresh: () => Promise<void> }>(
            'c-remediation-run-history'
        );
        history?.refresh();
    }
}
