// The demo-org generator contract of scripts/preview/generators.mjs (docs/ARCHITECTURE.md, "Preview"): the org id is
// the file name unless the module exports `orgId` (string or array), `_*.mjs` files are helpers, the generated
// root is emptied once per run. No browser needed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runGenerators } from '../../scripts/preview/generators.mjs';

test('generators: org id from the file name or the orgId export; helpers skipped; stale output removed', async () => {
    const root = mkdtempSync(join(tmpdir(), 'ls-generators-'));
    try {
        const dir = join(root, 'preview', 'generators');
        mkdirSync(dir, { recursive: true });
        const writer = (name) =>
            `export async function generate({ outDir, orgId }) {\n` +
            `    (await import('node:fs')).writeFileSync(outDir + '/${name}.json', JSON.stringify({ orgId }));\n}\n`;
        writeFileSync(join(dir, 'large-org.mjs'), writer('a'));
        writeFileSync(join(dir, 'pair.mjs'), `export const orgId = ['org-one', 'org-two'];\n${writer('b')}`);
        writeFileSync(join(dir, '_prng.mjs'), `throw new Error('helpers are not run');\n`);
        const generatedRoot = join(root, 'out');
        mkdirSync(join(generatedRoot, 'stale-org'), { recursive: true });

        const runs = await runGenerators(root, { generatedRoot });

        assert.deepEqual(
            runs.map((r) => r.orgId),
            ['large-org', 'org-one', 'org-two']
        );
        assert.deepEqual(readdirSync(generatedRoot).sort(), ['large-org', 'org-one', 'org-two']);
        assert.deepEqual(JSON.parse(readFileSync(join(generatedRoot, 'org-two', 'b.json'), 'utf8')), {
            orgId: 'org-two'
        });
        assert.ok(existsSync(join(generatedRoot, 'large-org', 'a.json')));
    } finally {
        rmSync(root, { recursive: true, force: true });
    }
});

test('generators: a module without generate() or with a bad orgId fails clearly', async () => {
    const root = mkdtempSync(join(tmpdir(), 'ls-generators-'));
    try {
        const dir = join(root, 'preview', 'generators');
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, 'broken.mjs'), 'export const nothing = 1;\n');
        await assert.rejects(
            runGenerators(root, { generatedRoot: join(root, 'out') }),
            /must export "async function generate/
        );
        rmSync(join(dir, 'broken.mjs'));
        writeFileSync(join(dir, 'bad.mjs'), "export const orgId = 'Large Org';\nexport async function generate() {}\n");
        await assert.rejects(
            runGenerators(root, { generatedRoot: join(root, 'out') }),
            /orgId must be a lower-case id/
        );
    } finally {
        rmSync(root, { recursive: true, force: true });
    }
});

test('dashboard generator: license statuses follow the shared vectors (LicenseStatusScenarios.json, as in Apex)', async () => {
    const { licenseStatus } = await import('../../preview/generators/_dashboardOrg.mjs');
    const vectors = JSON.parse(
        readFileSync(
            new URL('../../force-app/main/license-dashboard/staticresources/LicenseStatusScenarios.json', import.meta.url),
            'utf8'
        )
    );
    assert.ok(vectors.scenarios.length >= 10);
    for (const scenario of vectors.scenarios) {
        const days = scenario.expiresInDays;
        const expired = scenario.platformStatus === 'Disabled' || (days !== null && days < 0);
        const expiringSoon = !expired && days !== null && days <= vectors.expiringWithinDays;
        const percentUsed = scenario.total > 0 ? Math.round((scenario.used / scenario.total) * 10000) / 100 : null;
        const status = licenseStatus(
            { total: scenario.total, used: scenario.used, percentUsed, expired, expiringSoon },
            vectors.warningThresholdPercent
        );
        assert.equal(status, scenario.status, scenario.name);
    }
});
