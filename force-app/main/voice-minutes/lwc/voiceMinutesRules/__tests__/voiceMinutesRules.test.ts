import {
    DEFAULT_ROUNDING_MODE,
    JOIN_GRACE_SECONDS,
    VoiceMonthAggregator,
    averageDailyVoiceMinutes,
    buildCallFromSegments,
    classifyLeg,
    formatDuration,
    legFromVoiceCall,
    projectExhaustionDate,
    projectBalance,
    defaultMonth,
    MIN_PROJECTION_DAYS,
    PROJECTION_MONTHS,
    rateCall,
    rateLeg,
    roundTelephonySeconds,
    roundVoiceSeconds,
    segmentLabel,
    telephonyCategory,
    toMinutes,
    toRoundingMode
} from 'c/voiceMinutesRules';
import type { CallSegment, ParentSpan, RoundingMode, VoiceCallRecord, VoiceLeg } from 'c/voiceMinutesRules';

// The one file of test vectors, shared with the Apex tests (VoiceMinutesRulesTest reads it as a static resource).
const vectors = require('../../../staticresources/VoiceMinutesScenarios.json');

interface Expected {
    voiceSeconds: number;
    telephonySeconds: number;
}
interface Boundary {
    seconds: number;
    INCREMENT: Expected;
    PER_SECOND_MINIMUM: Expected;
}
interface Scenario {
    id: string;
    fromSeed: boolean;
    segments: CallSegment[];
    legs: VoiceLeg[];
    seedFigures: { voiceMinutes: number; telephonyMinutes: number } | null;
    expected: Record<RoundingMode, Expected>;
}

const MODES: RoundingMode[] = ['INCREMENT', 'PER_SECOND_MINIMUM'];
const boundaries: Boundary[] = vectors.roundingBoundaries;
const scenarios: Scenario[] = vectors.scenarios;

const noParents = (): Map<string, ParentSpan> => new Map();

function leg(
    key: string,
    parentKey: string | null,
    startSecond: number,
    durationSeconds: number,
    callType = 'Inbound'
): VoiceLeg {
    return { key, parentKey, callType, startSecond, durationSeconds };
}

describe('rounding', () => {
    it('defaults to the 10-second / whole-minute increment mode', () => {
        expect(DEFAULT_ROUNDING_MODE).toBe('INCREMENT');
        expect(toRoundingMode('PER_SECOND_MINIMUM')).toBe('PER_SECOND_MINIMUM');
        expect(toRoundingMode('something else')).toBe('INCREMENT');
        expect(toRoundingMode(undefined)).toBe('INCREMENT');
    });

    describe.each(MODES)('%s', (mode) => {
        it.each(boundaries.map((b) => [b.seconds, b] as const))('rounds %i s at the shared boundary', (_s, b) => {
            expect(roundVoiceSeconds(b.seconds, mode)).toBe(b[mode].voiceSeconds);
            expect(roundTelephonySeconds(b.seconds, mode)).toBe(b[mode].telephonySeconds);
        });

        it('treats missing, negative and fractional durations explicitly', () => {
            expect(roundVoiceSeconds(-5, mode)).toBe(0);
            expect(roundTelephonySeconds(Number.NaN, mode)).toBe(0);
            expect(roundVoiceSeconds(10.2, mode)).toBe(mode === 'INCREMENT' ? 20 : 11);
        });

        it('never bills a 0-second leg, and rounds every other leg to at least the minimum', () => {
            for (let seconds = 1; seconds <= 130; seconds++) {
                expect(roundVoiceSeconds(seconds, mode)).toBeGreaterThanOrEqual(Math.max(10, seconds));
                expect(roundTelephonySeconds(seconds, mode)).toBeGreaterThanOrEqual(Math.max(60, seconds));
            }
        });
    });

    it('increment mode is never below per-second mode (why it is the default)', () => {
        for (let seconds = 0; seconds <= 3700; seconds++) {
            expect(roundVoiceSeconds(seconds, 'INCREMENT')).toBeGreaterThanOrEqual(
                roundVoiceSeconds(seconds, 'PER_SECOND_MINIMUM')
            );
            expect(roundTelephonySeconds(seconds, 'INCREMENT')).toBeGreaterThanOrEqual(
                roundTelephonySeconds(seconds, 'PER_SECOND_MINIMUM')
            );
        }
    });

    it('formats durations and minutes', () => {
        expect(formatDuration(603)).toBe('10:03');
        expect(formatDuration(3725)).toBe('1:02:05');
        expect(formatDuration(0)).toBe('0:00');
        expect(toMinutes(610)).toBe(10.17);
    });
});

describe('legs', () => {
    it('explains each rounding', () => {
        const rated = rateLeg(leg('A', null, 0, 603), 'PRIMARY', 'INCREMENT');
        expect(rated.voiceReason).toBe('10:03 → 10:10 (up to the next 10-second increment)');
        expect(rated.telephonyReason).toBe('10:03 → 11:00 (up to the next whole minute)');
        const exact = rateLeg(leg('A', null, 0, 600), 'PRIMARY', 'INCREMENT');
        expect(exact.voiceReason).toBe('10:00 (already a 10-second increment)');
        expect(exact.telephonyReason).toBe('10:00 (already a whole minute)');
        const short = rateLeg(leg('A', null, 0, 7), 'PRIMARY', 'PER_SECOND_MINIMUM');
        expect(short.voiceReason).toBe('0:07 → 0:10 (10-second minimum)');
        expect(short.telephonyReason).toBe('0:07 → 1:00 (60-second minimum)');
        const long = rateLeg(leg('A', null, 0, 61), 'PRIMARY', 'PER_SECOND_MINIMUM');
        expect(long.voiceReason).toBe('1:01 (per second)');
        expect(long.telephonyReason).toBe('1:01 (per second)');
        // A 0 s leg is billed as connected ("answered or not"): the minimum of each meter.
        const zero = rateLeg(leg('A', null, 0, 0), 'PRIMARY', 'INCREMENT');
        expect(zero.voiceSeconds).toBe(10);
        expect(zero.telephonySeconds).toBe(60);
        expect(zero.voiceReason).toBe(
            '0 s leg billed as connected (answered or not); 0:01 → 0:10 (up to the next 10-second increment)'
        );
    });

    it('bills Voice only for the part of a leg after the session already counted', () => {
        const external = rateLeg(leg('B', 'A', 60, 30, 'Transfer'), 'EXTERNAL', 'INCREMENT', {
            voiceCoveredUntil: 60,
            parentEndSecond: 60
        });
        expect(external.voiceSeconds).toBe(0);
        // the external leg (30 s → 1:00) and the customer's inbound segment while it runs (30 s → 1:00)
        expect(external.telephonySeconds).toBe(120);
        expect(external.voiceReason).toContain('outside Salesforce Voice');
        expect(external.telephonyReason).toContain("customer's inbound segment");
        const covered = rateLeg(leg('C', 'A', 60, 30, 'Outbound'), 'CONSULT', 'INCREMENT', {
            voiceCoveredUntil: 600,
            parentEndSecond: 600
        });
        expect(covered.voiceSeconds).toBe(0);
        expect(covered.telephonySeconds).toBe(60);
        expect(covered.voiceReason).toBe('No Voice minutes: the session is already counted while this leg runs');
        const runsOn = rateLeg(leg('D', 'A', 60, 100, 'Transfer'), 'TRANSFER', 'INCREMENT', {
            voiceCoveredUntil: 65,
            parentEndSecond: 65
        });
        expect(runsOn.voiceSeconds).toBe(100); // 95 s after the session → 1:40
        expect(runsOn.voiceReason).toBe(
            '0:05 overlaps the session already counted; 1:35 → 1:40 (up to the next 10-second increment)'
        );
    });

    it('never counts less Voice than the session, nor less telephony than each segment', () => {
        // Random calls of up to 4 legs: Voice ≥ the union of the Voice legs, telephony ≥ the sum of the segments.
        let seed = 7;
        const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
        for (let n = 0; n < 500; n++) {
            const legs: VoiceLeg[] = [leg('L0', null, 0, Math.floor(random() * 900))];
            for (let i = 1; i < 1 + Math.floor(random() * 4); i++) {
                const parent = legs[Math.floor(random() * legs.length)];
                legs.push({
                    ...leg(
                        `L${i}`,
                        parent.key,
                        parent.startSecond + Math.floor(random() * 1000),
                        Math.floor(random() * 900),
                        'Transfer'
                    ),
                    outsideVoice: random() < 0.2
                });
            }
            legs.sort((a, b) => a.startSecond - b.startSecond);
            for (const mode of MODES) {
                const call = rateCall(legs, mode);
                const voiceIntervals = call.legs
                    .filter((l) => l.kind !== 'EXTERNAL')
                    .map((l) => [l.startSecond, l.startSecond + Math.max(1, l.durationSeconds)])
                    .sort((a, b) => a[0] - b[0]);
                let union = 0;
                let until = -Infinity;
                for (const [from, to] of voiceIntervals) {
                    union += Math.max(0, to - Math.max(from, until));
                    until = Math.max(until, to);
                }
                expect(call.voiceSeconds).toBeGreaterThanOrEqual(roundVoiceSeconds(union, mode));
                const segments = call.legs.reduce((sum, l) => sum + Math.max(1, l.durationSeconds), 0);
                expect(call.telephonySeconds).toBeGreaterThanOrEqual(segments);
            }
        }
    });

    it('classifies data legs against their parent', () => {
        const parent = { startSecond: 100, endSecond: 400 };
        expect(classifyLeg(leg('B', null, 0, 10), null)).toBe('PRIMARY');
        expect(classifyLeg(leg('B', 'A', 200, 10), parent)).toBe('CONSULT');
        expect(classifyLeg(leg('B', 'A', 390, 10), parent)).toBe('CONSULT');
        // starts while the parent is active but runs on: an overlapping (warm) transfer
        expect(classifyLeg(leg('B', 'A', 399, 10), parent)).toBe('TRANSFER');
        expect(classifyLeg(leg('B', 'A', 400, 10), parent)).toBe('TRANSFER');
        expect(classifyLeg({ ...leg('B', 'A', 200, 10), outsideVoice: true }, parent)).toBe('EXTERNAL');
        expect(classifyLeg(leg('B', 'A', 50, 10), parent)).toBe('TRANSFER');
    });

    it('maps telephony categories from CallType', () => {
        expect(telephonyCategory('Inbound')).toBe('INBOUND');
        expect(telephonyCategory('OUTBOUND')).toBe('OUTBOUND');
        expect(telephonyCategory('Internal')).toBe('TRANSFER');
        expect(telephonyCategory('Callback')).toBe('OTHER');
        expect(telephonyCategory(null)).toBe('OTHER');
    });

    it('reads VoiceCall records', () => {
        const inbound = legFromVoiceCall({
            VendorCallKey: 'k1',
            VendorParentCallKey: 'k1',
            CallType: 'Inbound',
            CallStartDateTime: '2026-10-01T10:00:00.000Z',
            CallEndDateTime: '2026-10-01T10:01:05.000Z',
            CallDurationInSeconds: null
        });
        expect(inbound).toEqual({
            key: 'k1',
            parentKey: null,
            recordId: null,
            linkedBy: null,
            callType: 'Inbound',
            startSecond: Date.parse('2026-10-01T10:00:00Z') / 1000,
            durationSeconds: 65,
            outsideVoice: false
        });
        const external = legFromVoiceCall({
            Id: '0LQ1',
            VendorParentCallKey: 'k1',
            CallType: 'Transfer',
            CallStartDateTime: '2026-10-01T10:01:05.000Z',
            CallDurationInSeconds: 30,
            ToPhoneNumber: '+14155550100'
        });
        expect(external.key).toBe('0LQ1');
        expect(external.outsideVoice).toBe(true);
        expect(legFromVoiceCall({ CallType: 'Transfer', UserId: '005x', ToPhoneNumber: '+1' }).outsideVoice).toBe(
            false
        );
        expect(legFromVoiceCall({}).durationSeconds).toBe(0);
    });
});

interface DataCall {
    id: string;
    records: VoiceCallRecord[];
    expectedKinds: string[];
    expectedLinkedBy: (string | null)[];
    expectedCalls: number;
    expected: Record<RoundingMode, Expected>;
}
const dataCalls: DataCall[] = vectors.dataCalls;

describe('shared data-call vectors (VoiceCall records without kinds)', () => {
    it('cover overlapping, consult, external, warm and unlinked legs, linked by every field', () => {
        expect(dataCalls.map((d) => d.id)).toEqual(
            expect.arrayContaining([
                'overlappingTransfer',
                'consult',
                'externalTransfer',
                'warmTransfer',
                'unlinkedLeg'
            ])
        );
        expect(new Set(dataCalls.flatMap((d) => d.expectedLinkedBy).filter(Boolean))).toEqual(
            new Set(['PreviousCallId', 'ParentVoiceCallId', 'VendorParentCallKey'])
        );
    });

    describe.each(MODES)('%s', (mode) => {
        it.each(dataCalls.map((d) => [d.id, d] as const))('%s: rated as the vector says', (_id, dataCall) => {
            const legs = dataCall.records.map((record) => legFromVoiceCall(record));
            expect(legs.map((l) => l.linkedBy)).toEqual(dataCall.expectedLinkedBy);
            const call = rateCall(legs, mode);
            expect(call.legs.map((l) => l.kind)).toEqual(dataCall.expectedKinds);
            expect({ voiceSeconds: call.voiceSeconds, telephonySeconds: call.telephonySeconds }).toEqual(
                dataCall.expected[mode]
            );
        });

        it.each(dataCalls.map((d) => [d.id, d] as const))('%s: the month sweep agrees, leg by leg', (_id, dataCall) => {
            const legs = dataCall.records.map((record) => legFromVoiceCall(record));
            const aggregator = new VoiceMonthAggregator(mode);
            legs.forEach((l) => aggregator.addChunk([l], noParents));
            const totals = aggregator.finish();
            expect(totals.calls).toBe(dataCall.expectedCalls);
            expect({ voiceSeconds: totals.voiceSeconds, telephonySeconds: totals.telephonySeconds }).toEqual(
                dataCall.expected[mode]
            );
            const linked = dataCall.expectedLinkedBy.filter(Boolean);
            expect(totals.linkedLegs.PreviousCallId).toBe(linked.filter((f) => f === 'PreviousCallId').length);
            expect(totals.linkedLegs.VendorParentCallKey).toBe(
                linked.filter((f) => f === 'VendorParentCallKey').length
            );
        });
    });
});

describe('shared scenario vectors', () => {
    it('contains the four seed scenarios', () => {
        expect(scenarios.filter((s) => s.fromSeed).map((s) => s.id)).toEqual([
            'ivrQueueTalk',
            'abandoned',
            'consult',
            'outbound'
        ]);
    });

    describe.each(MODES)('%s', (mode) => {
        it.each(scenarios.map((s) => [s.id, s] as const))('%s: legs give the expected figures', (_id, scenario) => {
            const call = rateCall(scenario.legs, mode);
            expect({ voiceSeconds: call.voiceSeconds, telephonySeconds: call.telephonySeconds }).toEqual(
                scenario.expected[mode]
            );
        });

        it.each(scenarios.filter((s) => s.fromSeed).map((s) => [s.id, s] as const))(
            '%s: matches the minutes printed by the seed',
            (_id, scenario) => {
                const call = rateCall(scenario.legs, mode);
                expect(call.voiceSeconds / 60).toBe(scenario.seedFigures!.voiceMinutes);
                expect(call.telephonySeconds / 60).toBe(scenario.seedFigures!.telephonyMinutes);
            }
        );

        it.each(scenarios.map((s) => [s.id, s] as const))('%s: segments build the vector legs', (_id, scenario) => {
            const built = buildCallFromSegments(scenario.segments);
            expect(built.errors).toEqual([]);
            expect(
                built.legs.map(({ key, parentKey, callType, kind, startSecond, durationSeconds }) => ({
                    key,
                    parentKey,
                    callType,
                    kind,
                    startSecond,
                    durationSeconds
                }))
            ).toEqual(scenario.legs);
            const call = rateCall(built.legs, mode);
            expect(call.voiceSeconds).toBe(scenario.expected[mode].voiceSeconds);
            expect(call.telephonySeconds).toBe(scenario.expected[mode].telephonySeconds);
        });

        it.each(scenarios.map((s) => [s.id, s] as const))(
            '%s: data classification finds the kinds',
            (_id, scenario) => {
                const unlabelled = scenario.legs.map(({ kind, ...rest }) => ({
                    ...rest,
                    outsideVoice: kind === 'EXTERNAL'
                }));
                expect(rateCall(unlabelled, mode).legs.map((l) => l.kind)).toEqual(scenario.legs.map((l) => l.kind));
            }
        );
    });
});

describe('call builder', () => {
    it('labels each leg with its segments', () => {
        const built = buildCallFromSegments([
            { type: 'IVR', seconds: 120 },
            { type: 'TALK', seconds: 60 },
            { type: 'CONSULT', seconds: 30 },
            { type: 'TRANSFER_EXTERNAL', seconds: 45 },
            { type: 'HOLD', seconds: 15 }
        ]);
        expect(built.legs.map((l) => l.label)).toEqual([
            'IVR (contact flow) 2:00 + Talk with a rep 1:00 + hold during consult 0:30',
            'Consult another rep 0:30',
            'Transfer outside Voice 0:45 + Hold 0:15'
        ]);
        expect(built.legs[2]).toMatchObject({
            parentKey: 'L1',
            kind: 'EXTERNAL',
            startSecond: 210,
            durationSeconds: 60
        });
        expect(segmentLabel('QUEUE')).toBe('Queue');
    });

    it('rejects impossible sequences', () => {
        expect(buildCallFromSegments([]).errors).toEqual(['Add at least one segment.']);
        expect(buildCallFromSegments([{ type: 'CONSULT', seconds: 5 }]).errors[0]).toContain('consult needs');
        expect(buildCallFromSegments([{ type: 'TRANSFER_INTERNAL', seconds: 5 }]).errors[0]).toContain('transfer');
        expect(
            buildCallFromSegments([
                { type: 'TALK', seconds: 5 },
                { type: 'OUTBOUND', seconds: 5 }
            ]).errors[0]
        ).toContain('first segment');
    });
});

describe('month aggregation', () => {
    const T0 = 1_790_000_000;
    // Call A: inbound 0–600, consult B 300–600, transfer C 600–700. Call D: orphan. Call E/F: looping keys.
    const month: VoiceLeg[] = [
        leg('A', null, T0, 600),
        leg('B', 'A', T0 + 300, 300, 'Outbound'),
        leg('C', 'A', T0 + 600, 100, 'Transfer'),
        leg('D', 'missing', T0 + 1000, 61),
        leg('E', 'F', T0 + 2000, 30),
        leg('F', 'E', T0 + 2030, 30),
        leg('G', 'G', T0 + 5000, 0, 'Outbound'),
        leg('H', 'prev-month', T0 + 6000, 45)
    ];
    const database = new Map<string, ParentSpan>([
        ['prev-month', { startSecond: T0 - 86_400, endSecond: T0 - 86_000 }],
        ...month.map(
            (l) => [l.key, { startSecond: l.startSecond, endSecond: l.startSecond + l.durationSeconds }] as const
        )
    ]);
    const findParents = (keys: string[]): Map<string, ParentSpan> =>
        new Map(keys.filter((k) => database.has(k)).map((k) => [k, database.get(k)!] as const));

    function run(chunkSize: number) {
        const aggregator = new VoiceMonthAggregator('INCREMENT');
        for (let i = 0; i < month.length; i += chunkSize) {
            aggregator.addChunk(month.slice(i, i + chunkSize), findParents);
        }
        return aggregator.finish();
    }

    it('groups legs into calls and flags orphans, loops and continuations', () => {
        const totals = run(100);
        expect(totals.legs).toBe(8);
        expect(totals.calls).toBe(4); // A, D (orphan), E+F (loop), G (0 s)
        expect(totals.orphanLegs).toBe(1);
        expect(totals.loopingLegs).toBe(2);
        expect(totals.continuationLegs).toBe(1); // H continues a call of the previous month
        expect(totals.zeroSecondLegs).toBe(1);
        // Voice: A 600 + C 100 + D 70 + E 30 + F 30 + G 10 (0 s, billed as connected) + H 50 (B inside A's session) = 890
        expect(totals.voiceSeconds).toBe(890);
        // Telephony: A 600 + B 300 + C 120 + D 120 + E 60 + F 60 + G 60 + H 60 = 1380
        expect(totals.telephonySeconds).toBe(1380);
        expect(totals.telephonyByCategory).toEqual({ INBOUND: 900, OUTBOUND: 360, TRANSFER: 120, OTHER: 0 });
        expect(totals.longestCallSeconds).toBe(700);
        expect(totals.longestCallKey).toBe('A');
        expect(totals.averageCallSeconds).toBe(Math.round((700 + 61 + 60 + 0) / 4));
        expect(totals.topCalls[0].rootKey).toBe('A');
        expect(totals.topCalls[0].legs.map((l) => l.kind)).toEqual(['PRIMARY', 'CONSULT', 'TRANSFER']);
        expect(totals.topCalls.find((c) => c.rootKey === 'E')!.looping).toBe(true);
        expect(totals.topCalls.find((c) => c.rootKey === 'D')!.orphan).toBe(true);
    });

    it('gives the same month whatever the chunk boundaries', () => {
        const reference = run(100);
        for (const size of [1, 2, 3, 5]) {
            expect(run(size)).toEqual(reference);
        }
    });

    it('does not join a leg that starts long after its call ended', () => {
        const aggregator = new VoiceMonthAggregator('INCREMENT');
        const late = leg('Z', 'A', T0 + 600 + JOIN_GRACE_SECONDS + 1, 60, 'Transfer');
        aggregator.addChunk([leg('A', null, T0, 600)], findParents);
        aggregator.addChunk([late], findParents);
        const totals = aggregator.finish();
        expect(totals.calls).toBe(1);
        expect(totals.continuationLegs).toBe(1);
        expect(totals.voiceSeconds).toBe(660);
        expect(aggregator.finish().calls).toBe(1);
    });

    it('handles an empty month', () => {
        const aggregator = new VoiceMonthAggregator('PER_SECOND_MINIMUM');
        aggregator.addChunk([], noParents);
        expect(aggregator.finish()).toMatchObject({ legs: 0, calls: 0, averageCallSeconds: 0, topCalls: [] });
    });

    it('keeps only the ten most expensive calls', () => {
        const aggregator = new VoiceMonthAggregator('INCREMENT');
        const legs = Array.from({ length: 15 }, (_v, i) =>
            leg(`K${String(i).padStart(2, '0')}`, null, T0 + i * 10_000, 60 + i * 60)
        );
        aggregator.addChunk(legs, noParents);
        const totals = aggregator.finish();
        expect(totals.topCalls).toHaveLength(10);
        expect(totals.topCalls[0].rootKey).toBe('K14');
    });
});

describe('balance projection', () => {
    it('projects the exhaustion day from the daily burn', () => {
        const daily = averageDailyVoiceMinutes([
            { voiceSeconds: 30 * 60 * 100, days: 30 },
            { voiceSeconds: 31 * 60 * 100, days: 31 }
        ]);
        expect(daily).toBe(100);
        expect(projectExhaustionDate(1050, '2026-11-01', daily)).toBe('2026-11-11');
        expect(projectExhaustionDate(0, '2026-11-01', daily)).toBe('2026-11-01');
    });

    it('gives no date without consumption or with bad input', () => {
        expect(averageDailyVoiceMinutes([])).toBe(0);
        expect(projectExhaustionDate(1000, '2026-11-01', 0)).toBeNull();
        expect(projectExhaustionDate(1000, 'yesterday', 10)).toBeNull();
    });
});

interface ProjectionVector {
    id: string;
    currentMonth: string;
    today: number;
    // eslint-disable-next-line no-restricted-globals -- a type member named status, not window.status
    months: { month: string; status: string; voiceSeconds: number | null }[];
    balance: { balanceMinutes: number; asOfDate: string } | null;
    expected: {
        // eslint-disable-next-line no-restricted-globals -- a type member named status, not window.status
        status: string;
        basisDays: number;
        basisMonths: string[];
        dailyVoiceMinutes: number;
        projectedExhaustionDate: string | null;
        defaultMonth: string;
    };
}
const projections: ProjectionVector[] = vectors.balanceProjections;

describe('shared balance-projection vectors (the same file VoiceMinutesRulesTest reads)', () => {
    it('cover every projection status', () => {
        expect(new Set(projections.map((v) => v.expected.status))).toEqual(
            new Set(['Projected', 'NoBalance', 'TooLittleData', 'NoConsumption'])
        );
        expect(MIN_PROJECTION_DAYS).toBe(14);
        expect(PROJECTION_MONTHS).toBe(3);
    });

    it.each(projections.map((v) => [v.id, v] as const))('%s: projected as the vector says', (_id, vector) => {
        const { defaultMonth: opening, ...expected } = vector.expected;
        expect(projectBalance(vector.months, vector.currentMonth, vector.today, vector.balance)).toEqual(expected);
        expect(defaultMonth(vector.months, vector.currentMonth)).toBe(opening);
    });
});
