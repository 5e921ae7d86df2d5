// Calls one org's REST API v1 with a timeout per request and retries with exponential backoff on HTTP 5xx/429,
// network errors and timeouts. Real orgs are reached through the Salesforce CLI's stored authorization
// (@salesforce/core): the access token stays in memory and is never printed.
import type { OrgTarget } from './args';
import { assertSummary, type RestV1Summary } from './schema';

export interface FetchSettings {
    timeoutMs: number;
    retries: number;
    maxRows: number;
    apiPath: string;
    /** First backoff delay; doubles per retry (plus up to 100 ms of jitter), capped at 5 s. */
    backoffMs?: number;
}

export type OrgResult =
    | { target: OrgTarget; ok: true; summary: RestV1Summary; attempts: number; ms: number }
    | { target: OrgTarget; ok: false; reason: string; kind: FailureKind; attempts: number; ms: number };

export type FailureKind =
    | 'not-installed'
    | 'forbidden'
    | 'unauthorized'
    | 'bad-request'
    | 'server-error'
    | 'timeout'
    | 'unreachable'
    | 'no-auth'
    | 'bad-answer';

interface Endpoint {
    baseUrl: string;
    headers(): Record<string, string>;
    /** Refreshes the access token after a 401; false when there is nothing to refresh. */
    refresh(): Promise<boolean>;
}

class Failure extends Error {
    constructor(
        readonly kind: FailureKind,
        message: string,
        readonly retryable: boolean
    ) {
        super(message);
    }
}

async function endpointOf(target: OrgTarget): Promise<Endpoint> {
    if (target.kind === 'instance-url') {
        return { baseUrl: target.value, headers: () => ({}), refresh: async () => false };
    }
    // Loaded only for real orgs: the preview and the tests need no Salesforce CLI state.
    const { Org } = await import('@salesforce/core');
    let org;
    try {
        org = await Org.create({ aliasOrUsername: target.value });
    } catch (error) {
        throw new Failure(
            'no-auth',
            `no stored authorization for "${target.value}" (${(error as Error).name}): run sf org login web --alias ${target.value}`,
            false
        );
    }
    const connection = org.getConnection();
    return {
        baseUrl: connection.instanceUrl,
        headers: () => ({ authorization: `Bearer ${connection.accessToken ?? ''}` }),
        refresh: async () => {
            try {
                await org.refreshAuth();
                return true;
            } catch (refreshFailure) {
                return false;
            }
        }
    };
}

function describeNetworkError(error: unknown): string {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return cause?.code ?? cause?.message ?? (error as Error).message ?? String(error);
}

async function readJson(response: Response): Promise<unknown> {
    const text = await response.text();
    try {
        return JSON.parse(text);
    } catch (notJson) {
        return null;
    }
}

/** The platform answers some errors as [{ errorCode, message }]; License Steward as { errorCode, message }. */
function messageOf(body: unknown): string | null {
    const first = Array.isArray(body) ? body[0] : body;
    const message = (first as { message?: unknown } | null)?.message;
    return typeof message === 'string' ? message.slice(0, 300) : null;
}

async function attempt(endpoint: Endpoint, url: string, timeoutMs: number): Promise<RestV1Summary> {
    let response: Response;
    try {
        response = await fetch(url, {
            headers: { accept: 'application/json', ...endpoint.headers() },
            signal: AbortSignal.timeout(timeoutMs)
        });
    } catch (error) {
        const name = (error as Error).name;
        if (name === 'TimeoutError' || name === 'AbortError') {
            throw new Failure('timeout', `timed out after ${timeoutMs} ms`, true);
        }
        throw new Failure('unreachable', `unreachable (${describeNetworkError(error)})`, true);
    }
    let body: unknown;
    try {
        body = await readJson(response);
    } catch (error) {
        const name = (error as Error).name;
        if (name === 'TimeoutError' || name === 'AbortError') {
            throw new Failure('timeout', `timed out after ${timeoutMs} ms while reading the answer`, true);
        }
        throw new Failure(
            'unreachable',
            `connection lost while reading the answer (${describeNetworkError(error)})`,
            true
        );
    }
    const detail = messageOf(body);
    const status = response.status;
    if (status === 200) {
        try {
            return assertSummary(body);
        } catch (error) {
            throw new Failure('bad-answer', `${(error as Error).message} (HTTP 200)`, false);
        }
    }
    if (status === 404) {
        throw new Failure(
            'not-installed',
            'License Steward REST API not found (HTTP 404): the package is not installed or is older than the REST API',
            false
        );
    }
    if (status === 403) {
        throw new Failure(
            'forbidden',
            `no permission (HTTP 403): assign the License Steward Admin permission set${detail ? ` (${detail})` : ''}`,
            false
        );
    }
    if (status === 401) {
        throw new Failure('unauthorized', 'not authorized (HTTP 401): run sf org login web again', false);
    }
    if (status === 400) {
        throw new Failure('bad-request', `bad request (HTTP 400)${detail ? `: ${detail}` : ''}`, false);
    }
    const correlationId = (body as { correlationId?: unknown } | null)?.correlationId;
    const retryable = status >= 500 || status === 429;
    throw new Failure(
        retryable ? 'server-error' : 'bad-answer',
        `HTTP ${status}${typeof correlationId === 'string' ? ` (correlation id ${correlationId})` : ''}`,
        retryable
    );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Reads one org's summary; never throws (a failure is a result with a reason). */
export async function fetchOrg(target: OrgTarget, settings: FetchSettings): Promise<OrgResult> {
    const started = Date.now();
    let attempts = 0;
    try {
        const endpoint = await endpointOf(target);
        const url = `${endpoint.baseUrl}/services/apexrest${settings.apiPath}/summary?maxRows=${settings.maxRows}`;
        let refreshed = false;
        for (;;) {
            attempts++;
            try {
                const summary = await attempt(endpoint, url, settings.timeoutMs);
                return { target, ok: true, summary, attempts, ms: Date.now() - started };
            } catch (error) {
                if (!(error instanceof Failure)) throw error;
                if (error.kind === 'unauthorized' && !refreshed && (await endpoint.refresh())) {
                    refreshed = true;
                    continue;
                }
                if (!error.retryable || attempts > settings.retries) throw error;
                const base = settings.backoffMs ?? 500;
                await sleep(Math.min(base * 2 ** (attempts - 1), 5000) + Math.floor(Math.random() * 100));
            }
        }
    } catch (error) {
        const failure =
            error instanceof Failure ? error : new Failure('bad-answer', `failed: ${(error as Error).message}`, false);
        const tries = attempts > 1 ? ` after ${attempts} attempts` : '';
        return {
            target,
            ok: false,
            kind: failure.kind,
            reason: `${failure.message}${tries}`,
            attempts,
            ms: Date.now() - started
        };
    }
}

/** Runs fetchOrg over every target, at most `concurrency` at a time; results in the targets' order. */
export async function fetchAll(
    targets: OrgTarget[],
    settings: FetchSettings,
    concurrency: number
): Promise<OrgResult[]> {
    const results: OrgResult[] = new Array(targets.length);
    let next = 0;
    const worker = async () => {
        while (next < targets.length) {
            const index = next++;
            results[index] = await fetchOrg(targets[index], settings);
        }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, targets.length) }, worker));
    return results;
}
