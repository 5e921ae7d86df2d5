// Tests of the contract checker itself (scripts/contract/check-contract.mjs): the clean fixture project under
// test/contract/fixtures/ passes, and each planted error (a fixture dir, or a planted copy of the clean one) is
// reported with a readable message. test/contract/project.test.mjs runs the checker on the real project.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, rmSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContract } from '../../scripts/contract/check-contract.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const FIXTURES = join(ROOT, 'test', 'contract', 'fixtures');
// The fixture projects have no generators; point generatedRoot at a folder that does not exist.
const NO_GENERATED = join(FIXTURES, 'no-generated-orgs');

const check = (name) => checkContract(join(FIXTURES, name), { generatedRoot: NO_GENERATED });

/** A copy of the clean fixture at the same depth (fixture adapters import preview/adapters/_runtime.mjs relatively). */
function plantedCopy(name, plant) {
    const dir = join(ROOT, '.tmp', 'contract', 'fixtures', `${name}-${process.pid}`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dirname(dir), { recursive: true });
    cpSync(join(FIXTURES, 'clean'), dir, { recursive: true });
    const edit = (rel, change) => writeFileSync(join(dir, rel), change(readFileSync(join(dir, rel), 'utf8')));
    plant(edit, dir);
    return dir;
}

async function checkPlanted(name, plant) {
    const dir = plantedCopy(name, plant);
    try {
        return await checkContract(dir, { generatedRoot: NO_GENERATED });
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
}

test('clean fixture passes', async () => {
    const { errors, stats } = await check('clean');
    assert.deepEqual(errors, []);
    assert.deepEqual(
        { dtos: stats.dtos, methods: stats.methods, interfaces: stats.interfaces, fixtures: stats.fixtures },
        { dtos: 3, methods: 3, interfaces: 3, fixtures: 2 }
    );
    assert.equal(stats.adapterAnswers, 2, 'two samples answered, the third threw a PreviewApexError');
});

test('planted: a static fixture names a property the DTO lacks (nested inner class)', async () => {
    const { errors } = await check('extra-property');
    assert.deepEqual(errors, [
        "preview/demo-orgs/alpha/FxController.getSummary.json: $.totals: property 'seatCount' is not in Apex Totals " +
            '(force-app/main/default/classes/dto/FxSummaryDto.cls)'
    ]);
});

test('planted: a types/apex interface misses a DTO property', async () => {
    const { errors } = await check('missing-property');
    assert.deepEqual(errors, [
        "types/apex/fx.d.ts: interface FxItemDto: misses property 'amount' of Apex FxItemDto " +
            '(force-app/main/default/classes/dto/FxItemDto.cls)'
    ]);
});

test('planted: an adapter answer has a wrong type inside a list of DTOs', async () => {
    const { errors } = await check('wrong-nested-type');
    assert.deepEqual(errors, [
        'preview/adapters/FxController.mjs: listItems(samples.listItems[1]) in demo org alpha: $[1].amount: ' +
            'expected Apex Decimal, got "12.50"'
    ]);
});

test('planted: a controller method has no preview answer', async () => {
    const { errors } = await check('missing-preview-answer');
    assert.equal(errors.length, 1, errors.join('\n'));
    assert.match(
        errors[0],
        /^force-app\/main\/default\/classes\/controllers\/FxController\.cls:13: FxController\.countByKind has no preview answer/
    );
});

test('planted: a types/apex interface names a property the DTO lacks', async () => {
    const { errors } = await checkPlanted('dts-extra', (edit) =>
        edit('types/apex/fx.d.ts', (s) => s.replace('    seats: number;', '    seats: number;\n    foo: string;'))
    );
    assert.deepEqual(errors, [
        "types/apex/fx.d.ts: interface Totals: property 'foo' is not in Apex Totals (force-app/main/default/classes/dto/FxSummaryDto.cls)"
    ]);
});

test('planted: a types/apex property type cannot hold the Apex type', async () => {
    const { errors } = await checkPlanted('dts-type', (edit) =>
        edit('types/apex/fx.d.ts', (s) => s.replace('    label: string | null;', '    label: number | null;'))
    );
    assert.equal(errors.length, 1, errors.join('\n'));
    assert.match(
        errors[0],
        /interface FxItemDto: property 'label' is typed number \| null but Apex FxItemDto\.label is String/
    );
});

test('planted: a static fixture misses a property, uses a bad enum value and a bad Datetime', async () => {
    const { errors } = await checkPlanted('fixture-missing', (edit) =>
        edit('preview/demo-orgs/alpha/FxController.getSummary.json', (s) =>
            s
                .replace('"asOf": "2026-01-31",', '')
                .replace('"kind": "BETA"', '"kind": "GAMMA"')
                .replace('"2026-01-31T09:30:00.000Z"', '"31/01/2026 09:30"')
        )
    );
    assert.deepEqual(errors.sort(), [
        'preview/demo-orgs/alpha/FxController.getSummary.json: $.generatedAt: expected Apex Datetime (an ISO date-time string like "2026-01-31T09:30:00.000Z"), got "31/01/2026 09:30"',
        'preview/demo-orgs/alpha/FxController.getSummary.json: $.items[1].kind: expected a value of Apex enum Kind (ALPHA, BETA), got "GAMMA"',
        "preview/demo-orgs/alpha/FxController.getSummary.json: $: misses property 'asOf' of Apex FxSummaryDto (force-app/main/default/classes/dto/FxSummaryDto.cls; use null for no value)"
    ]);
});

test('planted: adapter typos (sample param name, exported method name) and a crashing adapter', async () => {
    const { errors } = await checkPlanted('adapter-typos', (edit) =>
        edit('preview/adapters/FxController.mjs', (s) =>
            s
                .replace('{ filter: null, pageSize: 50 }', '{ filtre: null, pageSize: 50 }')
                .concat('\nexport async function listItem() {\n    return [];\n}\n')
                .replace('return ctx\n', "if (filter === 'Voice') throw new TypeError('boom');\n    return ctx\n")
        )
    );
    assert.deepEqual(errors.sort(), [
        'preview/adapters/FxController.mjs: exports listItem() but FxController has no @AuraEnabled static method listItem (force-app/main/default/classes/controllers/FxController.cls)',
        'preview/adapters/FxController.mjs: listItems(samples.listItems[0]) in demo org alpha: adapter failed: Preview adapter FxController.listItems failed: boom',
        "preview/adapters/FxController.mjs: samples.listItems[1]: 'filtre' is not a parameter of Apex FxController.listItems(filter, pageSize)"
    ]);
});

test('planted: a fixture for a method that does not exist and a demo org missing from index.json', async () => {
    const { errors } = await checkPlanted('unknown-method', (edit, dir) => {
        const alpha = join(dir, 'preview', 'demo-orgs', 'alpha');
        cpSync(join(alpha, 'FxController.countByKind.json'), join(alpha, 'FxController.countsByKind.json'));
        cpSync(alpha, join(dir, 'preview', 'demo-orgs', 'beta'), { recursive: true });
    });
    assert.deepEqual(errors.sort(), [
        'preview/demo-orgs/alpha/FxController.countsByKind.json: no @AuraEnabled static method FxController.countsByKind in the controllers (force-app/**/classes/controllers)',
        'preview/demo-orgs/beta/: demo org "beta" is not listed in preview/demo-orgs/index.json',
        'preview/demo-orgs/beta/FxController.countsByKind.json: no @AuraEnabled static method FxController.countsByKind in the controllers (force-app/**/classes/controllers)'
    ]);
});
