// Least privilege on the private scan and usage data (issue #8 item 3): the packaged permission set may only READ
// License_Scan__c, License_Finding__c, Voice_Usage_Month__c and Voice_Minute_Balance__c (plus View All, so every
// License Steward admin sees every scan); writes go through PrivateDataStore in system mode. A grant of create, edit,
// delete, Modify All or an editable field on one of them, or an org-wide default other than Private, fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PERMISSION_SET = join(ROOT, 'force-app/main/common/permissionsets/License_Steward_Admin.permissionset-meta.xml');
export const PRIVATE_OBJECTS = [
    'License_Scan__c',
    'License_Finding__c',
    'Voice_Usage_Month__c',
    'Voice_Minute_Balance__c',
    'License_History__c',
    'License_Alert__c'
];

const blocks = (xml, tag) => [...xml.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1]);
const value = (block, tag) => new RegExp(`<${tag}>\\s*([^<]*?)\\s*</${tag}>`).exec(block)?.[1];

/** Object and field grants of a permission set XML, keyed by object API name. */
export function grantsOf(xml) {
    const objects = new Map();
    for (const block of blocks(xml, 'objectPermissions')) {
        objects.set(value(block, 'object'), {
            read: value(block, 'allowRead') === 'true',
            create: value(block, 'allowCreate') === 'true',
            edit: value(block, 'allowEdit') === 'true',
            delete: value(block, 'allowDelete') === 'true',
            viewAll: value(block, 'viewAllRecords') === 'true',
            modifyAll: value(block, 'modifyAllRecords') === 'true'
        });
    }
    const fields = blocks(xml, 'fieldPermissions').map((block) => ({
        field: value(block, 'field'),
        readable: value(block, 'readable') === 'true',
        editable: value(block, 'editable') === 'true'
    }));
    return { objects, fields };
}

/** Every way the permission set lets a user write the private objects directly (empty = read only). */
export function writeGrantsOnPrivateObjects(xml) {
    const { objects, fields } = grantsOf(xml);
    const problems = [];
    for (const object of PRIVATE_OBJECTS) {
        const grant = objects.get(object);
        if (!grant) {
            problems.push(`${object}: no objectPermissions (admins need Read and View All)`);
            continue;
        }
        for (const write of ['create', 'edit', 'delete', 'modifyAll']) {
            if (grant[write]) problems.push(`${object}: grants ${write}`);
        }
        if (!grant.read || !grant.viewAll) problems.push(`${object}: must grant Read and View All`);
    }
    for (const field of fields) {
        if (PRIVATE_OBJECTS.includes(field.field.split('.')[0]) && field.editable) {
            problems.push(`${field.field}: editable`);
        }
    }
    return problems;
}

test('the admin permission set only reads the private scan and usage objects', () => {
    const problems = writeGrantsOnPrivateObjects(readFileSync(PERMISSION_SET, 'utf8'));
    assert.deepEqual(problems, []);
});

test('the check fails on each kind of write grant (planted in a copy of the real permission set)', () => {
    const real = readFileSync(PERMISSION_SET, 'utf8');
    const planted = [
        [
            'create',
            /(<allowCreate>)false(<\/allowCreate>\s*<allowDelete>\w+<\/allowDelete>\s*<allowEdit>\w+<\/allowEdit>\s*<allowRead>\w+<\/allowRead>\s*<modifyAllRecords>\w+<\/modifyAllRecords>\s*<object>License_Finding__c)/
        ],
        [
            'edit',
            /(<allowEdit>)false(<\/allowEdit>\s*<allowRead>\w+<\/allowRead>\s*<modifyAllRecords>\w+<\/modifyAllRecords>\s*<object>License_Scan__c)/
        ],
        [
            'delete',
            /(<allowDelete>)false(<\/allowDelete>\s*<allowEdit>\w+<\/allowEdit>\s*<allowRead>\w+<\/allowRead>\s*<modifyAllRecords>\w+<\/modifyAllRecords>\s*<object>Voice_Usage_Month__c)/
        ],
        ['modifyAll', /(<modifyAllRecords>)false(<\/modifyAllRecords>\s*<object>Voice_Minute_Balance__c)/],
        ['editable', /(<editable>)false(<\/editable>\s*<field>License_Finding__c\.User__c<)/]
    ];
    for (const [name, pattern] of planted) {
        assert.match(real, pattern, `the real permission set has the block the ${name} plant edits`);
        const tampered = real.replace(pattern, '$1true$2');
        assert.notDeepEqual(writeGrantsOnPrivateObjects(tampered), [], `a planted ${name} grant is caught`);
    }
});

test('the private objects are Private org-wide (records visible through View All, not sharing)', () => {
    for (const object of PRIVATE_OBJECTS) {
        const file = readdirSync(join(ROOT, 'force-app/main'))
            .map((module) => join(ROOT, 'force-app/main', module, 'objects', object, `${object}.object-meta.xml`))
            .find((path) => existsSync(path));
        assert.ok(file, `${object} exists`);
        const xml = readFileSync(file, 'utf8');
        assert.equal(value(xml, 'sharingModel'), 'Private', `${object} sharingModel`);
        assert.equal(value(xml, 'externalSharingModel'), 'Private', `${object} externalSharingModel`);
    }
});
