import { LightningElement, api } from 'lwc';
import proposeWindows from '@salesforce/apex/RemediationController.proposeWindows';
import validateStartTime from '@salesforce/apex/RemediationController.validateStartTime';
import type { RemediationTimeCheckDto, RemediationWindowDto } from '@apex-types/remediation';
import { reduceErrors } from 'c/lsErrors';
import { formatDateTime, formatZonedDateTime } from 'c/lsFormat';
import { formatMinutes } from 'c/remediationFormat';

/** How many windows to propose. */
export const WINDOW_COUNT = 6;
const CUSTOM = 'custom';

/** What the picker reports to its parent in the `select` event. */
export interface WindowSelection {
    startTime: string | null;
    label: string;
    valid: boolean;
}

function availableText(minutes: number): string {
    if (minutes >= 10080) {
        return 'no business hours ahead';
    }
    const hours = Math.floor(minutes / 60);
    return hours >= 1 ? `${hours} h available` : `${minutes} min available`;
}

const ZONED_PARTS: Record<string, Intl.DateTimeFormat> = {};

/**
 * An ISO instant in the business hours' time zone, written like the server's window labels and messages
 * (`EEE d MMM yyyy HH:mm (Zone/Id)`): `Tue 24 Nov 2026 18:00 (America/New_York)`. Without a (valid) zone: the
 * viewer's zone with its short name (`formatZonedDateTime`); '' for null or garbage.
 */
export function formatInBusinessZone(value: string | null | undefined, timeZone: string | null | undefined): string {
    if (!value || Number.isNaN(Date.parse(value))) {
        return '';
    }
    if (!timeZone) {
        return formatZonedDateTime(value);
    }
    try {
        const format =
            ZONED_PARTS[timeZone] ??
            new Intl.DateTimeFormat('en-GB', {
                weekday: 'short',
                day: 'numeric',
                month: 'short',
                year: 'numeric',
                hour: '2-digit',
                minute: '2-digit',
                hourCycle: 'h23',
                timeZone
            });
        ZONED_PARTS[timeZone] = format;
        const part: Record<string, string> = {};
        for (const { type, value: text } of format.formatToParts(new Date(value))) {
            part[type] = text;
        }
        return `${part.weekday} ${part.day} ${part.month} ${part.year} ${part.hour}:${part.minute} (${timeZone})`;
    } catch (ignored) {
        // Unknown zone id: still a readable time, with the zone id so nobody mistakes it for local time.
        return `${formatDateTime(value)} (${timeZone})`;
    }
}

/**
 * When a run should start: one of the out-of-hours windows the server proposes for the run's estimated duration
 * (holidays respected), or a custom time that the server checks (future, outside business hours, room to finish).
 * Fires `select` with { startTime, label, valid } whenever the choice changes.
 */
export default class RemediationWindowPicker extends LightningElement {
    /** Run whose duration the windows must fit. */
    @api runId?: string;
    /** Name of the radio group (unique per page when two pickers exist). */
    @api name = 'startWindow';
    /**
     * IANA time zone of the business hours (e.g. `America/New_York`): every time the picker shows is written in it,
     * with its name, and the custom date/time is entered in it. Empty: the viewer's time zone.
     */
    @api timeZone?: string | null;

    private _businessHoursId: string | null = null;
    private connected = false;
    private loadSequence = 0;
    private checkSequence = 0;

    windows: RemediationWindowDto[] = [];
    isLoading = false;
    errorMessages: string[] = [];
    choice = '';
    customValue = '';
    isChecking = false;
    check?: RemediationTimeCheckDto;
    checkErrors: string[] = [];

    /** BusinessHours record; null = the run's (or the org default). Changing it reloads the windows. */
    @api
    get businessHoursId(): string | null {
        return this._businessHoursId;
    }
    set businessHoursId(value: string | null) {
        const changed = (value ?? null) !== this._businessHoursId;
        this._businessHoursId = value ?? null;
        if (changed && this.connected) {
            this.loadWindows();
        }
    }

    override connectedCallback(): void {
        this.connected = true;
        this.loadWindows();
    }

    override disconnectedCallback(): void {
        this.connected = false;
    }

    get hasError(): boolean {
        return this.errorMessages.length > 0;
    }

    get hasWindows(): boolean {
        return this.windows.length > 0;
    }

    get noWindows(): boolean {
        return !this.isLoading && !this.hasError && this.windows.length === 0;
    }

    get options(): { label: string; value: string }[] {
        const options = this.windows.map((window, index) => ({
            label: `${window.label} · ${availableText(window.availableMinutes)}`,
            value: String(index)
        }));
        options.push({ label: 'Another time outside business hours…', value: CUSTOM });
        return options;
    }

    get showOptions(): boolean {
        return !this.isLoading && !this.hasError;
    }

    get isCustom(): boolean {
        return this.choice === CUSTOM;
    }

    get estimateText(): string {
        const minutes = this.windows[0]?.estimatedMinutes;
        return minutes === undefined ? '' : `The run needs ${formatMinutes(minutes)} (plus a 30-minute margin).`;
    }

    get checkIsValid(): boolean {
        return this.check?.valid === true;
    }

    get checkIsInvalid(): boolean {
        return this.check !== undefined && this.check.valid !== true;
    }

    get checkClass(): string {
        return this.checkIsValid ? 'slds-text-color_success' : 'slds-text-color_error';
    }

    /** Zone the custom date/time input is interpreted in (lightning-input `timezone`); undefined = the user's. */
    get inputTimeZone(): string | undefined {
        return this.timeZone || undefined;
    }

    get customLabel(): string {
        return this.timeZone ? `Custom start time (${this.timeZone})` : 'Custom start time (your time zone)';
    }

    get estimatedEndText(): string {
        return this.check?.estimatedEnd
            ? `Expected to finish by ${formatInBusinessZone(this.check.estimatedEnd, this.timeZone)}.`
            : '';
    }

    get suggestedText(): string {
        return this.check?.suggestedStart ? formatInBusinessZone(this.check.suggestedStart, this.timeZone) : '';
    }

    get hasCheckErrors(): boolean {
        return this.checkErrors.length > 0;
    }

    async loadWindows(): Promise<void> {
        if (!this.runId) {
            return;
        }
        const sequence = ++this.loadSequence;
        this.isLoading = true;
        this.errorMessages = [];
        try {
            const windows: RemediationWindowDto[] = await proposeWindows({
                runId: this.runId,
                businessHoursId: this._businessHoursId,
                count: WINDOW_COUNT
            });
            if (sequence !== this.loadSequence) {
                return;
            }
            this.windows = windows ?? [];
            if (this.choice !== CUSTOM) {
                // The first window is the default choice (the earliest slot that fits).
                this.choice = this.windows.length > 0 ? '0' : '';
            }
        } catch (error) {
            if (sequence === this.loadSequence) {
                this.windows = [];
                this.errorMessages = reduceErrors(error);
            }
        } finally {
            if (sequence === this.loadSequence) {
                this.isLoading = false;
                this.notify();
            }
        }
    }

    handleRetry(): void {
        this.loadWindows();
    }

    handleOptionChange(event: CustomEvent<{ value: string }>): void {
        this.choice = event.detail.value;
        if (this.choice === CUSTOM && this.customValue) {
            this.validateCustom();
        }
        this.notify();
    }

    handleCustomChange(event: Event): void {
        const target = event.target as HTMLInputElement;
        this.customValue = target.value ?? '';
        this.check = undefined;
        this.checkErrors = [];
        if (this.customValue) {
            this.validateCustom();
        }
        this.notify();
    }

    /** Uses the server's suggestion (the next fitting window) as the custom time. */
    handleUseSuggestion(): void {
        if (this.check?.suggestedStart) {
            this.customValue = this.check.suggestedStart;
            this.validateCustom();
        }
    }

    async validateCustom(): Promise<void> {
        const sequence = ++this.checkSequence;
        const startTime = this.customValue;
        this.isChecking = true;
        this.checkErrors = [];
        try {
            const check: RemediationTimeCheckDto = await validateStartTime({
                runId: this.runId,
                businessHoursId: this._businessHoursId,
                startTime
            });
            if (sequence === this.checkSequence) {
                this.check = check;
            }
        } catch (error) {
            if (sequence === this.checkSequence) {
                this.check = undefined;
                this.checkErrors = reduceErrors(error);
            }
        } finally {
            if (sequence === this.checkSequence) {
                this.isChecking = false;
                this.notify();
            }
        }
    }

    /** The current choice as the parent needs it. */
    @api
    get selection(): WindowSelection {
        if (this.choice === CUSTOM) {
            const valid = this.check?.valid === true && !this.isChecking;
            return {
                startTime: valid ? (this.check?.startTime ?? this.customValue) : null,
                label: valid ? formatInBusinessZone(this.check?.startTime ?? this.customValue, this.timeZone) : '',
                valid
            };
        }
        const window = this.windows[Number(this.choice)];
        if (this.choice === '' || !window) {
            return { startTime: null, label: '', valid: false };
        }
        return { startTime: window.startTime, label: window.label, valid: true };
    }

    private notify(): void {
        this.dispatchEvent(new CustomEvent('select', { detail: this.selection }));
    }
}
