// Check 2: apex-ls semantic analysis (types, methods, variables, fields used in Apex code) through the
// CheckForIssues entry point of the apex-ls jar that ships inside @salesforce/code-analyzer-pmd-engine.
// Exit codes: 0 no issues, 4 issues found; anything else is a tool failure (and fails the gate).
import { spawn } from 'node:child_process';
import { join, dirname, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const JAVA_CLASSPATH = join(
    repoRoot,
    'node_modules',
    '@salesforce',
    'code-analyzer-pmd-engine',
    'dist',
    'java-lib',
    '*'
);
// Short-lived JVMs: the C1 compiler only halves apex-ls' CPU time (measured 8 s → 3.5 s on this repo).
export const JAVA_FAST_START = ['-XX:TieredStopAtLevel=1'];
// Every category fails the gate (Syntax, Error, Missing, ...) except the advisory ones that apex-ls only prints with
// `-d warnings` / `-d unused`.
const ADVISORY_CATEGORIES = new Set(['Warning', 'Unused']);

function run(command, args, options) {
    return new Promise((resolvePromise) => {
        const child = spawn(command, args, options);
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk) => (stdout += chunk));
        child.stderr.on('data', (chunk) => (stderr += chunk));
        child.on('error', (error) => resolvePromise({ status: null, stdout, stderr: `${stderr}${error.message}` }));
        child.on('close', (status) => resolvePromise({ status, stdout, stderr }));
    });
}

/** Parses the text format: a file line, then `Error: line N at a-b: message` / `Missing: ...` lines. */
export function parseTextOutput(text, root) {
    const issues = [];
    let file = null;
    for (const line of text.split(/\r?\n/)) {
        const issue = /^(\w+): line (\d+) at [\d-]+: (.*)$/.exec(line);
        if (issue && file) {
            issues.push({ file, line: Number(issue[2]), category: issue[1], message: issue[3] });
        } else if (line.trim() && !issue) {
            file = isAbsolute(line.trim()) ? line.trim() : resolve(root, line.trim());
        }
    }
    return issues;
}

/** Parses `-f json`: { files: [{ path, messages: [{ start: { line }, category, message }] }] }. */
export function parseJsonOutput(text) {
    const json = JSON.parse(text);
    const issues = [];
    for (const file of json.files ?? []) {
        for (const message of file.messages ?? []) {
            issues.push({
                file: file.path,
                line: message.start?.line ?? 1,
                category: message.category,
                message: message.message
            });
        }
    }
    return issues;
}

/** Runs apex-ls on the project; returns { problems }. */
export async function checkWithApexLs(project, { java = 'java' } = {}) {
    const args = [
        ...JAVA_FAST_START,
        '-cp',
        JAVA_CLASSPATH,
        'io.github.apexdevtools.apexls.CheckForIssues',
        '-n',
        '-w',
        project.root,
        '-f',
        'json'
    ];
    const result = await run(java, args, { cwd: project.root });
    if (result.status !== 0 && result.status !== 4) {
        return {
            problems: [
                {
                    check: 'apex-ls',
                    file: project.root,
                    line: 0,
                    message: `apex-ls did not run (exit ${result.status}): ${(result.stderr || result.stdout).trim().split('\n').slice(0, 5).join(' | ')}`
                }
            ]
        };
    }
    let issues;
    try {
        issues = parseJsonOutput(result.stdout);
    } catch {
        // Unreadable JSON (e.g. a message apex-ls did not escape): ask again in the text format.
        const textArgs = args.slice(0, -2);
        const textResult = await run(java, textArgs, { cwd: project.root });
        issues = parseTextOutput(textResult.stdout, project.root);
    }
    const problems = issues
        .filter((issue) => !ADVISORY_CATEGORIES.has(issue.category))
        .map((issue) => ({
            check: 'apex-ls',
            file: issue.file,
            line: issue.line,
            message: `${issue.category}: ${issue.message}`
        }));
    if (result.status === 4 && problems.length === 0) {
        problems.push({
            check: 'apex-ls',
            file: project.root,
            line: 0,
            message: `apex-ls reported issues (exit 4) that could not be read: ${result.stdout.trim().slice(0, 300)}`
        });
    }
    return { problems };
}
