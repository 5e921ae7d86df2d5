// `npm run rollup -- --target-org prod-eu --target-org prod-us --format html --out report.html`
// Reads every org's License Steward REST API v1 summary in parallel and prints or writes one rollup (--help).
import { writeFileSync } from 'node:fs';
import { HELP, parseArgs, UsageError, type Options } from './args';
import { combine, exitCodeOf } from './aggregate';
import { fetchAll } from './fetch-org';
import { renderCsv, renderHtml, renderJson, renderTable } from './render';

async function run(argv: string[]): Promise<number> {
    let options: Options;
    try {
        options = parseArgs(argv);
    } catch (error) {
        if (error instanceof UsageError) {
            process.stderr.write(`rollup: ${error.message}\n`);
            return 2;
        }
        throw error;
    }
    if (options.help) {
        process.stdout.write(HELP);
        return 0;
    }
    const results = await fetchAll(
        options.targets,
        {
            timeoutMs: options.timeoutMs,
            retries: options.retries,
            maxRows: options.maxRows,
            apiPath: options.apiPath,
            backoffMs: Number(process.env.ROLLUP_BACKOFF_MS ?? 500)
        },
        options.concurrency
    );
    const rollup = combine(results, options.top);
    const render = { table: renderTable, csv: renderCsv, json: renderJson, html: renderHtml }[options.format];
    const output = render(rollup);
    if (options.out) {
        writeFileSync(options.out, output);
        process.stderr.write(`rollup: wrote ${options.format} to ${options.out}\n`);
        if (options.format !== 'table') process.stderr.write(renderTable(rollup));
    } else {
        process.stdout.write(output);
    }
    return exitCodeOf(rollup, options.failOn);
}

run(process.argv.slice(2)).then(
    (code) => {
        // Exit explicitly: kept-alive sockets of timed-out requests must not hold the process.
        process.stdout.write('', () => process.exit(code));
    },
    (error: unknown) => {
        process.stderr.write(`rollup: unexpected failure: ${(error as Error)?.message ?? String(error)}\n`);
        process.exit(2);
    }
);
