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

/**
 * PRIMARY: first leg of a call; TRANSFER: leg inside Voice that outlasts its parent (sequential, overlapping or warm
 * transfer); CONSULT: leg inside Voice that runs while its parent is active and ends with it; EXTERNAL: transferred
 * out of Voice. The kind is a label: Voice minutes come from the session (union of the Voice legs), not the kind.
 */
export type LegKind = 'PRIMARY' | 'TRANSFER' | 'EXTERNAL' | 'CONSULT';

/** How telephony minutes are broken down (by the leg's CallType). */
export type TelephonyCategory = 'INBOUND' | 'OUTBOUND' | 'TRANSFER' | 'OTHER';

/** A leg counts as overlapping its parent when it starts at least this many seconds before the parent ends. */
export const CONSULT_OVERLAP_SECONDS = 1;

/** A leg joins an open call only if it starts within this many seconds after the call's last leg ended. */
export const JOIN_GRACE_SECONDS = 300;

/** How many calls the month keeps with their per-leg breakdown. */
export const TOP_CALLS = 10;

/** How many legs of a top call are kept (a looping call could have hundreds). */
export const MAX_STORED_LEGS_PER_CALL = 50;

/**
 * The VoiceCall fields that can link a leg to its parent, in the order they are tried (docs/voice-minutes.md,
 * "Linking legs"): PreviousCallId and ParentVoiceCallId hold the parent's record Id and exist only in orgs with
 * Service Cloud Voice; VendorParentCallKey holds the parent's VendorCallKey (standard schema).
 */
export const LINK_FIELDS = ['PreviousCallId', 'ParentVoiceCallId', 'VendorParentCallKey'] as const;
export type LinkField = (typeof LINK_FIELDS)[number];

/** One leg (one VoiceCall record). startSecond is relative to the call (calculator) or epoch seconds (data). */
export interface VoiceLeg {
    key: string;
    /** The parent's key: a VendorCallKey, or a record Id when linked by PreviousCallId / ParentVoiceCallId. */
    parentKey: string | null;
    /** The VoiceCall record Id, a second name the leg answers to (data legs). */
    recordId?: string | null;
    /** Which field gave parentKey (data legs). */
    linkedBy?: LinkField | null;
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

/** Every leg handled by Salesforce Voice adds to the session; a leg transferred outside Voice consumes telephony only. */
export function billsVoice(kind: LegKind): boolean {
    return kind !== 'EXTERNAL';
}

/**
 * Seconds a leg is billed for: its duration, and at least 1 s. A VoiceCall exists only for a contact Amazon Connect
 * created, and the reference bills an outbound call "answered or not", so a 0 s (unanswered, never-timed) leg is
 * billed the minimum of each meter rather than nothing.
 */
export function billableSeconds(durationSeconds: number): number {
    return Math.max(1, normaliseSeconds(durationSeconds));
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
 * parent is still active and ends no later than the parent; otherwise a transfer (sequential, or overlapping the
 * parent and running on: a warm transfer).
 */
export function classifyLeg(leg: VoiceLeg, parent: ParentSpan | null | undefined): LegKind {
    if (leg.outsideVoice) return 'EXTERNAL';
    if (!parent) return 'PRIMARY';
    const startsDuringParent =
        parent.startSecond <= leg.startSecond && leg.startSecond <= parent.endSecond - CONSULT_OVERLAP_SECONDS;
    const endsWithParent = leg.startSecond + billableSeconds(leg.durationSeconds) <= parent.endSecond;
    return startsDuringParent && endsWithParent ? 'CONSULT' : 'TRANSFER';
}

/** What a leg's rating depends on besides the leg: the call so far. */
export interface LegContext {
    /** End of the Voice session counted so far for the call (legs in start order), or null when nothing is counted. */
    voiceCoveredUntil: number | null;
    /** End of the parent leg (the customer's segment an external transfer keeps running), or null when unknown. */
    parentEndSecond: number | null;
}

const NO_CONTEXT: LegContext = { voiceCoveredUntil: null, parentEndSecond: null };

function roundingReason(duration: number, billed: number, mode: RoundingMode, unit: 10 | 60): string {
    const minimum = unit === 10 ? '10-second minimum' : '60-second minimum';
    const increment = unit === 10 ? '10-second increment' : 'whole minute';
    if (mode === 'PER_SECOND_MINIMUM') {
        return duration < unit
            ? `${formatDuration(duration)} → ${formatDuration(billed)} (${minimum})`
            : `${formatDuration(duration)} (per second)`;
    }
    return billed === duration
        ? `${formatDuration(duration)} (already a ${increment})`
        : `${formatDuration(duration)} → ${formatDuration(billed)} (up to the next ${increment})`;
}

const ZERO_NOTE = '0 s leg billed as connected (answered or not); ';

function voiceReason(kind: LegKind, duration: number, counted: number, billed: number, mode: RoundingMode): string {
    if (kind === 'EXTERNAL') return 'No Voice minutes: transferred outside Salesforce Voice';
    const billable = billableSeconds(duration);
    if (counted === 0) return 'No Voice minutes: the session is already counted while this leg runs';
    const prefix =
        (duration === 0 ? ZERO_NOTE : '') +
        (counted < billable ? `${formatDuration(billable - counted)} overlaps the session already counted; ` : '');
    return prefix + roundingReason(counted, billed, mode, 10);
}

function telephonyReason(
    duration: number,
    billed: number,
    inbound: number,
    inboundBilled: number,
    mode: RoundingMode
): string {
    const own = (duration === 0 ? ZERO_NOTE : '') + roundingReason(billableSeconds(duration), billed, mode, 60);
    return inbound > 0
        ? `${own}; the customer's inbound segment stays on Amazon Connect: ${roundingReason(inbound, inboundBilled, mode, 60)}`
        : own;
}

/**
 * Rates one leg of a known kind. Voice: the part of the leg after the session already counted (context), rounded;
 * telephony: the leg, rounded, plus for an external transfer the customer's inbound segment while the leg runs
 * beyond its parent's recorded end (the whole leg when the parent is unknown), rounded on its own.
 */
export function rateLeg(leg: VoiceLeg, kind: LegKind, mode: RoundingMode, context: LegContext = NO_CONTEXT): LegRating {
    const duration = normaliseSeconds(leg.durationSeconds);
    const billable = billableSeconds(duration);
    const end = leg.startSecond + billable;
    const from =
        context.voiceCoveredUntil === null ? leg.startSecond : Math.max(leg.startSecond, context.voiceCoveredUntil);
    const counted = billsVoice(kind) ? Math.max(0, end - from) : 0;
    const voiceSeconds = roundVoiceSeconds(counted, mode);
    const inbound =
        kind === 'EXTERNAL'
            ? Math.max(
                  0,
                  end -
                      (context.parentEndSecond === null
                          ? leg.startSecond
                          : Math.max(leg.startSecond, context.parentEndSecond))
              )
            : 0;
    const ownTelephony = roundTelephonySeconds(billable, mode);
    const inboundTelephony = roundTelephonySeconds(inbound, mode);
    return {
        key: leg.key,
        parentKey: leg.parentKey,
        kind,
        callType: leg.callType,
        category: telephonyCategory(leg.callType),
        startSecond: leg.startSecond,
        durationSeconds: duration,
        voiceSeconds,
        telephonySeconds: ownTelephony + inboundTelephony,
        voiceReason: voiceReason(kind, duration, counted, voiceSeconds, mode),
        telephonyReason: telephonyReason(duration, ownTelephony, inbound, inboundTelephony, mode),
        label: leg.label ?? null
    };
}

/** The end of the Voice session after this rated leg (unchanged by a leg outside Voice). */
export function coveredAfter(covered: number | null, rating: LegRating): number | null {
    if (!billsVoice(rating.kind)) return covered;
    const end = rating.startSecond + billableSeconds(rating.durationSeconds);
    return covered === null ? end : Math.max(covered, end);
}

/**
 * Rates the legs of one call list. Legs are linked through parentKey (a key or record Id); each linked group is one
 * session, its legs rated in start order against the Voice time already counted for the group. A leg with no parent
 * in the list starts its own session (never merged with another on a guess). Kinds come from the legs or are
 * classified against their parents. Legs come back in the input order.
 */
export function rateCall(legs: VoiceLeg[], mode: RoundingMode): CallRating {
    const byKey = new Map<string, VoiceLeg>();
    legs.forEach((leg) => {
        if (leg.recordId) byKey.set(leg.recordId, leg);
        byKey.set(leg.key, leg);
    });
    const parentOf = (leg: VoiceLeg): VoiceLeg | undefined => {
        const selfLink = leg.parentKey === leg.key || leg.parentKey === leg.recordId;
        return leg.parentKey && !selfLink ? byKey.get(leg.parentKey) : undefined;
    };
    const rootOf = (leg: VoiceLeg): string => {
        const seen = new Set<VoiceLeg>([leg]);
        let current = leg;
        for (let parent = parentOf(current); parent && !seen.has(parent); parent = parentOf(current)) {
            seen.add(parent);
            current = parent;
        }
        return current.key;
    };
    const order = legs.map((leg, index) => ({ leg, index }));
    order.sort((a, b) => a.leg.startSecond - b.leg.startSecond || a.index - b.index);
    const covered = new Map<string, number | null>();
    const rated: LegRating[] = new Array(legs.length);
    for (const { leg, index } of order) {
        const parent = parentOf(leg);
        const span = parent
            ? {
                  startSecond: parent.startSecond,
                  endSecond: parent.startSecond + billableSeconds(parent.durationSeconds)
              }
            : null;
        const root = rootOf(leg);
        const rating = rateLeg(leg, leg.kind ?? classifyLeg(leg, span), mode, {
            voiceCoveredUntil: covered.get(root) ?? null,
            parentEndSecond: span ? span.endSecond : null
        });
        covered.set(root, coveredAfter(covered.get(root) ?? null, rating));
        rated[index] = rating;
    }
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

/**
 * The VoiceCall fields the rules read. All but PreviousCallId and ParentVoiceCallId are in the standard schema; those
 * two exist only in orgs with Service Cloud Voice, and the selector reads them only when describe finds them.
 */
export interface VoiceCallRecord {
    VendorCallKey?: string | null;
    VendorParentCallKey?: string | null;
    PreviousCallId?: string | null;
    ParentVoiceCallId?: string | null;
    CallType?: string | null;
    CallStartDateTime?: string | null;
    CallEndDateTime?: string | null;
    CallDurationInSeconds?: number | null;
    UserId?: string | null;
    ToPhoneNumber?: string | null;
    Id?: string | null;
}

/** The parent reference of a record through the first filled link field (LINK_FIELDS order), ignoring self-links. */
export function parentLinkOf(
    record: VoiceCallRecord,
    ownKeys: (string | null | undefined)[]
): { parentKey: string; linkedBy: LinkField } | null {
    for (const field of LINK_FIELDS) {
        const value = record[field];
        if (value && !ownKeys.includes(value)) return { parentKey: value, linkedBy: field };
    }
    return null;
}

/**
 * A VoiceCall as a data leg (startSecond = epoch seconds). Duration: the larger of CallDurationInSeconds and
 * end − start (the docs disagree on whether CallDurationInSeconds is talk time or the whole contact; the larger never
 * under-counts). Parent: the first filled link field. External transfer (telephony only): a Transfer leg with no
 * Salesforce user and a dialled number.
 */
export function legFromVoiceCall(record: VoiceCallRecord): VoiceLeg {
    const start = record.CallStartDateTime ? Math.floor(Date.parse(record.CallStartDateTime) / 1000) : 0;
    const recorded = normaliseSeconds(record.CallDurationInSeconds);
    const wallClock =
        record.CallStartDateTime && record.CallEndDateTime
            ? normaliseSeconds(Math.floor(Date.parse(record.CallEndDateTime) / 1000) - start)
            : 0;
    const key = record.VendorCallKey || record.Id || '';
    const link = parentLinkOf(record, [key, record.Id]);
    const outsideVoice =
        (record.CallType ?? '').toLowerCase() === 'transfer' && !record.UserId && !!record.ToPhoneNumber;
    return {
        key,
        parentKey: link ? link.parentKey : null,
        recordId: record.Id || null,
        linkedBy: link ? link.linkedBy : null,
        callType: record.CallType ?? null,
        startSecond: start,
        durationSeconds: Math.max(recorded, wallClock),
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
    /** Legs that named a parent, by the field that named it (whether or not the parent was found). */
    linkedLegs: Record<LinkField, number>;
    topCalls: MonthCall[];
}

interface OpenCall {
    rootKey: string;
    rootParentKey: string | null;
    orphan: boolean;
    continuation: boolean;
    startSecond: number;
    lastEnd: number;
    /** End of the Voice session counted so far (null: nothing yet). */
    voiceCoveredUntil: number | null;
    legs: LegRating[];
    /** Every name (key, record Id) of the call's legs. */
    names: string[];
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
            linkedLegs: { PreviousCallId: 0, ParentVoiceCallId: 0, VendorParentCallKey: 0 },
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
        const parentKey =
            leg.parentKey && leg.parentKey !== leg.key && leg.parentKey !== leg.recordId ? leg.parentKey : null;
        const parentRoot = parentKey ? this.keyToRoot.get(parentKey) : undefined;
        const parentCall = parentRoot ? this.open.get(parentRoot) : undefined;
        const parentSpan = parentKey ? (this.spans.get(parentKey) ?? found.get(parentKey)) : undefined;
        if (parentKey && leg.linkedBy) this.totals.linkedLegs[leg.linkedBy]++;
        let call: OpenCall;
        if (parentCall && leg.startSecond <= parentCall.lastEnd + JOIN_GRACE_SECONDS) {
            call = parentCall;
        } else {
            // A new call (or a continuation of one counted elsewhere) starts its own session: nothing is assumed
            // counted, so its Voice time is never under-counted.
            const orphan = parentKey !== null && !parentSpan;
            call = {
                rootKey: leg.key,
                rootParentKey: parentKey,
                orphan,
                continuation: parentKey !== null && !orphan,
                startSecond: leg.startSecond,
                lastEnd: leg.startSecond,
                voiceCoveredUntil: null,
                legs: [],
                names: []
            };
            if (orphan) this.totals.orphanLegs++;
            this.open.set(leg.key, call);
        }
        const rating = rateLeg(leg, classifyLeg(leg, parentSpan ?? null), this.mode, {
            voiceCoveredUntil: call.voiceCoveredUntil,
            parentEndSecond: parentSpan ? parentSpan.endSecond : null
        });
        this.count(rating);
        const end = leg.startSecond + billableSeconds(rating.durationSeconds);
        call.voiceCoveredUntil = coveredAfter(call.voiceCoveredUntil, rating);
        call.legs.push(rating);
        call.lastEnd = Math.max(call.lastEnd, leg.startSecond + rating.durationSeconds);
        const span = { startSecond: leg.startSecond, endSecond: end };
        for (const name of this.namesOf(leg)) {
            call.names.push(name);
            this.keyToRoot.set(name, call.rootKey);
            this.spans.set(name, span);
        }
    }

    /** The names a leg answers to as a parent: its key and its record Id. */
    private namesOf(leg: { key: string; recordId?: string | null }): string[] {
        return leg.recordId && leg.recordId !== leg.key ? [leg.key, leg.recordId] : [leg.key];
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
        const keys = new Set(call.names);
        call.names.forEach((name) => {
            this.keyToRoot.delete(name);
            this.spans.delete(name);
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

/** Newest computed months the daily Voice average rests on (Apex VoiceMinutesRules.PROJECTION_MONTHS). */
export const PROJECTION_MONTHS = 3;
/** Fewest days of computed usage a projection may rest on (Apex VoiceMinutesRules.MIN_PROJECTION_DAYS). */
export const MIN_PROJECTION_DAYS = 14;

export type ProjectionStatus = 'Projected' | 'NoBalance' | 'TooLittleData' | 'NoConsumption';

/** A month of the trend as the projection sees it. */
export interface ProjectionMonth {
    month: string;
    // eslint-disable-next-line no-restricted-globals -- a type member named status, not window.status
    status: string;
    voiceSeconds: number | null;
}

export interface BalanceProjection {
    // eslint-disable-next-line no-restricted-globals -- a type member named status, not window.status
    status: ProjectionStatus;
    basisDays: number;
    /** YYYY-MM, newest first. */
    basisMonths: string[];
    dailyVoiceMinutes: number;
    projectedExhaustionDate: string | null;
}

function daysInMonth(monthKey: string): number {
    const [year, month] = monthKey.split('-').map(Number);
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The prepaid balance projection, as Apex VoiceMinutesRules.projectBalance (pinned by the "balanceProjections"
 * vectors): the newest PROJECTION_MONTHS Complete months; a finished month counts all its days, the month in progress
 * the days before today (UTC); nothing is projected from fewer than MIN_PROJECTION_DAYS days.
 */
export function projectBalance(
    monthsOldestFirst: ProjectionMonth[],
    currentMonth: string,
    todayDay: number,
    balance: { balanceMinutes: number; asOfDate: string } | null
): BalanceProjection {
    const basisMonths: string[] = [];
    let seconds = 0;
    let basisDays = 0;
    for (let i = monthsOldestFirst.length - 1; i >= 0 && basisMonths.length < PROJECTION_MONTHS; i--) {
        const month = monthsOldestFirst[i];
        if (month.status !== 'Complete' || month.voiceSeconds === null || month.voiceSeconds === undefined) continue;
        const days = month.month === currentMonth ? todayDay - 1 : daysInMonth(month.month);
        if (days <= 0) continue;
        seconds += month.voiceSeconds;
        basisDays += days;
        basisMonths.push(month.month);
    }
    // Half up to 2 decimals, as Apex setScale(2, HALF_UP); the epsilon keeps 0.125 from rounding down in binary.
    const daily =
        Math.round((averageDailyVoiceMinutes([{ voiceSeconds: seconds, days: basisDays }]) + 1e-9) * 100) / 100;
    let status: ProjectionStatus;
    let projectedExhaustionDate: string | null = null;
    if (!balance) status = 'NoBalance';
    else if (basisDays < MIN_PROJECTION_DAYS) status = 'TooLittleData';
    else if (daily <= 0) status = 'NoConsumption';
    else {
        status = 'Projected';
        projectedExhaustionDate = projectExhaustionDate(balance.balanceMinutes, balance.asOfDate, daily);
    }
    return { status, basisDays, basisMonths, dailyVoiceMinutes: daily, projectedExhaustionDate };
}

/** The month the Voice page opens on: the newest Complete month, else the month in progress (Apex defaultMonth). */
export function defaultMonth(monthsOldestFirst: ProjectionMonth[], currentMonth: string): string {
    for (let i = monthsOldestFirst.length - 1; i >= 0; i--) {
        if (monthsOldestFirst[i].status === 'Complete') return monthsOldestFirst[i].month;
    }
    return currentMonth;
}
