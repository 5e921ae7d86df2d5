// The `lwc` package is the project's LWC tooling entry (tsconfig path `lwc`, the preview's rollup plugin): it must be
// pinned exactly to the version of every @lwc/* package the project and sfdx-lwc-jest use, or the types, the
// preview bundle and the Jest engine would each run another LWC.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const require = createRequire(join(root, 'package.json'));

/** Version of an installed package (read from its folder: `lwc` exports no ./package.json). */
function installedVersion(name) {
    let dir = dirname(require.resolve(name));
    while (!dir.endsWith(join('node_modules', ...name.split('/')))) dir = dirname(dir);
    return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
}

describe('the lwc package', () => {
    it('is a devDependency pinned exactly to the version of every @lwc/* devDependency', () => {
        const pinned = pkg.devDependencies.lwc;
        assert.match(pinned ?? '', /^\d+\.\d+\.\d+$/, 'lwc is pinned to an exact version');
        const lwcPackages = Object.entries(pkg.devDependencies).filter(([name]) => name.startsWith('@lwc/'));
        assert.ok(lwcPackages.length > 0);
        for (const [name, version] of lwcPackages) {
            assert.equal(version, pinned, `${name} is pinned like lwc`);
        }
    });

    it('is installed at that version, with the engine sfdx-lwc-jest runs', () => {
        assert.equal(installedVersion('lwc'), pkg.devDependencies.lwc);
        assert.equal(installedVersion('@lwc/engine-dom'), pkg.devDependencies.lwc);
    });

    it('is what TypeScript resolves `lwc` to', () => {
        const paths = JSON.parse(readFileSync(join(root, 'tsconfig.paths.json'), 'utf8')).compilerOptions.paths;
        assert.deepEqual(paths.lwc, ['node_modules/lwc']);
    });
});
