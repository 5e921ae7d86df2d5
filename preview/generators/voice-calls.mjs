// Generator of the Voice minutes data of the `large-org` demo org (docs/voice-minutes.md, "Preview"): a year of
// Salesforce Voice calls for a ~60-rep contact center, as VoiceCall legs (one record per leg, legs linked by
// VendorParentCallKey → VendorCallKey, field names of the standard schema).
//   voice.calls.2026-10.json, voice.calls.2026-11.json   the legs of October (≥ 50,000) and of November up to "now",
//                                                         as { fields, rows } (columns = LEG_FIELDS); the adapter
//                                                         computes these months from them with the rules module
//   voice.months.json                                     VoiceMonthDto[] of Dec 2025 – Sep 2026: the summaries the
//                                                         nightly batch stored back then (computed here with the
//                                                         same rules from legs that are not written out)
//   voice.parents.json                                    [key, start second, duration] of the September legs that
//                                                         October legs name as parent (calls crossing the month)
//   voice.meta.json                                       clock, rounding mode, prepaid balance
// Includes the awkward cases: consults, transfers inside and outside Voice, 0-second unanswered outbound legs,
// orphan parent keys, looping parent keys, legs without CallDurationInSeconds, calls crossing a month boundary.
// Deterministic: seeded PRNG (mulberry32), fixed "now"; no Date.now()/Math.random().
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules, LEG_FIELDS, aggregateMonth, toMonthDto } from '../adapters/_voiceRules.mjs';

export const orgId = 'large-org';

export const NOW = '2026-11-23T08:00:00.000Z';
/** The month whose legs are written in full; the issue asks for ≥ 50,000 legs. */
export const FULL_MONTH = '2026-10';
export const MIN_FULL_MONTH_LEGS = 50000;
const FIRST_MONTH = '2025-12';
const MODE = 'INCREMENT';
const AGENTS = 60;
const WEEKDAY_CALLS = 1900;

function mulberry32(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

const HEX = Array.from({ length: 256 }, (_value, i) => i.toString(16).padStart(2, '0'));
const monthKey = (date) => date.toISOString().slice(0, 7);
const iso = (second) => new Date(second * 1000).toISOString();
// Contact-center traffic by UTC hour (US business hours peak).
const HOUR_WEIGHTS = [2, 1, 1, 1, 1, 1, 1, 1, 2, 3, 4, 6, 8, 12, 14, 15, 15, 14, 13, 12, 10, 8, 5, 3];
const HOUR_TOTAL = HOUR_WEIGHTS.reduce((a, b) => a + b, 0);

/** The legs of one month (by their own start), in start order, and the calls' spill into the next month. */
function generateCalls(random, monthStart, monthEnd, growth, nowSecond, uuid) {
    const legs = [];
    const between = (min, max) => min + Math.floor(random() * (max - min + 1));
    // Long-tailed talk time: mostly 2–8 minutes, sometimes much longer.
    const talk = () => Math.round(Math.min(5400, 60 + -Math.log(1 - random()) * 330));
    const agent = () => `005VC${String(between(1, AGENTS)).padStart(10, '0')}AAA`;
    const phone = () => `+1415555${String(between(0, 9999)).padStart(4, '0')}`;
    const push = (key, parentKey, callType, start, duration, userId, toPhone) => {
        const hideDuration = random() < 0.01;
        legs.push([key, parentKey, callType, start, duration, userId, toPhone, hideDuration]);
    };
    for (let day = monthStart; day < monthEnd; day += 86400) {
        const weekday = new Date(day * 1000).getUTCDay();
        const factor = weekday === 0 ? 0.3 : weekday === 6 ? 0.45 : 1;
        const calls = Math.round(WEEKDAY_CALLS * factor * growth * (0.9 + random() * 0.2));
        for (let c = 0; c < calls; c++) {
            let pick = random() * HOUR_TOTAL;
            let hour = 0;
            while (pick >= HOUR_WEIGHTS[hour]) pick -= HOUR_WEIGHTS[hour++];
            const start = day + hour * 3600 + between(0, 3599);
            if (start >= nowSecond - 7200) continue;
            const rootKey = uuid();
            const kind = random();
            if (kind < 0.18) {
                // Outbound from the Omni-Channel utility; 5% never connect (0 s).
                const duration = random() < 0.05 ? 0 : between(20, 240) + talk();
                push(rootKey, null, 'Outbound', start, duration, agent(), phone());
                continue;
            }
            if (kind < 0.19) {
                push(rootKey, null, 'Callback', start, between(30, 120) + talk(), agent(), null);
                continue;
            }
            const ivr = between(15, 150);
            const queue = between(0, 480);
            if (random() < 0.1) {
                // Abandoned in the IVR or the queue.
                push(rootKey, null, 'Inbound', start, ivr + Math.floor(queue * random()), null, null);
                continue;
            }
            const answered = start + ivr + queue;
            let rootDuration = ivr + queue + talk();
            const next = random();
            if (next < 0.06) {
                // Consult: rep B on a parallel leg while the customer holds; the inbound leg runs on.
                const consultStart = answered + between(30, 240);
                const consult = between(30, 420);
                rootDuration = Math.max(rootDuration, consultStart - start + consult + between(20, 300));
                push(rootKey, null, 'Inbound', start, rootDuration, agent(), null);
                push(uuid(), rootKey, 'Outbound', consultStart, consult, agent(), null);
            } else if (next < 0.18) {
                // Transfer inside Voice; sometimes transferred again.
                push(rootKey, null, 'Inbound', start, rootDuration, agent(), null);
                let parent = rootKey;
                let at = start + rootDuration;
                const hops = random() < 0.15 ? 2 : 1;
                for (let h = 0; h < hops; h++) {
                    const key = uuid();
                    const duration = between(20, 120) + talk();
                    push(key, parent, 'Transfer', at, duration, agent(), null);
                    parent = key;
                    at += duration;
                }
            } else if (next < 0.2) {
                // Transfer outside Voice (to an external number): telephony only.
                push(rootKey, null, 'Inbound', start, rootDuration, agent(), null);
                push(uuid(), rootKey, 'Transfer', start + rootDuration, between(60, 900), null, phone());
            } else if (next < 0.2015) {
                // Orphan: the parent leg was deleted (key found nowhere).
                push(rootKey, uuid(), 'Transfer', start, rootDuration, agent(), null);
            } else if (next < 0.2018) {
                // Looping keys: two legs naming each other as parent.
                const other = uuid();
                push(rootKey, other, 'Inbound', start, rootDuration, agent(), null);
                push(other, rootKey, 'Transfer', start + rootDuration, talk(), agent(), null);
            } else {
                push(rootKey, null, 'Inbound', start, rootDuration, agent(), null);
            }
        }
    }
    return legs;
}

const byStart = (a, b) => a[3] - b[3] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

function toTable(legs) {
    return {
        fields: LEG_FIELDS,
        rows: legs.map(([key, parentKey, callType, start, duration, userId, toPhone, hideDuration]) => [
            key,
            parentKey,
            callType,
            iso(start),
            iso(start + duration),
            hideDuration ? null : duration,
            userId,
            toPhone
        ])
    };
}

const asLeg = ([key, parentKey, callType, start, duration, userId, toPhone]) =>
    rules.legFromVoiceCall({
        VendorCallKey: key,
        VendorParentCallKey: parentKey,
        CallType: callType,
        CallStartDateTime: iso(start),
        CallDurationInSeconds: duration,
        UserId: userId,
        ToPhoneNumber: toPhone
    });

/** Writes the Voice files of the org into outDir. Returns the leg counts per month (for tests). */
export async function generate({ outDir }) {
    const random = mulberry32(20261031);
    const word = () => {
        const n = Math.floor(random() * 4294967296);
        return HEX[n >>> 24] + HEX[(n >>> 16) & 255] + HEX[(n >>> 8) & 255] + HEX[n & 255];
    };
    // Amazon Connect contact ids are UUIDs (version 4 layout).
    const uuid = () => {
        const a = word();
        const b = word();
        const c = word();
        return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-a${c.slice(1, 4)}-${c.slice(4)}${word()}`;
    };
    const nowSecond = Date.parse(NOW) / 1000;
    const months = [];
    for (
        let d = new Date(`${FIRST_MONTH}-01T00:00:00Z`);
        d.getTime() / 1000 < nowSecond;
        d.setUTCMonth(d.getUTCMonth() + 1)
    ) {
        months.push(monthKey(d));
    }
    const history = [];
    const counts = {};
    let carry = [];
    let previousLegs = [];
    months.forEach((month, index) => {
        const start = Date.parse(`${month}-01T00:00:00Z`) / 1000;
        const next = new Date(start * 1000);
        next.setUTCMonth(next.getUTCMonth() + 1);
        const end = next.getTime() / 1000;
        const growth = 0.7 + (0.3 * index) / (months.length - 2);
        const generated = generateCalls(random, start, Math.min(end, nowSecond), growth, nowSecond, uuid);
        const all = carry.concat(generated);
        const inMonth = all.filter((leg) => leg[3] < end).sort(byStart);
        carry = all.filter((leg) => leg[3] >= end);
        counts[month] = inMonth.length;
        if (month === FULL_MONTH) {
            const wanted = new Set(inMonth.map((leg) => leg[1]).filter(Boolean));
            const parents = previousLegs
                .filter((leg) => wanted.has(leg.key))
                .map((leg) => [leg.key, leg.startSecond, leg.durationSeconds]);
            writeFileSync(join(outDir, 'voice.parents.json'), JSON.stringify(parents));
        }
        if (month >= FULL_MONTH) {
            writeFileSync(join(outDir, `voice.calls.${month}.json`), JSON.stringify(toTable(inMonth)));
        } else {
            const legs = inMonth.map(asLeg);
            const lookup = new Map();
            for (const leg of previousLegs.concat(legs)) lookup.set(leg.key, leg);
            const totals = aggregateMonth(legs, MODE, lookup);
            history.push(toMonthDto(month, totals, { mode: MODE, computedAt: `${monthKey(next)}-01T02:14:09.000Z` }));
            previousLegs = legs;
        }
    });
    if (counts[FULL_MONTH] < MIN_FULL_MONTH_LEGS) {
        throw new Error(`voice-calls: ${FULL_MONTH} has ${counts[FULL_MONTH]} legs, fewer than ${MIN_FULL_MONTH_LEGS}`);
    }
    writeFileSync(join(outDir, 'voice.months.json'), JSON.stringify(history));
    writeFileSync(
        join(outDir, 'voice.meta.json'),
        JSON.stringify(
            {
                now: NOW,
                roundingMode: MODE,
                legMonths: months.filter((month) => month >= FULL_MONTH),
                balance: { balanceMinutes: 1800000, asOfDate: '2026-11-01' }
            },
            null,
            2
        )
    );
    return counts;
}
