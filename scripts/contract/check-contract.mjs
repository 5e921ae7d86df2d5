// The contract between the Apex, the TypeScript mirrors and the preview (docs/ARCHITECTURE.md, "Preview").
// checkContract(projectDir) returns readable errors when:
//  (a) an interface in types/apex/*.d.ts (interface name = Apex class name) names a property the Apex DTO lacks,
//      misses one it has, or declares a type that cannot hold the Apex type (e.g. number for a String);
//  (b) a static fixture preview/demo-orgs/<org>/<Class>.<method>.json (or preview/generated/<org>/...) or an
//      adapter answer does not match the method's return type recursively (List, Set, Map<String, X>, nested DTOs,
//      enums, primitives; extra or missing properties fail; null is allowed anywhere). Adapters are called with
//      the sample params of their `export const samples = { method: [ {params}, ... ] }` (a method without
//      parameters defaults to one `{}` sample) in every demo org of index.json that has data;
//  (c) an @AuraEnabled controller method has no preview answer (no adapter function, no static fixture);
//  (d) a preview REST API v1 answer does not match its Apex RestV1*Dto (check-rest-contract.mjs).
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, relative, basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { readApexModel, typeText } from './apex-model.mjs';
import { createPreviewApex } from '../preview/apex-dispatch.mjs';
import { checkRestContract } from './check-rest-contract.mjs';

const PRIMITIVES = {
    string: 'string',
    id: 'string',
    integer: 'integer',
    long: 'integer',
    decimal: 'number',
    double: 'number',
    boolean: 'boolean',
    date: 'date',
    datetime: 'datetime',
    time: 'time',
    blob: 'string',
    object: 'any'
};
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})$/;
const TIME = /^\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z?$/;

const describe = (value) => (Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`);
const isPlainObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks `value` against an Apex type. Pushes messages "<where>: <path>: ..." into `errors`.
 */
export function checkValue(model, value, type, path, where, errors) {
    if (value === null) return;
    if (value === undefined) {
        errors.push(`${where}: ${path}: is undefined (JSON has no undefined; use null)`);
        return;
    }
    if (type.kind === 'list') {
        if (!Array.isArray(value)) {
            errors.push(`${where}: ${path}: expected ${typeText(type)} (an array), got ${describe(value)}`);
            return;
        }
        value.forEach((item, index) => checkValue(model, item, type.of, `${path}[${index}]`, where, errors));
        return;
    }
    if (type.kind === 'map') {
        if (!isPlainObject(value)) {
            errors.push(`${where}: ${path}: expected ${typeText(type)} (an object), got ${describe(value)}`);
            return;
        }
        for (const [key, item] of Object.entries(value)) {
            checkValue(model, item, type.value, `${path}[${JSON.stringify(key)}]`, where, errors);
        }
        return;
    }
    const primitive = PRIMITIVES[type.lower];
    if (primitive) {
        const ok = {
            any: () => true,
            string: () => typeof value === 'string',
            integer: () => Number.isInteger(value),
            number: () => typeof value === 'number' && Number.isFinite(value),
            boolean: () => typeof value === 'boolean',
            date: () => typeof value === 'string' && DATE.test(value),
            datetime: () => typeof value === 'string' && DATETIME.test(value),
            time: () => typeof value === 'string' && TIME.test(value)
        }[primitive]();
        if (!ok) {
            const hint =
                {
                    date: ' (an ISO date string like "2026-01-31")',
                    datetime: ' (an ISO date-time string like "2026-01-31T09:30:00.000Z")',
                    time: ' (a time string like "09:30:00.000Z")',
                    integer: ' (a whole number)'
                }[primitive] ?? '';
            errors.push(`${where}: ${path}: expected Apex ${type.text}${hint}, got ${JSON.stringify(value)}`);
        }
        return;
    }
    const simple = type.name.split('.').pop().toLowerCase();
    const enumType = model.enums.get(simple);
    if (enumType) {
        if (typeof value !== 'string' || !enumType.values.some((v) => v.toLowerCase() === value.toLowerCase())) {
            errors.push(
                `${where}: ${path}: expected a value of Apex enum ${enumType.name} (${enumType.values.join(', ')}), got ${JSON.stringify(value)}`
            );
        }
        return;
    }
    const dto = model.dtos.get(simple);
    if (dto) {
        if (!isPlainObject(value)) {
            errors.push(`${where}: ${path}: expected Apex ${dto.name} (an object), got ${describe(value)}`);
            return;
        }
        for (const key of Object.keys(value)) {
            if (!dto.props.has(key)) {
                errors.push(`${where}: ${path}: property '${key}' is not in Apex ${dto.name} (${dto.file})`);
            }
        }
        for (const [name, prop] of dto.props) {
            if (!(name in value)) {
                errors.push(
                    `${where}: ${path}: misses property '${name}' of Apex ${dto.name} (${dto.file}; use null for no value)`
                );
            } else {
                checkValue(model, value[name], prop.type, `${path}.${name}`, where, errors);
            }
        }
        return;
    }
    const known = model.classes.get(simple);
    if (known) {
        errors.push(
            `${where}: ${path}: Apex ${known.name} (${known.file}) has no @AuraEnabled members, the LWC would get {}`
        );
        return;
    }
    // Anything else is an sObject (User, PermissionSetLicense, Foo__c, SObject): any object will do.
    if (!isPlainObject(value)) {
        errors.push(`${where}: ${path}: expected ${type.text} (an sObject), got ${describe(value)}`);
    }
}

/** TypeScript type kinds a property type can hold: string/number/boolean/null/object/array/any. */
function tsKinds(node) {
    if (!node) return new Set(['any']);
    switch (node.kind) {
        case ts.SyntaxKind.StringKeyword:
            return new Set(['string']);
        case ts.SyntaxKind.NumberKeyword:
            return new Set(['number']);
        case ts.SyntaxKind.BooleanKeyword:
            return new Set(['boolean']);
        case ts.SyntaxKind.NullKeyword:
        case ts.SyntaxKind.UndefinedKeyword:
            return new Set(['null']);
        case ts.SyntaxKind.AnyKeyword:
        case ts.SyntaxKind.UnknownKeyword:
            return new Set(['any']);
        case ts.SyntaxKind.ArrayType:
        case ts.SyntaxKind.TupleType:
            return new Set(['array']);
        case ts.SyntaxKind.TypeLiteral:
            return new Set(['object']);
        case ts.SyntaxKind.ParenthesizedType:
            return tsKinds(node.type);
        case ts.SyntaxKind.LiteralType: {
            const literal = node.literal;
            if (literal.kind === ts.SyntaxKind.NullKeyword) return new Set(['null']);
            if (literal.kind === ts.SyntaxKind.StringLiteral) return new Set(['string']);
            if (literal.kind === ts.SyntaxKind.NumericLiteral) return new Set(['number']);
            if (literal.kind === ts.SyntaxKind.TrueKeyword || literal.kind === ts.SyntaxKind.FalseKeyword) {
                return new Set(['boolean']);
            }
            return new Set(['any']);
        }
        case ts.SyntaxKind.UnionType:
            return new Set(node.types.flatMap((t) => [...tsKinds(t)]));
        case ts.SyntaxKind.TypeReference: {
            const name = node.typeName.getText();
            if (name === 'Array' || name === 'ReadonlyArray') return new Set(['array']);
            if (name === 'Record' || name === 'Partial') return new Set(['object']);
            // Interfaces and type aliases: not resolved here (aliases of string unions are common).
            return new Set(['any']);
        }
        default:
            return new Set(['any']);
    }
}

/** What a TS property must be able to hold for an Apex type. */
function expectedKind(model, type) {
    if (type.kind === 'list') return 'array';
    if (type.kind === 'map') return 'object';
    const primitive = PRIMITIVES[type.lower];
    if (primitive === 'any') return null;
    if (primitive)
        return ['integer', 'number'].includes(primitive) ? 'number' : primitive === 'boolean' ? 'boolean' : 'string';
    if (model.enums.has(type.name.split('.').pop().toLowerCase())) return 'string';
    return 'object';
}

function checkTypeScriptMirrors(root, model, errors) {
    const dir = join(root, 'types', 'apex');
    if (!existsSync(dir)) return 0;
    let count = 0;
    for (const name of readdirSync(dir)
        .filter((f) => f.endsWith('.d.ts'))
        .sort()) {
        const file = join(dir, name);
        const rel = relative(root, file);
        const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
        const interfaces = new Map();
        const collect = (statements) => {
            for (const statement of statements) {
                if (ts.isInterfaceDeclaration(statement)) interfaces.set(statement.name.text, statement);
                else if (ts.isModuleDeclaration(statement) && statement.body && ts.isModuleBlock(statement.body)) {
                    collect(statement.body.statements);
                }
            }
        };
        collect(source.statements);
        const membersOf = (declaration, seen = new Set()) => {
            const members = new Map();
            if (seen.has(declaration.name.text)) return members;
            seen.add(declaration.name.text);
            for (const clause of declaration.heritageClauses ?? []) {
                for (const heritage of clause.types) {
                    const parent = interfaces.get(heritage.expression.getText());
                    if (parent) for (const [k, v] of membersOf(parent, seen)) members.set(k, v);
                }
            }
            for (const member of declaration.members) {
                if (ts.isPropertySignature(member) && member.name) {
                    const memberName =
                        ts.isIdentifier(member.name) || ts.isStringLiteral(member.name)
                            ? member.name.text
                            : member.name.getText();
                    members.set(memberName, member);
                }
            }
            return members;
        };
        for (const [interfaceName, declaration] of interfaces) {
            count++;
            const where = `${rel}: interface ${interfaceName}`;
            const dto = model.dtos.get(interfaceName.toLowerCase());
            if (!dto || dto.name !== interfaceName) {
                const known = model.classes.get(interfaceName.toLowerCase());
                errors.push(
                    known && known.name !== interfaceName
                        ? `${where}: the Apex class is spelled ${known.name} (${known.file})`
                        : `${where}: no Apex DTO class ${interfaceName} with @AuraEnabled members ` +
                              '(interfaces in types/apex mirror Apex DTOs; use a type alias for other shapes)'
                );
                continue;
            }
            const members = membersOf(declaration);
            for (const [memberName, member] of members) {
                const prop = dto.props.get(memberName);
                if (!prop) {
                    errors.push(`${where}: property '${memberName}' is not in Apex ${dto.name} (${dto.file})`);
                    continue;
                }
                const expected = expectedKind(model, prop.type);
                const kinds = tsKinds(member.type);
                if (expected && !kinds.has('any') && !kinds.has(expected)) {
                    errors.push(
                        `${where}: property '${memberName}' is typed ${member.type.getText()} but Apex ${dto.name}.${memberName} ` +
                            `is ${typeText(prop.type)} (${expected} in JSON)`
                    );
                }
            }
            for (const propName of dto.props.keys()) {
                if (!members.has(propName)) {
                    errors.push(`${where}: misses property '${propName}' of Apex ${dto.name} (${dto.file})`);
                }
            }
        }
    }
    return count;
}

/** Org folders that hold preview data: { id, dir, generated }. */
function orgFolders(root, generatedRoot) {
    const folders = [];
    for (const [base, generated] of [
        [join(root, 'preview', 'demo-orgs'), false],
        [generatedRoot, true]
    ]) {
        if (!existsSync(base)) continue;
        for (const entry of readdirSync(base, { withFileTypes: true })) {
            if (entry.isDirectory()) folders.push({ id: entry.name, dir: join(base, entry.name), generated });
        }
    }
    return folders;
}

const displayPath = (root, file) => {
    const rel = relative(root, file);
    return rel.startsWith('..') ? file : rel;
};

/**
 * Runs every contract check on a project.
 * @param {string} root project dir (force-app/, types/apex/, preview/)
 * @param {object} [options]
 * @param {string} [options.generatedRoot] generated demo orgs (default <root>/preview/generated; validated only
 *   where present)
 * @returns {Promise<{ errors: string[], stats: object }>}
 */
export async function checkContract(root, { generatedRoot = join(root, 'preview', 'generated') } = {}) {
    const errors = [];
    const model = readApexModel(root);
    errors.push(...model.errors);
    const stats = {
        dtos: model.dtos.size,
        controllers: model.controllers.size,
        methods: 0,
        interfaces: 0,
        fixtures: 0,
        adapterAnswers: 0
    };

    // (a) TypeScript mirrors.
    stats.interfaces = checkTypeScriptMirrors(root, model, errors);

    // Controller methods by "Class.method" (exact spelling; the preview URL uses the import's spelling).
    const methods = new Map();
    for (const controller of model.controllers.values()) {
        for (const method of controller.methods) {
            methods.set(`${controller.name}.${method.name}`, { controller, method, answered: false });
        }
    }
    stats.methods = methods.size;

    // Demo orgs.
    const indexFile = join(root, 'preview', 'demo-orgs', 'index.json');
    const index = existsSync(indexFile) ? JSON.parse(readFileSync(indexFile, 'utf8')) : [];
    const listed = new Set(index.map((o) => o.id));
    const folders = orgFolders(root, generatedRoot);
    for (const folder of folders) {
        if (!listed.has(folder.id)) {
            errors.push(
                `${displayPath(root, folder.dir)}/: demo org "${folder.id}" is not listed in preview/demo-orgs/index.json`
            );
        }
    }
    for (const org of index) {
        if (!folders.some((f) => f.id === org.id)) {
            errors.push(
                `preview/demo-orgs/index.json: demo org "${org.id}" has no data (no preview/demo-orgs/${org.id}/ and no ` +
                    `generator wrote ${displayPath(root, join(generatedRoot, org.id))}/)`
            );
        }
    }

    // (b) static fixtures.
    for (const folder of folders) {
        for (const name of readdirSync(folder.dir).sort()) {
            const match = /^([A-Za-z][A-Za-z0-9_]*)\.([A-Za-z][A-Za-z0-9_]*)\.json$/.exec(name);
            if (!match) continue;
            const file = join(folder.dir, name);
            const where = displayPath(root, file);
            const entry = methods.get(`${match[1]}.${match[2]}`);
            const controller = model.controllers.get(match[1].toLowerCase());
            if (!entry) {
                if (controller || /Controller$/.test(match[1])) {
                    errors.push(
                        `${where}: no @AuraEnabled static method ${match[1]}.${match[2]} in the controllers (force-app/**/classes/controllers)`
                    );
                }
                continue;
            }
            let value;
            try {
                value = JSON.parse(readFileSync(file, 'utf8'));
            } catch (error) {
                errors.push(`${where}: invalid JSON: ${error.message}`);
                continue;
            }
            entry.answered = true;
            stats.fixtures++;
            if (entry.method.returnType === null) continue;
            checkValue(model, value, entry.method.returnType, '$', where, errors);
        }
    }

    // (b) adapter answers.
    const adaptersDir = join(root, 'preview', 'adapters');
    const adapterFiles = existsSync(adaptersDir)
        ? readdirSync(adaptersDir)
              .filter((f) => f.endsWith('.mjs') && !f.startsWith('_'))
              .sort()
        : [];
    const apex = createPreviewApex({ root, generatedRoot });
    const orgsWithData = index.filter((o) => folders.some((f) => f.id === o.id)).map((o) => o.id);
    for (const fileName of adapterFiles) {
        const file = join(adaptersDir, fileName);
        const rel = displayPath(root, file);
        const className = basename(fileName, '.mjs');
        const controller = model.controllers.get(className.toLowerCase());
        if (!controller || controller.name !== className) {
            errors.push(
                `${rel}: no controller class ${className} in force-app/**/classes/controllers (adapter file name = Apex class name)`
            );
            continue;
        }
        let mod;
        try {
            mod = await import(`${pathToFileURL(file).href}?mtime=${statSync(file).mtimeMs}`);
        } catch (error) {
            errors.push(`${rel}: cannot be imported: ${error.message}`);
            continue;
        }
        const samples = mod.samples ?? {};
        const startedOrgs = new Set();
        for (const [exportName, exported] of Object.entries(mod)) {
            if (exportName === 'samples' || exportName === 'default' || exportName.startsWith('_')) continue;
            if (typeof exported !== 'function') continue;
            const entry = methods.get(`${className}.${exportName}`);
            if (!entry) {
                errors.push(
                    `${rel}: exports ${exportName}() but ${className} has no @AuraEnabled static method ${exportName} (${controller.file})`
                );
                continue;
            }
            entry.answered = true;
            const { method } = entry;
            let list = samples[exportName];
            if (list === undefined && method.params.length === 0) list = [{}];
            if (!Array.isArray(list) || list.length === 0) {
                errors.push(
                    `${rel}: ${exportName}: add sample params for the contract test: ` +
                        `export const samples = { ${exportName}: [ { ${method.params.map((p) => p.name).join(', ')} } ] }`
                );
                continue;
            }
            const paramNames = new Map(method.params.map((p) => [p.name, p]));
            list.forEach((sample, index) => {
                for (const [key, value] of Object.entries(sample ?? {})) {
                    const param = paramNames.get(key);
                    if (!param) {
                        errors.push(
                            `${rel}: samples.${exportName}[${index}]: '${key}' is not a parameter of Apex ${className}.${exportName}(${method.params.map((p) => p.name).join(', ')})`
                        );
                    } else {
                        checkValue(
                            model,
                            value,
                            param.type,
                            `params.${key}`,
                            `${rel}: samples.${exportName}[${index}]`,
                            errors
                        );
                    }
                }
            });
            let answers = 0;
            for (const org of orgsWithData) {
                // One empty ctx.state per org and adapter file: methods in alphabetical order (module namespace order), samples in order.
                if (!startedOrgs.has(org)) {
                    apex.reset(org);
                    startedOrgs.add(org);
                }
                for (const [index, sample] of list.entries()) {
                    const result = await apex.call({
                        org,
                        className,
                        method: exportName,
                        params: structuredClone(sample ?? {})
                    });
                    const where = `${rel}: ${exportName}(samples.${exportName}[${index}]) in demo org ${org}`;
                    if (result.status === 200) {
                        answers++;
                        stats.adapterAnswers++;
                        if (method.returnType !== null)
                            checkValue(model, result.body, method.returnType, '$', where, errors);
                    } else if (result.error?.code === 'PREVIEW_NO_DATA') {
                        break; // this org has no data for this adapter
                    } else if (result.body?.exceptionType !== 'System.AuraHandledException') {
                        errors.push(`${where}: adapter failed: ${result.body?.message ?? result.status}`);
                    }
                }
            }
            if (answers === 0 && orgsWithData.length > 0) {
                errors.push(
                    `${rel}: ${exportName}: no sample got an answer in any demo org (all threw), so nothing was validated`
                );
            }
        }
    }

    // (c) every controller method has a preview answer.
    for (const [key, entry] of methods) {
        if (!entry.answered) {
            errors.push(
                `${entry.controller.file}:${entry.method.line}: ${key} has no preview answer: add ` +
                    `\`export async function ${entry.method.name}(params, ctx)\` to preview/adapters/${entry.controller.name}.mjs ` +
                    `or a static preview/demo-orgs/<org>/${key}.json`
            );
        }
    }
    // (d) the REST API v1.
    const rest = await checkRestContract(root, model, checkValue, generatedRoot);
    errors.push(...rest.errors);
    stats.restAnswers = rest.answers;
    return { errors, stats };
}
