// Helper (leading "_": not an adapter). Loads the Voice minutes rules from their single TypeScript source,
// force-app/main/voice-minutes/lwc/voiceMinutesRules/voiceMinutesRules.ts, so the preview adapter and the generator use
// exactly the code the LWCs ship — no third copy, and no dependency on `npm run build` having run (the contract test
// imports adapters without a build). The module has no imports, so a transpiled data: URL import is enough.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const SOURCE = join(
    dirname(fileURLToPath(import.meta.url)),
    '..',
    '..',
    'force-app',
    'main',
    'voice-minutes',
    'lwc',
    'voiceMinutesRules',
    'voiceMinutesRules.ts'
);

const { outputText } = ts.transpileModule(readFileSync(SOURCE, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    fileName: 'voiceMinutesRules.ts'
});

/** The voiceMinutesRules module (same exports as `c/voiceMinutesRules`). */
export const rules = await import(`data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`);

/** The VoiceCall fields of a generated leg table, in column order. */
export const LEG_FIELDS = [
    'VendorCallKey',
    'VendorParentCallKey',
    'CallType',
    'CallStartDateTime',
    'CallEndDateTime',
    'CallDurationInSeconds',
    'UserId',
    'ToPhoneNumber'
];

/** Rows of a leg table ({ fields, rows }) as VoiceCall-shaped records. */
export function recordsOf(table) {
    return table.rows.map((row) => Object.fromEntries(table.fields.map((field, index) => [field, row[index]])));
}

/** Chunk size of the Apex batch (VoiceUsageBatch.SCOPE_SIZE): the preview feeds the sweep the same way. */
export const SCOPE_SIZE = 2000;

/**
 * One month of legs (in start order) → month totals, fed in batch-sized chunks. `lookup` maps a VendorCallKey to
 * a leg of any month (the org's other VoiceCall records) for parent lookups.
 */
export function aggregateMonth(legs, mode, lookup) {
    const aggregator = new rules.VoiceMonthAggregator(mode);
    const findParents = (keys) => {
        const found = new Map();
        for (const key of keys) {
            const parent = lookup.get(key);
            if (parent)
                found.set(key, {
                    startSecond: parent.startSecond,
                    endSecond: parent.startSecond + parent.durationSeconds
                });
        }
        return found;
    };
    for (let i = 0; i < legs.length; i += SCOPE_SIZE) {
        aggregator.addChunk(legs.slice(i, i + SCOPE_SIZE), findParents);
    }
    return aggregator.finish();
}

/** Month totals → VoiceMonthDto (what VoiceUsageService.toMonthDto returns for a stored Voice_Usage_Month__c). */
export function toMonthDto(month, totals, { mode, computedAt, withTopCalls = true }) {
    return {
        month,
        status: 'Complete',
        roundingMode: mode,
        legs: totals.legs,
        calls: totals.calls,
        voiceSeconds: totals.voiceSeconds,
        telephonySeconds: totals.telephonySeconds,
        telephonyInboundSeconds: totals.telephonyByCategory.INBOUND,
        telephonyOutboundSeconds: totals.telephonyByCategory.OUTBOUND,
        telephonyTransferSeconds: totals.telephonyByCategory.TRANSFER,
        telephonyOtherSeconds: totals.telephonyByCategory.OTHER,
        averageCallSeconds: totals.averageCallSeconds,
        longestCallSeconds: totals.longestCallSeconds,
        longestCallKey: totals.longestCallKey,
        orphanLegs: totals.orphanLegs,
        loopingLegs: totals.loopingLegs,
        continuationLegs: totals.continuationLegs,
        zeroSecondLegs: totals.zeroSecondLegs,
        linkedByPreviousCallId: totals.linkedLegs.PreviousCallId,
        linkedByParentVoiceCallId: totals.linkedLegs.ParentVoiceCallId,
        linkedByVendorParentCallKey: totals.linkedLegs.VendorParentCallKey,
        computedAt,
        message: null,
        topCalls: withTopCalls
            ? totals.topCalls.map((call) => ({
                  rootKey: call.rootKey,
                  startSecond: call.startSecond,
                  durationSeconds: call.durationSeconds,
                  voiceSeconds: call.voiceSeconds,
                  telephonySeconds: call.telephonySeconds,
                  orphan: call.orphan,
                  looping: call.looping,
                  legs: call.legs.map((leg) => ({
                      key: leg.key,
                      parentKey: leg.parentKey,
                      kind: leg.kind,
                      callType: leg.callType,
                      category: leg.category,
                      startSecond: leg.startSecond,
                      durationSeconds: leg.durationSeconds,
                      voiceSeconds: leg.voiceSeconds,
                      telephonySeconds: leg.telephonySeconds,
                      voiceReason: leg.voiceReason,
                      telephonyReason: leg.telephonyReason,
                      label: leg.label
                  }))
              }))
            : []
    };
}
