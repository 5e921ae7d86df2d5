#!/usr/bin/env node
// Builds the local preview (docs/ARCHITECTURE.md, "Preview"):
//  1. runs the demo-org generators (preview/generators/*.mjs) into preview/generated/<org>/;
//  2. bundles the preview shell (preview/src) + the compiled force-app LWCs (`npm run build` output) +
//     lightning-base-components with rollup and @lwc/rollup-plugin into preview/dist/, and copies the SLDS
//     stylesheet, images and icon sprites to preview/dist/assets/.
// Platform modules (@salesforce/apex/*, @salesforce/label/*, ...) are virtual modules, see previewPlatformModules().
import { rollup } from 'rollup';
// The `lwc` package (pinned to the @lwc/* version, test/gates/lwc-version.test.mjs) re-exports @lwc/rollup-plugin.
import lwc from 'lwc/rollup-plugin';
import replace from '@rollup/plugin-replace';
import { readFileSync, readdirSync, existsSync, mkdirSync, rmSync, cpSync, writeFileSync, renameSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, dirname, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { runGenerators, replaceDir } from './generators.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);

/** Every `lwc` folder under force-app. */
function findLwcRoots(dir) {
    const roots = [];
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (!entry.isDirectory() || entry.name === 'node_modules' || entry.name === '__tests__') continue;
        const full = join(dir, entry.name);
        if (entry.name === 'lwc') roots.push(full);
        else roots.push(...findLwcRoots(full));
    }
    return roots;
}

/**
 * `c/<bundle>` alias records pointing at the compiled <bundle>.js of every force-app LWC bundle (`npm run build`
 * output). Bundles without a compiled .js are left out: only an import of one (a page of pages.json or a c/ import)
 * fails the build, so a half-written component elsewhere in the tree does not block the preview.
 */
export function forceAppModules(root = ROOT) {
    const records = [];
    for (const lwcRoot of findLwcRoots(join(root, 'force-app'))) {
        for (const bundle of readdirSync(lwcRoot, { withFileTypes: true })) {
            if (!bundle.isDirectory()) continue;
            const js = join(lwcRoot, bundle.name, `${bundle.name}.js`);
            if (existsSync(js)) records.push({ name: `c/${bundle.name}`, path: js });
        }
    }
    return records;
}

/** Stubs of lightning/* modules that only exist on the platform (preview/src/stubs/lightning/<name>.js). */
function stubModules(root) {
    const dir = join(root, 'preview', 'src', 'stubs', 'lightning');
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
        .filter((f) => f.endsWith('.js'))
        .map((f) => ({ name: `lightning/${f.slice(0, -3)}`, path: join(dir, f) }));
}

/** Tab API name → LWC bundle, from force-app tabs (so NavigationMixin to a tab opens the matching preview page). */
function readTabs(root) {
    const tabs = {};
    const walk = (dir) => {
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
            const full = join(dir, entry.name);
            if (entry.isDirectory()) walk(full);
            else if (entry.name.endsWith('.tab-meta.xml')) {
                const match = /<lwcComponent>\s*([^<\s]+)\s*<\/lwcComponent>/.exec(readFileSync(full, 'utf8'));
                if (match) tabs[entry.name.replace('.tab-meta.xml', '')] = match[1];
            }
        }
    };
    walk(join(root, 'force-app'));
    return tabs;
}

/** Custom labels of the project (force-app/**\/labels/*.labels-meta.xml): fullName → value. */
function readCustomLabels(root) {
    const labels = {};
    const walk = (dir) => {
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
            const full = join(dir, entry.name);
            if (entry.isDirectory()) walk(full);
            else if (entry.name.endsWith('.labels-meta.xml')) {
                const xml = readFileSync(full, 'utf8');
                for (const block of xml.match(/<labels>[\s\S]*?<\/labels>/g) ?? []) {
                    const name = /<fullName>([^<]+)<\/fullName>/.exec(block)?.[1];
                    const value = /<value>([\s\S]*?)<\/value>/.exec(block)?.[1];
                    if (name && value !== undefined) labels[name] = decodeXml(value);
                }
            }
        }
    };
    walk(join(root, 'force-app'));
    return labels;
}

function decodeXml(text) {
    return text
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&');
}

const VIRTUAL = '\0preview-virtual:';

/**
 * Rollup plugin answering the Salesforce platform imports with preview implementations:
 * - `@salesforce/apex/Class.method` → callable (POST /apex/Class/method) with a wire `adapter`
 * - `@salesforce/apex` → refreshApex, getSObjectValue
 * - `@salesforce/label/c.Name` → the project's custom label value (or the label name)
 * - `@salesforce/label/<Section.name>`, `@salesforce/i18n/*`, `@salesforce/client/formFactor` → the
 *   lightning-base-components scoped import when it ships one
 * - `@salesforce/customPermission/*`, `@salesforce/userPermission/*` → true, `@salesforce/user/Id` → a fixed user
 *   id, `@salesforce/user/isGuest` → false, `@salesforce/schema/Object.Field` → { objectApiName, fieldApiName },
 *   `@salesforce/resourceUrl/x` → /resource/x, `@salesforce/contentAssetUrl/x` → /content/x
 * - `preview:config` → { orgs, pages, tabs } and one `import` of every page component.
 */
function previewPlatformModules(root) {
    const runtime = join(root, 'preview', 'src', 'runtime', 'apex.js');
    const lbcScoped = join(dirname(require.resolve('lightning-base-components/package.json')), 'scopedImports');
    const labels = readCustomLabels(root);
    const scopedImport = (id) => {
        const file = join(lbcScoped, id.replace(/\//g, '-') + '.js');
        return existsSync(file) ? file : null;
    };
    return {
        name: 'preview-platform-modules',
        resolveId(id, importer) {
            if (id.startsWith('lightning/')) {
                // Not in lightning-base-components and no stub: fail the build instead of a broken page.
                this.error(
                    `"${id}" (imported by ${importer ? relative(root, importer) : '?'}) is not in lightning-base-components; ` +
                        `add a preview stub preview/src/stubs/lightning/${id.slice('lightning/'.length)}.js`
                );
            }
            if (id === 'preview:config' || id.startsWith('@salesforce/')) {
                if (
                    (id.startsWith('@salesforce/i18n/') ||
                        id.startsWith('@salesforce/client/') ||
                        (id.startsWith('@salesforce/label/') && !id.startsWith('@salesforce/label/c.'))) &&
                    scopedImport(id)
                ) {
                    return scopedImport(id);
                }
                return VIRTUAL + id;
            }
            return null;
        },
        load(id) {
            if (!id.startsWith(VIRTUAL)) return null;
            const spec = id.slice(VIRTUAL.length);
            const json = (value) => JSON.stringify(value);
            if (spec === 'preview:config') {
                const pages = JSON.parse(readFileSync(join(root, 'preview', 'pages.json'), 'utf8'));
                const bundles = new Set(forceAppModules(root).map((m) => m.name));
                const seen = new Set();
                for (const page of pages) {
                    const problem =
                        !page || typeof page.id !== 'string' || typeof page.label !== 'string'
                            ? 'needs string "id", "label" and "component"'
                            : seen.has(page.id)
                              ? `duplicate page id "${page.id}"`
                              : !bundles.has(`c/${page.component}`)
                                ? `component "${page.component}" is not a force-app LWC bundle with a compiled .js (npm run build)`
                                : null;
                    if (problem) this.error(`preview/pages.json: ${JSON.stringify(page)}: ${problem}`);
                    seen.add(page.id);
                }
                const orgs = JSON.parse(readFileSync(join(root, 'preview', 'demo-orgs', 'index.json'), 'utf8'));
                const imports = pages.map((p, i) => `import Page${i} from ${json('c/' + p.component)};`).join('\n');
                const ctors = pages.map((p, i) => `${json(p.id)}: Page${i}`).join(',\n    ');
                return `${imports}
export const pages = ${json(pages)};
export const orgs = ${json(orgs)};
export const tabs = ${json(readTabs(root))};
export const components = {
    ${ctors}
};\n`;
            }
            if (spec === '@salesforce/apex') {
                return `export { refreshApex, getSObjectValue } from ${json(runtime)};\n`;
            }
            const apex = /^@salesforce\/apex\/(?:([A-Za-z0-9_]+)__)?([A-Za-z0-9_]+)\.([A-Za-z0-9_]+)$/.exec(spec);
            if (apex) {
                return `import { createApexMethod } from ${json(runtime)};
export default createApexMethod(${json(apex[2])}, ${json(apex[3])});\n`;
            }
            if (spec.startsWith('@salesforce/label/')) {
                const name = spec.slice('@salesforce/label/'.length).replace(/^c\./, '');
                return `export default ${json(labels[name] ?? name)};\n`;
            }
            if (spec.startsWith('@salesforce/customPermission/') || spec.startsWith('@salesforce/userPermission/')) {
                return 'export default true;\n';
            }
            if (spec === '@salesforce/user/Id') return `export default '005PREVIEW0000001AA';\n`;
            if (spec === '@salesforce/user/isGuest') return 'export default false;\n';
            if (spec.startsWith('@salesforce/schema/')) {
                const [objectApiName, ...fields] = spec.slice('@salesforce/schema/'.length).split('.');
                const value = fields.length ? { objectApiName, fieldApiName: fields.join('.') } : { objectApiName };
                return `export default ${json(value)};\n`;
            }
            if (spec.startsWith('@salesforce/resourceUrl/')) {
                return `export default ${json('/resource/' + spec.split('/').pop())};\n`;
            }
            if (spec.startsWith('@salesforce/contentAssetUrl/')) {
                return `export default ${json('/content/' + spec.split('/').pop())};\n`;
            }
            this.error(`The preview has no implementation of "${spec}". Add one in scripts/preview/build-preview.mjs.`);
            return null;
        }
    };
}

/** Copies the SLDS assets the shell and lightning-base-components reference (/assets/...). */
function copySldsAssets(root, distDir) {
    const slds = join(dirname(require.resolve('@salesforce-ux/design-system/package.json')), 'assets');
    const target = join(distDir, 'assets');
    const copies = [
        ['styles/salesforce-lightning-design-system.min.css', 'styles/salesforce-lightning-design-system.min.css'],
        ['images', 'images'],
        ...['action', 'custom', 'doctype', 'standard', 'utility'].map((s) => [`icons/${s}-sprite`, `icons/${s}-sprite`])
    ];
    for (const [from, to] of copies) {
        cpSync(join(slds, from), join(target, to), { recursive: true });
    }
}

/**
 * Rollup's module cache (transformed modules) between builds, in .tmp/ (gitignored): unchanged modules, most of
 * lightning-base-components, are not compiled again. Keyed by this script, the installed versions and the module
 * records (stubs, LWC bundles), so a change of the build or of module resolution starts cold. Changed sources are
 * recompiled (rollup compares each module's source). PREVIEW_NO_CACHE=1 disables it.
 */
function rollupCacheFile(root) {
    const key = createHash('sha256');
    for (const file of [fileURLToPath(import.meta.url), join(root, 'package-lock.json')]) {
        if (existsSync(file)) key.update(readFileSync(file));
    }
    // Module resolution is cached too: a new stub or LWC bundle must start cold.
    key.update(JSON.stringify([...stubModules(root), ...forceAppModules(root)]));
    return join(root, '.tmp', `preview-rollup-cache-${key.digest('hex').slice(0, 16)}.json`);
}

function readRollupCache(root) {
    if (process.env.PREVIEW_NO_CACHE) return undefined;
    try {
        return JSON.parse(readFileSync(rollupCacheFile(root), 'utf8'));
    } catch {
        return undefined;
    }
}

function writeRollupCache(root, cache) {
    if (process.env.PREVIEW_NO_CACHE || !cache) return;
    const file = rollupCacheFile(root);
    try {
        mkdirSync(dirname(file), { recursive: true });
        for (const old of readdirSync(dirname(file))) {
            if (old.startsWith('preview-rollup-cache-')) rmSync(join(dirname(file), old), { force: true });
        }
        const staging = `${file}.${process.pid}`;
        // ASTs are most of the cache (~80 MB); rollup re-parses the cached code quickly without them.
        const slim = { ...cache, modules: cache.modules.map((module) => ({ ...module, ast: null })) };
        writeFileSync(staging, JSON.stringify(slim));
        renameSync(staging, file);
    } catch (error) {
        console.warn(`build-preview: could not write the rollup cache: ${error.message}`);
    }
}

/** Bundles the preview into `distDir`. */
export async function bundlePreview({
    root = ROOT,
    distDir: targetDir = join(root, 'preview', 'dist'),
    log = console.log
} = {}) {
    const started = Date.now();
    // Build next to preview/dist and swap at the end: a failed build keeps the previous preview, and a running
    // server never serves a half-written bundle.
    const distDir = `${targetDir}.tmp-${process.pid}`;
    rmSync(distDir, { recursive: true, force: true });
    mkdirSync(distDir, { recursive: true });
    try {
        await bundleInto(root, distDir, log);
        replaceDir(distDir, targetDir);
    } finally {
        rmSync(distDir, { recursive: true, force: true });
    }
    log(`build-preview: bundled preview/dist in ${Date.now() - started} ms`);
}

async function bundleInto(root, distDir, log) {
    const warnings = [];
    const cache = readRollupCache(root);
    const bundle = await rollup({
        input: join(root, 'preview', 'src', 'main.js'),
        cache,
        plugins: [
            replace({
                preventAssignment: true,
                values: {
                    'process.env.NODE_ENV': JSON.stringify('development'),
                    'import.meta.env.SSR': 'false'
                }
            }),
            lwc({
                rootDir: join(root, 'preview', 'src', 'modules'),
                modules: [
                    ...stubModules(root),
                    ...forceAppModules(root),
                    { dir: join(root, 'preview', 'src', 'modules') },
                    { npm: 'lightning-base-components' }
                ],
                exclude: ['**/preview/src/runtime/**', '**/preview/src/main.js'],
                enableDynamicComponents: true,
                // lightning-base-components (e.g. the combobox) call attachInternals(), which synthetic shadow allows
                // only for components compiled with this flag.
                enableSyntheticElementInternals: true
            }),
            previewPlatformModules(root)
        ],
        onwarn(warning) {
            if (warning.code === 'UNRESOLVED_IMPORT') {
                throw new Error(`build-preview: ${warning.message} (the browser could not load it)`);
            }
            // lightning-base-components is full of `this` at top level and circular imports; they are harmless.
            if (['CIRCULAR_DEPENDENCY', 'THIS_IS_UNDEFINED'].includes(warning.code)) return;
            // Known template warnings inside lightning-base-components itself (e.g. duplicate slots in card.html).
            if (
                String(warning.id ?? warning.loc?.file ?? warning.message).includes(
                    'node_modules/lightning-base-components/'
                )
            ) {
                return;
            }
            warnings.push(warning);
        }
    });
    await bundle.write({
        dir: join(distDir, 'js'),
        format: 'es',
        entryFileNames: 'main.js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        sourcemap: true
    });
    writeRollupCache(root, bundle.cache);
    await bundle.close();
    writeFileSync(join(distDir, 'index.html'), readFileSync(join(root, 'preview', 'src', 'index.html'), 'utf8'));
    copySldsAssets(root, distDir);
    for (const warning of warnings) log(`build-preview warning: ${warning.message}`);
}

async function main() {
    const started = Date.now();
    const runs = await runGenerators(ROOT, { log: (m) => console.log(`build-preview: ${m}`) });
    console.log(
        `build-preview: ${runs.length} generator run(s) → ${new Set(runs.map((r) => r.orgId)).size} generated demo org(s)`
    );
    await bundlePreview();
    console.log(`build-preview: done in ${Date.now() - started} ms`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
    main().catch((error) => {
        console.error(`build-preview failed: ${error.stack ?? error}`);
        process.exit(1);
    });
}
