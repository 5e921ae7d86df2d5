// Preview implementation of `@salesforce/apex/Class.method` and `@salesforce/apex` (refreshApex).
// Every call is a POST of the params (JSON) to /apex/<Class>/<method> with the demo org in the `x-demo-org` header.
// The server answers 200 with the DTO-shaped result, or an error status with `{ message, ... }` as body.
// Errors are shaped like the platform's: { body: { message, ... }, ok: false, status, statusText, headers }.

/** Demo org of the page: ?org=<id>, else the shell's default (set by preview/app before anything renders). */
export function currentOrg() {
    const fromUrl = new URLSearchParams(window.location.search).get('org');
    return fromUrl || window.__previewDefaultOrg || '';
}

async function callApex(className, methodName, params) {
    let response;
    try {
        response = await fetch(`/apex/${encodeURIComponent(className)}/${encodeURIComponent(methodName)}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-demo-org': currentOrg() },
            body: JSON.stringify(params ?? {})
        });
    } catch (networkError) {
        throw {
            body: { message: `Preview server unreachable: ${networkError.message}` },
            ok: false,
            status: 0,
            statusText: 'Network error',
            headers: {}
        };
    }
    const text = await response.text();
    let payload = null;
    try {
        payload = text ? JSON.parse(text) : null;
    } catch {
        payload = { message: text };
    }
    if (!response.ok) {
        throw {
            body: payload && typeof payload === 'object' ? payload : { message: String(payload) },
            ok: false,
            status: response.status,
            statusText: response.statusText,
            headers: {}
        };
    }
    return payload;
}

function deepFreeze(value) {
    if (value && typeof value === 'object' && !Object.isFrozen(value)) {
        Object.freeze(value);
        for (const key of Object.keys(value)) deepFreeze(value[key]);
    }
    return value;
}

/** Wired values → the adapter that emitted them (for refreshApex). */
const emitted = new WeakMap();

/**
 * An Apex method import: call it (`getX({ a: 1 })` → Promise) or wire it (`@wire(getX, { a: '$a' })`).
 * Wired data is deep-frozen like on the platform, so components that mutate wired data fail here too.
 */
export function createApexMethod(className, methodName) {
    const apexMethod = (params) => callApex(className, methodName, params);

    class ApexWireAdapter {
        constructor(dataCallback) {
            this.dataCallback = dataCallback;
            this.connected = false;
            this.config = undefined;
            this.configKey = undefined;
            this.sequence = 0;
        }

        connect() {
            this.connected = true;
            if (this.config !== undefined) this.fetch();
        }

        update(config) {
            const key = JSON.stringify(config ?? {});
            if (key === this.configKey) return;
            this.configKey = key;
            this.config = config ?? {};
            if (this.connected) this.fetch();
        }

        disconnect() {
            this.connected = false;
        }

        fetch() {
            const sequence = ++this.sequence;
            return callApex(className, methodName, this.config).then(
                (data) => this.emit(sequence, { data: deepFreeze(data), error: undefined }),
                (error) => this.emit(sequence, { data: undefined, error })
            );
        }

        emit(sequence, value) {
            if (sequence !== this.sequence || !this.connected) return;
            emitted.set(value, this);
            this.dataCallback(value);
        }
    }

    apexMethod.adapter = ApexWireAdapter;
    return apexMethod;
}

/** Re-invokes the wire that produced `wiredValue` (the `{ data, error }` object a wire received). */
export function refreshApex(wiredValue) {
    const adapter = wiredValue && emitted.get(wiredValue);
    if (!adapter) return Promise.resolve(undefined);
    return adapter.fetch().then(() => undefined);
}

export function getSObjectValue(record, field) {
    const name = typeof field === 'string' ? field : field?.fieldApiName;
    if (!record || !name) return undefined;
    return name.split('.').reduce((value, part) => (value == null ? undefined : value[part]), record);
}
