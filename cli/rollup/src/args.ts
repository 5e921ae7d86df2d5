// Command-line options of `npm run rollup` (see HELP).

export const LEVELS = ['info', 'warning', 'critical'] as const;
export type Level = (typeof LEVELS)[number];
export const FORMATS = ['table', 'csv', 'json', 'html'] as const;
export type Format = (typeof FORMATS)[number];

export interface OrgTarget {
    /** Name shown in the report: the alias/username, or the demo org id / host of an instance URL. */
    label: string;
    kind: 'sf-org' | 'instance-url';
    /** Alias or username (sf-org) or base URL (instance-url). */
    value: string;
}

export interface Options {
    targets: OrgTarget[];
    format: Format;
    out: string | null;
    failOn: Level | 'never';
    timeoutMs: number;
    retries: number;
    concurrency: number;
    maxRows: number;
    apiPath: string;
    top: number;
    help: boolean;
}

export class UsageError extends Error {}

export const HELP = `License Steward multi-org rollup: reads GET /services/apexrest/lsteward/v1/summary from every org and
combines them (totals, per-org rows, the licenses closest to running out, potential savings).

Usage:
  npm run rollup -- --target-org <alias> [--target-org <alias> ...] [options]
  npm run rollup -- --instance-url <url> [--instance-url <url> ...] [options]

Orgs (at least one; both kinds may be mixed):
  --target-org, -o <alias|username>  An org authorized in the Salesforce CLI (sf org login web --alias <alias>).
                                     The CLI's stored authorization is used; no password or token is passed.
  --instance-url <url>               Base URL answering /services/apexrest/... without authentication, e.g. the
                                     preview: http://localhost:3333/orgs/kb-example (offline demo and tests).

Output:
  --format, -f <table|csv|json|html> Output format (default table). html is a self-contained report with charts.
  --out <file>                       Write the output to this file instead of standard output.
  --top <n>                          Licenses listed as closest to running out (default 10).

Behaviour:
  --fail-on <info|warning|critical|never>
                                     Exit 1 when any org has an alert at or above this level (default never).
                                     Levels: the org's alerts (when its package has alerts) and its license
                                     statuses: exhausted = critical, warning or expired = warning, expiring soon = info.
  --timeout <ms>                     Timeout of one request (default 30000).
  --retries <n>                      Retries on HTTP 5xx/429, network errors and timeouts, with exponential
                                     backoff (default 2).
  --concurrency <n>                  Orgs called at the same time (default 8).
  --max-rows <n>                     Licenses per org, 1-500 (default 200; the API says when it truncated).
  --api-path <path>                  REST path after /services/apexrest (default /lsteward/v1; /v1 for an
                                     unnamespaced development deploy).
  --help, -h                         This help.

Exit codes:
  0  every org answered and no alert at or above --fail-on
  1  an org has an alert at or above --fail-on
  2  bad usage (unknown option, bad value, no org), or the tool itself failed
  3  every org failed
  4  some orgs failed (the others are in the report), no alert at or above --fail-on
`;

function positiveInteger(name: string, text: string | undefined, max = Number.MAX_SAFE_INTEGER): number {
    if (text === undefined || !/^\d+$/.test(text) || Number(text) < 1 || Number(text) > max) {
        throw new UsageError(`${name} needs a whole number from 1 to ${max}, got ${text ?? 'nothing'}`);
    }
    return Number(text);
}

/** Label of an instance URL: the demo org of a preview URL (/orgs/<id>), else host[:port]. */
export function labelOfUrl(url: URL): string {
    const match = /\/orgs\/([^/]+)\/?$/.exec(url.pathname);
    return match ? decodeURIComponent(match[1]) : url.host;
}

export function parseArgs(argv: string[]): Options {
    const options: Options = {
        targets: [],
        format: 'table',
        out: null,
        failOn: 'never',
        timeoutMs: 30000,
        retries: 2,
        concurrency: 8,
        maxRows: 200,
        apiPath: '/lsteward/v1',
        top: 10,
        help: false
    };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        const [flag, inline] =
            arg.startsWith('--') && arg.includes('=')
                ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
                : [arg, undefined];
        const value = (): string => {
            const next = inline ?? argv[++i];
            if (next === undefined || (inline === undefined && next.startsWith('-'))) {
                throw new UsageError(`${flag} needs a value`);
            }
            return next;
        };
        switch (flag) {
            case '--help':
            case '-h':
                options.help = true;
                break;
            case '--target-org':
            case '-o': {
                const alias = value();
                options.targets.push({ label: alias, kind: 'sf-org', value: alias });
                break;
            }
            case '--instance-url': {
                const text = value();
                let url: URL;
                try {
                    url = new URL(text);
                } catch (notAUrl) {
                    throw new UsageError(`--instance-url ${text} is not a URL`);
                }
                if (url.protocol !== 'http:' && url.protocol !== 'https:') {
                    throw new UsageError(`--instance-url ${text} must be http or https`);
                }
                options.targets.push({ label: labelOfUrl(url), kind: 'instance-url', value: text.replace(/\/+$/, '') });
                break;
            }
            case '--format':
            case '-f': {
                const format = value();
                if (!(FORMATS as readonly string[]).includes(format)) {
                    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got ${format}`);
                }
                options.format = format as Format;
                break;
            }
            case '--out':
                options.out = value();
                break;
            case '--fail-on': {
                const level = value();
                if (level !== 'never' && !(LEVELS as readonly string[]).includes(level)) {
                    throw new UsageError(`--fail-on must be one of ${LEVELS.join(', ')}, never; got ${level}`);
                }
                options.failOn = level as Level | 'never';
                break;
            }
            case '--timeout':
                options.timeoutMs = positiveInteger('--timeout', value(), 600000);
                break;
            case '--retries': {
                const text = value();
                options.retries = text === '0' ? 0 : positiveInteger('--retries', text, 10);
                break;
            }
            case '--concurrency':
                options.concurrency = positiveInteger('--concurrency', value(), 64);
                break;
            case '--max-rows':
                options.maxRows = positiveInteger('--max-rows', value(), 500);
                break;
            case '--top':
                options.top = positiveInteger('--top', value(), 1000);
                break;
            case '--api-path': {
                const path = value();
                if (!/^(\/[A-Za-z0-9_-]+)+$/.test(path)) {
                    throw new UsageError(`--api-path must look like /lsteward/v1, got ${path}`);
                }
                options.apiPath = path;
                break;
            }
            default:
                throw new UsageError(`unknown option ${arg} (see --help)`);
        }
    }
    if (!options.help && options.targets.length === 0) {
        throw new UsageError('name at least one org with --target-org or --instance-url (see --help)');
    }
    const labels = new Set<string>();
    for (const target of options.targets) {
        let label = target.label;
        for (let n = 2; labels.has(label); n++) label = `${target.label}#${n}`;
        target.label = label;
        labels.add(label);
    }
    return options;
}
