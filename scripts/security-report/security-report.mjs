#!/usr/bin/env node
// `npm run security:report [-- <outputDir>]`: the Salesforce Code Analyzer report an AppExchange security review asks
// for (docs/security-review.md), written offline with the engines this project already pins
// (@salesforce/code-analyzer-core + the PMD engine, as scripts/verify-apex/pmd-check.mjs uses them):
// rule selectors `AppExchange` and `Recommended:Security` (every severity), over the package directories of
// sfdx-project.json, after `npm run build` (the package script runs it first, so the compiled LWC .js is scanned).
// Writes CodeAnalyzerReport.html, .sarif and .csv (default folder: reports/security/, git-ignored) and prints a
// summary per rule. Inline suppressions are disabled, so the report shows every violation; the reviewed reasons for
// the false positives are in docs/security-review.md. Exit 0 when the report was written (violations included),
// 1 when an engine failed (the report would be incomplete).
import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JAVA_FAST_START } from '../verify-apex/apexls-check.mjs';

const require = createRequire(import.meta.url);
const {
    CodeAnalyzer,
    CodeAnalyzerConfig,
    EventType,
    LogLevel,
    OutputFormat
} = require('@salesforce/code-analyzer-core');
const { createEnginePlugin } = require('@salesforce/code-analyzer-pmd-engine');

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The selectors of the AppExchange security review submission (platform-reference §3.4). */
export const REVIEW_SELECTORS = ['AppExchange', 'Recommended:Security'];

export async function writeSecurityReport(projectRoot, outputDir) {
    const javaOptions = process.env.JDK_JAVA_OPTIONS ?? '';
    if (!javaOptions.includes(JAVA_FAST_START[0])) {
        process.env.JDK_JAVA_OPTIONS = [javaOptions, ...JAVA_FAST_START].filter(Boolean).join(' ');
    }
    const packageDirs = JSON.parse(readFileSync(join(projectRoot, 'sfdx-project.json'), 'utf8')).packageDirectories.map(
        (entry) => join(projectRoot, entry.path)
    );
    const config = CodeAnalyzerConfig.fromObject(
        {
            log_level: LogLevel.Warn,
            root_working_folder: tmpdir(),
            suppressions: { disable_suppressions: true },
            engines: { cpd: { disable_engine: true } }
        },
        projectRoot
    );
    const analyzer = new CodeAnalyzer(config);
    const engineErrors = [];
    analyzer.onEvent(EventType.EngineLogEvent, (event) => {
        if (event.logLevel === LogLevel.Error)
            engineErrors.push(`${event.engineName}: ${event.message.split('\n')[0]}`);
    });
    analyzer.onEvent(EventType.LogEvent, (event) => {
        if (event.logLevel === LogLevel.Error) engineErrors.push(`core: ${event.message.split('\n')[0]}`);
    });
    await analyzer.addEnginePlugin(createEnginePlugin());
    const workspace = await analyzer.createWorkspace(packageDirs);
    const selection = await analyzer.selectRules(REVIEW_SELECTORS, { workspace });
    const results = await analyzer.run(selection, { workspace });

    mkdirSync(outputDir, { recursive: true });
    const files = {
        html: join(outputDir, 'CodeAnalyzerReport.html'),
        sarif: join(outputDir, 'CodeAnalyzerReport.sarif'),
        csv: join(outputDir, 'CodeAnalyzerReport.csv')
    };
    writeFileSync(files.html, results.toFormattedOutput(OutputFormat.HTML));
    writeFileSync(files.sarif, results.toFormattedOutput(OutputFormat.SARIF));
    writeFileSync(files.csv, results.toFormattedOutput(OutputFormat.CSV));

    const byRule = new Map();
    for (const violation of results.getViolations()) {
        const rule = violation.getRule();
        const key = `${rule.getEngineName()}:${rule.getName()} (severity ${rule.getSeverityLevel()})`;
        const location = violation.getPrimaryLocation();
        const where = location.getFile()
            ? `${relative(projectRoot, location.getFile())}:${location.getStartLine() ?? 1}`
            : '(engine)';
        if (!byRule.has(key)) byRule.set(key, []);
        byRule.get(key).push(where);
    }
    return { files, ruleCount: selection.getCount(), violations: results.getViolationCount(), byRule, engineErrors };
}

async function main() {
    const outputDir = resolve(process.argv[2] ?? join(ROOT, 'reports', 'security'));
    const started = Date.now();
    const report = await writeSecurityReport(ROOT, outputDir);
    for (const [rule, places] of [...report.byRule.entries()].sort()) {
        console.log(`${rule}: ${places.length}`);
        for (const place of places) console.log(`  ${place}`);
    }
    console.log(
        `\nsecurity:report: ${report.ruleCount} rules (${REVIEW_SELECTORS.join(', ')}), ${report.violations} violation(s), ` +
            `${((Date.now() - started) / 1000).toFixed(1)}s`
    );
    for (const file of Object.values(report.files)) console.log(`  wrote ${relative(process.cwd(), file)}`);
    if (report.engineErrors.length > 0) {
        console.error(`Engine errors (the report is incomplete):\n  ${report.engineErrors.join('\n  ')}`);
        process.exit(1);
    }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    main().catch((error) => {
        console.error(`security:report failed: ${error.stack ?? error}`);
        process.exit(1);
    });
}
