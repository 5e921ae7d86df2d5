// Voice minutes preview data without a browser (docs/voice-minutes.md, "Preview"): the large-org generator is
// deterministic and writes ≥ 50,000 legs for October 2026; the adapter computes months with the TypeScript rules,
// so kb-example's October (the vector scenarios as calls) adds up to the vectors' figures; bad input gets the Apex
// messages; an org without Voice data gets the not-enabled state.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate, FULL_MONTH, MIN_FULL_MONTH_LEGS } from '../../preview/generators/voice-calls.mjs';
import * as adapter from '../../preview/adapters/VoiceMinutesController.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const vectors = JSON.parse(
    readFileSync(join(ROOT, 'force-app/main/voice-minutes/staticresources/VoiceMinutesScenarios.json'), 'utf8')
);

function contextOf(dir, now = new Date('2026-11-23T09:00:00Z')) {
    return {
        org: 'test',
        state: {},
        now: () => now,
        load(name) {
            for (const candidate of [name, `${name}.json`]) {
                const file = join(dir, candidate);
                if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
            }
            const error = new Error(`no ${name}`);
            error.code = 'PREVIEW_NO_DATA';
            throw error;
        }
    };
}

test('voice-calls generator: deterministic, ≥ 50,000 legs in October 2026, months computed by the adapter', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'ls-voice-'));
    try {
        const counts = await generate({ outDir, orgId: 'large-org' });
        assert.ok(counts[FULL_MONTH] >= MIN_FULL_MONTH_LEGS, `${FULL_MONTH}: ${counts[FULL_MONTH]} legs`);
        // Same bytes as the build's run (npm run test:preview builds the preview first): no clock, no Math.random.
        const built = join(ROOT, 'preview/generated/large-org');
        const files = readdirSync(outDir);
        assert.ok(files.includes(`voice.calls.${FULL_MONTH}.json`));
        for (const file of files.filter((name) => existsSync(join(built, name)))) {
            assert.equal(readFileSync(join(outDir, file), 'utf8'), readFileSync(join(built, file), 'utf8'), file);
        }
        const ctx = contextOf(outDir);
        const usage = await adapter.getUsage({ month: FULL_MONTH }, ctx);
        assert.equal(usage.voiceEnabled, true);
        assert.equal(usage.selected.legs, counts[FULL_MONTH]);
        assert.equal(usage.trend.length, 12);
        assert.ok(usage.trend.every((month) => month.status === 'Complete'));
        assert.ok(usage.selected.telephonySeconds > usage.selected.voiceSeconds, 'telephony ≥ Voice');
        assert.ok(usage.selected.orphanLegs > 0 && usage.selected.loopingLegs > 0 && usage.selected.zeroSecondLegs > 0);
        assert.equal(usage.selected.topCalls.length, 10);
        assert.match(usage.balance.projectedExhaustionDate, /^\d{4}-\d{2}-\d{2}$/);
    } finally {
        rmSync(outDir, { recursive: true, force: true });
    }
});

test('kb-example October: the vector scenarios as calls add up to the vectors', async () => {
    const ctx = contextOf(join(ROOT, 'preview/demo-orgs/kb-example'));
    const usage = await adapter.getUsage({ month: '2026-10' }, ctx);
    const byKey = new Map(usage.selected.topCalls.map((call) => [call.rootKey, call]));
    for (const scenario of vectors.scenarios) {
        const call = byKey.get(`kb-${scenario.id}-L1`);
        assert.ok(call, scenario.id);
        assert.equal(call.voiceSeconds, scenario.expected.INCREMENT.voiceSeconds, `${scenario.id} Voice`);
        assert.equal(call.telephonySeconds, scenario.expected.INCREMENT.telephonySeconds, `${scenario.id} telephony`);
        assert.deepEqual(
            call.legs.map((leg) => leg.kind),
            scenario.legs.map((leg) => leg.kind),
            `${scenario.id} kinds from the data`
        );
    }
    assert.equal(usage.selected.orphanLegs, 1);
    assert.equal(usage.selected.zeroSecondLegs, 1);
});

test('kb-example September: the data-call vectors as VoiceCall records add up to the vectors, with link counts', async () => {
    const ctx = contextOf(join(ROOT, 'preview/demo-orgs/kb-example'));
    const usage = await adapter.getUsage({ month: '2026-09' }, ctx);
    const month = usage.selected;
    const sum = (field) => vectors.dataCalls.reduce((total, call) => total + call.expected.INCREMENT[field], 0);
    assert.equal(month.voiceSeconds, sum('voiceSeconds'));
    assert.equal(month.telephonySeconds, sum('telephonySeconds'));
    assert.equal(
        month.calls,
        vectors.dataCalls.reduce((total, call) => total + call.expectedCalls, 0)
    );
    const linked = (field) =>
        vectors.dataCalls.flatMap((call) => call.expectedLinkedBy).filter((value) => value === field).length;
    assert.equal(month.linkedByPreviousCallId, linked('PreviousCallId'));
    assert.equal(month.linkedByParentVoiceCallId, linked('ParentVoiceCallId'));
    assert.equal(month.linkedByVendorParentCallKey, linked('VendorParentCallKey'));
    assert.ok(
        month.linkedByPreviousCallId > 0 && month.linkedByParentVoiceCallId > 0 && month.linkedByVendorParentCallKey > 0
    );
    for (const dataCall of vectors.dataCalls.filter((call) => call.expectedCalls === 1)) {
        const call = month.topCalls.find((top) => top.rootKey === `kb-${dataCall.records[0].VendorCallKey}`);
        assert.ok(call, dataCall.id);
        assert.equal(call.voiceSeconds, dataCall.expected.INCREMENT.voiceSeconds, `${dataCall.id} Voice`);
        assert.deepEqual(
            call.legs.map((leg) => leg.kind),
            dataCall.expectedKinds,
            `${dataCall.id} kinds`
        );
    }
});

test('adapter: the Apex messages for bad input, and the not-enabled state', async () => {
    const ctx = contextOf(join(ROOT, 'preview/demo-orgs/kb-example'));
    await assert.rejects(adapter.getUsage({ month: 'October' }, ctx), /Month must look like 2026-10/);
    await assert.rejects(adapter.recompute({ month: '2099-01' }, ctx), /has not started yet/);
    await assert.rejects(adapter.saveBalance({ balanceMinutes: -1, asOfDate: '2026-11-01' }, ctx), /between 0 and/);
    await assert.rejects(adapter.saveBalance({ balanceMinutes: 1, asOfDate: '2026-02-30' }, ctx), /YYYY-MM-DD/);
    await assert.rejects(adapter.saveBalance({ balanceMinutes: 1, asOfDate: '2099-01-01' }, ctx), /future/);
    assert.equal(await adapter.scheduleNightlyRefresh({}, ctx), true);
    assert.equal(await adapter.scheduleNightlyRefresh({}, ctx), false);

    const none = contextOf(join(tmpdir(), 'no-such-org-dir'));
    const usage = await adapter.getUsage({ month: null }, none);
    assert.equal(usage.voiceEnabled, false);
    assert.match(usage.message, /Salesforce Voice is not enabled/);
    await assert.rejects(adapter.recompute({ month: '2026-10' }, none), /not enabled/);
});
