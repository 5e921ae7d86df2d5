// Reads the Apex of a project with @apexdevtools/apex-parser into the model the contract check needs:
//  - DTOs: classes (top-level or inner) with @AuraEnabled fields/properties → { name, file, line, props, superName }
//  - REST DTOs: classes named RestV<n>...Dto (serialized with JSON.serialize, so every public or global instance
//    field is in the JSON) → the same shape, all such fields as props (docs/api/rest.md)
//  - enums (their values are the only valid strings of an enum-typed property)
//  - controllers: force-app/**/classes/controllers/*.cls → @AuraEnabled static methods with return type and params
// Types are parsed into { kind: 'list' | 'map' | 'named', ... } (see parseApexType).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ApexParserFactory, ApexErrorListener } from '@apexdevtools/apex-parser';

class CollectingListener extends ApexErrorListener {
    constructor() {
        super();
        this.errors = [];
    }

    apexSyntaxError(line, column, message) {
        this.errors.push({ line, column, message });
    }
}

/** Every .cls below `dir`. */
export function findApexClasses(dir) {
    if (!existsSync(dir)) return [];
    const files = [];
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
        const full = join(dir, entry.name);
        if (entry.isDirectory()) files.push(...findApexClasses(full));
        else if (entry.name.endsWith('.cls')) files.push(full);
    }
    return files.sort();
}

/**
 * Parses an Apex type as written (`List<Map<String, Foo.Bar>>`, `Foo[]`) into
 * { kind: 'list', of } | { kind: 'map', key, value } | { kind: 'named', name, lower, text }.
 */
export function parseApexType(text) {
    const source = text.replace(/\s+/g, '');
    let pos = 0;
    const parse = () => {
        const match = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*/.exec(source.slice(pos));
        if (!match) throw new Error(`cannot parse Apex type "${text}"`);
        pos += match[0].length;
        const name = match[0];
        let type;
        if (source[pos] === '<') {
            pos++;
            const args = [parse()];
            while (source[pos] === ',') {
                pos++;
                args.push(parse());
            }
            if (source[pos] !== '>') throw new Error(`cannot parse Apex type "${text}"`);
            pos++;
            const lower = name.toLowerCase();
            if ((lower === 'list' || lower === 'set') && args.length === 1) type = { kind: 'list', of: args[0] };
            else if (lower === 'map' && args.length === 2) type = { kind: 'map', key: args[0], value: args[1] };
            else type = { kind: 'named', name, lower, text: `${name}<...>`, args };
        } else {
            type = { kind: 'named', name, lower: name.toLowerCase(), text: name };
        }
        while (source.slice(pos, pos + 2) === '[]') {
            pos += 2;
            type = { kind: 'list', of: type };
        }
        return type;
    };
    const type = parse();
    if (pos !== source.length) throw new Error(`cannot parse Apex type "${text}"`);
    return type;
}

/** Text of a parsed type, for messages. */
export function typeText(type) {
    if (type.kind === 'list') return `List<${typeText(type.of)}>`;
    if (type.kind === 'map') return `Map<${typeText(type.key)}, ${typeText(type.value)}>`;
    return type.text;
}

/** Class names of the REST DTOs: every public/global instance field is serialized (JSON.serialize). */
export const REST_DTO_NAME = /^RestV\d+[A-Za-z0-9_]*Dto$/;

const isAuraEnabled = (modifiers) => modifiers.some((m) => /^@auraenabled\b/i.test(m.getText()));
const isTestClass = (modifiers) => modifiers.some((m) => /^@istest\b/i.test(m.getText()));
const hasModifier = (modifiers, word) => modifiers.some((m) => m.getText().toLowerCase() === word);

/**
 * Reads the project's Apex.
 * @returns {{ dtos: Map<string, object>, enums: Map<string, object>, classes: Map<string, object>,
 *   controllers: Map<string, object>, errors: string[] }} maps keyed by lower-case simple class name
 */
export function readApexModel(root) {
    const errors = [];
    const dtos = new Map();
    const enums = new Map();
    const classes = new Map();
    const controllers = new Map();
    for (const file of findApexClasses(join(root, 'force-app'))) {
        const rel = relative(root, file);
        const source = readFileSync(file, 'utf8');
        // Parsing is the slow part; only classes with @AuraEnabled members or enums can matter to the contract.
        if (!/@auraenabled|\benum\b|\bclass\s+RestV\d/i.test(source)) continue;
        const listener = new CollectingListener();
        const { parser } = ApexParserFactory.createLexerAndParser(source, listener);
        const unit = parser.compilationUnit();
        if (listener.errors.length > 0) {
            const first = listener.errors[0];
            errors.push(
                `${rel}:${first.line}: Apex syntax error: ${first.message} (the contract test needs parseable Apex)`
            );
            continue;
        }
        const typeDeclaration = unit.typeDeclaration();
        const topModifiers = typeDeclaration?.modifier_list() ?? [];
        const isController = /(^|\/)classes\/controllers\/[^/]+\.cls$/.test(rel.split('\\').join('/'));

        const visitEnum = (declaration, outer) => {
            const name = declaration.id().getText();
            const values = (declaration.enumConstants()?.id_list() ?? []).map((id) => id.getText());
            enums.set(name.toLowerCase(), { name, qualified: outer ? `${outer}.${name}` : name, file: rel, values });
        };

        const visitClass = (declaration, modifiers, outer) => {
            const name = declaration.id().getText();
            const qualified = outer ? `${outer}.${name}` : name;
            const line = declaration.id().start.line;
            const props = new Map();
            const methods = [];
            const isRestDto = REST_DTO_NAME.test(name);
            for (const body of declaration.classBody().classBodyDeclaration_list()) {
                const member = body.memberDeclaration();
                if (!member) continue;
                const memberModifiers = body.modifier_list();
                const inner = member.classDeclaration();
                if (inner) {
                    visitClass(inner, memberModifiers, qualified);
                    continue;
                }
                if (member.enumDeclaration()) {
                    visitEnum(member.enumDeclaration(), qualified);
                    continue;
                }
                const aura = isAuraEnabled(memberModifiers);
                const isStatic = hasModifier(memberModifiers, 'static');
                const field = member.fieldDeclaration();
                const property = member.propertyDeclaration();
                const serialized =
                    isRestDto &&
                    !hasModifier(memberModifiers, 'transient') &&
                    (hasModifier(memberModifiers, 'public') || hasModifier(memberModifiers, 'global'));
                if ((aura || serialized) && !isStatic && (field || property)) {
                    const typeRef = (field ?? property).typeRef();
                    const ids = field
                        ? field
                              .variableDeclarators()
                              .variableDeclarator_list()
                              .map((v) => v.id())
                        : [property.id()];
                    for (const id of ids) {
                        props.set(id.getText(), {
                            name: id.getText(),
                            type: parseApexType(typeRef.getText()),
                            line: id.start.line
                        });
                    }
                }
                const method = member.methodDeclaration();
                if (method && aura && isStatic) {
                    const params = (method.formalParameters().formalParameterList()?.formalParameter_list() ?? []).map(
                        (p) => ({ name: p.id().getText(), type: parseApexType(p.typeRef().getText()) })
                    );
                    methods.push({
                        name: method.id().getText(),
                        line: method.id().start.line,
                        returnType: method.typeRef() ? parseApexType(method.typeRef().getText()) : null,
                        params
                    });
                }
            }
            const superName = declaration.typeRef() ? declaration.typeRef().getText() : null;
            const info = { name, qualified, file: rel, line, props, superName, isTest: isTestClass(modifiers) };
            const key = name.toLowerCase();
            if (classes.has(key)) {
                const other = classes.get(key);
                if (props.size > 0 || other.props.size > 0) {
                    errors.push(
                        `${rel}:${line}: class ${qualified} has the same name as ${other.qualified} (${other.file}); ` +
                            'DTO names must be unique in the project'
                    );
                }
            } else {
                classes.set(key, info);
            }
            if (isController && !outer && !info.isTest) {
                controllers.set(key, { ...info, methods });
            }
        };

        if (typeDeclaration?.classDeclaration()) visitClass(typeDeclaration.classDeclaration(), topModifiers, null);
        else if (typeDeclaration?.enumDeclaration()) visitEnum(typeDeclaration.enumDeclaration(), null);
    }

    // DTOs: classes with @AuraEnabled members, plus their @AuraEnabled superclass members.
    const allProps = (info, seen = new Set()) => {
        if (seen.has(info.name.toLowerCase())) return new Map();
        seen.add(info.name.toLowerCase());
        const parent = info.superName ? classes.get(info.superName.split('.').pop().toLowerCase()) : null;
        return new Map([...(parent ? allProps(parent, seen) : new Map()), ...info.props]);
    };
    for (const [key, info] of classes) {
        const props = allProps(info);
        if (props.size > 0) dtos.set(key, { ...info, props });
    }
    return { dtos, enums, classes, controllers, errors };
}
