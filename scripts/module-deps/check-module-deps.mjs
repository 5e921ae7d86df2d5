#!/usr/bin/env node
// The module dependency rule of docs/ARCHITECTURE.md, checked on the sources: a feature module may use `common` and
// the public API of the remediation engine (listed in config/module-dependencies.json); nothing uses a feature's
// internals, and `common` uses no feature. References read:
//   Apex (.cls, .trigger): identifiers naming a class of another module, or one of its custom objects
//     (X__c, X__e, X__mdt, with or without the lsteward__ namespace), comments and strings left out;
//   LWC (.ts, .html, outside __tests__): `c/bundle` imports, `<c-bundle>` tags, `@salesforce/apex/Class.method`
//     and `@salesforce/schema/Object...` imports.
// Apex tests under force-app/tests/<module>/ belong to <module>. A reviewed exception needs a reason in the config.
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative, sep, dirname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function walk(dir, out = []) {
    if (!existsSync(dir)) return out;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = join(dir, entry.name);
        if (entry.isDirectory()) walk(full, out);
        else out.push(full);
    }
    return out;
}

/** `fooBar` → `foo-bar` (an LWC bundle's tag name without the namespace). */
const kebab = (name) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const objectKey = (name) => name.toLowerCase().replace(/^lsteward__/, '');

/** Apex source without comments and string literals (their words are not references). */
function apexCode(source) {
    return source
        .replace(/\/\*[\s\S]*?\*\//g, ' ')
        .replace(/\/\/.*$/gm, ' ')
        .replace(/'(?:\\.|[^'\\])*'/g, "''");
}

/** TypeScript/HTML source without comments (a bundle named in a comment is not a reference). */
function lwcCode(source) {
    return source
        .replace(/<!--[\s\S]*?-->/g, ' ')
        .replace(/\/\*[\s\S]*?\*\//g, ' ')
        .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

/**
 * What each module defines: Apex classes (lower-case name → name), custom objects (key → name), LWC bundles
 * (name and tag), and the files to read, each with its module.
 */
export function readModules(root = projectRoot) {
    const mainDir = join(root, 'force-app', 'main');
    const modules = readdirSync(mainDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name);
    const defs = { classes: new Map(), objects: new Map(), bundles: new Map(), tags: new Map() };
    const files = [];
    for (const module of modules) {
        for (const file of walk(join(mainDir, module))) {
            const rel = relative(join(mainDir, module), file).split(sep);
            if (file.endsWith('.cls')) {
                defs.classes.set(basename(file, '.cls').toLowerCase(), { module, name: basename(file, '.cls') });
            }
            if (rel[0] === 'objects' && rel.length === 3 && rel[2].endsWith('.object-meta.xml')) {
                defs.objects.set(objectKey(rel[1]), { module, name: rel[1] });
            }
            if (rel[0] === 'lwc' && rel.length >= 3 && rel[2] === `${rel[1]}.ts`) {
                defs.bundles.set(rel[1], { module, name: rel[1] });
                defs.tags.set(`c-${kebab(rel[1])}`, { module, name: rel[1] });
            }
            const lwcSource = rel[0] === 'lwc' && !rel.includes('__tests__') && /\.(ts|html)$/.test(file);
            if (/\.(cls|trigger)$/.test(file) || lwcSource) files.push({ module, file });
        }
        for (const file of walk(join(root, 'force-app', 'tests', module))) {
            if (file.endsWith('.cls')) files.push({ module, file });
        }
    }
    return { modules, defs, files };
}

/** Every reference of a file to something another module defines: [{ module, kind, name, line }]. */
export function referencesOf(file, source, defs) {
    const found = [];
    const lineOf = (index) => source.slice(0, index).split('\n').length;
    const add = (def, kind, index) =>
        def && found.push({ module: def.module, kind, name: def.name, line: lineOf(index) });
    if (/\.(cls|trigger)$/.test(file)) {
        const code = apexCode(source);
        for (const match of code.matchAll(/\b[A-Za-z_][A-Za-z0-9_]*\b/g)) {
            const word = match[0];
            if (/__(c|e|mdt|r)$/i.test(word)) {
                add(defs.objects.get(objectKey(word.replace(/__r$/i, '__c'))), 'object', match.index);
            } else {
                add(defs.classes.get(word.toLowerCase()), 'class', match.index);
            }
        }
        return found;
    }
    const code = lwcCode(source);
    for (const match of code.matchAll(/['"]c\/([A-Za-z0-9_]+)['"]/g))
        add(defs.bundles.get(match[1]), 'bundle', match.index);
    for (const match of code.matchAll(/<(c-[a-z0-9-]+)/g)) add(defs.tags.get(match[1]), 'bundle', match.index);
    for (const match of code.matchAll(/@salesforce\/apex\/([A-Za-z0-9_]+)\./g)) {
        add(defs.classes.get(match[1].toLowerCase()), 'class', match.index);
    }
    for (const match of code.matchAll(/@salesforce\/schema\/([A-Za-z0-9_]+)/g)) {
        add(defs.objects.get(objectKey(match[1])), 'object', match.index);
    }
    return found;
}

/**
 * Violations of the rule: [{ file, line, from, to, kind, name, message }].
 * `rules` = { openModules: [module, ...], publicApi: { module: { class: [], object: [], bundle: [] } },
 *             exceptions: [{ from, to, kind, name, reason }] }.
 */
export function checkModuleDependencies(rules, root = projectRoot) {
    const { defs, files } = readModules(root);
    const open = new Set(rules.openModules ?? []);
    const violations = [];
    for (const { module: from, file } of files) {
        for (const ref of referencesOf(file, readFileSync(file, 'utf8'), defs)) {
            if (ref.module === from) continue;
            const isPublic = (rules.publicApi?.[ref.module]?.[ref.kind] ?? []).includes(ref.name);
            const toOpen = open.has(ref.module);
            // `common` is the base: any module may use it, and it may use nothing of a feature.
            const allowed = (toOpen || isPublic) && !(open.has(from) && !toOpen);
            const excused = (rules.exceptions ?? []).some(
                (e) => e.from === from && e.to === ref.module && e.kind === ref.kind && e.name === ref.name && e.reason
            );
            if (allowed || excused) continue;
            const where = relative(root, file).split(sep).join('/');
            violations.push({
                file: where,
                line: ref.line,
                from,
                to: ref.module,
                kind: ref.kind,
                name: ref.name,
                message: `${where}:${ref.line}: module ${from} uses ${ref.kind} ${ref.name}, an internal of module ${ref.module} (docs/ARCHITECTURE.md, Modules)`
            });
        }
    }
    // One line per file and reference is enough to find it.
    const seen = new Set();
    return violations.filter((v) => {
        const key = `${v.file}|${v.kind}|${v.name}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
    });
}

/** The project's rules (config/module-dependencies.json); every exception must give a reason. */
export function loadRules(root = projectRoot) {
    const rules = JSON.parse(readFileSync(join(root, 'config', 'module-dependencies.json'), 'utf8'));
    for (const exception of rules.exceptions ?? []) {
        if (!exception.reason || !String(exception.reason).trim()) {
            throw new Error(`config/module-dependencies.json: the exception ${exception.name} has no reason`);
        }
    }
    return rules;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
    const violations = checkModuleDependencies(loadRules());
    for (const violation of violations) console.error(violation.message);
    console.log(`module dependencies: ${violations.length} violation(s)`);
    process.exitCode = violations.length ? 1 : 0;
}
