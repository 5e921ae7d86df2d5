#!/usr/bin/env node
// Compiles every force-app/**/lwc/**/*.ts (tests and .d.ts excluded) to the sibling .js that Salesforce deploys.
// Type errors fail the build. ESNext + define semantics keep decorators (@api, @wire, @track) as written, which the
// LWC compiler on the platform requires; `import type` lines disappear.
import ts from 'typescript';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
execFileSync(process.execPath, [join(root, 'scripts', 'lwc-paths.mjs')], { stdio: 'inherit' });

const configPath = join(root, 'tsconfig.json');
const { config } = ts.readConfigFile(configPath, ts.sys.readFile);
const parsed = ts.parseJsonConfigFileContent(config, ts.sys, root);
const isComponentSource = (file) =>
    /\/lwc\/[^/]+\/[^/]+\.ts$/.test(file) && !file.endsWith('.d.ts') && !file.includes('/__tests__/');

const program = ts.createProgram({
    rootNames: parsed.fileNames,
    options: { ...parsed.options, noEmit: false, declaration: false, sourceMap: false, outDir: undefined }
});
const diagnostics = ts.getPreEmitDiagnostics(program);
if (diagnostics.length > 0) {
    const host = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => '\n' };
    process.stderr.write(ts.formatDiagnosticsWithColorAndContext(diagnostics, host));
    process.exit(1);
}
let emitted = 0;
for (const sourceFile of program.getSourceFiles()) {
    if (!isComponentSource(sourceFile.fileName)) continue;
    const result = program.emit(sourceFile, (fileName, text) => {
        const header = '// Generated from ' + fileName.replace(/\.js$/, '.ts').split('/').pop() + ' by npm run build. Do not edit.\n';
        ts.sys.writeFile(fileName, header + text);
    });
    if (result.emitSkipped) {
        console.error(`build-lwc: could not emit ${sourceFile.fileName}`);
        process.exit(1);
    }
    emitted++;
}
console.log(`build-lwc: compiled ${emitted} TypeScript LWC modules to JavaScript`);
