// Copies the installed Chart.js UMD build (devDependency chart.js, pinned with --save-exact) into the static resource
// force-app/main/common/staticresources/chartJs.js that c-ls-chart (common) loads with
// lightning/platformResourceLoader. The copy is committed so `sf project deploy` and packaging need no build step;
// `--check` (the Jest test of lsChart checks the same) fails when the copy and the installed version differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SOURCE = join(ROOT, 'node_modules', 'chart.js', 'dist', 'chart.umd.min.js');
export const TARGET = join(ROOT, 'force-app', 'main', 'common', 'staticresources', 'chartJs.js');

const source = readFileSync(SOURCE);
if (process.argv.includes('--check')) {
    if (!source.equals(readFileSync(TARGET))) {
        console.error(`${TARGET} differs from ${SOURCE}: run npm run vendor:chartjs`);
        process.exit(1);
    }
    console.log('chartJs static resource matches the installed chart.js');
} else {
    writeFileSync(TARGET, source);
    console.log(`copied ${SOURCE} → ${TARGET}`);
}
