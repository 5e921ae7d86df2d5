// The pinned Salesforce CLI must work on this project's Node (20): the README's org commands depend on it.
// @salesforce/core 8.32 pulls @jsforce/jsforce-node 3.10.17+, whose undici 8 needs Node 22 and crashed every
// command that opens a connection; package.json overrides it to 3.10.16 (node-fetch, Node >= 18).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const home = mkdtempSync(join(tmpdir(), 'ls-sf-home-'));
const env = {
    ...process.env,
    HOME: home,
    SF_DISABLE_TELEMETRY: 'true',
    SF_AUTOUPDATE_DISABLE: 'true',
    SF_SKIP_NEW_VERSION_CHECK: 'true',
    SF_HIDE_RELEASE_NOTES: 'true'
};

function sf(args, extraEnv = {}) {
    return spawnSync('npx', ['--no-install', 'sf', ...args], {
        env: { ...env, ...extraEnv },
        encoding: 'utf8',
        timeout: 180000
    });
}

test.after(() => rmSync(home, { recursive: true, force: true }));

test('sf is the pinned 2.146.3 and runs on this Node', () => {
    const result = sf(['--version']);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /@salesforce\/cli\/2\.146\.3 /);
    assert.match(result.stdout, new RegExp(`node-${process.version.replace(/\./g, '\\.')}`));
});

test('sf org list answers (no orgs in a fresh home)', () => {
    const result = sf(['org', 'list', '--json']);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(JSON.parse(result.stdout).status, 0);
});

test('a command that opens a connection reaches the network layer instead of crashing', () => {
    // Port 9 on loopback is closed: the only acceptable failure is the refused connection.
    const result = sf(['org', 'login', 'access-token', '--instance-url', 'http://127.0.0.1:9', '--no-prompt', '--json'], {
        SF_ACCESS_TOKEN: '00D000000000001!offline-test'
    });
    const output = `${result.stdout}\n${result.stderr}`;
    assert.notEqual(result.status, 0);
    assert.match(output, /ECONNREFUSED 127\.0\.0\.1:9/);
    assert.doesNotMatch(output, /TypeError/);
});
