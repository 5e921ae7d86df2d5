// The SFDX project under check: its package directories, namespace and Apex sources.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve, relative, sep } from 'node:path';

/**
 * Reads sfdx-project.json. Returns { root, namespace, apiVersion, packageDirs (absolute) }.
 * Throws with a readable message when the file is missing or not JSON.
 */
export function loadProject(projectDir) {
    const root = resolve(projectDir);
    const file = join(root, 'sfdx-project.json');
    if (!existsSync(file)) throw new Error(`${file} not found: pass the folder of an SFDX project`);
    const json = JSON.parse(readFileSync(file, 'utf8'));
    const packageDirs = (json.packageDirectories ?? []).map((dir) => resolve(root, dir.path));
    if (packageDirs.length === 0) throw new Error(`${file} lists no packageDirectories`);
    return { root, namespace: json.namespace || '', apiVersion: json.sourceApiVersion, packageDirs };
}

function walk(dir, found) {
    let entries;
    try {
        entries = readdirSync(dir, { withFileTypes: true });
    } catch {
        return found;
    }
    for (const entry of entries) {
        if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path, found);
        else if (entry.isFile() && /\.(cls|trigger)$/i.test(entry.name)) found.push(path);
    }
    return found;
}

/** Absolute paths of every .cls / .trigger in the package directories, sorted. */
export function listApexFiles(project) {
    const files = new Set();
    for (const dir of project.packageDirs) for (const file of walk(dir, [])) files.add(file);
    return [...files].sort();
}

/** Project-relative path with forward slashes (what exception globs match against). */
export function projectPath(project, absolute) {
    return relative(project.root, absolute).split(sep).join('/');
}

/**
 * Check 5: every Apex source needs its -meta.xml beside it (the deploy rejects it otherwise), and that file must use
 * the project's sourceApiVersion: the architecture pins every class to it (API 67.0 flips the security defaults).
 */
export function checkMetaFiles(project, files) {
    const problems = [];
    for (const file of files) {
        const metaFile = `${file}-meta.xml`;
        if (existsSync(metaFile)) {
            const lines = readFileSync(metaFile, 'utf8').split(/\r?\n/);
            const index = lines.findIndex((line) => /<apiVersion>/.test(line));
            const version =
                index >= 0 ? /<apiVersion>\s*([^<\s]*)\s*<\/apiVersion>/.exec(lines[index])?.[1] : undefined;
            if (!version) {
                problems.push({
                    check: 'meta',
                    file: metaFile,
                    line: 1,
                    message: 'No <apiVersion> in the Apex metadata'
                });
            } else if (project.apiVersion && Number(version) !== Number(project.apiVersion)) {
                problems.push({
                    check: 'meta',
                    file: metaFile,
                    line: index + 1,
                    message: `apiVersion ${version} differs from sourceApiVersion ${project.apiVersion} in sfdx-project.json`
                });
            }
            continue;
        }
        const kind = file.toLowerCase().endsWith('.trigger') ? 'ApexTrigger' : 'ApexClass';
        problems.push({
            check: 'meta',
            file,
            line: 1,
            message: `Missing ${file.split(sep).pop()}-meta.xml (${kind} metadata with apiVersion ${project.apiVersion ?? '?'} and status Active)`
        });
    }
    return problems;
}
