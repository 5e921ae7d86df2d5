// The preview server's Apex answers (scripts/preview/serve.mjs + apex-dispatch.mjs) on a throw-away project:
// adapter before static fixture, fixture fallback, 404 Apex error, PreviewApexError → 500 { message },
// adapter bug → 500, per-org state and its reset, ctx.load from demo-orgs/ and generated/, static resources.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer } from '../../scripts/preview/serve.mjs';
import { ROOT } from './helpers.mjs';

let root;
let server;

function write(rel, text) {
    const file = join(root, rel);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, text);
}

before(async () => {
    root = mkdtempSync(join(tmpdir(), 'ls-preview-server-'));
    const runtime = pathToFileURL(join(ROOT, 'preview', 'adapters', '_runtime.mjs')).href;
    write('preview/dist/index.html', '<!doctype html><title>x</title>');
    write('preview/demo-orgs/index.json', JSON.stringify([{ id: 'alpha' }, { id: 'big' }]));
    write('preview/demo-orgs/alpha/FxController.getStatic.json', '{ "from": "fixture" }');
    write('preview/demo-orgs/alpha/FxController.both.json', '{ "from": "fixture" }');
    write('preview/demo-orgs/alpha/users.json', '[{ "name": "User-1" }]');
    write('preview/generated/big/users.json', '[{ "name": "Generated-1" }, { "name": "Generated-2" }]');
    write('preview/generated/big/FxController.getStatic.json', '{ "from": "generated" }');
    write(
        'preview/adapters/FxController.mjs',
        `import { PreviewApexError } from '${runtime}';
export async function both() { return { from: 'adapter' }; }
export async function users(params, ctx) {
    const users = ctx.load('users');
    users.push({ name: 'mutated' }); // must not leak into the next load
    return { org: ctx.org, count: ctx.load('users.json').length, dataDir: ctx.dataDir.endsWith(ctx.org) };
}
export async function bump({ by }, ctx) {
    ctx.state.counter = (ctx.state.counter ?? 0) + by;
    return ctx.state.counter;
}
export async function refuse({ reason }) { throw new PreviewApexError('Cannot assign User-3: ' + reason); }
export async function crash() { return null.x; }
export async function missing(params, ctx) { return ctx.load('nope.json'); }
`
    );
    write('force-app/main/default/staticresources/Vectors.json', '{ "ok": true }');
    write(
        'force-app/main/default/staticresources/Vectors.resource-meta.xml',
        '<StaticResource><contentType>application/json</contentType></StaticResource>'
    );
    server = await startServer({ port: 0, root, quiet: true });
});

after(async () => {
    await server?.close();
    rmSync(root, { recursive: true, force: true });
});

async function apex(org, method, params = {}) {
    const response = await fetch(`${server.url}/apex/FxController/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-demo-org': org },
        body: JSON.stringify(params)
    });
    return { status: response.status, body: await response.json() };
}

test('adapter first, then the static fixture of the org (demo-orgs, else generated)', async () => {
    assert.deepEqual(await apex('alpha', 'both'), { status: 200, body: { from: 'adapter' } });
    assert.deepEqual(await apex('alpha', 'getStatic'), { status: 200, body: { from: 'fixture' } });
    assert.deepEqual(await apex('big', 'getStatic'), { status: 200, body: { from: 'generated' } });
});

test('no answer: 404 with the platform error body', async () => {
    const { status, body } = await apex('big', 'both-not-there'.replace(/-/g, ''));
    assert.equal(status, 404);
    assert.equal(body.message, 'No preview data for FxController.bothnotthere in demo org big');
});

test('unknown org and bad names are 400', async () => {
    assert.equal((await apex('gamma', 'both')).status, 400);
    const response = await fetch(`${server.url}/apex/Fx..Controller/both`, {
        method: 'POST',
        headers: { 'x-demo-org': 'alpha' }
    });
    assert.equal(response.status, 400);
});

test('ctx.load reads the org data (fresh copy each time); ctx.dataDir is the org folder', async () => {
    assert.deepEqual(await apex('alpha', 'users'), { status: 200, body: { org: 'alpha', count: 1, dataDir: true } });
    assert.deepEqual(await apex('big', 'users'), { status: 200, body: { org: 'big', count: 2, dataDir: true } });
    const { status, body } = await apex('alpha', 'missing');
    assert.equal(status, 500);
    assert.match(body.message, /ctx\.load\("nope\.json"\): no such file/);
});

test('PreviewApexError becomes a 500 AuraHandledException-like body; an adapter bug a 500 with its message', async () => {
    const refused = await apex('alpha', 'refuse', { reason: 'no seat left' });
    assert.equal(refused.status, 500);
    assert.equal(refused.body.message, 'Cannot assign User-3: no seat left');
    assert.equal(refused.body.exceptionType, 'System.AuraHandledException');
    const crashed = await apex('alpha', 'crash');
    assert.equal(crashed.status, 500);
    assert.match(crashed.body.message, /^Preview adapter FxController\.crash failed: Cannot read properties of null/);
});

test('ctx.state lives per org until POST /__preview/reset?org=', async () => {
    assert.equal((await apex('alpha', 'bump', { by: 2 })).body, 2);
    assert.equal((await apex('alpha', 'bump', { by: 3 })).body, 5);
    assert.equal((await apex('big', 'bump', { by: 1 })).body, 1);
    const reset = await fetch(`${server.url}/__preview/reset?org=alpha`, { method: 'POST' });
    assert.deepEqual(await reset.json(), { ok: true, org: 'alpha' });
    assert.equal((await apex('alpha', 'bump', { by: 1 })).body, 1);
    assert.equal((await apex('big', 'bump', { by: 1 })).body, 2);
});

test('static resources and static files', async () => {
    const resource = await fetch(`${server.url}/resource/1700000000/Vectors`);
    assert.equal(resource.status, 200);
    assert.equal(resource.headers.get('content-type'), 'application/json');
    assert.deepEqual(await resource.json(), { ok: true });
    assert.equal((await fetch(`${server.url}/resource/Nope`)).status, 404);
    assert.equal((await fetch(`${server.url}/`)).status, 200);
    assert.equal((await fetch(`${server.url}/missing.js`)).status, 404);
});
