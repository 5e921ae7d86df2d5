import { LightningElement, wire } from 'lwc';
import { refreshApex } from '@salesforce/apex';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import getScanStatus from '@salesforce/apex/LicenseDashboardController.getScanStatus';
import startScan from '@salesforce/apex/LicenseDashboardController.startScan';
import getScanSchedule from '@salesforce/apex/LicenseDashboardController.getScanSchedule';
import scheduleNightlyScan from '@salesforce/apex/LicenseDashboardController.scheduleNightlyScan';
import unscheduleNightlyScan from '@salesforce/apex/LicenseDashboardController.unscheduleNightlyScan';
import type { LicenseScanScheduleDto, LicenseScanStatusDto } from '@apex-types/dashboard';
import { reduceErrors } from 'c/lsErrors';
import { formatDateTime, formatDuration, formatNumber, markPerformance } from 'c/lsFormat';

/** How often the status is re-read while a scan is queued or running. */
export const POLL_INTERVAL_MS = 3000;

interface Wired<T> {
    data?: T;
    error?: unknown;
}

const STATUS_TEXT: Record<LicenseScanStatusDto['status'], string> = {
    None: 'Never run',
    Queued: 'Queued',
    Running: 'Running',
    Completed: 'Completed',
    CompletedWithErrors: 'Completed with errors',
    Failed: 'Failed'
};

const STATUS_BADGE: Record<LicenseScanStatusDto['status'], string> = {
    None: 'slds-badge',
    Queued: 'slds-badge slds-badge_lightest',
    Running: 'slds-badge slds-badge_lightest',
    Completed: 'slds-badge slds-theme_success',
    CompletedWithErrors: 'slds-badge slds-theme_warning',
    Failed: 'slds-badge slds-theme_error'
};

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

    get hasStatusError(): boolean {
        return this.statusErrors.length > 0;
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
        return this.status ? STATUS_TEXT[this.status.status] : '';
    }

    get statusBadgeClass(): string {
        return this.status ? STATUS_BADGE[this.status.status] : 'slds-badge';
    }

    get liveText(): string {
        const status = this.status;
        if (!status) {
            return '';
        }
        if (status.status === 'None') {
            return 'No findings scan has run yet.';
        }
        if (status.status === 'Queued') {
            return 'Scan queued: waiting for the batch job to start.';
        }
        if (status.status === 'Running') {
            return `Scan running: ${formatNumber(status.chunksProcessed ?? 0)} of ${formatNumber(
                status.chunksTotal ?? 0
            )} chunks, ${formatNumber(status.usersScanned ?? 0)} users scanned.`;
        }
        return `Last scan ${STATUS_TEXT[status.status].toLowerCase()}: ${formatNumber(status.findingCount ?? 0)} findings.`;
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
        return `Nightly at ${hour}:00 · next run ${formatDateTime(schedule.nextFireTime)}`;
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
