// Gate tests of `npm run package:check` (scripts/package-check/package-check.mjs): one fixture SFDX project per
// planted defect must make the gate fail with a `path: [check] message` line; the clean fixture must pass. Each
// fixture runs the real gate: clean export through git, then the pinned sf CLI's `project convert source` (offline).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { exportCleanTree, checkOutput, NEVER_SHIP } from '../../scripts/package-check/package-check.mjs';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const script = join(repoRoot, 'scripts', 'package-check', 'package-check.mjs');
const fixture = (name) => `test/gates/fixtures/package-${name}`;

function runGate(projectDir) {
    return new Promise((resolve) => {
        const child = spawn(process.execPath, [script, projectDir], { cwd: repoRoot });
        let output = '';
        child.stdout.on('data', (chunk) => (output += chunk));
        child.stderr.on('data', (chunk) => (output += chunk));
        child.on('close', (status) => resolve({ status, output }));
    });
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const problemLine = (path, check, messageStart) => new RegExp(`^${escape(`${path}: [${check}] ${messageStart}`)}`, 'm');

const failing = [
    {
        name: 'missing-js',
        expect: problemLine('lwc/seatBadge', 'lwc', 'LWC bundle seatBadge has no seatBadge.js')
    },
    {
        name: 'ships-ts',
        expect: problemLine('lwc/seatBadge/seatBadge.ts', 'lwc', 'TypeScript source shipped in the package')
    },
    {
        name: 'missing-meta',
        expect: problemLine(
            'force-app/main/default/classes/SeatCounter.cls',
            'meta',
            'SeatCounter.cls has no -meta.xml'
        )
    },
    {
        name: 'untested-class',
        expect: problemLine(
            'force-app/main/default/classes/SeatPricer.cls',
            'tests',
            'class SeatPricer has no test class'
        )
    },
    {
        name: 'leak',
        expect: problemLine('lwc/seatBadge/__tests__/seatBadge.spec.js', 'leak', "a .forceignore'd file")
    }
];

describe('package:check on fixture projects', { concurrency: 3 }, () => {
    it('passes the clean fixture (a class with its test, a JavaScript LWC, a forceignored Jest test)', async () => {
        const { status, output } = await runGate(fixture('clean'));
        assert.equal(status, 0, output);
        assert.match(output, /2 classes \(1 tests\), 1 LWC bundles, 8 files converted/);
        assert.match(output, /^package:check passed\.$/m);
    });

    for (const { name, expect } of failing) {
        it(`fails on ${name}`, async () => {
            const { status, output } = await runGate(fixture(name));
            assert.equal(status, 1, `expected exit 1, got ${status}:\n${output}`);
            assert.match(output, expect, output);
            assert.match(output, /^package:check FAILED\.$/m);
        });
    }

    it('refuses a folder that is not an SFDX project (exit 2)', async () => {
        const { status, output } = await runGate('test/gates');
        assert.equal(status, 2, output);
        assert.match(output, /not an SFDX project/);
    });
});

describe('package:check building blocks', () => {
    it('exports the repository as a clean clone has it: sources yes, ignored build output no', () => {
        const target = mkdtempSync(join(tmpdir(), 'ls-export-test-'));
        try {
            const copied = exportCleanTree(repoRoot, target);
            assert.ok(copied > 100, `copied ${copied} files`);
            const csv = 'force-app/main/common/lwc/lsCsv';
            assert.ok(existsSync(join(target, csv, 'lsCsv.ts')), 'the TypeScript source is exported');
            assert.ok(existsSync(join(target, csv, 'lsCsv.js-meta.xml')));
            // lsCsv.js is compiled by npm run build and git-ignored: a clone has none, so neither has the export.
            assert.ok(!existsSync(join(target, csv, 'lsCsv.js')), 'the compiled .js is not exported');
            assert.ok(!existsSync(join(target, 'node_modules')), 'node_modules is not exported');
        } finally {
            rmSync(target, { recursive: true, force: true });
        }
    });

    it('the never-ship list catches tests and TypeScript even with an empty .forceignore', () => {
        assert.deepEqual(NEVER_SHIP.slice(0, 2), ['**/__tests__/**', '**/*.ts']);
        const empty = mkdtempSync(join(tmpdir(), 'ls-output-test-'));
        try {
            assert.deepEqual(checkOutput(empty, '').problems, [], 'an empty output has no problem');
        } finally {
            rmSync(empty, { recursive: true, force: true });
        }
    });
});
