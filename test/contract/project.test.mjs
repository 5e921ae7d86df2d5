// Contract test of the real project (`npm run test:contract`): Apex DTOs ↔ types/apex/*.d.ts ↔ demo-org fixtures ↔
// adapter answers ↔ generated orgs, and every @AuraEnabled controller method has a preview answer
// (scripts/contract/check-contract.mjs, docs/ARCHITECTURE.md "Preview").
// The demo-org generators (preview/generators/*.mjs) run first into a temporary folder, so generated orgs
// (large-org) are always validated, whether or not build-preview ran; preview/generated/ is not touched.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContract } from '../../scripts/contract/check-contract.mjs';
import { runGenerators } from '../../scripts/preview/generators.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

test('the project honours the contract (Apex DTOs, types/apex, demo-org fixtures, adapters, generated orgs)', async () => {
    const generatedRoot = mkdtempSync(join(tmpdir(), 'ls-contract-generated-'));
    try {
        await runGenerators(ROOT, { generatedRoot });
        const { errors, stats } = await checkContract(ROOT, { generatedRoot });
        assert.deepEqual(errors, [], `contract errors:\n${errors.join('\n')}`);
        assert.ok(stats.dtos > 0 && stats.methods > 0, `found DTOs and controller methods: ${JSON.stringify(stats)}`);
        // Six REST v1 routes in each of the three demo orgs, plus three error bodies.
        assert.ok(stats.restAnswers >= 21, `checked the preview's REST answers: ${JSON.stringify(stats)}`);
    } finally {
        rmSync(generatedRoot, { recursive: true, force: true });
    }
});
