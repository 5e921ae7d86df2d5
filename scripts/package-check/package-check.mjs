#!/usr/bin/env node
// `npm run package:check [-- <projectDir>]`: the package builds from a clean checkout (issue #8 item 9).
//
// 1. Export the project as a clean clone has it: `git ls-files --cached --others --exclude-standard` copied to a
//    temporary folder. That is every tracked file plus every new file that is not ignored, with the working tree's
//    content, so it works the same in CI's fresh clone and locally with uncommitted changes; ignored files (node_modules,
//    the compiled LWC .js, caches) are left behind exactly as a clone would lack them. (A `git archive HEAD` export
//    would miss uncommitted work; a copy of the folder would keep the compiled .js and hide a broken build.)
// 2. Build the LWCs in the copy (`scripts/build-lwc.mjs`, node_modules linked from this repository), when the project
//    has that script (the gate fixtures are plain JavaScript and have none).
// 3. Check the source: every .cls / .trigger has its -meta.xml; every class that is not a test is named by a test class.
// 4. Convert the source to metadata format with the pinned sf CLI (`sf project convert source`, offline), then check
//    the output: every LWC bundle has its .js and no .ts; every class and trigger has its meta; no file the project's
//    .forceignore (or the built-in never-ship list) excludes is in the output.
// Output: `path: [check] message` lines, then a timed summary. Exit 0 clean, 1 on any problem, 2 when the folder is
// not an SFDX project or git / the sf CLI cannot run. See docs/GATES.md.
import { spawnSync } from 'node:child_process';
import {
    copyFileSync,
    existsSync,
    mkdirSync,
    mkdtempSync,
    readFileSync,
    readdirSync,
    rmSync,
    statSync,
    symlinkSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const ignore = require('ignore');

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SF_BIN = join(REPO_ROOT, 'node_modules', '.bin', 'sf');

/** Never shipped, whatever a project's .forceignore says: test code, TypeScript sources and their configs. */
export const NEVER_SHIP = ['**/__tests__/**', '**/*.ts', '**/jsconfig.json', '**/tsconfig.json', '**/.eslintrc.json'];

const toPosix = (path) => path.split(sep).join('/');

function walk(dir) {
    const files = [];
    if (!existsSync(dir)) return files;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) files.push(...walk(path));
        else files.push(path);
    }
    return files;
}

/** Files of the project as a clean clone has them (tracked + new, not ignored), copied to `target`. */
export function exportCleanTree(projectDir, target) {
    const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
        cwd: projectDir,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024
    });
    if (listed.status !== 0) {
        throw new Error(`git ls-files failed in ${projectDir}: ${listed.stderr || listed.error?.message}`);
    }
    let copied = 0;
    for (const file of listed.stdout.split('\0').filter(Boolean)) {
        const source = join(projectDir, file);
        // A tracked file deleted in the working tree is not part of the next commit: skip it.
        if (!existsSync(source) || !statSync(source).isFile()) continue;
        const destination = join(target, file);
        mkdirSync(dirname(destination), { recursive: true });
        copyFileSync(source, destination);
        copied++;
    }
    return copied;
}

function stripComments(text) {
    return text.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/\/\/[^\n]*/g, ' ');
}

/**
 * Reviewed exceptions to the test-class rule (`config/package-check-exceptions.json`): `untestedClasses` entries
 * `{ "class": "Name", "reason": "one line" }`. An entry without a reason, or for a class a test now names (stale), is
 * a problem itself, so the list only ever shrinks honestly.
 */
export function readExceptions(root) {
    const file = join(root, 'config', 'package-check-exceptions.json');
    if (!existsSync(file)) return { entries: new Map(), problems: [] };
    const problems = [];
    const entries = new Map();
    for (const entry of JSON.parse(readFileSync(file, 'utf8')).untestedClasses ?? []) {
        if (!entry.class || !entry.reason || /\n/.test(entry.reason)) {
            problems.push({
                check: 'tests',
                file,
                message: `invalid exception ${JSON.stringify(entry)} (class and a one-line reason)`
            });
            continue;
        }
        entries.set(entry.class.toLowerCase(), entry);
    }
    return { entries, problems, file };
}

/** Source checks: metas next to code, and a test class naming every non-test class. */
export function checkSource(root, packageDirs) {
    const problems = [];
    const classes = [];
    for (const dir of packageDirs) {
        for (const file of walk(join(root, dir))) {
            if (!/\.(cls|trigger)$/.test(file)) continue;
            if (!existsSync(`${file}-meta.xml`)) {
                problems.push({ check: 'meta', file, message: `${file.split(sep).pop()} has no -meta.xml` });
            }
            if (file.endsWith('.cls')) {
                const code = stripComments(readFileSync(file, 'utf8'));
                const name = file
                    .split(sep)
                    .pop()
                    .replace(/\.cls$/, '');
                // A test class is annotated @IsTest before its class keyword.
                const isTest = /^\s*@istest\b/i.test(code.slice(0, code.search(/\bclass\b/i) + 1));
                classes.push({ name, file, isTest, code });
            }
        }
    }
    const testCode = classes.filter((c) => c.isTest).map((c) => c.code);
    const exceptions = readExceptions(root);
    problems.push(...exceptions.problems);
    let excused = 0;
    for (const cls of classes.filter((c) => !c.isTest)) {
        const named = new RegExp(`\\b${cls.name}\\b`, 'i');
        const tested = testCode.some((code) => named.test(code));
        const exception = exceptions.entries.get(cls.name.toLowerCase());
        if (tested && exception) {
            problems.push({
                check: 'tests',
                file: exceptions.file,
                message: `stale exception: a test class now names ${cls.name}; remove its entry`
            });
        } else if (!tested && exception) {
            excused++;
        } else if (!tested) {
            problems.push({
                check: 'tests',
                file: cls.file,
                message: `class ${cls.name} has no test class (no @IsTest class names it)`
            });
        }
    }
    return { problems, classCount: classes.length, testCount: testCode.length, excused };
}

/** Output checks on the metadata-format folder. */
export function checkOutput(outputDir, forceIgnoreText) {
    const problems = [];
    const files = walk(outputDir).map((file) => toPosix(relative(outputDir, file)));
    const present = new Set(files);
    const lwcDir = join(outputDir, 'lwc');
    const bundles = existsSync(lwcDir)
        ? readdirSync(lwcDir, { withFileTypes: true }).filter((entry) => entry.isDirectory())
        : [];
    for (const bundle of bundles) {
        if (!present.has(`lwc/${bundle.name}/${bundle.name}.js`)) {
            problems.push({
                check: 'lwc',
                file: `lwc/${bundle.name}`,
                message: `LWC bundle ${bundle.name} has no ${bundle.name}.js (was the TypeScript built?)`
            });
        }
    }
    for (const file of files) {
        if (/\.ts$/.test(file)) {
            problems.push({ check: 'lwc', file, message: 'TypeScript source shipped in the package' });
        }
        if (/^(classes|triggers)\/[^/]+\.(cls|trigger)$/.test(file) && !present.has(`${file}-meta.xml`)) {
            problems.push({ check: 'meta', file, message: 'converted without its -meta.xml' });
        }
    }
    const projectIgnore = ignore().add(forceIgnoreText);
    const neverShip = ignore().add(NEVER_SHIP);
    for (const file of files) {
        if (file === 'package.xml') continue; // the manifest the converter writes
        if (projectIgnore.ignores(file) || neverShip.ignores(file)) {
            problems.push({ check: 'leak', file, message: "a .forceignore'd file is in the package output" });
        }
    }
    return { problems, fileCount: files.length, bundleCount: bundles.length };
}

function run(command, args, options) {
    return spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
}

/** Runs every step; returns { problems, stats, workDir }. */
export function packageCheck(projectDir, { keep = false } = {}) {
    const projectFile = join(projectDir, 'sfdx-project.json');
    if (!existsSync(projectFile)) {
        const error = new Error(`${projectDir} is not an SFDX project (no sfdx-project.json)`);
        error.exitCode = 2;
        throw error;
    }
    const packageDirs = JSON.parse(readFileSync(projectFile, 'utf8')).packageDirectories.map((entry) => entry.path);
    const workDir = mkdtempSync(join(tmpdir(), 'ls-package-check-'));
    const copy = join(workDir, 'project');
    const output = join(workDir, 'mdapi');
    const home = join(workDir, 'home');
    mkdirSync(copy);
    mkdirSync(home);
    const timings = {};
    const problems = [];
    try {
        let started = Date.now();
        const copied = exportCleanTree(projectDir, copy);
        timings.export = Date.now() - started;

        started = Date.now();
        const buildScript = join(copy, 'scripts', 'build-lwc.mjs');
        if (existsSync(buildScript)) {
            symlinkSync(join(REPO_ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
            const build = run(process.execPath, [buildScript], { cwd: copy });
            if (build.status !== 0) {
                problems.push({
                    check: 'build',
                    file: 'scripts/build-lwc.mjs',
                    message: `the LWC build failed in the clean copy: ${(build.stderr || build.stdout).trim().split('\n').slice(-3).join(' | ')}`
                });
            }
        }
        timings.build = Date.now() - started;

        const source = checkSource(copy, packageDirs);
        problems.push(...source.problems);

        started = Date.now();
        const convert = run(
            SF_BIN,
            [
                'project',
                'convert',
                'source',
                ...packageDirs.flatMap((dir) => ['--source-dir', dir]),
                '--output-dir',
                output,
                '--json'
            ],
            {
                cwd: copy,
                env: {
                    ...process.env,
                    PATH: `${join(REPO_ROOT, 'node_modules', '.bin')}:${process.env.PATH}`,
                    HOME: home,
                    SF_DISABLE_TELEMETRY: 'true',
                    SF_AUTOUPDATE_DISABLE: 'true',
                    SF_SKIP_NEW_VERSION_CHECK: 'true',
                    SF_HIDE_RELEASE_NOTES: 'true',
                    SF_DISABLE_LOG_FILE: 'true'
                },
                timeout: 300000
            }
        );
        timings.convert = Date.now() - started;
        let converted = false;
        try {
            converted = convert.status === 0 && JSON.parse(convert.stdout).status === 0;
        } catch {
            converted = false;
        }
        if (!converted) {
            let reason = (convert.stderr || convert.error?.message || '').trim();
            try {
                reason = JSON.parse(convert.stdout).message ?? reason;
            } catch {
                // not JSON: keep stderr
            }
            problems.push({
                check: 'convert',
                file: 'sfdx-project.json',
                message: `sf project convert source failed: ${reason.split('\n')[0]}`
            });
        }
        const forceIgnorePath = join(copy, '.forceignore');
        const out = converted
            ? checkOutput(output, existsSync(forceIgnorePath) ? readFileSync(forceIgnorePath, 'utf8') : '')
            : { problems: [], fileCount: 0, bundleCount: 0 };
        problems.push(...out.problems);
        return {
            problems,
            workDir,
            stats: {
                copied,
                classes: source.classCount,
                testClasses: source.testCount,
                excused: source.excused,
                outputFiles: out.fileCount,
                bundles: out.bundleCount,
                timings
            }
        };
    } finally {
        if (!keep) rmSync(workDir, { recursive: true, force: true });
    }
}

function main() {
    const projectDir = resolve(process.argv[2] ?? REPO_ROOT);
    const shown = toPosix(relative(process.cwd(), projectDir)) || '.';
    const started = Date.now();
    let result;
    try {
        result = packageCheck(projectDir, { keep: process.env.PACKAGE_CHECK_KEEP === '1' });
    } catch (error) {
        console.error(`package:check ${shown}: ${error.message}`);
        process.exit(error.exitCode ?? 2);
    }
    const { problems, stats } = result;
    for (const problem of problems) {
        const file = problem.file.startsWith(result.workDir)
            ? toPosix(relative(join(result.workDir, 'project'), problem.file))
            : problem.file;
        console.log(`${file}: [${problem.check}] ${problem.message}`);
    }
    const seconds = (ms) => `${(ms / 1000).toFixed(1)}s`;
    console.log(
        `\npackage:check ${shown}: ${stats.copied} files exported, ${stats.classes} classes (${stats.testClasses} tests), ` +
            `${stats.bundles} LWC bundles, ${stats.outputFiles} files converted` +
            (stats.excused
                ? ` (${stats.excused} untested class(es) excused by config/package-check-exceptions.json)`
                : '')
    );
    console.log(
        `  export ${seconds(stats.timings.export)}  build ${seconds(stats.timings.build)}  convert ${seconds(stats.timings.convert)}  total ${seconds(Date.now() - started)}`
    );
    const counts = {};
    for (const problem of problems) counts[problem.check] = (counts[problem.check] ?? 0) + 1;
    for (const check of ['build', 'meta', 'tests', 'convert', 'lwc', 'leak']) {
        console.log(`  ${check.padEnd(8)} ${counts[check] ?? 0} problem(s)`);
    }
    if (problems.length > 0) {
        console.log('package:check FAILED.');
        process.exit(1);
    }
    console.log('package:check passed.');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    main();
}
