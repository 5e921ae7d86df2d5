/**
 * Voice minutes billing rules: the single TypeScript implementation (the Apex twin is VoiceMinutesRules.cls, the
 * month aggregation twin is VoiceUsageAggregator.cls; docs/voice-minutes.md explains both). Used by the calculator,
 * the usage page and the preview adapter. All figures are seconds (integers); minutes are seconds / 60.
 */

/** INCREMENT: Voice up to the next 10 s, telephony up to the next minute. PER_SECOND_MINIMUM: per second, 10 s / 60 s minimum. */
export type RoundingMode = 'INCREMENT' | 'PER_SECOND_MINIMUM';

/**
 * Default mode. The two Salesforce Help pages conflict; INCREMENT is the one of "Billing Examples and Use Cases" and
 * it is never lower than the other mode for any duration, so balances and budgets are planned on the upper bound.
 */
export const DEFAULT_ROUNDING_MODE: RoundingMode = 'INCREMENT';

/** PRIMARY: first leg of a call; TRANSFER: sequential leg inside Voice; EXTERNAL: transferred out of Voice; CONSULT: parallel leg. */
export type LegKind = 'PRIMARY' | 'TRANSFER' | 'EXTERNAL' | 'CONSULT';

/** How telephony minutes are broken down (by the leg's CallType). */
export type TelephonyCategory = 'INBOUND' | 'OUTBOUND' | 'TRANSFER' | 'OTHER';

/** A leg counts as parallel (consult) when it starts at least this many seconds before its parent ends. */
export const CONSULT_OVERLAP_SECONDS = 1;

/** A leg joins an open call only if it starts within this many seconds after the call's last leg ended. */
export const JOIN_GRACE_SECONDS = 300;

/** How many calls the month keeps with their per-leg breakdown. */
export const TOP_CALLS = 10;

/** How many legs of a top call are kept (a looping call could have hundreds). */
export const MAX_STORED_LEGS_PER_CALL = 50;

/** One leg (one VoiceCall record). startSecond is relative to the call (calculator) or epoch seconds (data). */
export interface VoiceLeg {
    key: string;
    parentKey: string | null;
    callType: string | null;
    startSecond: number;
    durationSeconds: number;
    /** Known kind (calculator, test vectors); data legs leave it undefined and get classified. */
    kind?: LegKind;
    /** True when the leg left Salesforce Voice (external transfer). */
    outsideVoice?: boolean;
    /** Human description of what happened on the leg (calculator). */
    label?: string;
}

/** A rated leg: what each meter bills and why. */
export interface LegRating {
    key: string;
    parentKey: string | null;
    kind: LegKind;
    callType: string | null;
    category: TelephonyCategory;
    startSecond: number;
    durationSeconds: number;
    voiceSeconds: number;
    telephonySeconds: number;
    voiceReason: string;
    telephonyReason: string;
    label: string | null;
}

/** A rated call: its legs and both meters. */
export interface CallRating {
    rootKey: string;
    legs: LegRating[];
    voiceSeconds: number;
    telephonySeconds: number;
    /** Wall-clock duration: first leg start to last leg end. */
    durationSeconds: number;
}

/** Normalises anything that is not a known mode to the default. */
export function toRoundingMode(value: unknown): RoundingMode {
    return value === 'PER_SECOND_MINIMUM' ? 'PER_SECOND_MINIMUM' : DEFAULT_ROUNDING_MODE;
}

/** Whole, non-negative seconds; null, negative and NaN become 0. */
export function normaliseSeconds(seconds: number | null | undefined): number {
    if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds <= 0) {
        return 0;
    }
    return Math.ceil(seconds);
}

/** Voice seconds billed for a leg of this length handled by Salesforce Voice. 0 s (never connected) bills nothing. */
export function roundVoiceSeconds(seconds: number, mode: RoundingMode): number {
    const d = normaliseSeconds(seconds);
    if (d === 0) {
        return 0;
    }
    return mode === 'PER_SECOND_MINIMUM' ? Math.max(10, d) : Math.ceil(d / 10) * 10;
}

/** Telephony seconds billed for an active leg of this length. 0 s (never connected) bills nothing. */
export function roundTelephonySeconds(seconds: number, mode: RoundingMode): number {
    const d = normaliseSeconds(seconds);
    if (d === 0) {
        return 0;
    }
    return mode === 'PER_SECOND_MINIMUM' ? Math.max(60, d) : Math.ceil(d / 60) * 60;
}

/** Only legs handled by Salesforce Voice in sequence consume Voice minutes; every active leg consumes telephony. */
export function billsVoice(kind: LegKind): boolean {
    return kind === 'PRIMARY' || kind === 'TRANSFER';
}

/** m:ss, or h:mm:ss from one hour. */
export function formatDuration(seconds: number): string {
    const total = normaliseSeconds(seconds);
    const hours = Math.floor(total / 3600);
    const minutes = Math.floor((total % 3600) / 60);
    const secs = String(total % 60).padStart(2, '0');
    return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${secs}` : `${minutes}:${secs}`;
}

/** Seconds as minutes with at most two decimals (10:10 → 10.17). */
export function toMinutes(seconds: number): number {
    return Math.round((seconds / 60) * 100) / 100;
}

/** Telephony category of a CallType value (Inbound, Outbound, Transfer/Internal, anything else). */
export function telephonyCategory(callType: string | null | undefined): TelephonyCategory {
    const value = (callType ?? '').toLowerCase();
    if (value === 'inbound') return 'INBOUND';
    if (value === 'outbound') return 'OUTBOUND';
    if (value === 'transfer' || value === 'internal') return 'TRANSFER';
    return 'OTHER';
}

/** Where the parent of a leg ran (epoch or call-relative seconds, same clock as the leg). */
export interface ParentSpan {
    startSecond: number;
    endSecond: number;
}

/**
 * Kind of a data leg: external when flagged; primary without a (usable) parent; consult when it starts while its
 * parent is still active; otherwise a sequential transfer.
 */
export function classifyLeg(leg: VoiceLeg, parent: ParentSpan | null | undefined): LegKind {
    if (leg.outsideVoice) return 'EXTERNAL';
    if (!parent) return 'PRIMARY';
    const overlaps =
        parent.startSecond <= leg.startSecond && leg.startSecond <= parent.endSecond - CONSULT_OVERLAP_SECONDS;
    return overlaps ? 'CONSULT' : 'TRANSFER';
}

function voiceReason(kind: LegKind, duration: number, billed: number, mode: RoundingMode): string {
    if (kind === 'EXTERNAL') return 'No Voice minutes: transferred outside Salesforce Voice';
    if (kind === 'CONSULT') return 'No Voice minutes: consult runs in parallel, the session is already counted';
    if (duration === 0) return 'Not billed: 0 s, the leg never connected';
    if (mode === 'PER_SECOND_MINIMUM') {
        return duration < 10
            ? `${formatDuration(duration)} → ${formatDuration(billed)} (10-second minimum)`
            : `${formatDuration(duration)} (per second)`;
    }
    return billed === duration
        ? `${formatDuration(duration)} (already a 10-second increment)`
        : `${formatDuration(duration)} → ${formatDuration(billed)} (up to the next 10-second increment)`;
}

function telephonyReason(duration: number, billed: number, mode: RoundingMode): string {
    if (duration === 0) return 'Not billed: 0 s, the leg never connected';
    if (mode === 'PER_SECOND_MINIMUM') {
        return duration < 60
            ? `${formatDuration(duration)} → ${formatDuration(billed)} (60-second minimum)`
            : `${formatDuration(duration)} (per second)`;
    }
    return billed === duration
        ? `${formatDuration(duration)} (already a whole minute)`
        : `${formatDuration(duration)} → ${formatDuration(billed)} (up to the next whole minute)`;
}

/** Rates one leg of a known kind. */
export function rateLeg(leg: VoiceLeg, kind: LegKind, mode: RoundingMode): LegRating {
    const duration = normaliseSeconds(leg.durationSeconds);
    const voiceSeconds = billsVoice(kind) ? roundVoiceSeconds(duration, mode) : 0;
    const telephonySeconds = roundTelephonySeconds(duration, mode);
    return {
        key: leg.key,
        parentKey: leg.parentKey,
        kind,
        callType: leg.callType,
        category: telephonyCategory(leg.callType),
        startSecond: leg.startSecond,
        durationSeconds: duration,
        voiceSeconds,
        telephonySeconds,
        voiceReason: voiceReason(kind, duration, voiceSeconds, mode),
        telephonyReason: telephonyReason(duration, telephonySeconds, mode),
        label: leg.label ?? null
    };
}

/** Rates the legs of one call (kinds taken from the legs, or classified against their parents in the list). */
export function rateCall(legs: VoiceLeg[], mode: RoundingMode): CallRating {
    const byKey = new Map(legs.map((leg) => [leg.key, leg]));
    const rated = legs.map((leg) => {
        const parent = leg.parentKey && leg.parentKey !== leg.key ? byKey.get(leg.parentKey) : undefined;
        const span = parent
            ? {
                  startSecond: parent.startSecond,
                  endSecond: parent.startSecond + normaliseSeconds(parent.durationSeconds)
              }
            : null;
        return rateLeg(leg, leg.kind ?? classifyLeg(leg, span), mode);
    });
    const start = Math.min(...rated.map((leg) => leg.startSecond));
    const end = Math.max(...rated.map((leg) => leg.startSecond + leg.durationSeconds));
    return {
        rootKey: legs.length > 0 ? legs[0].key : '',
        legs: rated,
        voiceSeconds: rated.reduce((sum, leg) => sum + leg.voiceSeconds, 0),
        telephonySeconds: rated.reduce((sum, leg) => sum + leg.telephonySeconds, 0),
        durationSeconds: rated.length > 0 ? end - start : 0
    };
}

// ---------------------------------------------------------------------------------------------------------------
// Calculator: a call built from segments

export type SegmentType =
    'IVR' | 'QUEUE' | 'TALK' | 'HOLD' | 'TRANSFER_INTERNAL' | 'TRANSFER_EXTERNAL' | 'CONSULT' | 'OUTBOUND';

export interface CallSegment {
    type: SegmentType;
    seconds: number;
}

/** Segment types with the label the calculator shows. */
export const SEGMENT_TYPES: { value: SegmentType; label: string }[] = [
    { value: 'IVR', label: 'IVR (contact flow)' },
    { value: 'QUEUE', label: 'Queue' },
    { value: 'TALK', label: 'Talk with a rep' },
    { value: 'HOLD', label: 'Hold' },
    { value: 'TRANSFER_INTERNAL', label: 'Transfer inside Voice' },
    { value: 'TRANSFER_EXTERNAL', label: 'Transfer outside Voice' },
    { value: 'CONSULT', label: 'Consult another rep' },
    { value: 'OUTBOUND', label: 'Outbound call' }
];

export function segmentLabel(type: SegmentType): string {
    return SEGMENT_TYPES.find((entry) => entry.value === type)?.label ?? type;
}

/** The legs a sequence of segments creates, or the reasons it cannot be a call. */
export interface BuiltCall {
    legs: VoiceLeg[];
    errors: string[];
}

/**
 * Turns segments into legs: IVR, queue, talk and hold extend the current leg (the first one opens the customer's
 * inbound leg); OUTBOUND, only first, opens an outbound leg; a transfer inside Voice opens a new Voice leg; a transfer
 * outside Voice opens a telephony-only leg; a consult keeps the current leg running (the customer on hold) and adds
 * a parallel telephony-only leg of the same length.
 */
export function buildCallFromSegments(segments: CallSegment[]): BuiltCall {
    const legs: VoiceLeg[] = [];
    const notes = new Map<string, string[]>();
    const errors: string[] = [];
    let current: VoiceLeg | undefined;
    let clock = 0;
    const open = (leg: VoiceLeg): VoiceLeg => {
        legs.push(leg);
        notes.set(leg.key, []);
        return leg;
    };
    segments.forEach((segment, index) => {
        const seconds = normaliseSeconds(segment.seconds);
        const note = `${segmentLabel(segment.type)} ${formatDuration(seconds)}`;
        const nextKey = `L${legs.length + 1}`;
        if (segment.type === 'OUTBOUND') {
            if (current) {
                errors.push(`Segment ${index + 1}: an outbound call can only be the first segment.`);
                return;
            }
            current = open({
                key: nextKey,
                parentKey: null,
                callType: 'Outbound',
                kind: 'PRIMARY',
                startSecond: 0,
                durationSeconds: 0
            });
        } else if (segment.type === 'TRANSFER_INTERNAL' || segment.type === 'TRANSFER_EXTERNAL') {
            if (!current) {
                errors.push(
                    `Segment ${index + 1}: a transfer needs a call to transfer; start with IVR, queue, talk or outbound.`
                );
                return;
            }
            const outsideVoice = segment.type === 'TRANSFER_EXTERNAL';
            current = open({
                key: nextKey,
                parentKey: current.key,
                callType: 'Transfer',
                kind: outsideVoice ? 'EXTERNAL' : 'TRANSFER',
                outsideVoice,
                startSecond: clock,
                durationSeconds: 0
            });
        } else if (segment.type === 'CONSULT') {
            if (!current) {
                errors.push(`Segment ${index + 1}: a consult needs a rep on a call first.`);
                return;
            }
            const consult = open({
                key: nextKey,
                parentKey: current.key,
                callType: 'Outbound',
                kind: 'CONSULT',
                startSecond: clock,
                durationSeconds: seconds
            });
            notes.get(consult.key)!.push(note);
            notes.get(current.key)!.push(`hold during consult ${formatDuration(seconds)}`);
            current.durationSeconds += seconds;
            clock += seconds;
            return;
        } else if (!current) {
            current = open({
                key: nextKey,
                parentKey: null,
                callType: 'Inbound',
                kind: 'PRIMARY',
                startSecond: 0,
                durationSeconds: 0
            });
        }
        current.durationSeconds += seconds;
        clock += seconds;
        notes.get(current.key)!.push(note);
    });
    if (legs.length === 0 && errors.length === 0) {
        errors.push('Add at least one segment.');
    }
    legs.forEach((leg) => {
        leg.label = notes.get(leg.key)!.join(' + ');
    });
    return { legs, errors };
}

// ---------------------------------------------------------------------------------------------------------------
// Data: VoiceCall records → legs, and the month aggregation (same algorithm as VoiceUsageAggregator.cls)

/** The VoiceCall fields the rules read (names as in the standard schema). */
export interface VoiceCallRecord {
    VendorCallKey?: string | null;
    VendorParentCallKey?: string | null;
    CallType?: string | null;
    CallStartDateTime?: string | null;
    CallEndDateTime?: string | null;
    CallDurationInSeconds?: number | null;
    UserId?: string | null;
    ToPhoneNumber?: string | null;
    Id?: string | null;
}

/**
 * A VoiceCall as a data leg (startSecond = epoch seconds). Duration: CallDurationInSeconds, else end − start.
 * External transfer (telephony only): a Transfer leg with no Salesforce user and a dialled number.
 */
export function legFromVoiceCall(record: VoiceCallRecord): VoiceLeg {
    const start = record.CallStartDateTime ? Math.floor(Date.parse(record.CallStartDateTime) / 1000) : 0;
    let duration = record.CallDurationInSeconds;
    if ((duration === null || duration === undefined) && record.CallStartDateTime && record.CallEndDateTime) {
        duration = Math.floor(Date.parse(record.CallEndDateTime) / 1000) - start;
    }
    const key = record.VendorCallKey || record.Id || '';
    const parentKey = record.VendorParentCallKey || null;
    const outsideVoice =
        (record.CallType ?? '').toLowerCase() === 'transfer' && !record.UserId && !!record.ToPhoneNumber;
    return {
        key,
        parentKey: parentKey === key ? null : parentKey,
        callType: record.CallType ?? null,
        startSecond: start,
        durationSeconds: normaliseSeconds(duration),
        outsideVoice
    };
}

/** A call of the month with its breakdown (the top calls keep their legs). */
export interface MonthCall extends CallRating {
    startSecond: number;
    /** True when the root's parent key was found nowhere. */
    orphan: boolean;
    /** True when the parent keys of the call loop back into it. */
    looping: boolean;
}

/** What a month of legs adds up to. */
export interface MonthTotals {
    legs: number;
    calls: number;
    voiceSeconds: number;
    telephonySeconds: number;
    telephonyByCategory: Record<TelephonyCategory, number>;
    averageCallSeconds: number;
    longestCallSeconds: number;
    longestCallKey: string | null;
    orphanLegs: number;
    loopingLegs: number;
    continuationLegs: number;
    zeroSecondLegs: number;
    topCalls: MonthCall[];
}

interface OpenCall {
    rootKey: string;
    rootParentKey: string | null;
    orphan: boolean;
    continuation: boolean;
    startSecond: number;
    lastEnd: number;
    legs: LegRating[];
}

/** Cost of a call for "top calls": both meters' billed seconds. */
export function callCost(call: { voiceSeconds: number; telephonySeconds: number }): number {
    return call.voiceSeconds + call.telephonySeconds;
}

/**
 * Sweep over one month of legs in start order, chunk by chunk (the Batch Apex twin is VoiceUsageAggregator.cls).
 * A leg joins the open call of its parent if it starts within JOIN_GRACE_SECONDS of that call's last end; calls that
 * can no longer be joined are closed, so memory holds only concurrent calls. A parent seen nowhere in memory is
 * looked up (findParents): found elsewhere (earlier month, closed call) → the leg continues that call (its minutes
 * count, it is not a new call); not found → orphan, the leg starts a call of its own. A call whose root's parent key
 * is one of its own legs is a loop: counted once, flagged.
 */
export class VoiceMonthAggregator {
    private readonly mode: RoundingMode;
    private readonly open = new Map<string, OpenCall>();
    private readonly keyToRoot = new Map<string, string>();
    private readonly spans = new Map<string, ParentSpan>();
    private readonly totals: MonthTotals;
    private callSecondsTotal = 0;

    constructor(mode: RoundingMode) {
        this.mode = mode;
        this.totals = {
            legs: 0,
            calls: 0,
            voiceSeconds: 0,
            telephonySeconds: 0,
            telephonyByCategory: { INBOUND: 0, OUTBOUND: 0, TRANSFER: 0, OTHER: 0 },
            averageCallSeconds: 0,
            longestCallSeconds: 0,
            longestCallKey: null,
            orphanLegs: 0,
            loopingLegs: 0,
            continuationLegs: 0,
            zeroSecondLegs: 0,
            topCalls: []
        };
    }

    /** Adds the next chunk (legs in start order, continuing the previous chunk). */
    addChunk(chunk: VoiceLeg[], findParents: (keys: string[]) => Map<string, ParentSpan>): void {
        if (chunk.length === 0) return;
        this.closeBefore(chunk[0].startSecond);
        const unknown = [
            ...new Set(
                chunk.map((leg) => leg.parentKey).filter((key): key is string => !!key && !this.keyToRoot.has(key))
            )
        ];
        const found = unknown.length > 0 ? findParents(unknown) : new Map<string, ParentSpan>();
        for (const leg of chunk) {
            this.addLeg(leg, found);
        }
    }

    /** Closes every call and returns the month. */
    finish(): MonthTotals {
        this.closeBefore(Number.MAX_SAFE_INTEGER);
        this.totals.averageCallSeconds =
            this.totals.calls > 0 ? Math.round(this.callSecondsTotal / this.totals.calls) : 0;
        return this.totals;
    }

    private addLeg(leg: VoiceLeg, found: Map<string, ParentSpan>): void {
        const parentKey = leg.parentKey && leg.parentKey !== leg.key ? leg.parentKey : null;
        const parentRoot = parentKey ? this.keyToRoot.get(parentKey) : undefined;
        const parentCall = parentRoot ? this.open.get(parentRoot) : undefined;
        const parentSpan = parentKey ? (this.spans.get(parentKey) ?? found.get(parentKey)) : undefined;
        const rating = rateLeg(leg, classifyLeg(leg, parentSpan ?? null), this.mode);
        this.count(rating);
        const end = leg.startSecond + rating.durationSeconds;
        let call: OpenCall;
        if (parentCall && leg.startSecond <= parentCall.lastEnd + JOIN_GRACE_SECONDS) {
            call = parentCall;
        } else {
            const orphan = parentKey !== null && !parentSpan;
            call = {
                rootKey: leg.key,
                rootParentKey: parentKey,
                orphan,
                continuation: parentKey !== null && !orphan,
                startSecond: leg.startSecond,
                lastEnd: end,
                legs: []
            };
            if (orphan) this.totals.orphanLegs++;
            this.open.set(leg.key, call);
        }
        call.legs.push(rating);
        call.lastEnd = Math.max(call.lastEnd, end);
        this.keyToRoot.set(leg.key, call.rootKey);
        this.spans.set(leg.key, { startSecond: leg.startSecond, endSecond: end });
    }

    private count(rating: LegRating): void {
        this.totals.legs++;
        this.totals.voiceSeconds += rating.voiceSeconds;
        this.totals.telephonySeconds += rating.telephonySeconds;
        this.totals.telephonyByCategory[rating.category] += rating.telephonySeconds;
        if (rating.durationSeconds === 0) this.totals.zeroSecondLegs++;
    }

    private closeBefore(startSecond: number): void {
        for (const call of [...this.open.values()]) {
            if (call.lastEnd + JOIN_GRACE_SECONDS < startSecond) {
                this.close(call);
            }
        }
    }

    private close(call: OpenCall): void {
        this.open.delete(call.rootKey);
        const keys = new Set(call.legs.map((leg) => leg.key));
        call.legs.forEach((leg) => {
            this.keyToRoot.delete(leg.key);
            this.spans.delete(leg.key);
        });
        const looping = call.rootParentKey !== null && keys.has(call.rootParentKey);
        if (looping) {
            this.totals.loopingLegs += call.legs.length;
        } else if (call.continuation) {
            this.totals.continuationLegs += call.legs.length;
            return;
        }
        const duration = call.lastEnd - call.startSecond;
        const monthCall: MonthCall = {
            rootKey: call.rootKey,
            legs: call.legs.slice(0, MAX_STORED_LEGS_PER_CALL),
            voiceSeconds: call.legs.reduce((sum, leg) => sum + leg.voiceSeconds, 0),
            telephonySeconds: call.legs.reduce((sum, leg) => sum + leg.telephonySeconds, 0),
            durationSeconds: duration,
            startSecond: call.startSecond,
            orphan: call.orphan,
            looping
        };
        this.totals.calls++;
        this.callSecondsTotal += duration;
        if (
            duration > this.totals.longestCallSeconds ||
            (duration === this.totals.longestCallSeconds && this.totals.longestCallKey === null)
        ) {
            this.totals.longestCallSeconds = duration;
            this.totals.longestCallKey = call.rootKey;
        }
        this.keepIfTop(monthCall);
    }

    private keepIfTop(call: MonthCall): void {
        const top = this.totals.topCalls;
        top.push(call);
        top.sort((a, b) => callCost(b) - callCost(a) || (a.rootKey < b.rootKey ? -1 : a.rootKey > b.rootKey ? 1 : 0));
        if (top.length > TOP_CALLS) top.length = TOP_CALLS;
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Prepaid balance projection

/** Average Voice minutes per day over months given as { voiceSeconds, days } (days actually covered). */
export function averageDailyVoiceMinutes(months: { voiceSeconds: number; days: number }[]): number {
    const days = months.reduce((sum, month) => sum + Math.max(0, month.days), 0);
    if (days === 0) return 0;
    const seconds = months.reduce((sum, month) => sum + month.voiceSeconds, 0);
    return seconds / 60 / days;
}

/**
 * The day the prepaid Voice balance runs out at the given daily burn: asOf + floor(balance / daily) days.
 * Null when nothing is consumed (no projection). asOf and the result are YYYY-MM-DD (UTC calendar days).
 */
export function projectExhaustionDate(balanceMinutes: number, asOfDate: string, dailyMinutes: number): string | null {
    if (!(dailyMinutes > 0) || !Number.isFinite(balanceMinutes) || !/^\d{4}-\d{2}-\d{2}$/.test(asOfDate)) {
        return null;
    }
    const days = balanceMinutes <= 0 ? 0 : Math.floor(balanceMinutes / dailyMinutes);
    const date = new Date(`${asOfDate}T00:00:00Z`);
    date.setUTCDate(date.getUTCDate() + days);
    return date.toISOString().slice(0, 10);
}
