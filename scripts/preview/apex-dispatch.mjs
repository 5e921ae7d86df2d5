// Answers the preview's Apex calls (docs/ARCHITECTURE.md, "Preview"), used by the preview server and by the
// contract test. For POST /apex/<Class>/<method> in demo org <org>, in order:
//   1. preview/adapters/<Class>.mjs exporting `async function <method>(params, ctx)`;
//   2. the static file preview/demo-orgs/<org>/<Class>.<method>.json (or preview/generated/<org>/... for a
//      generated org);
//   3. else a 404 Apex error "No preview data for <Class>.<method> in demo org <org>".
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, isAbsolute, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';

const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]*$/;
const ORG_ID = /^[a-z0-9][a-z0-9-]*$/;

/** JSON body of an Apex error, shaped like the platform's AuraHandledException body. */
export function apexErrorBody(message, exceptionType = 'System.AuraHandledException', stackTrace = null) {
    return {
        message,
        exceptionType,
        isUserDefinedException: exceptionType === 'System.AuraHandledException',
        stackTrace
    };
}

function isPreviewApexError(error) {
    return !!error && (error.isPreviewApexError === true || error.name === 'PreviewApexError');
}

/**
 * @param {object} options
 * @param {string} options.root project dir
 * @param {string} [options.generatedRoot] where generated demo orgs live (default <root>/preview/generated)
 * @param {() => Date} [options.now] clock of ctx.now()
 */
export function createPreviewApex({
    root,
    generatedRoot = join(root, 'preview', 'generated'),
    now = () => new Date()
}) {
    const demoOrgsRoot = join(root, 'preview', 'demo-orgs');
    const adaptersRoot = join(root, 'preview', 'adapters');
    const states = new Map();
    const jsonCache = new Map();

    function readJsonCached(file) {
        const { mtimeMs, size } = statSync(file);
        const cached = jsonCache.get(file);
        if (cached && cached.mtimeMs === mtimeMs && cached.size === size) return cached;
        const text = readFileSync(file, 'utf8');
        let value;
        try {
            value = JSON.parse(text);
        } catch (error) {
            throw new Error(`${file}: invalid JSON: ${error.message}`);
        }
        const entry = { mtimeMs, size, text, value };
        jsonCache.set(file, entry);
        return entry;
    }

    /** Demo orgs listed in preview/demo-orgs/index.json. */
    function listOrgs() {
        const index = join(demoOrgsRoot, 'index.json');
        return existsSync(index) ? readJsonCached(index).value : [];
    }

    /** Existing data folders of an org: preview/demo-orgs/<org>, then <generatedRoot>/<org>. */
    function orgDirs(org) {
        return [join(demoOrgsRoot, org), join(generatedRoot, org)].filter((dir) => existsSync(dir));
    }

    function findOrgFile(org, name) {
        if (isAbsolute(name) || normalize(name).startsWith('..')) {
            throw new Error(`ctx.load("${name}"): name must be a file name inside the org's folder`);
        }
        for (const dir of orgDirs(org)) {
            for (const candidate of [name, `${name}.json`]) {
                const file = join(dir, candidate);
                if (existsSync(file) && statSync(file).isFile()) return file;
            }
        }
        return null;
    }

    function stateOf(org) {
        if (!states.has(org)) states.set(org, {});
        return states.get(org);
    }

    function contextFor(org, className, method) {
        const dirs = orgDirs(org);
        return {
            org,
            className,
            method,
            dataDir: dirs[0] ?? join(demoOrgsRoot, org),
            load(name) {
                const file = findOrgFile(org, name);
                if (!file) {
                    const error = new Error(
                        `ctx.load("${name}"): no such file in preview/demo-orgs/${org}/ or preview/generated/${org}/`
                    );
                    error.code = 'PREVIEW_NO_DATA';
                    throw error;
                }
                // A fresh copy each time: adapters keep their changes in ctx.state, never in loaded data.
                return structuredClone(readJsonCached(file).value);
            },
            state: stateOf(org),
            now: () => now()
        };
    }

    async function loadAdapter(className) {
        const file = join(adaptersRoot, `${className}.mjs`);
        if (!existsSync(file)) return null;
        // Re-import when the file changes, so editing an adapter needs no server restart.
        const { mtimeMs } = statSync(file);
        return import(`${pathToFileURL(file).href}?mtime=${mtimeMs}`);
    }

    /**
     * Answers one call.
     * @returns {Promise<{ status: number, body: unknown, source: 'adapter' | 'fixture' | 'none', file?: string,
     *   error?: Error }>}
     */
    async function call({ org, className, method, params = {} }) {
        if (!IDENTIFIER.test(className ?? '') || !IDENTIFIER.test(method ?? '')) {
            return {
                status: 400,
                source: 'none',
                body: apexErrorBody(`Invalid Apex method "${className}.${method}"`, 'PreviewBadRequest')
            };
        }
        if (!ORG_ID.test(org ?? '') || !listOrgs().some((o) => o.id === org)) {
            return {
                status: 400,
                source: 'none',
                body: apexErrorBody(`Unknown demo org "${org}" (see preview/demo-orgs/index.json)`, 'PreviewBadRequest')
            };
        }
        const adapter = await loadAdapter(className);
        if (adapter && typeof adapter[method] === 'function') {
            const file = join(adaptersRoot, `${className}.mjs`);
            try {
                const result = await adapter[method](params ?? {}, contextFor(org, className, method));
                return { status: 200, source: 'adapter', file, body: result === undefined ? null : result };
            } catch (error) {
                if (isPreviewApexError(error)) {
                    return {
                        status: error.status ?? 500,
                        source: 'adapter',
                        file,
                        error,
                        body: apexErrorBody(error.message)
                    };
                }
                return {
                    status: 500,
                    source: 'adapter',
                    file,
                    error,
                    body: apexErrorBody(
                        `Preview adapter ${className}.${method} failed: ${error?.message ?? error}`,
                        'PreviewAdapterError',
                        error?.stack ?? null
                    )
                };
            }
        }
        for (const dir of orgDirs(org)) {
            const file = join(dir, `${className}.${method}.json`);
            if (existsSync(file)) {
                return { status: 200, source: 'fixture', file, body: readJsonCached(file).value };
            }
        }
        return {
            status: 404,
            source: 'none',
            body: apexErrorBody(`No preview data for ${className}.${method} in demo org ${org}`, 'PreviewNoData')
        };
    }

    return {
        call,
        listOrgs,
        orgDirs,
        /** Forgets the adapters' state of one org (or of every org without argument). */
        reset(org) {
            if (org) states.delete(org);
            else states.clear();
        }
    };
}
