// Runs the demo-org generators in preview/generators/*.mjs (see docs/ARCHITECTURE.md, "Preview").
//
// Contract of a generator module (files starting with "_" are helpers and are not run):
//   export const orgId = 'large-org';          // optional: a string or an array of strings;
//                                               // default: the file name without .mjs
//   export async function generate({ outDir, orgId }) { ... }  // writes JSON files into outDir
// outDir is <generatedRoot>/<orgId> (the whole generated root is emptied once before the generators run, so
// several generators may write into the same org). Generators must be deterministic
// (seeded PRNG, no Date.now()/Math.random()).
import { readdirSync, existsSync, mkdirSync, rmSync, renameSync } from 'node:fs';
import { join, basename } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Generator modules of a project, sorted by file name. */
export function listGenerators(root) {
    const dir = join(root, 'preview', 'generators');
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
        .filter((name) => name.endsWith('.mjs') && !name.startsWith('_'))
        .sort()
        .map((name) => join(dir, name));
}

/**
 * Runs every generator of `root` into `generatedRoot` (default <root>/preview/generated), which is emptied first.
 * @returns {Promise<Array<{ file: string, orgId: string, outDir: string, ms: number }>>}
 */
export async function runGenerators(root, { generatedRoot = join(root, 'preview', 'generated'), log = () => {} } = {}) {
    // Generate into a sibling folder and swap it in at the end, so a running preview server (or a parallel build)
    // never sees a half-written org, and a failing generator leaves the previous data in place.
    const target = generatedRoot;
    const staging = `${target}.tmp-${process.pid}`;
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(staging, { recursive: true });
    try {
        const runs = await generateInto(root, staging, log);
        replaceDir(staging, target);
        return runs.map((run) => ({ ...run, outDir: join(target, run.orgId) }));
    } finally {
        rmSync(staging, { recursive: true, force: true });
    }
}

/** Replaces `target` by `source` (rename), retrying when a parallel build swaps at the same moment. */
export function replaceDir(source, target) {
    for (let attempt = 1; ; attempt++) {
        try {
            rmSync(target, { recursive: true, force: true });
            renameSync(source, target);
            return;
        } catch (error) {
            if (attempt >= 5 || !['ENOTEMPTY', 'EEXIST', 'EPERM', 'EBUSY'].includes(error.code)) throw error;
        }
    }
}

async function generateInto(root, generatedRoot, log) {
    const runs = [];
    for (const file of listGenerators(root)) {
        const mod = await import(pathToFileURL(file).href);
        if (typeof mod.generate !== 'function') {
            throw new Error(`${file}: a preview generator must export "async function generate({ outDir, orgId })"`);
        }
        const declared = mod.orgId ?? basename(file, '.mjs');
        const orgIds = Array.isArray(declared) ? declared : [declared];
        for (const orgId of orgIds) {
            if (typeof orgId !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(orgId)) {
                throw new Error(
                    `${file}: orgId must be a lower-case id like "large-org", got ${JSON.stringify(orgId)}`
                );
            }
            const outDir = join(generatedRoot, orgId);
            mkdirSync(outDir, { recursive: true });
            const started = Date.now();
            await mod.generate({ outDir, orgId });
            const ms = Date.now() - started;
            runs.push({ file, orgId, outDir, ms });
            log(`generator ${basename(file)} → ${orgId} (${ms} ms)`);
        }
    }
    return runs;
}
