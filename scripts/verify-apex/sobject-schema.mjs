// SObject schema for the SOQL check.
//
// Standard objects come from the `sobject-types-<api>.jar` that ships inside @salesforce/code-analyzer-pmd-engine
// (apex-dev-tools' generated stubs: one class per standard object, one public field per SObject field). The jar is
// read directly here (zip central directory + class-file field table), without Java, and the result is cached as
// JSON under node_modules/.cache/verify-apex keyed by the jar's name, size and mtime.
//
// Field descriptors carry the type, which gives relationships for free:
//   Lcom/nawforce/runforce/SObjects/User;      → lookup `Assignee` to User
//   [Lcom/nawforce/runforce/SObjects/X;        → child relationship (subquery FROM) to X
//   Lcom/nawforce/runforce/System/SObject;     → polymorphic to anything (path not checked further)
//   Lcom/nawforce/runforce/System/<Scalar>;    → plain field
//
// Project objects and fields come from `<packageDir>/**/objects/<Obj>/<Obj>.object-meta.xml` and
// `fields/*.field-meta.xml`. Every name is stored lower-case and without the project namespace prefix.
import { readFileSync, statSync, mkdirSync, writeFileSync, existsSync, readdirSync, renameSync } from 'node:fs';
import { join, dirname, basename } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const JAVA_LIB = join(repoRoot, 'node_modules', '@salesforce', 'code-analyzer-pmd-engine', 'dist', 'java-lib');
const CACHE_DIR = join(repoRoot, 'node_modules', '.cache', 'verify-apex');
const SOBJECT_PREFIX = 'com/nawforce/runforce/SObjects/';
const CACHE_FORMAT = 2;

/** Path of the sobject-types jar shipped with the PMD engine. */
export function findSObjectJar() {
    const jar = readdirSync(JAVA_LIB).find((name) => /^sobject-types-.*\.jar$/.test(name));
    if (!jar) throw new Error(`no sobject-types-*.jar in ${JAVA_LIB}`);
    return join(JAVA_LIB, jar);
}

/** Minimal zip reader: yields { name, data } for entries whose name passes the filter. */
function* readZipEntries(buffer, filter) {
    let eocd = -1;
    for (let i = buffer.length - 22; i >= Math.max(0, buffer.length - 65557); i--) {
        if (buffer.readUInt32LE(i) === 0x06054b50) {
            eocd = i;
            break;
        }
    }
    if (eocd < 0) throw new Error('not a zip file (no end of central directory)');
    const count = buffer.readUInt16LE(eocd + 10);
    let offset = buffer.readUInt32LE(eocd + 16);
    for (let n = 0; n < count; n++) {
        if (buffer.readUInt32LE(offset) !== 0x02014b50) throw new Error('corrupt zip central directory');
        const method = buffer.readUInt16LE(offset + 10);
        const compressedSize = buffer.readUInt32LE(offset + 20);
        const nameLength = buffer.readUInt16LE(offset + 28);
        const extraLength = buffer.readUInt16LE(offset + 30);
        const commentLength = buffer.readUInt16LE(offset + 32);
        const localOffset = buffer.readUInt32LE(offset + 42);
        const name = buffer.toString('utf8', offset + 46, offset + 46 + nameLength);
        offset += 46 + nameLength + extraLength + commentLength;
        if (!filter(name)) continue;
        const localNameLength = buffer.readUInt16LE(localOffset + 26);
        const localExtraLength = buffer.readUInt16LE(localOffset + 28);
        const start = localOffset + 30 + localNameLength + localExtraLength;
        const raw = buffer.subarray(start, start + compressedSize);
        const data = method === 0 ? raw : method === 8 ? inflateRawSync(raw) : null;
        if (!data) throw new Error(`unsupported zip compression ${method} for ${name}`);
        yield { name, data };
    }
}

/** Reads the non-static fields of a Java class file: [{ name, descriptor }]. */
export function readClassFields(data) {
    if (data.readUInt32BE(0) !== 0xcafebabe) throw new Error('not a class file');
    let p = 8;
    const cpCount = data.readUInt16BE(p);
    p += 2;
    const utf8 = new Map();
    for (let i = 1; i < cpCount; i++) {
        const tag = data[p++];
        switch (tag) {
            case 1: {
                const length = data.readUInt16BE(p);
                // Modified UTF-8; the names here are ASCII.
                utf8.set(i, data.toString('utf8', p + 2, p + 2 + length));
                p += 2 + length;
                break;
            }
            case 3:
            case 4:
            case 9:
            case 10:
            case 11:
            case 12:
            case 17:
            case 18:
                p += 4;
                break;
            case 5:
            case 6:
                p += 8;
                i++;
                break;
            case 7:
            case 8:
            case 16:
            case 19:
            case 20:
                p += 2;
                break;
            case 15:
                p += 3;
                break;
            default:
                throw new Error(`unknown constant pool tag ${tag}`);
        }
    }
    p += 6; // access_flags, this_class, super_class
    const interfaces = data.readUInt16BE(p);
    p += 2 + 2 * interfaces;
    const fieldCount = data.readUInt16BE(p);
    p += 2;
    const fields = [];
    for (let f = 0; f < fieldCount; f++) {
        const access = data.readUInt16BE(p);
        const name = utf8.get(data.readUInt16BE(p + 2));
        const descriptor = utf8.get(data.readUInt16BE(p + 4));
        const attributes = data.readUInt16BE(p + 6);
        p += 8;
        for (let a = 0; a < attributes; a++) {
            p += 6 + data.readUInt32BE(p + 2);
        }
        const isStatic = (access & 0x0008) !== 0;
        if (!isStatic) fields.push({ name, descriptor });
    }
    return fields;
}

function classifyDescriptor(descriptor) {
    const child = /^\[Lcom\/nawforce\/runforce\/SObjects\/([^;]+);$/.exec(descriptor);
    if (child) return { kind: 'child', target: child[1] };
    const lookup = /^Lcom\/nawforce\/runforce\/SObjects\/([^;]+);$/.exec(descriptor);
    if (lookup) return { kind: 'lookup', target: lookup[1] };
    if (descriptor === 'Lcom/nawforce/runforce/System/SObject;') return { kind: 'lookup', target: '*' };
    return { kind: 'field' };
}

/**
 * Standard schema as a plain object: { api, objects: { lowerName: { name, fields: { lower: name },
 * lookups: { lower: targetName | '*' }, children: { lower: targetName } } } }.
 */
function extractStandardSchema(jarPath) {
    const objects = {};
    for (const { name, data } of readZipEntries(readFileSync(jarPath), (entry) => {
        return (
            entry.startsWith(SOBJECT_PREFIX) &&
            entry.endsWith('.class') &&
            !entry.slice(SOBJECT_PREFIX.length).includes('/')
        );
    })) {
        const objectName = name.slice(SOBJECT_PREFIX.length, -'.class'.length);
        if (objectName.includes('$')) continue;
        const object = { name: objectName, fields: {}, lookups: {}, children: {} };
        for (const field of readClassFields(data)) {
            const kind = classifyDescriptor(field.descriptor);
            const lower = field.name.toLowerCase();
            if (kind.kind === 'child') object.children[lower] = kind.target;
            else if (kind.kind === 'lookup') object.lookups[lower] = kind.target;
            else object.fields[lower] = field.name;
        }
        objects[objectName.toLowerCase()] = object;
    }
    const api = /sobject-types-(\d+\.\d+)/.exec(basename(jarPath))?.[1] ?? 'unknown';
    return { api, objects };
}

/** Standard schema, from the JSON cache when the jar has not changed. */
export function loadStandardSchema({ jarPath = findSObjectJar(), cacheDir = CACHE_DIR } = {}) {
    const stat = statSync(jarPath);
    const key = `${basename(jarPath)}-${stat.size}-${Math.floor(stat.mtimeMs)}-v${CACHE_FORMAT}`;
    const cacheFile = join(cacheDir, `sobject-schema-${key}.json`);
    if (existsSync(cacheFile)) {
        try {
            return { ...JSON.parse(readFileSync(cacheFile, 'utf8')), cached: true };
        } catch {
            // fall through and rebuild a corrupt cache
        }
    }
    const schema = extractStandardSchema(jarPath);
    try {
        mkdirSync(cacheDir, { recursive: true });
        const temp = `${cacheFile}.${process.pid}.tmp`;
        writeFileSync(temp, JSON.stringify(schema));
        // rename is atomic: parallel runs never read a half-written cache
        renameSync(temp, cacheFile);
    } catch {
        // a read-only node_modules only costs the extraction time
    }
    return { ...schema, cached: false };
}

// ---------------------------------------------------------------------------------------------------------------
// Project (custom) objects and fields

const xmlTag = (xml, tag) => {
    const match = new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(xml);
    return match ? match[1].trim() : undefined;
};

function listDirs(dir) {
    try {
        return readdirSync(dir, { withFileTypes: true });
    } catch {
        return [];
    }
}

/** Every `objects` folder below a package directory (skipping node_modules and dot folders). */
function findObjectsFolders(dir, found = []) {
    for (const entry of listDirs(dir)) {
        if (!entry.isDirectory() || entry.name.startsWith('.') || entry.name === 'node_modules') continue;
        const path = join(dir, entry.name);
        if (entry.name === 'objects') found.push(path);
        else findObjectsFolders(path, found);
    }
    return found;
}

const CUSTOM_OBJECT_FIELDS = [
    'Id',
    'Name',
    'OwnerId',
    'IsDeleted',
    'CreatedDate',
    'CreatedById',
    'LastModifiedDate',
    'LastModifiedById',
    'SystemModstamp',
    'LastActivityDate',
    'LastViewedDate',
    'LastReferencedDate',
    'RecordTypeId',
    'CurrencyIsoCode'
];
const CUSTOM_OBJECT_LOOKUPS = { owner: 'Name', createdby: 'User', lastmodifiedby: 'User', recordtype: 'RecordType' };
const CUSTOM_METADATA_FIELDS = [
    'Id',
    'DeveloperName',
    'MasterLabel',
    'Label',
    'Language',
    'NamespacePrefix',
    'QualifiedApiName',
    'SystemModstamp'
];
const PLATFORM_EVENT_FIELDS = ['ReplayId', 'CreatedDate', 'CreatedById', 'EventUuid'];
const CUSTOM_SETTING_FIELDS = [
    'Id',
    'Name',
    'SetupOwnerId',
    'IsDeleted',
    'CreatedDate',
    'CreatedById',
    'LastModifiedDate',
    'LastModifiedById',
    'SystemModstamp'
];

/** Removes the project namespace prefix (`lsteward__Foo__c` → `Foo__c`), lower-cased. */
export function normalizeName(name, namespace) {
    const lower = name.toLowerCase();
    const prefix = namespace ? `${namespace.toLowerCase()}__` : null;
    // Only strip when what follows is itself a custom name (`ns__Foo__c`), never a standard name.
    if (prefix && lower.startsWith(prefix) && lower.slice(prefix.length).includes('__'))
        return lower.slice(prefix.length);
    return lower;
}

function emptyObject(name) {
    return { name, fields: {}, lookups: {}, children: {}, custom: true };
}

/**
 * Merges the project's objects and fields into a copy of the standard schema. Returns the merged schema plus any
 * problems found while reading the metadata (unreadable files).
 */
export function addProjectObjects(standard, packageDirs, namespace) {
    const objects = { ...standard.objects };
    const touched = new Set();
    const editable = (lower, name) => {
        if (!touched.has(lower)) {
            const base = objects[lower];
            objects[lower] = base
                ? { ...base, fields: { ...base.fields }, lookups: { ...base.lookups }, children: { ...base.children } }
                : emptyObject(name);
            touched.add(lower);
        }
        return objects[lower];
    };
    const pendingChildren = [];
    for (const packageDir of packageDirs) {
        for (const objectsDir of findObjectsFolders(packageDir)) {
            for (const entry of listDirs(objectsDir)) {
                if (!entry.isDirectory()) continue;
                const apiName = entry.name;
                const lower = normalizeName(apiName, namespace);
                const object = editable(lower, apiName);
                const metaFile = join(objectsDir, apiName, `${apiName}.object-meta.xml`);
                const objectXml = existsSync(metaFile) ? readFileSync(metaFile, 'utf8') : '';
                if (lower.endsWith('__mdt')) {
                    for (const f of CUSTOM_METADATA_FIELDS) object.fields[f.toLowerCase()] = f;
                } else if (lower.endsWith('__e')) {
                    for (const f of PLATFORM_EVENT_FIELDS) object.fields[f.toLowerCase()] = f;
                    object.lookups.createdby = 'User';
                } else if (lower.endsWith('__c') && /<customSettingsType>/.test(objectXml)) {
                    for (const f of CUSTOM_SETTING_FIELDS) object.fields[f.toLowerCase()] = f;
                    object.lookups.setupowner = '*';
                    object.lookups.createdby = 'User';
                    object.lookups.lastmodifiedby = 'User';
                } else if (lower.endsWith('__c') || lower.endsWith('__b') || lower.endsWith('__x')) {
                    for (const f of CUSTOM_OBJECT_FIELDS) object.fields[f.toLowerCase()] = f;
                    Object.assign(object.lookups, CUSTOM_OBJECT_LOOKUPS);
                }
                const fieldsDir = join(objectsDir, apiName, 'fields');
                for (const fieldEntry of listDirs(fieldsDir)) {
                    if (!fieldEntry.isFile() || !fieldEntry.name.endsWith('.field-meta.xml')) continue;
                    const fieldName = fieldEntry.name.slice(0, -'.field-meta.xml'.length);
                    const xml = readFileSync(join(fieldsDir, fieldEntry.name), 'utf8');
                    const fieldLower = normalizeName(fieldName, namespace);
                    object.fields[fieldLower] = fieldName;
                    const type = xmlTag(xml, 'type');
                    if (type === 'Location' && fieldLower.endsWith('__c')) {
                        // Compound geolocation: Foo__c plus Foo__Latitude__s / Foo__Longitude__s.
                        const stem = fieldName.replace(/__c$/i, '');
                        for (const part of ['Latitude', 'Longitude']) {
                            object.fields[normalizeName(`${stem}__${part}__s`, namespace)] = `${stem}__${part}__s`;
                        }
                    }
                    const referenceTo = xmlTag(xml, 'referenceTo');
                    if (['Lookup', 'MasterDetail', 'MetadataRelationship', 'Hierarchy'].includes(type) && referenceTo) {
                        if (fieldLower.endsWith('__c')) {
                            object.lookups[fieldLower.replace(/__c$/, '__r')] = referenceTo;
                        }
                        if (type === 'MasterDetail') {
                            delete object.fields.ownerid;
                            delete object.lookups.owner;
                        }
                        const relationshipName = xmlTag(xml, 'relationshipName');
                        if (relationshipName && type !== 'MetadataRelationship') {
                            pendingChildren.push({
                                parent: referenceTo,
                                name: `${relationshipName}__r`,
                                child: apiName
                            });
                        }
                    }
                }
                if (lower.endsWith('__c') && !/<customSettingsType>/.test(objectXml)) {
                    // Sharing and history objects exist for every custom object the org can share or track.
                    const stem = apiName.replace(/__c$/, '');
                    const share = editable(normalizeName(`${stem}__Share`, namespace), `${stem}__Share`);
                    for (const f of [
                        'Id',
                        'ParentId',
                        'UserOrGroupId',
                        'AccessLevel',
                        'RowCause',
                        'IsDeleted',
                        'LastModifiedDate',
                        'LastModifiedById'
                    ]) {
                        share.fields[f.toLowerCase()] = f;
                    }
                    Object.assign(share.lookups, { parent: apiName, userorgroup: '*', lastmodifiedby: 'User' });
                    if (/<enableHistory>true<\/enableHistory>/.test(objectXml)) {
                        const history = editable(normalizeName(`${stem}__History`, namespace), `${stem}__History`);
                        for (const f of [
                            'Id',
                            'ParentId',
                            'Field',
                            'DataType',
                            'OldValue',
                            'NewValue',
                            'IsDeleted',
                            'CreatedDate',
                            'CreatedById'
                        ]) {
                            history.fields[f.toLowerCase()] = f;
                        }
                        Object.assign(history.lookups, { parent: apiName, createdby: 'User' });
                        pendingChildren.push({ parent: apiName, name: 'Histories', child: `${stem}__History` });
                    }
                }
            }
        }
    }
    for (const { parent, name, child } of pendingChildren) {
        const parentLower = normalizeName(parent, namespace);
        if (!objects[parentLower]) continue;
        editable(parentLower, parent).children[normalizeName(name, namespace)] = child;
    }
    return { api: standard.api, objects };
}

/** Resolves an object name (any case, with or without the project namespace). */
export function lookupObject(schema, name, namespace) {
    return schema.objects[normalizeName(name, namespace)] ?? schema.objects[name.toLowerCase()];
}
