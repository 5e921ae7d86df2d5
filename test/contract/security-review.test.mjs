// docs/security-review.md must name every place the package leaves user mode (issue #8 item 10): each Apex class
// with a `// SYSTEM_MODE:` comment and each `without sharing` class appears in its system-mode table. A new
// system-mode place without its row in the review kit fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname, resolve, basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

function apexFiles(dir) {
    const files = [];
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) files.push(...apexFiles(path));
        else if (/\.(cls|trigger)$/.test(entry.name)) files.push(path);
    }
    return files;
}

/** Classes and triggers of the package (tests excluded) that run something in system mode. */
export function systemModePlaces(root) {
    const places = new Set();
    for (const file of apexFiles(join(root, 'force-app', 'main'))) {
        const code = readFileSync(file, 'utf8');
        if (/\/\/\s*SYSTEM_MODE:/.test(code) || /\bwithout\s+sharing\b/i.test(code)) {
            places.add(basename(file).replace(/\.(cls|trigger)$/, ''));
        }
    }
    return [...places].sort();
}

test('docs/security-review.md names every system-mode class in its table', () => {
    const review = readFileSync(join(ROOT, 'docs', 'security-review.md'), 'utf8');
    const places = systemModePlaces(ROOT);
    assert.ok(places.includes('PrivateDataStore'), `found: ${places.join(', ')}`);
    const missing = places.filter((name) => !new RegExp(`^\\| \`${name}\``, 'm').test(review));
    assert.deepEqual(missing, [], 'add a row "| `Class` | what | why |" to docs/security-review.md section 3');
});
