import { LightningElement, wire } from 'lwc';
import getSettings from '@salesforce/apex/VoiceMinutesController.getSettings';
import type { VoiceMinutesSettingsDto } from '@apex-types/voice';
import { reduceErrors } from 'c/lsErrors';
import { formatNumber, plural } from 'c/lsFormat';
import {
    DEFAULT_ROUNDING_MODE,
    SEGMENT_TYPES,
    buildCallFromSegments,
    formatDuration,
    rateCall,
    toMinutes,
    toRoundingMode
} from 'c/voiceMinutesRules';
import type { CallSegment, LegKind, RoundingMode, SegmentType } from 'c/voiceMinutesRules';

interface WiredSettings {
    data?: VoiceMinutesSettingsDto;
    error?: unknown;
}

/** A preset call. The figures they must produce live in staticresources/VoiceMinutesScenarios.json (tests check). */
export interface CallPreset {
    id: string;
    label: string;
    description: string;
    segments: CallSegment[];
}

/** The four scenarios of Salesforce Help "Billing Examples and Use Cases", then two that show per-leg rounding. */
export const PRESETS: CallPreset[] = [
    {
        id: 'ivrQueueTalk',
        label: 'IVR + queue + talk',
        description: '2 minutes in IVR + 3 minutes in queue + 5 minutes talking to a rep.',
        segments: [
            { type: 'IVR', seconds: 120 },
            { type: 'QUEUE', seconds: 180 },
            { type: 'TALK', seconds: 300 }
        ]
    },
    {
        id: 'abandoned',
        label: 'Abandoned call',
        description: 'After hours: a 1-minute automated message, then the caller hangs up.',
        segments: [{ type: 'IVR', seconds: 60 }]
    },
    {
        id: 'consult',
        label: 'Internal transfer / consult',
        description: 'Rep A talks 5 minutes, then consults rep B for 5 minutes while the customer holds.',
        segments: [
            { type: 'TALK', seconds: 300 },
            { type: 'CONSULT', seconds: 300 }
        ]
    },
    {
        id: 'outbound',
        label: 'Outbound call',
        description: 'A rep calls a mobile number from the Omni-Channel utility for 5 minutes.',
        segments: [{ type: 'OUTBOUND', seconds: 300 }]
    },
    {
        id: 'warmTransferRounding',
        label: 'Transfer inside Voice',
        description: '61 s with rep A, then 61 s with rep B: each leg is rounded on its own.',
        segments: [
            { type: 'TALK', seconds: 61 },
            { type: 'TRANSFER_INTERNAL', seconds: 61 }
        ]
    },
    {
        id: 'externalTransfer',
        label: 'Transfer outside Voice',
        description:
            "125 s with a rep, then 5 minutes transferred to an external number (telephony only, for the external leg and the customer's inbound segment).",
        segments: [
            { type: 'TALK', seconds: 125 },
            { type: 'TRANSFER_EXTERNAL', seconds: 300 }
        ]
    }
];

const KIND_LABELS: Record<LegKind, string> = {
    PRIMARY: 'Customer leg',
    TRANSFER: 'Transfer inside Voice',
    EXTERNAL: 'Transfer outside Voice',
    CONSULT: 'Consult (parallel)'
};

const MODE_OPTIONS = [
    { label: 'Up to the next 10 s (Voice) and whole minute (telephony)', value: 'INCREMENT' },
    { label: 'Per second, 10 s (Voice) and 60 s (telephony) minimum', value: 'PER_SECOND_MINIMUM' }
];

interface SegmentRow {
    key: string;
    index: number;
    typeLabel: string;
    durationLabel: string;
    inputId: string;
    errorId: string;
    hintId: string;
    ariaInvalid: string;
    type: SegmentType;
    durationInput: string;
    durationText: string;
    error: string | null;
    formElementClass: string;
    describedBy: string;
}

/** A typed field: the number it holds, or why it holds none. */
export type ParsedInput = { ok: true; value: number } | { ok: false; message: string };

/** A segment lasts at most a day (a larger figure is a typing slip, and would make the totals meaningless). */
export const MAX_SEGMENT_SECONDS = 24 * 3600;
/** The largest monthly call count accepted. */
export const MAX_CALLS_PER_MONTH = 10_000_000;
/** The calls per month the calculator opens with. */
export const DEFAULT_CALLS_PER_MONTH = 1000;

/**
 * A duration typed by the admin: whole seconds ("125"), m:ss ("2:05") or h:mm:ss ("1:02:05"). Input parsing only:
 * the billing rules stay in c/voiceMinutesRules.
 */
export function parseDuration(text: string | null | undefined): ParsedInput {
    const value = (text ?? '').trim();
    if (value === '') return { ok: false, message: 'Enter a duration, such as 2:05 or 125 (seconds).' };
    if (/^-/.test(value)) return { ok: false, message: 'A duration cannot be negative.' };
    let seconds: number;
    if (/^\d+$/.test(value)) {
        seconds = Number(value);
    } else {
        const match = /^(?:(\d+):)?(\d+):(\d{2})$/.exec(value);
        if (!match) {
            return { ok: false, message: 'Enter the duration as mm:ss or whole seconds, such as 2:05 or 125.' };
        }
        const [, hours, minutes, secs] = match;
        if (Number(secs) > 59 || (hours !== undefined && Number(minutes) > 59)) {
            return { ok: false, message: 'Minutes and seconds after a colon go from 00 to 59, such as 2:05.' };
        }
        seconds = Number(hours ?? 0) * 3600 + Number(minutes) * 60 + Number(secs);
    }
    if (!(seconds <= MAX_SEGMENT_SECONDS)) {
        return { ok: false, message: 'A segment can last at most 24 hours (24:00:00).' };
    }
    return { ok: true, value: seconds };
}

/** Calls per month typed by the admin: a whole number from 0 (group separators of the viewer's locale allowed). */
export function parseCallsPerMonth(text: string | null | undefined): ParsedInput {
    const value = (text ?? '').trim();
    if (value === '') return { ok: false, message: 'Enter the number of calls per month, such as 1200.' };
    if (/^-/.test(value)) return { ok: false, message: 'Calls per month cannot be negative.' };
    const digits = value.replace(/[\s,.'\u00a0\u202f]/g, '');
    if (!/^\d+$/.test(digits) || /[.,]\d{1,2}$/.test(value)) {
        return { ok: false, message: 'Enter calls per month as a whole number, such as 1200.' };
    }
    const calls = Number(digits);
    if (!(calls <= MAX_CALLS_PER_MONTH)) {
        return { ok: false, message: `Enter at most ${formatNumber(MAX_CALLS_PER_MONTH)} calls per month.` };
    }
    return { ok: true, value: calls };
}

/** Billed seconds × calls as whole minutes, rounded up (an estimate never under-counts). */
export function monthlyMinutes(secondsPerCall: number, calls: number): number {
    return Math.ceil((secondsPerCall * calls) / 60);
}

/** Minutes for display: whole minutes as "10", else two decimals. */
export function minutesText(seconds: number): string {
    const minutes = toMinutes(seconds);
    return Number.isInteger(minutes) ? String(minutes) : minutes.toFixed(2);
}

/**
 * Scenario calculator: the admin builds a call from segments (or picks a preset) and sees both minute counts, leg
 * by leg, with how each leg was rounded. Runs the voiceMinutesRules module in the browser; the only server call
 * reads the rounding mode in force (the admin may switch it here to compare).
 */
export default class VoiceCallCalculator extends LightningElement {
    segments: CallSegment[] = PRESETS[0].segments.map((segment) => ({ ...segment }));
    mode: RoundingMode = DEFAULT_ROUNDING_MODE;
    orgMode: RoundingMode = DEFAULT_ROUNDING_MODE;
    presetId: string | null = PRESETS[0].id;
    settingsError: string | null = null;
    /** What the admin typed in each duration field (a rejected text stays visible with its message). */
    durationInputs: string[] = this.segments.map((segment) => formatDuration(segment.seconds));
    callsInput: string = String(DEFAULT_CALLS_PER_MONTH);
    private nextKey = 0;
    private keys: string[] = this.segments.map(() => this.newKey());

    @wire(getSettings)
    wiredSettings({ data, error }: WiredSettings): void {
        if (data) {
            this.orgMode = toRoundingMode(data.roundingMode);
            this.mode = this.orgMode;
            this.settingsError = null;
        } else if (error) {
            this.settingsError = `${reduceErrors(error).join(' ')} The calculator uses the default rounding mode.`;
        }
    }

    private newKey(): string {
        this.nextKey += 1;
        return `segment-${this.nextKey}`;
    }

    get modeOptions(): { label: string; value: string }[] {
        return MODE_OPTIONS;
    }

    get segmentOptions(): { label: string; value: string }[] {
        return SEGMENT_TYPES.map((entry) => ({ label: entry.label, value: entry.value }));
    }

    get presets(): { id: string; label: string; variant: string; dataId: string }[] {
        return PRESETS.map((preset) => ({
            id: preset.id,
            label: preset.label,
            variant: preset.id === this.presetId ? 'brand' : 'neutral',
            dataId: `preset-${preset.id}`
        }));
    }

    get presetDescription(): string {
        return PRESETS.find((preset) => preset.id === this.presetId)?.description ?? 'Custom call.';
    }

    get modeNote(): string {
        return this.mode === this.orgMode
            ? 'This is the rounding mode configured for your org.'
            : 'Comparing with the other mode; your org is configured for the other one.';
    }

    get rows(): SegmentRow[] {
        return this.segments.map((segment, index) => {
            const parsed = parseDuration(this.durationInputs[index]);
            const error = parsed.ok ? null : parsed.message;
            const key = this.keys[index];
            return {
                key,
                index,
                typeLabel: `Segment ${index + 1} type`,
                durationLabel: `Segment ${index + 1} duration`,
                inputId: `${key}-duration`,
                errorId: `${key}-duration-error`,
                hintId: `${key}-duration-hint`,
                ariaInvalid: error ? 'true' : 'false',
                type: segment.type,
                durationInput: this.durationInputs[index] ?? '',
                durationText: parsed.ok ? `${formatNumber(segment.seconds)} s` : '',
                error,
                formElementClass: error ? 'slds-form-element slds-has-error' : 'slds-form-element',
                describedBy: error ? `${key}-duration-error ${key}-duration-hint` : `${key}-duration-hint`
            };
        });
    }

    /** True when a duration field holds a rejected text: no figure is shown until it is corrected. */
    get hasInputErrors(): boolean {
        return this.durationInputs.some((input) => !parseDuration(input).ok);
    }

    private get callsParsed(): ParsedInput {
        return parseCallsPerMonth(this.callsInput);
    }

    get callsError(): string | null {
        const parsed = this.callsParsed;
        return parsed.ok ? null : parsed.message;
    }

    get callsAriaInvalid(): string {
        return this.callsError ? 'true' : 'false';
    }

    get callsFormElementClass(): string {
        return this.callsError ? 'slds-form-element slds-has-error' : 'slds-form-element';
    }

    get callsDescribedBy(): string {
        return this.callsError ? 'calls-error calls-hint' : 'calls-hint';
    }

    private get showsFigures(): boolean {
        return !this.hasErrors;
    }

    private get monthlyCalls(): number | null {
        const parsed = this.callsParsed;
        return this.showsFigures && parsed.ok ? parsed.value : null;
    }

    get monthlyVoiceMinutes(): string {
        const calls = this.monthlyCalls;
        return calls === null ? '–' : formatNumber(monthlyMinutes(this.rating.voiceSeconds, calls));
    }

    get monthlyTelephonyMinutes(): string {
        const calls = this.monthlyCalls;
        return calls === null ? '–' : formatNumber(monthlyMinutes(this.rating.telephonySeconds, calls));
    }

    get monthlyNote(): string {
        const calls = this.monthlyCalls;
        if (calls === null) {
            return this.showsFigures
                ? 'Correct calls per month to see the monthly estimate.'
                : 'Correct the call above to see the monthly estimate.';
        }
        return `${plural(calls, 'call')} × the minutes of this call, rounded up to whole minutes.`;
    }

    private get built() {
        return buildCallFromSegments(this.segments);
    }

    get errors(): string[] {
        if (this.hasInputErrors) {
            return ['Correct the durations marked above to see the minutes.'];
        }
        return this.built.errors;
    }

    get hasErrors(): boolean {
        return this.errors.length > 0;
    }

    private get rating() {
        return rateCall(this.built.legs, this.mode);
    }

    get voiceMinutes(): string {
        return this.hasErrors ? '–' : minutesText(this.rating.voiceSeconds);
    }

    get telephonyMinutes(): string {
        return this.hasErrors ? '–' : minutesText(this.rating.telephonySeconds);
    }

    get voiceBilled(): string {
        return this.hasErrors ? '' : `${formatDuration(this.rating.voiceSeconds)} billed`;
    }

    get telephonyBilled(): string {
        return this.hasErrors ? '' : `${formatDuration(this.rating.telephonySeconds)} billed`;
    }

    get callDuration(): string {
        return this.hasErrors ? '' : formatDuration(this.rating.durationSeconds);
    }

    get legs(): {
        key: string;
        title: string;
        kindLabel: string;
        what: string;
        duration: string;
        voice: string;
        voiceReason: string;
        telephony: string;
        telephonyReason: string;
    }[] {
        if (this.hasErrors) return [];
        return this.rating.legs.map((leg) => ({
            key: leg.key,
            title: leg.parentKey ? `${leg.key} (from ${leg.parentKey})` : leg.key,
            kindLabel: KIND_LABELS[leg.kind],
            what: leg.label ?? '',
            duration: formatDuration(leg.durationSeconds),
            voice: formatDuration(leg.voiceSeconds),
            voiceReason: leg.voiceReason,
            telephony: formatDuration(leg.telephonySeconds),
            telephonyReason: leg.telephonyReason
        }));
    }

    get reasoning(): string[] {
        if (this.hasErrors) return [];
        const rating = this.rating;
        const lines = [
            `The call creates ${rating.legs.length} leg${rating.legs.length === 1 ? '' : 's'} and lasts ${formatDuration(
                rating.durationSeconds
            )} on the clock.`,
            this.mode === 'INCREMENT'
                ? "Voice minutes: the time the Voice session is active (legs handled by Salesforce Voice, overlaps counted once), each leg's new time rounded up to the next 10 seconds. Telephony minutes: each active leg, rounded up to the next whole minute."
                : "Voice minutes: the time the Voice session is active (legs handled by Salesforce Voice, overlaps counted once), each leg's new time per second with a 10-second minimum. Telephony minutes: each active leg, per second with a 60-second minimum."
        ];
        if (rating.legs.some((leg) => leg.kind === 'CONSULT')) {
            lines.push(
                'A consult runs in parallel: the customer leg keeps running (on hold), so the consult adds no Voice time, but its leg bills telephony too, so telephony exceeds the call duration.'
            );
        }
        if (rating.legs.some((leg) => leg.kind === 'EXTERNAL')) {
            lines.push(
                "After a transfer outside Voice the call no longer uses Salesforce Voice: that leg bills telephony only, and the customer's inbound segment stays on Amazon Connect and bills telephony while it runs."
            );
        }
        if (rating.legs.some((leg) => leg.durationSeconds === 0)) {
            lines.push('A 0-second leg is billed as connected (answered or not): the minimum of each meter.');
        }
        return lines;
    }

    handlePreset(event: Event): void {
        const id = (event.currentTarget as HTMLElement).dataset.preset;
        const preset = PRESETS.find((entry) => entry.id === id);
        if (!preset) return;
        this.presetId = preset.id;
        this.segments = preset.segments.map((segment) => ({ ...segment }));
        this.durationInputs = this.segments.map((segment) => formatDuration(segment.seconds));
        this.keys = this.segments.map(() => this.newKey());
    }

    handleModeChange(event: CustomEvent<{ value: string }>): void {
        this.mode = toRoundingMode(event.detail.value);
    }

    handleTypeChange(event: CustomEvent<{ value: string }>): void {
        const index = Number((event.target as HTMLElement).dataset.index);
        this.updateSegment(index, { type: event.detail.value as SegmentType });
    }

    handleDurationChange(event: Event): void {
        const input = event.target as HTMLInputElement;
        const index = Number(input.dataset.index);
        const text = input.value;
        this.durationInputs = this.durationInputs.map((entry, i) => (i === index ? text : entry));
        const parsed = parseDuration(text);
        // A rejected text keeps the segment's last accepted seconds: nothing is lost while the admin corrects it.
        if (parsed.ok) {
            this.updateSegment(index, { seconds: parsed.value });
        } else {
            this.presetId = null;
        }
    }

    handleCallsChange(event: Event): void {
        this.callsInput = (event.target as HTMLInputElement).value;
    }

    handleAdd(): void {
        this.segments = [...this.segments, { type: 'TALK', seconds: 60 }];
        this.durationInputs = [...this.durationInputs, formatDuration(60)];
        this.keys = [...this.keys, this.newKey()];
        this.presetId = null;
    }

    handleRemove(event: Event): void {
        const index = Number((event.currentTarget as HTMLElement).dataset.index);
        this.segments = this.segments.filter((_segment, i) => i !== index);
        this.durationInputs = this.durationInputs.filter((_input, i) => i !== index);
        this.keys = this.keys.filter((_key, i) => i !== index);
        this.presetId = null;
    }

    private updateSegment(index: number, change: Partial<CallSegment>): void {
        this.segments = this.segments.map((segment, i) => (i === index ? { ...segment, ...change } : segment));
        this.presetId = null;
    }
}
