// Shared by the preview adapters (preview/adapters/<Class>.mjs), the preview server and the contract test.

/**
 * Throw this from an adapter to simulate `throw new AuraHandledException(message)` (what AuraErrors.wrap/handled do):
 * the LWC receives `{ body: { message }, status: 500, statusText, ok: false }`, exactly what reduceErrors() reads.
 */
export class PreviewApexError extends Error {
    constructor(message, { status = 500 } = {}) {
        super(message);
        this.name = 'PreviewApexError';
        this.isPreviewApexError = true;
        this.status = status;
    }
}

/** True for a PreviewApexError (also one created by another copy of this module, e.g. in a test fixture). */
export function isPreviewApexError(error) {
    return !!error && (error instanceof PreviewApexError || error.isPreviewApexError === true);
}
