// Fast unit tests of the verify:apex building blocks (no Java): the SOQL checker on single classes, the sobject
// schema read from the jar, project objects and the namespace, the exceptions file.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseApexFile } from '../../scripts/verify-apex/apex-syntax.mjs';
import { checkSoql } from '../../scripts/verify-apex/soql-check.mjs';
import { loadStandardSchema, addProjectObjects, normalizeName } from '../../scripts/verify-apex/sobject-schema.mjs';
import { loadExceptions, applyExceptions, globToRegExp } from '../../scripts/verify-apex/exceptions.mjs';
import { parseTextOutput } from '../../scripts/verify-apex/apexls-check.mjs';
import { checkMetaFiles } from '../../scripts/verify-apex/project.mjs';

let standard;
before(() => {
    standard = loadStandardSchema();
});

/** SOQL problems of a class body, as 'line: message'. */
function soqlProblems(body, schema = standard) {
    const source = `public with sharing class T {\n${body}\n}`;
    const parsed = parseApexFile('T.cls', source);
    assert.deepEqual(parsed.errors, [], 'the test source parses');
    return checkSoql([parsed], schema, 'lsteward').problems.map((problem) => `${problem.line}: ${problem.message}`);
}

describe('sobject schema from the sobject-types jar', () => {
    it('has the documented standard fields and typed relationships', () => {
        const psla = standard.objects.permissionsetlicenseassign;
        assert.equal(psla.fields.assigneeid, 'AssigneeId');
        assert.equal(psla.lookups.assignee, 'User');
        assert.equal(psla.lookups.permissionsetlicense, 'PermissionSetLicense');
        assert.equal(
            standard.objects.permissionsetlicense.children.permissionsetlicenseassignments,
            'PermissionSetLicenseAssign'
        );
        assert.equal(standard.objects.setupentityaccess.lookups.parent, 'PermissionSet');
        assert.equal(standard.objects.setupentityaccess.lookups.setupentity, '*', 'polymorphic SObject');
        assert.equal(standard.objects.voicecall.fields.vendorparentcallkey, 'VendorParentCallKey');
        assert.equal(standard.objects.voicecall.fields.parentvoicecallid, undefined);
        assert.ok(Object.keys(standard.objects).length > 4000);
    });
});

describe('SOQL check', () => {
    it('accepts relationship paths, child and semi-join subqueries, aggregates with aliases, date functions', () => {
        assert.deepEqual(
            soqlProblems(`
            void f(Set<Id> ids, String name) {
                List<PermissionSetLicenseAssign> a = [SELECT Id, Assignee.IsActive, Assignee.Profile.Name, PermissionSetLicense.DeveloperName
                    FROM PermissionSetLicenseAssign
                    WHERE AssigneeId IN :ids AND AssigneeId IN (SELECT AssigneeId FROM PermissionSetAssignment WHERE PermissionSet.Name = :name)
                    WITH USER_MODE ORDER BY Assignee.LastName NULLS LAST];
                List<PermissionSetLicense> b = [SELECT Id, (SELECT AssigneeId FROM PermissionSetLicenseAssignments ORDER BY CreatedDate) FROM PermissionSetLicense WITH USER_MODE];
                List<AggregateResult> c = [SELECT PermissionSetLicenseId psl, COUNT(Id) cnt, MAX(CreatedDate) latest FROM PermissionSetLicenseAssign
                    WITH USER_MODE GROUP BY PermissionSetLicenseId HAVING COUNT(Id) > 1 ORDER BY COUNT(Id) DESC];
                Integer d = [SELECT COUNT() FROM User WHERE IsActive = true AND CALENDAR_YEAR(CreatedDate) = 2026 WITH USER_MODE];
                List<SetupEntityAccess> e = [SELECT SetupEntityId, SetupEntity.Name FROM SetupEntityAccess WHERE Parent.Name = :name AND SetupEntityType = 'ConnectedApplication' WITH USER_MODE];
                List<Account> g = [SELECT a.Name, a.Owner.Name FROM Account a WITH USER_MODE];
                List<Task> t = [SELECT TYPEOF What WHEN Account THEN Name, Phone WHEN Opportunity THEN Amount ELSE Name END FROM Task WITH USER_MODE];
            }`),
            []
        );
    });

    it('reports unknown fields, objects, relationships and child relationships with their line', () => {
        assert.deepEqual(
            soqlProblems(`
            void f() {
                List<PermissionSetLicenseAssign> a = [SELECT Id, Bogus,
                    Assignee.Nope, Assigne.Name
                    FROM PermissionSetLicenseAssign WHERE PermissionSetLicense.Statuss = 'Active'];
                List<PermissionSetLicense> b = [SELECT Id, (SELECT Id FROM Assignments) FROM PermissionSetLicense];
                List<SObject> c = [SELECT Id FROM PermissionSetLicenceAssign];
                List<User> d = [SELECT Id, Profile FROM User];
                List<PermissionSetLicenseAssign> e = [SELECT Id FROM PermissionSetLicenseAssign WHERE AssigneeId IN (SELECT Id FROM User WHERE IsActiv = true)];
                List<Task> t = [SELECT TYPEOF What WHEN Account THEN Phonee END FROM Task];
            }`),
            [
                "4: Unknown field 'Bogus' on PermissionSetLicenseAssign",
                "5: Unknown field 'Nope' on User",
                "5: Unknown relationship 'Assigne' on PermissionSetLicenseAssign",
                "6: Unknown field 'Statuss' on PermissionSetLicense",
                "7: Unknown child relationship 'Assignments' on PermissionSetLicense",
                "8: Unknown object 'PermissionSetLicenceAssign'",
                "9: 'Profile' is a relationship on User, not a field: select a field of it (e.g. Profile.Id) or ProfileId",
                "10: Unknown field 'IsActiv' on User",
                "11: Unknown field 'Phonee' on Account"
            ]
        );
    });

    it('checks Database.query string literals (and + of literals), not dynamic strings', () => {
        assert.deepEqual(
            soqlProblems(`
            void f(String where) {
                List<Account> a = Database.query('SELECT Id, Nam FROM Account ' + 'WHERE Name = \\'x\\'');
                List<Account> b = Database.query('SELECT Id FROM Account WHERE ' + where);
                Integer c = Database.countQuery('SELECT COUNT() FROM Contact WHERE Emial != null');
            }`),
            ["4: Unknown field 'Nam' on Account", "6: Unknown field 'Emial' on Contact"]
        );
    });

    it('knows project objects, lookups (__r), child relationships and the namespace, case-insensitively', () => {
        const dir = mkdtempSync(join(tmpdir(), 'verify-apex-objects-'));
        const objectDir = join(dir, 'force-app', 'main', 'default', 'objects', 'License_Snapshot__c');
        mkdirSync(join(objectDir, 'fields'), { recursive: true });
        writeFileSync(
            join(objectDir, 'License_Snapshot__c.object-meta.xml'),
            '<CustomObject><label>x</label></CustomObject>'
        );
        writeFileSync(
            join(objectDir, 'fields', 'Licensed_User__c.field-meta.xml'),
            '<CustomField><type>Lookup</type><referenceTo>User</referenceTo><relationshipName>License_Snapshots</relationshipName></CustomField>'
        );
        writeFileSync(
            join(objectDir, 'fields', 'Used__c.field-meta.xml'),
            '<CustomField><type>Number</type></CustomField>'
        );
        writeFileSync(
            join(objectDir, 'fields', 'Site__c.field-meta.xml'),
            '<CustomField><type>Location</type></CustomField>'
        );
        const mdtDir = join(dir, 'force-app', 'main', 'default', 'objects', 'Voice_Setting__mdt');
        mkdirSync(join(mdtDir, 'fields'), { recursive: true });
        writeFileSync(
            join(mdtDir, 'fields', 'Rounding__c.field-meta.xml'),
            '<CustomField><type>Text</type></CustomField>'
        );
        const userFields = join(dir, 'force-app', 'main', 'default', 'objects', 'User', 'fields');
        mkdirSync(userFields, { recursive: true });
        writeFileSync(
            join(userFields, 'Voice_Agent__c.field-meta.xml'),
            '<CustomField><type>Checkbox</type></CustomField>'
        );
        const schema = addProjectObjects(standard, [join(dir, 'force-app')], 'lsteward');
        assert.equal(
            standard.objects.user.fields['voice_agent__c'],
            undefined,
            'the cached standard schema is not modified'
        );
        assert.equal(normalizeName('lsteward__Used__c', 'lsteward'), 'used__c');
        assert.deepEqual(
            soqlProblems(
                `
            void f() {
                List<License_Snapshot__c> a = [SELECT Id, Name, lsteward__used__c, LICENSED_USER__R.Name, lsteward__Licensed_User__r.IsActive, Owner.Name FROM lsteward__License_Snapshot__c];
                List<User> b = [SELECT Id, (SELECT Used__c FROM lsteward__License_Snapshots__r) FROM User];
                List<Voice_Setting__mdt> c = [SELECT DeveloperName, MasterLabel, Rounding__c FROM Voice_Setting__mdt];
                List<License_Snapshot__c> d = [SELECT Unused__c, Licensed_User__c.Name FROM License_Snapshot__c];
                List<License_Snapshot__share> e = [SELECT ParentId, AccessLevel, RowCause FROM License_Snapshot__Share];
                List<License_Snapshot__c> s = [SELECT Site__c, Site__Latitude__s, lsteward__Site__Longitude__s FROM License_Snapshot__c];
                List<User> u = [SELECT Id, lsteward__Voice_Agent__c, Profile.Name FROM User WHERE Voice_Agent__c = true];
            }`,
                schema
            ),
            [
                "7: Unknown field 'Unused__c' on License_Snapshot__c",
                "7: Unknown relationship 'Licensed_User__c' on License_Snapshot__c ('Licensed_User__c' is a field, not a relationship)"
            ]
        );
    });

    it('skips files with syntax errors (check 1 reports them)', () => {
        const parsed = parseApexFile('Broken.cls', 'public class Broken { void f() { [SELECT Nope FROM Nothing] } ');
        assert.ok(parsed.errors.length > 0);
        assert.deepEqual(checkSoql([parsed], standard, '').problems, []);
    });
});

describe('exceptions file', () => {
    const writeConfig = (exceptions) => {
        const dir = mkdtempSync(join(tmpdir(), 'verify-apex-exceptions-'));
        mkdirSync(join(dir, 'config'));
        writeFileSync(join(dir, 'config', 'verify-apex-exceptions.json'), JSON.stringify({ exceptions }, null, 2));
        return dir;
    };

    it('matches globs against project-relative paths', () => {
        assert.ok(globToRegExp('force-app/**/classes/*.cls').test('force-app/main/default/classes/A.cls'));
        assert.ok(globToRegExp('force-app/**/A.cls').test('force-app/A.cls'));
        assert.ok(!globToRegExp('force-app/*/A.cls').test('force-app/main/default/A.cls'));
        assert.ok(!globToRegExp('force-app/main/default/classes/A.cls').test('force-app/main/default/classes/AB.cls'));
    });

    it('rejects entries without a reason, with a multi-line reason, unknown keys, or non-excusable checks', () => {
        const dir = writeConfig([
            { rule: 'ApexCRUDViolation', file: 'force-app/**' },
            { rule: 'ApexCRUDViolation', file: 'force-app/**', reason: 'two\nlines' },
            { rule: 'ApexCRUDViolation', file: 'force-app/**', reason: 'ok', why: 'x' },
            { rule: 'syntax', file: 'force-app/**', reason: 'no' },
            { rule: 'ApexCRUDViolation', file: 'force-app/**/A.cls', reason: 'Reads only the running user own record.' }
        ]);
        const { entries, problems } = loadExceptions(dir);
        assert.equal(entries.length, 1);
        assert.deepEqual(
            problems.map((problem) => problem.line),
            [4, 8, 13, 19]
        );
        assert.match(problems[0].message, /has no "reason"/);
        assert.match(problems[1].message, /one line/);
        assert.match(problems[2].message, /unknown key/);
        assert.match(problems[3].message, /cannot be excused/);
    });

    it('excuses only the matching rule and file, never syntax or meta problems', () => {
        const dir = writeConfig([
            {
                rule: 'ApexCRUDViolation',
                file: 'force-app/**/A.cls',
                reason: 'Reads only the running user own record.'
            },
            { rule: 'soql', file: 'force-app/**', reason: 'Voice orgs only.', match: "'CallAcceptDateTime'" }
        ]);
        const { entries } = loadExceptions(dir);
        const { kept, excused } = applyExceptions(entries, [
            { check: 'pmd', rule: 'ApexCRUDViolation', relativeFile: 'force-app/main/A.cls', message: 'x' },
            { check: 'pmd', rule: 'ApexCRUDViolation', relativeFile: 'force-app/main/B.cls', message: 'x' },
            { check: 'pmd', rule: 'ApexSOQLInjection', relativeFile: 'force-app/main/A.cls', message: 'x' },
            {
                check: 'soql',
                relativeFile: 'force-app/main/A.cls',
                message: "Unknown field 'CallAcceptDateTime' on VoiceCall"
            },
            { check: 'soql', relativeFile: 'force-app/main/A.cls', message: "Unknown field 'Nope' on VoiceCall" },
            { check: 'syntax', relativeFile: 'force-app/main/A.cls', message: 'x' }
        ]);
        assert.equal(excused.length, 2);
        assert.equal(kept.length, 4);
        assert.deepEqual(
            entries.map((entry) => entry.used),
            [1, 1]
        );
    });
});

describe('apex-ls text output', () => {
    it('reads file and issue lines', () => {
        const issues = parseTextOutput(
            "/p/force-app/A.cls\nError: line 4 at 16-21: Incompatible types\nMissing: line 5 at 14-22: No type declaration found for 'Bogus'\n",
            '/p'
        );
        assert.deepEqual(issues, [
            { file: '/p/force-app/A.cls', line: 4, category: 'Error', message: 'Incompatible types' },
            {
                file: '/p/force-app/A.cls',
                line: 5,
                category: 'Missing',
                message: "No type declaration found for 'Bogus'"
            }
        ]);
    });
});

describe('Apex metadata files', () => {
    it('reports a missing -meta.xml, a missing apiVersion and one that differs from sourceApiVersion', () => {
        const dir = mkdtempSync(join(tmpdir(), 'verify-apex-meta-'));
        const meta = (version) =>
            `<?xml version="1.0" encoding="UTF-8" ?>\n<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata">\n` +
            (version ? `    <apiVersion>${version}</apiVersion>\n` : '') +
            '    <status>Active</status>\n</ApexClass>\n';
        const files = ['Ok.cls', 'NoMeta.cls', 'Newer.cls', 'NoVersion.trigger'].map((name) => join(dir, name));
        for (const file of files) writeFileSync(file, '');
        writeFileSync(`${files[0]}-meta.xml`, meta('66.0'));
        writeFileSync(`${files[2]}-meta.xml`, meta('67.0'));
        writeFileSync(`${files[3]}-meta.xml`, meta(null));
        const problems = checkMetaFiles({ apiVersion: '66.0' }, files).map(
            (problem) => `${problem.file.slice(dir.length + 1)}:${problem.line}: ${problem.message}`
        );
        assert.deepEqual(problems, [
            'NoMeta.cls:1: Missing NoMeta.cls-meta.xml (ApexClass metadata with apiVersion 66.0 and status Active)',
            'Newer.cls-meta.xml:3: apiVersion 67.0 differs from sourceApiVersion 66.0 in sfdx-project.json',
            'NoVersion.trigger-meta.xml:1: No <apiVersion> in the Apex metadata'
        ]);
    });
});
