// The multi-org rollup CLI (cli/rollup, docs/rollup.md) run as `npm run rollup` does, against the preview's REST API
// v1 (two healthy demo orgs) and local stub servers on 127.0.0.1 that answer 500, never answer (timeout), 403, 404,
// or refuse the connection. Bounded: --timeout 2.5 s, --retries 1, 50 ms backoff.
// Run: npm run test:rollup (needs `npm run build && node scripts/preview/build-preview.mjs` first, like test:preview).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../scripts/preview/serve.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const TS_NODE = join(ROOT, 'node_modules', 'ts-node', 'dist', 'bin.js');
/** Long enough for a loaded CI machine to answer the preview, short enough to keep the timeout case quick. */
const TIMEOUT_MS = 2500;

let preview;
let outDir;
const stubs = {};
const hits = { error500: 0, timeout: 0 };

/** A stub org on 127.0.0.1: `handler(req, res)` answers every request. */
async function stub(handler) {
    const server = createServer(handler);
    await new Promise((done) => server.listen(0, '127.0.0.1', done));
    return {
        url: `http://127.0.0.1:${server.address().port}`,
        close: () =>
            new Promise((done) => {
                server.closeAllConnections();
                server.close(() => done());
            })
    };
}

/** Runs the CLI like `npm run rollup -- ...args`; resolves { code, stdout, stderr, ms }. */
function rollup(args) {
    return new Promise((done) => {
        const started = Date.now();
        const child = spawn(
            process.execPath,
            [TS_NODE, '--transpile-only', '--project', 'cli/rollup/tsconfig.json', 'cli/rollup/src/main.ts', ...args],
            { cwd: ROOT, env: { ...process.env, ROLLUP_BACKOFF_MS: '50' } }
        );
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk) => (stdout += chunk));
        child.stderr.on('data', (chunk) => (stderr += chunk));
        child.on('close', (code) => done({ code, stdout, stderr, ms: Date.now() - started }));
    });
}

const demo = (org) => `${preview.url}/orgs/${org}`;
const bounded = ['--timeout', String(TIMEOUT_MS), '--retries', '1'];
const runs = {};

before(async () => {
    preview = await startServer({ port: 0, quiet: true });
    outDir = mkdtempSync(join(tmpdir(), 'rollup-test-'));
    stubs.error500 = await stub((req, res) => {
        hits.error500++;
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ status: 500, errorCode: 'INTERNAL_ERROR', message: 'x', correlationId: 'abc123' }));
    });
    stubs.timeout = await stub(() => {
        hits.timeout++; // never answers
    });
    stubs.forbidden = await stub((req, res) => {
        res.writeHead(403, { 'content-type': 'application/json' });
        res.end(
            JSON.stringify([{ errorCode: 'FORBIDDEN', message: 'You need the License Steward Admin permission set' }])
        );
    });
    stubs.notInstalled = await stub((req, res) => {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(JSON.stringify([{ errorCode: 'NOT_FOUND', message: 'Could not find a match for URL' }]));
    });
    const refused = await stub(() => {});
    stubs.refusedUrl = refused.url;
    await refused.close(); // nothing listens there any more
    // Warm the preview (the first read of the large org parses its data files and blocks this process's event loop,
    // which also serves the stubs), so the timeouts below measure the stubs, not the warm-up.
    for (const org of ['kb-example', 'large-org', 'voice-fix-failed']) {
        await fetch(`${preview.url}/orgs/${org}/services/apexrest/lsteward/v1/summary`);
    }
    // The runs are independent: start them together (each CLI start costs a ts-node boot).
    const [mixed, csv, html, allFailed, usage, help, priced] = await Promise.all([
        rollup([
            '--instance-url',
            demo('kb-example'),
            '--instance-url',
            demo('large-org'),
            '--instance-url',
            stubs.error500.url,
            '--instance-url',
            stubs.timeout.url,
            ...bounded,
            '--format',
            'json',
            '--out',
            join(outDir, 'mixed.json')
        ]),
        rollup([
            '--instance-url',
            demo('kb-example'),
            '--instance-url',
            demo('voice-fix-failed'),
            '--format',
            'csv',
            '--fail-on',
            'critical',
            ...bounded
        ]),
        rollup([
            '--instance-url',
            demo('kb-example'),
            '--instance-url',
            stubs.forbidden.url,
            '--format',
            'html',
            '--out',
            join(outDir, 'report.html'),
            ...bounded
        ]),
        rollup([
            '--instance-url',
            stubs.notInstalled.url,
            '--instance-url',
            stubs.forbidden.url,
            '--instance-url',
            stubs.refusedUrl,
            ...bounded
        ]),
        rollup(['--instance-url', demo('kb-example'), '--format', 'xml']),
        rollup(['--help']),
        rollup([
            '--instance-url',
            demo('large-org'),
            '--format',
            'json',
            '--out',
            join(outDir, 'priced.json'),
            ...bounded
        ])
    ]);
    Object.assign(runs, { mixed, csv, html, allFailed, usage, help, priced });
});

after(async () => {
    await Promise.all([
        preview?.close(),
        ...Object.values(stubs)
            .filter((s) => s.close)
            .map((s) => s.close())
    ]);
    if (outDir) rmSync(outDir, { recursive: true, force: true });
});

test('two healthy orgs keep their results next to an org answering 500 and one that times out', async () => {
    const { code, stderr } = runs.mixed;
    assert.equal(code, 4, `some orgs failed → exit 4\n${stderr}`);
    const report = JSON.parse(readFileSync(join(outDir, 'mixed.json'), 'utf8'));
    assert.equal(report.totals.orgs, 4);
    assert.equal(report.totals.orgsOk, 2);
    assert.equal(report.totals.orgsFailed, 2);

    // The healthy orgs carry exactly what their REST API answers (the CLI combines, it computes no rule).
    for (const org of ['kb-example', 'large-org']) {
        const answer = await (await fetch(`${demo(org)}/services/apexrest/lsteward/v1/summary`)).json();
        const row = report.orgs.find((o) => o.label === org);
        assert.equal(row.ok, true, org);
        assert.equal(row.orgName, answer.org.orgName);
        assert.equal(row.findings, answer.findings.totalFindings, org);
        assert.equal(row.reclaimableSeats, answer.findings.totalReclaimableSeats, org);
        assert.equal(row.exhausted, answer.inventory.licenses.filter((l) => l.status === 'exhausted').length, org);
        assert.equal(row.level, 'critical', `${org} has an exhausted license`);
        assert.equal(row.savingsMonthly, answer.savings.available ? answer.savings.monthlyPotential : null, org);
    }
    const kb = report.orgs.find((o) => o.label === 'kb-example');
    const large = report.orgs.find((o) => o.label === 'large-org');
    assert.equal(report.totals.reclaimableSeats, kb.reclaimableSeats + large.reclaimableSeats);

    const failed500 = report.orgs.find((o) => o.label === stubs.error500.url.replace('http://', ''));
    assert.equal(failed500.ok, false);
    assert.match(failed500.reason, /HTTP 500 \(correlation id abc123\) after 2 attempts/);
    assert.equal(hits.error500, 2, 'one retry on 5xx (--retries 1)');
    const timedOut = report.orgs.find((o) => o.label === stubs.timeout.url.replace('http://', ''));
    assert.match(timedOut.reason, new RegExp(`timed out after ${TIMEOUT_MS} ms after 2 attempts`));
    assert.equal(hits.timeout, 2, 'a timeout is retried once too');

    // The orgs closest to running out come from the healthy orgs, most used first.
    const percents = report.closestToRunningOut.map((r) => r.percentUsed);
    assert.deepEqual(
        percents,
        [...percents].sort((a, b) => b - a)
    );
    assert.ok(
        report.closestToRunningOut.some((r) => r.org === 'kb-example' && r.developerName === 'ServiceCloudVoicePsl')
    );
    // large-org has prices, kb-example none: the total is not a sum of priced and unpriced orgs.
    assert.ok(large.savingsMonthly > 0, `large-org saves ${large.savingsMonthly} ${large.savingsCurrency} a month`);
    assert.equal(kb.savingsMonthly, null);
    assert.match(kb.savingsNote, /No licence of the reclaimable seats has a price yet/);
    assert.equal(report.totals.savings.available, false);
    assert.match(report.totals.savings.reason, /No licence of the reclaimable seats has a price yet/);
    // With --out and a non-table format, the table still goes to stderr for the person running it.
    assert.match(stderr, /Failures:\n/);
});

test('--fail-on critical exits 1 when an org has an exhausted license; CSV has one row per org', () => {
    const { code, stdout, stderr } = runs.csv;
    assert.equal(code, 1, stderr);
    const lines = stdout.trimEnd().split('\r\n');
    assert.equal(lines.length, 3);
    assert.match(lines[0], /^org,status,org_name,org_id,/);
    assert.match(lines[1], /^kb-example,ok,Acme Contact Center/);
    assert.match(lines[2], /^voice-fix-failed,ok,.*No findings scan has completed/);
});

test('the HTML report is self-contained, has charts and shows savings as not available', () => {
    const { code, stderr } = runs.html;
    assert.equal(code, 4, stderr);
    const html = readFileSync(join(outDir, 'report.html'), 'utf8');
    assert.match(html, /^<!doctype html>/);
    assert.ok((html.match(/<svg role="img" aria-label="/g) ?? []).length >= 2, 'two charts with a text alternative');
    assert.doesNotMatch(html, /<script|<link|src=|href=|url\(/i, 'no script and no external load');
    assert.match(html, /Acme Contact Center/);
    assert.match(html, /potential savings \/ month/);
    assert.match(html, /not available: No licence of the reclaimable seats has a price yet/);
    assert.match(html, /Failed: no permission \(HTTP 403\)/);
});

test('an org with prices reports its potential savings, exactly as its REST API answers', async () => {
    const { code, stderr } = runs.priced;
    assert.equal(code, 0, stderr);
    const report = JSON.parse(readFileSync(join(outDir, 'priced.json'), 'utf8'));
    const answer = await (await fetch(`${demo('large-org')}/services/apexrest/lsteward/v1/savings`)).json();
    assert.equal(answer.available, true);
    assert.ok(answer.unpricedSeats > 0, 'some licences stay unpriced and are said to be');
    assert.deepEqual(report.totals.savings, {
        available: true,
        reason: null,
        monthly: answer.monthlyPotential,
        currency: answer.currencyIsoCode
    });
});

test('every org failing exits 3 with a clear reason per org', () => {
    const { code, stdout } = runs.allFailed;
    assert.equal(code, 3, stdout);
    assert.match(stdout, /REST API not found \(HTTP 404\): the package is not installed/);
    assert.match(stdout, /no permission \(HTTP 403\): assign the License Steward Admin permission set/);
    assert.match(stdout, /unreachable \(ECONNREFUSED\) after 2 attempts/);
});

test('bad usage exits 2; --help describes every option', () => {
    assert.equal(runs.usage.code, 2);
    assert.match(runs.usage.stderr, /--format must be one of table, csv, json, html/);
    assert.equal(runs.help.code, 0);
    const source = readFileSync(join(ROOT, 'cli/rollup/src/args.ts'), 'utf8');
    const flags = [...source.matchAll(/case '(--[a-z-]+)'/g)].map((m) => m[1]);
    assert.ok(flags.length >= 12, flags.join(' '));
    for (const flag of flags) assert.ok(runs.help.stdout.includes(flag), `--help mentions ${flag}`);
    for (const code of ['0 ', '1 ', '2 ', '3 ', '4 '])
        assert.ok(runs.help.stdout.includes(`\n  ${code}`), `exit code ${code}`);
});

test('the preview REST routes: caps, bad parameters, unknown routes and orgs, read-only', async () => {
    const get = (path, init) => fetch(`${preview.url}/orgs/${path}`, init);
    const capped = await (await get('large-org/services/apexrest/lsteward/v1/licenses?maxRows=3')).json();
    assert.equal(capped.returnedLicenses, 3);
    assert.equal(capped.truncated, true);
    assert.ok(capped.totalLicenses > 3);
    for (const [path, status, code] of [
        ['kb-example/services/apexrest/lsteward/v1/summary?maxRows=0', 400, 'BAD_REQUEST'],
        ['kb-example/services/apexrest/lsteward/v1/summary?maxRows=abc', 400, 'BAD_REQUEST'],
        ['kb-example/services/apexrest/lsteward/v1/org?maxRows=5', 400, 'BAD_REQUEST'],
        ['kb-example/services/apexrest/lsteward/v1/users', 404, 'NOT_FOUND'],
        ['no-such-org/services/apexrest/lsteward/v1/summary', 404, 'NOT_FOUND']
    ]) {
        const response = await get(path);
        assert.equal(response.status, status, path);
        const body = await response.json();
        assert.equal(body.errorCode, code, path);
        assert.equal(body.status, status, path);
    }
    assert.equal((await get('kb-example/services/apexrest/lsteward/v1/summary', { method: 'POST' })).status, 405);
});
