import { LightningElement, wire } from 'lwc';
import getAppContext from '@salesforce/apex/LicenseStewardAppController.getAppContext';
import diagnose from '@salesforce/apex/RemediationController.diagnose';
import createDraftRun from '@salesforce/apex/RemediationController.createDraftRun';
import getRunStatus from '@salesforce/apex/RemediationController.getRunStatus';
import listBusinessHours from '@salesforce/apex/RemediationController.listBusinessHours';
import scheduleRun from '@salesforce/apex/RemediationController.scheduleRun';
import type { AppContextDto } from '@apex-types/app';
import type { RemediationBusinessHoursDto, RemediationDiagnosisDto, RemediationRunDto } from '@apex-types/remediation';
import { reduceErrors } from 'c/lsErrors';
import { checkStatusMeta, confirmationMatches, formatMinutes } from 'c/remediationFormat';

/** The plan this wizard runs. */
export const PLAN_TYPE = 'VOICE_PSL_FIX';

/** Wizard steps, in order. */
export type WizardStep = 'diagnose' | 'review' | 'schedule' | 'confirm' | 'monitor';

const STEPS: { value: WizardStep; label: string }[] = [
    { value: 'diagnose', label: 'Diagnose' },
    { value: 'review', label: 'Review snapshot' },
    { value: 'schedule', label: 'Schedule' },
    { value: 'confirm', label: 'Confirm' },
    { value: 'monitor', label: 'Monitor' }
];

/** Why the org needs no fix, in plain language (affectedReason values of the API). */
const NOT_AFFECTED: Record<string, string> = {
    SET_ABSENT:
        'No permission set carries the Salesforce Voice User license for Partner Telephony users, and this org has no "Salesforce Voice Permission Set" (SalesforceVoiceCustomPsl): Salesforce Voice was set up after Spring \'24, so no user consumes an extra Salesforce Voice User license.',
    NO_LICENSE_LINK:
        'The "Salesforce Voice Permission Set" carries no permission set license: adding a user to the contact center does not consume an extra Salesforce Voice User license.',
    ALREADY_RENAMED:
        'The licensed set was already renamed to SalesforceVoiceCustomPslDoNotUse: the fix is done (or half done: see the checks below).'
};

interface WiredContext {
    data?: AppContextDto;
    error?: unknown;
}

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
 * Voice PSL fix of KB 005316943, step by step: Diagnose (pre-flight checks) → Review snapshot (users, connected
 * apps, CSV) → Schedule (business hours and an out-of-hours window) → Confirm (dry run, type the org name or
 * CONFIRM) → Monitor (c-remediation-run-monitor: progress, audit, pause, resume, undo). Run history below.
 * Focus moves to the heading of each step; status changes are announced in an aria-live region.
 */
export default class VoiceFixWizard extends LightningElement {
    step: WizardStep = 'diagnose';
    context?: AppContextDto;

    diagnosis?: RemediationDiagnosisDto;
    isDiagnosing = false;
    diagnosisErrors: string[] = [];

    run?: RemediationRunDto;
    monitorRunId?: string;
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

    /** Latest Voice run of the history when it is Failed or Paused (it must be resumed or undone first). */
    stuckRun?: RemediationRunDto;

    announcement = '';
    private stuckSequence = 0;
    private focusPending = false;
    /** The first diagnosis opens an active run's monitor; later ones (Check again, Back) leave the admin on Diagnose. */
    private firstDiagnosis = true;

    @wire(getAppContext)
    wiredContext({ data, error }: WiredContext): void {
        if (data) {
            this.context = data;
        } else if (error) {
            // The org name only helps confirming (CONFIRM always works): no error state for it.
            this.context = undefined;
        }
    }

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

    // ----- navigation -----

    get steps(): { value: WizardStep; label: string }[] {
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

    private goTo(step: WizardStep): void {
        this.step = step;
        this.stepErrors = [];
        this.focusPending = true;
        this.announcement = this.stepHeading;
    }

    handleBack(): void {
        const index = this.stepIndex;
        if (index > 0) {
            this.goTo(STEPS[index - 1].value);
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

    get orgName(): string | undefined {
        return this.diagnosis?.orgName ?? this.context?.orgName ?? undefined;
    }

    get showDiagnosisSpinner(): boolean {
        return this.isDiagnosing;
    }

    get hasDiagnosisError(): boolean {
        return this.diagnosisErrors.length > 0;
    }

    get hasDiagnosis(): boolean {
        return this.diagnosis !== undefined && !this.isDiagnosing;
    }

    get isAffected(): boolean {
        return this.diagnosis?.affected === true;
    }

    get isNotAffected(): boolean {
        return this.hasDiagnosis && this.diagnosis?.affected !== true;
    }

    get notAffectedReason(): string {
        const reason = this.diagnosis?.affectedReason ?? '';
        return NOT_AFFECTED[reason] ?? 'This org does not need the fix.';
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

    get hasFailingCheck(): boolean {
        return this.diagnosis?.canProceed !== true;
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
            this.monitorRunId = this.stuckRun.id;
            this.goTo('monitor');
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

    get proceedDisabled(): boolean {
        return this.busy !== '' || this.hasFailingCheck || !this.isAffected;
    }

    /** The Voice set the admin chose when the diagnosis found several (sent as the plan's only target). */
    chosenSetId: string | null = null;

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
        this.chosenSetId = event.detail.value;
        this.runDiagnosis();
    }

    private get planTargetIds(): string[] {
        return this.chosenSetId ? [this.chosenSetId] : [];
    }

    async runDiagnosis(): Promise<void> {
        this.isDiagnosing = true;
        this.diagnosisErrors = [];
        try {
            this.diagnosis = await diagnose({
                planType: PLAN_TYPE,
                targetIds: this.planTargetIds,
                licenseDeveloperName: null,
                businessHoursId: null
            });
            this.announcement = this.diagnosis?.summary ?? '';
            const openActive = this.firstDiagnosis && this.step === 'diagnose' && !this.monitorRunId;
            this.firstDiagnosis = false;
            if (this.diagnosis?.activeRunId && openActive) {
                // A run is already Scheduled, Running or Paused: follow it rather than start another.
                this.monitorRunId = this.diagnosis.activeRunId;
                this.goTo('monitor');
            }
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
            this.run = this.draftRun
                ? await getRunStatus({ runId: this.draftRun.id })
                : await createDraftRun({
                      planType: PLAN_TYPE,
                      targetIds: this.planTargetIds,
                      licenseDeveloperName: null,
                      businessHoursId: this.businessHoursId
                  });
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

    get runName(): string {
        return this.run?.name ?? '';
    }

    get reviewSummary(): string {
        const run = this.run;
        if (!run) {
            return '';
        }
        const users = run.snapshotUserCount === 1 ? '1 user' : `${run.snapshotUserCount} users`;
        const apps = run.snapshotAppCount === 1 ? '1 connected app' : `${run.snapshotAppCount} connected apps`;
        return `${run.name} recorded ${users} and ${apps}. They get the new license-free set before they lose the old one. Export the snapshot to keep your own copy.`;
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

    get isConfirmed(): boolean {
        return confirmationMatches(this.confirmation, this.orgName);
    }

    get scheduleDisabled(): boolean {
        return this.busy !== '' || !this.isConfirmed || !this.startValid;
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
            { key: 'start', label: 'Starts', value: this.startLabel },
            { key: 'hours', label: 'Business hours', value: this.businessHoursFact },
            { key: 'duration', label: 'Estimated duration', value: formatMinutes(run.estimatedMinutes) },
            { key: 'users', label: 'Users', value: String(run.snapshotUserCount) },
            { key: 'apps', label: 'Connected apps', value: String(run.snapshotAppCount) },
            { key: 'seats', label: 'Seats expected to free', value: String(run.seatsExpectedToFree) }
        ];
    }

    get businessHoursFact(): string {
        const hours = this.selectedBusinessHours;
        return hours ? `${hours.name} (${hours.timeZone})` : 'Org default';
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
            this.monitorRunId = run.id;
            this.confirmation = '';
            this.refreshHistory();
            this.goTo('monitor');
        } catch (error) {
            this.stepErrors = reduceErrors(error);
        } finally {
            this.busy = '';
        }
    }

    // ----- Monitor and history -----

    get hasStepErrors(): boolean {
        return this.stepErrors.length > 0;
    }

    handleRunChange(event: CustomEvent<RemediationRunDto>): void {
        this.announcement = `${event.detail.name} is ${event.detail.status}.`;
        this.refreshHistory();
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
        this.monitorRunId = run.id;
        this.goTo('monitor');
    }

    private refreshHistory(): void {
        const history = this.template?.querySelector<HTMLElement & { refresh: () => Promise<void> }>(
            'c-remediation-run-history'
        );
        history?.refresh();
    }
}
