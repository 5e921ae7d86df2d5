import { LightningElement, wire } from 'lwc';
import { refreshApex } from '@salesforce/apex';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import LightningConfirm from 'lightning/confirm';
import getScanStatus from '@salesforce/apex/LicenseDashboardController.getScanStatus';
import startScan from '@salesforce/apex/LicenseDashboardController.startScan';
import getScanSchedule from '@salesforce/apex/LicenseDashboardController.getScanSchedule';
import scheduleNightlyScan from '@salesforce/apex/LicenseDashboardController.scheduleNightlyScan';
import unscheduleNightlyScan from '@salesforce/apex/LicenseDashboardController.unscheduleNightlyScan';
import type { LicenseScanScheduleDto, LicenseScanStatusDto } from '@apex-types/dashboard';
import { reduceErrors } from 'c/lsErrors';
import { formatAge, formatDateTime, formatDuration, formatNumber, markPerformance, plural } from 'c/lsFormat';
import { SCHEDULED_JOBS_SETUP_URL } from 'c/lsSetupLinks';
import { isMissedRun, isStale, scanStatusView, STALE_AFTER_HOURS } from 'c/lsStatus';

/** LightningConfirm's static `open` (missing from @salesforce/lightning-types): resolves true on OK. */
type ConfirmModal = Record<'open', (config: { label: string; message: string; theme?: string }) => Promise<boolean>>;

/** How often the status is re-read while a scan is queued or running. */
export const POLL_INTERVAL_MS = 3000;

interface Wired<T> {
    data?: T;
    error?: unknown;
}

/**
 * The latest findings scan (getScanStatus): status, who/what started it, timings, chunk progress and errors, a
 * Scan now button (startScan; refused by the server while a scan runs), polling every 3 s while the scan is queued
 * or running, and the nightly schedule (getScanSchedule / scheduleNightlyScan / unscheduleNightlyScan).
 * Fires `scancomplete` when a scan it watched finishes, so the dashboard reloads the findings.
 */
export default class LicenseScanStatus extends LightningElement {
    status?: LicenseScanStatusDto;
    schedule?: LicenseScanScheduleDto;
    statusErrors: string[] = [];
    scheduleErrors: string[] = [];
    actionErrors: string[] = [];
    isStarting = false;
    isSavingSchedule = false;
    selectedHour = '2';
    private wiredStatus?: Wired<LicenseScanStatusDto>;
    private wiredSchedule?: Wired<LicenseScanScheduleDto>;
    private pollTimer?: ReturnType<typeof setTimeout>;
    private watchedRunning = false;
    private markPending = false;

    @wire(getScanStatus)
    wiredScanStatus(value: Wired<LicenseScanStatusDto>): void {
        this.wiredStatus = value;
        if (value.data) {
            this.applyStatus(value.data);
            this.statusErrors = [];
            this.markPending = true;
        } else if (value.error) {
            this.statusErrors = reduceErrors(value.error);
            this.stopPolling();
        }
    }

    @wire(getScanSchedule)
    wiredScanSchedule(value: Wired<LicenseScanScheduleDto>): void {
        this.wiredSchedule = value;
        if (value.data) {
            this.schedule = value.data;
            this.scheduleErrors = [];
            if (value.data.hourOfDay != null) {
                this.selectedHour = String(value.data.hourOfDay);
            }
        } else if (value.error) {
            this.scheduleErrors = reduceErrors(value.error);
        }
    }

    override disconnectedCallback(): void {
        this.stopPolling();
    }

    override renderedCallback(): void {
        if (this.markPending) {
            this.markPending = false;
            markPerformance('lsteward:scanStatus:rendered');
        }
    }

    // ---- status view ----

    get isLoading(): boolean {
        return this.status === undefined && this.statusErrors.length === 0;
    }

    get hasActionError(): boolean {
        return this.actionErrors.length > 0;
    }

    get hasStatus(): boolean {
        return this.status !== undefined;
    }

    get neverRan(): boolean {
        return this.status?.status === 'None';
    }

    get hasRun(): boolean {
        return this.status !== undefined && this.status.status !== 'None';
    }

    get isRunning(): boolean {
        return this.status?.isRunning === true;
    }

    get statusText(): string {
        return this.status ? scanStatusView(this.status.status).label : '';
    }

    get statusBadgeClass(): string {
        return scanStatusView(this.status?.status ?? 'None').badgeClass;
    }

    /**
     * The one spoken sentence of the scan's state (the badge beside it is hidden from screen readers, so the state is
     * not read twice); it carries the status word, the age and the finding count.
     */
    get liveText(): string {
        const status = this.status;
        if (!status) {
            return '';
        }
        if (status.status === 'None') {
            return 'Never run: no findings scan has run yet.';
        }
        if (status.status === 'Queued') {
            return 'Queued: waiting for the batch job to start.';
        }
        if (status.status === 'Running') {
            return `Running: ${formatNumber(status.chunksProcessed ?? 0)} of ${formatNumber(
                status.chunksTotal ?? 0
            )} chunks, ${plural(status.usersScanned ?? 0, 'user')} scanned.`;
        }
        const age = status.finishedAt ? ` ${formatAge(status.finishedAt)}` : '';
        return `${scanStatusView(status.status).label}${age}: ${plural(status.findingCount ?? 0, 'finding')}.`;
    }

    /** "10 days ago" beside the finish time; computed when the page renders. */
    get ageText(): string {
        return formatAge(this.status?.finishedAt) || '—';
    }

    /** The last finished scan is older than a nightly cycle: its numbers must not look current. */
    get isStale(): boolean {
        return !this.isRunning && isStale(this.status?.finishedAt);
    }

    get staleText(): string {
        return (
            `These findings are from a scan that finished ${formatAge(this.status?.finishedAt)} ` +
            `(${formatDateTime(this.status?.finishedAt)}). Seats may have been assigned or freed since: ` +
            'run Scan now before acting on them.'
        );
    }

    get staleHelp(): string {
        return `Scan results count as out of date ${plural(STALE_AFTER_HOURS, 'hour')} after the scan finished.`;
    }

    /** A nightly scan is scheduled but its "next run" lies in the past: the job did not fire. */
    get isScheduleMissed(): boolean {
        return this.schedule?.isScheduled === true && isMissedRun(this.schedule.nextFireTime);
    }

    get missedText(): string {
        const next = this.schedule?.nextFireTime;
        return (
            `The nightly scan did not run: it was due ${formatDateTime(next)} (${formatAge(next)}). ` +
            'Check the job in Setup, Scheduled Jobs, or reschedule it below.'
        );
    }

    get scheduledJobsUrl(): string {
        return SCHEDULED_JOBS_SETUP_URL;
    }

    get triggerText(): string {
        const status = this.status;
        if (!status || !status.triggeredBy) {
            return '—';
        }
        const how = status.triggeredBy === 'Scheduled' ? 'Nightly schedule' : 'Scan now';
        return status.requestedByName ? `${how} (${status.requestedByName})` : how;
    }

    get startedText(): string {
        return formatDateTime(this.status?.startedAt);
    }

    get finishedText(): string {
        return formatDateTime(this.status?.finishedAt);
    }

    get durationText(): string {
        return formatDuration(this.status?.startedAt, this.status?.finishedAt) ?? '—';
    }

    get chunksText(): string {
        const status = this.status;
        if (!status || status.chunksTotal == null) {
            return '—';
        }
        const failed = status.chunksFailed ? `, ${formatNumber(status.chunksFailed)} failed` : '';
        return `${formatNumber(status.chunksProcessed ?? 0)} of ${formatNumber(status.chunksTotal)}${failed}`;
    }

    get progressPercent(): number {
        const status = this.status;
        if (!status || !status.chunksTotal) {
            return 0;
        }
        return Math.round(((status.chunksProcessed ?? 0) / status.chunksTotal) * 100);
    }

    get usersText(): string {
        return formatNumber(this.status?.usersScanned);
    }

    get findingsText(): string {
        return formatNumber(this.status?.findingCount);
    }

    get errorText(): string | null {
        return this.status?.errorText ?? null;
    }

    get errorAlertClass(): string {
        return this.status?.status === 'Failed'
            ? 'slds-notify slds-notify_alert slds-alert_error slds-m-top_small'
            : 'slds-notify slds-notify_alert slds-alert_warning slds-m-top_small';
    }

    get isScanDisabled(): boolean {
        return this.isStarting || this.isRunning || !this.hasStatus;
    }

    get scanButtonLabel(): string {
        if (this.isStarting) {
            return 'Starting…';
        }
        return this.isRunning ? 'Scan running…' : 'Scan now';
    }

    // ---- schedule view ----

    get hasScheduleError(): boolean {
        return this.scheduleErrors.length > 0;
    }

    get isScheduled(): boolean {
        return this.schedule?.isScheduled === true;
    }

    get scheduleText(): string {
        const schedule = this.schedule;
        if (!schedule) {
            return 'Loading the schedule…';
        }
        if (!schedule.isScheduled) {
            return 'No nightly scan is scheduled.';
        }
        const hour = schedule.hourOfDay == null ? '?' : String(schedule.hourOfDay).padStart(2, '0');
        const next = this.isScheduleMissed ? 'was due' : 'next run';
        return `Nightly at ${hour}:00 · ${next} ${formatDateTime(schedule.nextFireTime)}`;
    }

    get hourOptions() {
        return Array.from({ length: 24 }, (_, hour) => ({
            label: `${String(hour).padStart(2, '0')}:00`,
            value: String(hour)
        }));
    }

    get scheduleButtonLabel(): string {
        return this.isScheduled ? 'Reschedule' : 'Schedule nightly scan';
    }

    get isScheduleDisabled(): boolean {
        return this.isSavingSchedule || this.schedule === undefined;
    }

    get isUnscheduleDisabled(): boolean {
        return this.isSavingSchedule || !this.isScheduled;
    }

    // ---- actions ----

    async handleScanNow(): Promise<void> {
        this.isStarting = true;
        this.actionErrors = [];
        try {
            const started: LicenseScanStatusDto = await startScan();
            this.applyStatus(started);
            this.dispatchEvent(
                new ShowToastEvent({ title: 'Scan started', message: 'The findings scan is queued.', variant: 'info' })
            );
        } catch (error) {
            this.actionErrors = reduceErrors(error);
            // Someone else's scan may be running: show it.
            this.refreshStatus();
        } finally {
            this.isStarting = false;
        }
    }

    handleHourChange(event: CustomEvent<{ value: string }>): void {
        this.selectedHour = event.detail?.value ?? this.selectedHour;
    }

    async handleSchedule(): Promise<void> {
        await this.saveSchedule(
            () => scheduleNightlyScan({ hourOfDay: Number(this.selectedHour) }),
            'Nightly scan scheduled'
        );
    }

    async handleUnschedule(): Promise<void> {
        const confirmed = await (LightningConfirm as unknown as ConfirmModal).open({
            label: 'Remove the nightly scan?',
            message:
                'The findings will no longer be refreshed at night; they grow out of date until someone runs Scan now. ' +
                'You can schedule the scan again at any time.',
            theme: 'warning'
        });
        if (!confirmed) {
            return;
        }
        await this.saveSchedule(() => unscheduleNightlyScan(), 'Nightly scan removed');
    }

    private async saveSchedule(call: () => Promise<LicenseScanScheduleDto>, title: string): Promise<void> {
        this.isSavingSchedule = true;
        this.scheduleErrors = [];
        try {
            this.schedule = await call();
            this.dispatchEvent(new ShowToastEvent({ title, message: this.scheduleText, variant: 'success' }));
            if (this.wiredSchedule) {
                // Keep the wire's cache in step; its answer equals what we show.
                refreshApex(this.wiredSchedule).catch(() => undefined);
            }
        } catch (error) {
            this.scheduleErrors = reduceErrors(error);
        } finally {
            this.isSavingSchedule = false;
        }
    }

    // ---- polling ----

    private applyStatus(status: LicenseScanStatusDto): void {
        const wasRunning = this.watchedRunning;
        this.status = status;
        this.watchedRunning = status.isRunning;
        if (status.isRunning) {
            this.schedulePoll();
        } else {
            this.stopPolling();
            if (wasRunning) {
                this.dispatchEvent(new CustomEvent('scancomplete', { detail: { status: status.status } }));
            }
        }
    }

    private schedulePoll(): void {
        if (this.pollTimer) {
            return;
        }
        // eslint-disable-next-line @lwc/lwc/no-async-operation
        this.pollTimer = setTimeout(() => {
            this.pollTimer = undefined;
            this.refreshStatus();
        }, POLL_INTERVAL_MS);
    }

    private refreshStatus(): void {
        if (this.wiredStatus) {
            refreshApex(this.wiredStatus).catch((error: unknown) => {
                this.statusErrors = reduceErrors(error);
            });
        }
    }

    private stopPolling(): void {
        if (this.pollTimer) {
            clearTimeout(this.pollTimer);
            this.pollTimer = undefined;
        }
    }
}
