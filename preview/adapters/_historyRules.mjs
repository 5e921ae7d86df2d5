// Helper (leading "_": not an adapter). Loads the licence forecast rule from its single TypeScript source,
// force-app/main/license-history/lwc/licenseForecastRules/licenseForecastRules.ts (the twin of the Apex
// LicenseForecast), so the preview adapter and the generator use the code the LWCs ship (same approach as
// _voiceRules.mjs: the module has no imports, so a transpiled data: URL import is enough).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const SOURCE = join(
    dirname(fileURLToPath(import.meta.url)),
    '..',
    '..',
    'force-app',
    'main',
    'license-history',
    'lwc',
    'licenseForecastRules',
    'licenseForecastRules.ts'
);

const { outputText } = ts.transpileModule(readFileSync(SOURCE, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    fileName: 'licenseForecastRules.ts'
});

/** The licenseForecastRules module (same exports as `c/licenseForecastRules`). */
export const forecastRules = await import(`data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`);
