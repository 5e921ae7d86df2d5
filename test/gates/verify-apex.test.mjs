// Gate tests of `npm run verify:apex`: one fixture SFDX project per planted error must make the gate fail with a
// `path:line: [check] message` line naming the file and line; the clean fixture (and one with a reviewed exception)
// must pass. Each fixture runs the real CLI (apex-ls and PMD included), a few at a time.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const script = join(repoRoot, 'scripts', 'verify-apex', 'verify-apex.mjs');
const fixture = (name) => `test/gates/fixtures/${name}`;
const classes = (name) => `${fixture(name)}/force-app/main/default/classes`;

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
/** The exact `path:line: [check] message...` line (start of line, message prefix). */
const problemLine = (path, line, check, messageStart) =>
    new RegExp(`^${escape(`${path}:${line}: [${check}] ${messageStart}`)}`, 'm');

function assertSummary(output) {
    for (const check of ['syntax', 'apex-ls', 'soql', 'pmd', 'meta']) {
        assert.match(
            output,
            new RegExp(`^  ${escape(check)} +\\d+ problem\\(s\\) +\\d+\\.\\ds`, 'm'),
            `summary has a timed ${check} line`
        );
    }
    assert.match(output, /^ {2}pmd-parse +\d+ parse failure\(s\)/m, 'summary counts PMD parse failures');
}

const failing = [
    {
        name: 'syntax-error',
        expect: [problemLine(`${classes('syntax-error')}/LicenseCounter.cls`, 9, 'syntax', "missing ';' at 'return'")],
        // PMD cannot parse it either: counted as a parse failure.
        summary: /^ {2}pmd-parse +1 parse failure\(s\)/m
    },
    {
        name: 'type-error',
        expect: [
            problemLine(
                `${classes('type-error')}/LicenseCounter.cls`,
                7,
                'apex-ls',
                "Error: Incompatible types in assignment, from 'System.String' to 'System.Integer'"
            )
        ]
    },
    {
        name: 'unknown-soql-field',
        expect: [
            problemLine(
                `${classes('unknown-soql-field')}/PslAssignmentSelector.cls`,
                10,
                'soql',
                "Unknown field 'IsActiv' on User"
            )
        ]
    },
    {
        name: 'unknown-soql-object',
        expect: [
            problemLine(
                `${classes('unknown-soql-object')}/PslAssignmentSelector.cls`,
                9,
                'soql',
                "Unknown object 'PermissionSetLicenceAssign'"
            )
        ]
    },
    {
        name: 'soql-in-loop',
        expect: [
            problemLine(
                `${classes('soql-in-loop')}/PslUsageService.cls`,
                10,
                'pmd',
                'OperationWithLimitsInLoop (severity 3)'
            )
        ]
    },
    {
        name: 'no-sharing',
        expect: [
            problemLine(
                `${classes('no-sharing')}/PslCleanupService.cls`,
                4,
                'pmd',
                'ApexSharingViolations (severity 3)'
            )
        ]
    },
    {
        name: 'pmd-parse-failure',
        expect: [
            problemLine(
                `${fixture('pmd-parse-failure')}/force-app/main/default/permissionsets/License_Steward_Admin.permissionset-meta.xml`,
                8,
                'pmd-parse',
                'PMD could not parse the file:'
            )
        ],
        summary: /^ {2}pmd-parse +1 parse failure\(s\)/m
    },
    {
        name: 'missing-meta',
        expect: [
            problemLine(
                `${classes('missing-meta')}/LicenseCounter.cls`,
                1,
                'meta',
                'Missing LicenseCounter.cls-meta.xml'
            )
        ]
    },
    {
        name: 'exception-without-reason',
        expect: [
            problemLine(
                `${fixture('exception-without-reason')}/config/verify-apex-exceptions.json`,
                4,
                'exceptions',
                'exception #1'
            ),
            /has no "reason"/,
            // An invalid entry excuses nothing.
            problemLine(
                `${classes('exception-without-reason')}/PslCleanupService.cls`,
                4,
                'pmd',
                'ApexSharingViolations'
            )
        ]
    }
];

describe('verify:apex on fixture projects', { concurrency: 3 }, () => {
    it('passes the clean fixture (with-sharing selector, relationship paths, subqueries, aggregates, namespace)', async () => {
        const { status, output } = await runGate(fixture('clean'));
        assert.equal(status, 0, output);
        assert.match(output, /1 Apex files, 4 SOQL queries/);
        assert.match(output, /^verify:apex passed\.$/m);
        assertSummary(output);
    });

    it('passes when the only violation has a reviewed exception, and reports it as excused', async () => {
        const { status, output } = await runGate(fixture('excused-violation'));
        assert.equal(status, 0, output);
        assert.match(output, /\(1 excused by /);
        assert.match(
            output,
            /^excused: .*Assignee__c\.field-meta\.xml:1: \[pmd\] ProtectSensitiveData .*\(reason: Lookup to the assigned User/m
        );
    });

    for (const { name, expect, summary } of failing) {
        it(`fails on ${name}, naming the file and line`, async () => {
            const { status, output } = await runGate(fixture(name));
            assert.equal(status, 1, `expected exit 1, got ${status}:\n${output}`);
            for (const pattern of expect) assert.match(output, pattern, output);
            if (summary) assert.match(output, summary, output);
            assert.match(output, /^verify:apex FAILED\.$/m);
            assertSummary(output);
        });
    }

    it('refuses a folder that is not an SFDX project (exit 2)', async () => {
        const { status, output } = await runGate('test/gates');
        assert.equal(status, 2, output);
        assert.match(output, /sfdx-project\.json not found/);
    });
});
