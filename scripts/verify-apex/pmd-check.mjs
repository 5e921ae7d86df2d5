// Check 4: Salesforce Code Analyzer PMD rules (AppExchange, Recommended:Security, Recommended:Performance), severity
// 1-3, driven from Node through @salesforce/code-analyzer-core + @salesforce/code-analyzer-pmd-engine (no sf plugin).
//
// PMD parse failures are not violations: the engine reports them as Error log events ("PMD issued a processing error
// for file ..."). They are collected from the event stream and each one fails the gate, as does any other engine
// error, so a file PMD could not read never passes silently.
//
// Inline suppressions would bypass the reviewed exceptions file, so they are turned off (Code Analyzer's
// `code-analyzer-suppress` markers) or reported (PMD's own `NOPMD` comments and `@SuppressWarnings('PMD...')`).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { JAVA_FAST_START } from './apexls-check.mjs';

const require = createRequire(import.meta.url);
const { CodeAnalyzer, CodeAnalyzerConfig, EventType, LogLevel } = require('@salesforce/code-analyzer-core');
const { createEnginePlugin } = require('@salesforce/code-analyzer-pmd-engine');

export const PMD_SELECTORS = [
    'pmd:AppExchange:(1,2,3)',
    'pmd:Recommended:Security:(1,2,3)',
    'pmd:Recommended:Performance:(1,2,3)'
];

const PROCESSING_ERROR = /issued a processing error for file '([^']+)':\s*([\s\S]*)$/;

/** Best-effort line of a PMD processing error message ("... at line 4, column 7" / "[4:7]" / "line 4"). */
function lineOf(message) {
    const match =
        /lineNumber: (\d+)/.exec(message) ??
        /line (\d+)/i.exec(message) ??
        /\[(\d+):\d+\]/.exec(message) ??
        /at (\d+):\d+/.exec(message);
    return match ? Number(match[1]) : 1;
}

/** PMD would honour these markers silently; the gate reports them instead (use the exceptions file). */
export function findInlineSuppressions(files) {
    const problems = [];
    const marker = /\/\/\s*NOPMD\b|@SuppressWarnings\s*\(\s*'[^']*\bPMD\b|code-analyzer-(?:un)?suppress/i;
    for (const file of files) {
        const lines = readFileSync(file, 'utf8').split(/\r?\n/);
        lines.forEach((text, index) => {
            if (marker.test(text)) {
                problems.push({
                    check: 'pmd',
                    file,
                    line: index + 1,
                    message:
                        'Inline PMD suppression is not allowed: add a reviewed entry with a reason to config/verify-apex-exceptions.json'
                });
            }
        });
    }
    return problems;
}

/**
 * Runs the selected PMD rules over the package directories. Returns { problems, parseFailures, ruleCount,
 * violations } where problems include the parse failures and engine errors; the caller applies exceptions to
 * `violations` (rule problems) only.
 */
export async function checkWithPmd(project, apexFiles) {
    // The engine starts its own JVMs (rule description, then the run); the java launcher picks this up. C1 only:
    // about a third less wall time for these short runs.
    const javaOptions = process.env.JDK_JAVA_OPTIONS ?? '';
    if (!javaOptions.includes(JAVA_FAST_START[0])) {
        process.env.JDK_JAVA_OPTIONS = [javaOptions, ...JAVA_FAST_START].filter(Boolean).join(' ');
    }
    const config = CodeAnalyzerConfig.fromObject(
        {
            log_level: LogLevel.Warn,
            root_working_folder: tmpdir(),
            suppressions: { disable_suppressions: true },
            engines: { cpd: { disable_engine: true } }
        },
        project.root
    );
    const analyzer = new CodeAnalyzer(config);
    const engineErrors = [];
    analyzer.onEvent(EventType.EngineLogEvent, (event) => {
        if (event.logLevel === LogLevel.Error) engineErrors.push(event);
    });
    analyzer.onEvent(EventType.LogEvent, (event) => {
        if (event.logLevel === LogLevel.Error) engineErrors.push({ engineName: 'core', message: event.message });
    });
    await analyzer.addEnginePlugin(createEnginePlugin());
    const workspace = await analyzer.createWorkspace(project.packageDirs);
    const selection = await analyzer.selectRules(PMD_SELECTORS, { workspace });
    const problems = [];
    if (selection.getCount() === 0) {
        problems.push({
            check: 'pmd',
            file: project.root,
            line: 0,
            message: `no PMD rules selected by ${PMD_SELECTORS.join(' ')}`
        });
    }
    const results = await analyzer.run(selection, { workspace });

    const violations = [];
    for (const violation of results.getViolations()) {
        const rule = violation.getRule();
        const location = violation.getPrimaryLocation();
        const file = location.getFile();
        if (!file) {
            // UnexpectedEngineError / UninstantiableEngineError: the engine failed, the code was not checked.
            problems.push({
                check: 'pmd',
                file: project.root,
                line: 0,
                message: `${rule.getName()}: ${violation.getMessage().split('\n')[0]}`
            });
            continue;
        }
        if (rule.getSeverityLevel() > 3) continue;
        violations.push({
            check: 'pmd',
            rule: rule.getName(),
            file,
            line: location.getStartLine() ?? 1,
            message: `${rule.getName()} (severity ${rule.getSeverityLevel()}): ${violation.getMessage().trim()}`
        });
    }

    let parseFailures = 0;
    for (const event of engineErrors) {
        const processing = PROCESSING_ERROR.exec(event.message);
        if (processing) {
            parseFailures++;
            const detail = processing[2]
                .split(/\r?\n/)
                .map((line) => line.trim())
                .filter((line) => line && !line.startsWith('at '))
                .join(' ')
                .replaceAll(processing[1], '<file>')
                .replace(/^ParseException: Parse exception: /, '')
                .slice(0, 300);
            problems.push({
                check: 'pmd-parse',
                file: processing[1],
                line: lineOf(processing[2]),
                message: `${/pars/i.test(detail) ? 'PMD could not parse the file' : 'PMD failed on the file'}: ${detail}`
            });
        } else {
            problems.push({
                check: 'pmd',
                file: project.root,
                line: 0,
                message: `${event.engineName} error: ${event.message.split('\n')[0]}`
            });
        }
    }
    problems.push(...findInlineSuppressions(apexFiles));
    return { problems, violations, parseFailures, ruleCount: selection.getCount() };
}
