// Reviewed exceptions: config/verify-apex-exceptions.json
//
//   { "exceptions": [ { "rule": "ApexCRUDViolation", "file": "force-app/main/default/classes/x/*.cls",
//                       "reason": "one line: why this is safe", "match": "optional text the message must contain" } ] }
//
// `rule` is a PMD rule name, or `soql` / `apex-ls` for a schema or analyser gap (e.g. a field that exists only in
// Voice orgs); `match` then narrows it to one message. Syntax errors, PMD parse failures and missing -meta.xml files
// cannot be excused. `file` is a path or glob relative to the project root (`*` within a folder, `**` across folders).
// An entry without a one-line reason, an unknown key or a non-excusable rule is itself an error.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const EXCEPTIONS_FILE = join('config', 'verify-apex-exceptions.json');
const NON_EXCUSABLE = new Set(['syntax', 'pmd-parse', 'meta', 'exceptions', 'internal']);
const KEYS = new Set(['rule', 'file', 'reason', 'match']);

/** Glob → RegExp (`**` any depth, `*` within a segment, `?` one character). */
export function globToRegExp(glob) {
    let pattern = '';
    for (let i = 0; i < glob.length; i++) {
        const char = glob[i];
        if (char === '*' && glob[i + 1] === '*') {
            const slash = glob[i + 2] === '/';
            pattern += slash ? '(?:.*/)?' : '.*';
            i += slash ? 2 : 1;
        } else if (char === '*') pattern += '[^/]*';
        else if (char === '?') pattern += '[^/]';
        else pattern += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${pattern}$`, 'i');
}

/**
 * Loads and validates the exceptions of a project. Returns { entries, problems } where problems are
 * `[exceptions]` errors located in the config file.
 */
export function loadExceptions(root) {
    const file = join(root, EXCEPTIONS_FILE);
    if (!existsSync(file)) return { file, entries: [], problems: [] };
    const text = readFileSync(file, 'utf8');
    const problems = [];
    const report = (line, message) => problems.push({ check: 'exceptions', file, line, message });
    let json;
    try {
        json = JSON.parse(text);
    } catch (error) {
        report(1, `not valid JSON: ${error.message}`);
        return { file, entries: [], problems };
    }
    const list = Array.isArray(json) ? json : json?.exceptions;
    if (!Array.isArray(list)) {
        report(1, 'expected { "exceptions": [ { "rule", "file", "reason" } ] }');
        return { file, entries: [], problems };
    }
    // Line of the n-th entry: the n-th `"rule"` key in the text (good enough to point at the entry).
    const ruleLines = [];
    text.split('\n').forEach((lineText, index) => {
        if (/"rule"\s*:/.test(lineText)) ruleLines.push(index + 1);
    });
    const entries = [];
    list.forEach((entry, index) => {
        const line = ruleLines[index] ?? 1;
        const label = `exception #${index + 1}`;
        if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
            report(line, `${label} is not an object`);
            return;
        }
        const unknown = Object.keys(entry).filter((key) => !KEYS.has(key));
        if (unknown.length > 0)
            report(line, `${label} has unknown key(s) ${unknown.join(', ')} (allowed: rule, file, reason, match)`);
        const rule = typeof entry.rule === 'string' ? entry.rule.trim() : '';
        const path = typeof entry.file === 'string' ? entry.file.trim() : '';
        const reason = typeof entry.reason === 'string' ? entry.reason.trim() : '';
        let valid = unknown.length === 0;
        if (!rule) {
            report(line, `${label} has no "rule"`);
            valid = false;
        } else if (NON_EXCUSABLE.has(rule)) {
            report(line, `${label}: "${rule}" problems cannot be excused; fix the source`);
            valid = false;
        }
        if (!path) {
            report(line, `${label} (${rule || '?'}) has no "file"`);
            valid = false;
        }
        if (!reason) {
            report(line, `${label} (${rule || '?'} in ${path || '?'}) has no "reason": say in one line why it is safe`);
            valid = false;
        } else if (/[\r\n]/.test(reason)) {
            report(line, `${label} (${rule}) reason must be one line`);
            valid = false;
        }
        if (entry.match !== undefined && typeof entry.match !== 'string') {
            report(line, `${label} (${rule}) "match" must be a string`);
            valid = false;
        }
        if (valid)
            entries.push({
                rule,
                file: path,
                reason,
                match: entry.match,
                line,
                regexp: globToRegExp(path.replace(/^\.\//, '')),
                used: 0
            });
    });
    return { file, entries, problems };
}

/** Does the entry excuse this problem? problem: { check, rule?, relativeFile, message }. */
function excuses(entry, problem) {
    const ruleMatches = problem.check === 'pmd' ? entry.rule === problem.rule : entry.rule === problem.check;
    if (!ruleMatches) return false;
    if (!entry.regexp.test(problem.relativeFile)) return false;
    return entry.match === undefined || problem.message.includes(entry.match);
}

/** Splits problems into { kept, excused } and counts each entry's use. */
export function applyExceptions(entries, problems) {
    const kept = [];
    const excused = [];
    for (const problem of problems) {
        const entry = NON_EXCUSABLE.has(problem.check)
            ? undefined
            : entries.find((candidate) => excuses(candidate, problem));
        if (entry) {
            entry.used++;
            excused.push({ ...problem, reason: entry.reason });
        } else {
            kept.push(problem);
        }
    }
    return { kept, excused };
}
