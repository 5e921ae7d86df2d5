#!/usr/bin/env node
// npm run verify:apex [-- <projectDir>]: the offline Apex quality gate. See docs/GATES.md.
//
// Fails (exit 1) on any of: an Apex syntax error (apex-parser); an apex-ls CheckForIssues error; SOQL naming an object,
// field or relationship the schema lacks; a PMD violation of severity 1-3 from AppExchange / Recommended:Security /
// Recommended:Performance not excused in config/verify-apex-exceptions.json; a PMD parse failure; a .cls/.trigger
// without its -meta.xml; an invalid exceptions file. Prints one `path:line: [check] message` per problem, then a
// summary with counts and per-check timings. apex-ls and PMD (Java) run in parallel with the in-process checks.
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadProject, listApexFiles, checkMetaFiles, projectPath } from './project.mjs';
import { checkSyntax } from './apex-syntax.mjs';
import { checkSoql } from './soql-check.mjs';
import { loadStandardSchema, addProjectObjects } from './sobject-schema.mjs';
import { checkWithApexLs } from './apexls-check.mjs';
import { checkWithPmd } from './pmd-check.mjs';
import { loadExceptions, applyExceptions } from './exceptions.mjs';

const CHECK_ORDER = ['syntax', 'apex-ls', 'soql', 'pmd', 'pmd-parse', 'meta', 'exceptions', 'internal'];

function usage() {
    console.log('usage: node scripts/verify-apex/verify-apex.mjs [projectDir]   (default: the repository root)');
}

/** Runs fn, recording its wall time under name; a crash becomes an [internal] problem, never a pass. */
async function timed(name, timings, fn) {
    const started = performance.now();
    try {
        return await fn();
    } catch (error) {
        return {
            problems: [
                { check: 'internal', file: '', line: 0, message: `${name} check crashed: ${error.stack ?? error}` }
            ]
        };
    } finally {
        timings[name] = (performance.now() - started) / 1000;
    }
}

/** Runs every check on the project; returns { problems, excused, stats, timings }. Exported for the gate tests. */
export async function verifyApex(projectDir) {
    const timings = {};
    const started = performance.now();
    const project = loadProject(projectDir);
    const files = listApexFiles(project);
    const exceptions = loadExceptions(project.root);

    // Java first (separate processes), then the in-process checks while they run.
    const apexLs = timed('apex-ls', timings, () => checkWithApexLs(project));
    const pmd = timed('pmd', timings, () => checkWithPmd(project, files));
    const meta = await timed('meta', timings, () => ({ problems: checkMetaFiles(project, files) }));
    const syntax = await timed('syntax', timings, () => checkSyntax(files));
    const soql = await timed('soql', timings, () => {
        const schemaStarted = performance.now();
        const standard = loadStandardSchema();
        const schema = addProjectObjects(standard, project.packageDirs, project.namespace);
        const result = checkSoql(syntax.parsed ?? [], schema, project.namespace);
        return {
            ...result,
            schemaSeconds: (performance.now() - schemaStarted) / 1000,
            schemaCached: standard.cached,
            schemaApi: standard.api
        };
    });
    const [apexLsResult, pmdResult] = await Promise.all([apexLs, pmd]);

    const pmdViolations = (pmdResult.violations ?? []).map((problem) => ({
        ...problem,
        relativeFile: projectPath(project, problem.file)
    }));
    const { kept, excused } = applyExceptions(exceptions.entries, pmdViolations);
    const others = [
        ...(syntax.problems ?? []),
        ...(apexLsResult.problems ?? []),
        ...(soql.problems ?? []),
        ...(pmdResult.problems ?? []),
        ...(meta.problems ?? [])
    ].map((problem) => ({ ...problem, relativeFile: problem.file ? projectPath(project, problem.file) : '' }));
    // soql / apex-ls gaps may be excused too (narrowed with "match"); syntax, parse and meta problems never.
    const othersResult = applyExceptions(exceptions.entries, others);
    // apex-ls reports some issues twice (once per pass); one line per distinct problem.
    const seen = new Set();
    const problems = [...othersResult.kept, ...kept, ...exceptions.problems].filter((problem) => {
        const key = `${problem.check}|${problem.file}|${problem.line}|${problem.message}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
    });
    problems.sort(
        (a, b) =>
            CHECK_ORDER.indexOf(a.check) - CHECK_ORDER.indexOf(b.check) ||
            String(a.file).localeCompare(String(b.file)) ||
            a.line - b.line
    );
    const unusedExceptions = exceptions.entries.filter((entry) => entry.used === 0);
    return {
        project,
        problems,
        excused: [...othersResult.excused, ...excused],
        unusedExceptions,
        exceptionsFile: exceptions.file,
        stats: {
            files: files.length,
            queries: soql.queryCount ?? 0,
            pmdRules: pmdResult.ruleCount ?? 0,
            parseFailures: pmdResult.parseFailures ?? 0,
            schemaSeconds: soql.schemaSeconds,
            schemaCached: soql.schemaCached,
            schemaApi: soql.schemaApi
        },
        timings: { ...timings, total: (performance.now() - started) / 1000 }
    };
}

function displayPath(file) {
    if (!file) return '.';
    const shown = relative(process.cwd(), file) || '.';
    return shown.split(sep).join('/');
}

/** Human report: one line per problem, then the summary. */
export function formatReport(result) {
    const lines = [];
    for (const problem of result.problems) {
        lines.push(`${displayPath(problem.file)}:${problem.line}: [${problem.check}] ${problem.message}`);
    }
    for (const problem of result.excused) {
        lines.push(
            `excused: ${displayPath(problem.file)}:${problem.line}: [${problem.check}] ${problem.message} (reason: ${problem.reason})`
        );
    }
    for (const entry of result.unusedExceptions) {
        lines.push(
            `warning: ${displayPath(result.exceptionsFile)}:${entry.line}: exception for ${entry.rule} in ${entry.file} excused nothing; remove it`
        );
    }
    const count = (check) => result.problems.filter((problem) => problem.check === check).length;
    const seconds = (name) => (result.timings[name] === undefined ? '-' : `${result.timings[name].toFixed(1)}s`);
    const { stats } = result;
    lines.push('');
    lines.push(
        `verify:apex ${displayPath(result.project.root)}: ${stats.files} Apex files, ${stats.queries} SOQL queries, ${stats.pmdRules} PMD rules`
    );
    lines.push(`  syntax     ${String(count('syntax')).padStart(3)} problem(s)  ${seconds('syntax')}`);
    lines.push(`  apex-ls    ${String(count('apex-ls')).padStart(3)} problem(s)  ${seconds('apex-ls')}`);
    lines.push(
        `  soql       ${String(count('soql')).padStart(3)} problem(s)  ${seconds('soql')} (schema ${stats.schemaApi ?? '?'}${stats.schemaCached ? ' cached' : ' extracted'} ${stats.schemaSeconds?.toFixed(1) ?? '?'}s)`
    );
    lines.push(
        `  pmd        ${String(count('pmd')).padStart(3)} problem(s)  ${seconds('pmd')} (${result.excused.length} excused by ${displayPath(result.exceptionsFile)})`
    );
    lines.push(`  pmd-parse  ${String(count('pmd-parse')).padStart(3)} parse failure(s)`);
    lines.push(`  meta       ${String(count('meta')).padStart(3)} problem(s)  ${seconds('meta')}`);
    if (count('exceptions') > 0)
        lines.push(`  exceptions ${String(count('exceptions')).padStart(3)} invalid entr(y/ies)`);
    if (count('internal') > 0) lines.push(`  internal   ${String(count('internal')).padStart(3)} tool failure(s)`);
    lines.push(`  total      ${String(result.problems.length).padStart(3)} problem(s)  ${seconds('total')} wall`);
    lines.push(result.problems.length === 0 ? 'verify:apex passed.' : 'verify:apex FAILED.');
    return lines.join('\n');
}

async function main() {
    const args = process.argv.slice(2);
    if (args.includes('--help') || args.includes('-h')) {
        usage();
        return 0;
    }
    const projectDir = resolve(args[0] ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..'));
    let result;
    try {
        result = await verifyApex(projectDir);
    } catch (error) {
        console.error(`verify:apex: ${error.message}`);
        return 2;
    }
    const report = formatReport(result);
    console.log(report);
    return result.problems.length === 0 ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    main().then((code) => {
        process.exitCode = code;
    });
}
