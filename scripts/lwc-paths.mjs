#!/usr/bin/env node
// Writes tsconfig.paths.json: one `c/<bundle>` path per LWC bundle (TypeScript paths allow a single `*`, and a
// bundle's entry is <bundle>/<bundle>.ts), plus the platform modules the LWC compiler resolves.
import { readdirSync, existsSync, writeFileSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..');

/** Every directory named `lwc` below force-app. */
export function findLwcRoots(dir = join(root, 'force-app')) {
    const roots = [];
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (!entry.isDirectory() || entry.name === 'node_modules' || entry.name === '__tests__') continue;
        const full = join(dir, entry.name);
        if (entry.name === 'lwc') roots.push(full);
        else roots.push(...findLwcRoots(full));
    }
    return roots;
}

/** Map of `c/<bundle>` to the bundle's TypeScript entry, relative to the project root. */
export function lwcBundlePaths() {
    const paths = {};
    for (const lwcRoot of findLwcRoots()) {
        for (const bundle of readdirSync(lwcRoot, { withFileTypes: true })) {
            const entry = join(lwcRoot, bundle.name, `${bundle.name}.ts`);
            if (bundle.isDirectory() && existsSync(entry)) {
                paths[`c/${bundle.name}`] = [relative(root, entry)];
            }
        }
    }
    return paths;
}

const config = {
    compilerOptions: {
        baseUrl: '.',
        paths: {
            // The `lwc` package (pinned to the @lwc/* version) re-exports @lwc/engine-dom with the LWC types.
            lwc: ['node_modules/lwc'],
            '@apex-types/*': ['types/apex/*'],
            '@test/*': ['test/jest/*'],
            ...lwcBundlePaths()
        }
    }
};
const target = join(root, 'tsconfig.paths.json');
const text = JSON.stringify(config, null, 2) + '\n';
if (!existsSync(target) || readFileSync(target, 'utf8') !== text) {
    writeFileSync(target, text);
}
