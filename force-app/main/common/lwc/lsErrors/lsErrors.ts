/**
 * Turns whatever an Apex call, a wire or JavaScript threw into readable messages.
 * An AuraHandledException arrives as { body: { message } }; DML errors as { body: { pageErrors, fieldErrors } };
 * a list of those when several wires fail.
 */
export function reduceErrors(errors: unknown): string[] {
    const list = Array.isArray(errors) ? errors : [errors];
    const messages = list
        .filter((error) => error !== null && error !== undefined)
        .flatMap((error) => messagesOf(error))
        .filter((message) => message.length > 0);
    return [...new Set(messages)].length > 0 ? [...new Set(messages)] : ['Unknown error'];
}

function messagesOf(error: unknown): string[] {
    if (typeof error === 'string') {
        return [error];
    }
    if (typeof error !== 'object' || error === null) {
        return [String(error)];
    }
    const record = error as Record<string, unknown>;
    const body = record.body;
    if (Array.isArray(body)) {
        return body.flatMap((entry) => messagesOf(entry));
    }
    if (body && typeof body === 'object') {
        const typedBody = body as Record<string, unknown>;
        const pageErrors = Array.isArray(typedBody.pageErrors) ? typedBody.pageErrors : [];
        const fieldErrors =
            typedBody.fieldErrors && typeof typedBody.fieldErrors === 'object'
                ? Object.values(typedBody.fieldErrors as Record<string, unknown[]>).flat()
                : [];
        const nested = [...pageErrors, ...fieldErrors].flatMap((entry) => messagesOf(entry));
        if (nested.length > 0) {
            return nested;
        }
        if (typeof typedBody.message === 'string') {
            return [typedBody.message];
        }
    }
    if (typeof record.message === 'string') {
        return [record.message];
    }
    if (typeof record.statusText === 'string') {
        return [record.statusText];
    }
    return [];
}

/** What an awaited call ended with: its value (null when it returned nothing or threw) and readable error messages. */
export interface Settled<T> {
    value: T | null;
    errors: string[];
}

/**
 * Awaits `call` without throwing: `{ value, errors: [] }` when it answers, `{ value: null, errors }` (reduceErrors)
 * when it throws. The one try/catch of the components that load data and show the error in c/lsErrorAlert.
 */
export async function settle<T>(call: () => Promise<T>): Promise<Settled<T>> {
    try {
        return { value: (await call()) ?? null, errors: [] };
    } catch (error) {
        return { value: null, errors: reduceErrors(error) };
    }
}
