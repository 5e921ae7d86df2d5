// Check 1: Apex syntax with @apexdevtools/apex-parser (the grammar of apex-ls; lexer and parser errors both count).
// The parse trees are kept for the SOQL check, so every file is parsed once.
import { readFileSync } from 'node:fs';
import { ApexParserFactory, ApexErrorListener } from '@apexdevtools/apex-parser';

class CollectingListener extends ApexErrorListener {
    constructor() {
        super();
        this.errors = [];
    }

    apexSyntaxError(line, column, message) {
        this.errors.push({ line, column, message });
    }
}

/**
 * Parses one Apex source. Returns { file, tree, errors } where tree is a CompilationUnit (.cls) or TriggerUnit
 * (.trigger) and errors are { line, column, message }.
 */
export function parseApexFile(file, source = readFileSync(file, 'utf8')) {
    const listener = new CollectingListener();
    const { parser } = ApexParserFactory.createLexerAndParser(source, listener);
    const tree = file.toLowerCase().endsWith('.trigger') ? parser.triggerUnit() : parser.compilationUnit();
    return { file, tree, errors: listener.errors };
}

/**
 * Parses every file; returns { parsed: [{ file, tree, errors }], problems }. Yields to the event loop between files so
 * the Java checks running meanwhile (PMD starts its second JVM from a callback) are not held up.
 */
export async function checkSyntax(files) {
    const parsed = [];
    const problems = [];
    for (const file of files) {
        await new Promise((resolve) => setImmediate(resolve));
        const result = parseApexFile(file);
        parsed.push(result);
        for (const error of result.errors) {
            problems.push({
                check: 'syntax',
                file,
                line: error.line,
                message: `${error.message} (column ${error.column + 1})`
            });
        }
    }
    return { parsed, problems };
}
