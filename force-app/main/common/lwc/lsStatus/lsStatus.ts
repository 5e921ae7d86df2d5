/**
 * One status vocabulary and colour scale for every License Steward page (docs/dashboard-ui.md, "Status
 * vocabulary"). Every state maps to one of four severities, each with one SLDS colour; the label is always shown as
 * text next to the colour, so colour is never the only signal:
 *
 *   error    red     slds-theme_error     act now: expired, over-allocated, no seat left, failed
 *   warning  orange  slds-theme_warning   act soon: near the limit, expiring soon, stale data, completed with errors
 *   success  green   slds-theme_success   fine: OK, completed
 *   neutral  grey    slds-badge_lightest  no judgement: queued, running, never run
 */
export type Severity = 'error' | 'warning' | 'success' | 'neutral';

/** License status from the server (LicenseUsageMapper): the worst that applies, in this order. */
export type LicenseStatus = 'expired' | 'overallocated' | 'exhausted' | 'warning' | 'ok';

export interface StatusView {
    label: string;
    severity: Severity;
    badgeClass: string;
    /** A sentence that says what the state means and what to do; '' for OK. */
    explanation: string;
}

const BADGE_CLASS: Record<Severity, string> = {
    error: 'slds-badge slds-theme_error',
    warning: 'slds-badge slds-theme_warning',
    success: 'slds-badge slds-theme_success',
    neutral: 'slds-badge slds-badge_lightest'
};

/** Rank of a severity, worst first (sorting and "the worst of"). */
export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, success: 2, neutral: 3 };

/** The SLDS badge classes of a severity. */
export function badgeClassOf(severity: Severity): string {
    return BADGE_CLASS[severity];
}

function view(label: string, severity: Severity, explanation = ''): StatusView {
    return { label, severity, badgeClass: BADGE_CLASS[severity], explanation };
}

/**
 * The view of a license's status. `expiringSoon` turns a 'warning' into "Expiring soon" (the server makes an
 * expiring license a warning even when seats remain); a near-limit license that also expires soon says both.
 */
export function licenseStatusView(status: LicenseStatus | string, expiringSoon = false, nearLimit = false): StatusView {
    switch (status) {
        case 'expired':
            return view(
                'Expired',
                'error',
                'Expired: its users lose the features it grants. Renew it with Salesforce.'
            );
        case 'overallocated':
            return view(
                'Over-allocated',
                'error',
                'More seats used than owned: remove assignments or buy seats before Salesforce enforces the limit.'
            );
        case 'exhausted':
            return view(
                'No seats left',
                'error',
                'Every seat is used: nobody else can be assigned until one is freed.'
            );
        case 'warning':
            if (expiringSoon && nearLimit) {
                return view('Expiring, near limit', 'warning', 'Expires soon and is nearly full: plan the renewal.');
            }
            return expiringSoon
                ? view('Expiring soon', 'warning', 'Expires soon, even though seats remain: plan the renewal.')
                : view('Near limit', 'warning', 'Nearly full: free seats or plan more before it runs out.');
        default:
            return view('OK', 'success');
    }
}

/** Findings scan states (LicenseScanStatusDto.status) on the same scale. */
export function scanStatusView(status: string): StatusView {
    switch (status) {
        case 'Completed':
            return view('Completed', 'success');
        case 'CompletedWithErrors':
            return view('Completed with errors', 'warning', 'Some chunks failed: the findings may be incomplete.');
        case 'Failed':
            return view('Failed', 'error', 'The scan failed: the findings shown are from an earlier scan, if any.');
        case 'Queued':
            return view('Queued', 'neutral');
        case 'Running':
            return view('Running', 'neutral');
        default:
            return view('Never run', 'neutral');
    }
}

/** Default age (hours) after which scan results count as stale: a nightly scan plus a margin. */
export const STALE_AFTER_HOURS = 36;

/** Whether data computed at `finishedAt` is stale at `now` (older than `staleAfterHours`). */
export function isStale(
    finishedAt: string | null | undefined,
    now: Date = new Date(),
    staleAfterHours = STALE_AFTER_HOURS
): boolean {
    const time = finishedAt ? Date.parse(finishedAt) : NaN;
    return !Number.isNaN(time) && now.getTime() - time > staleAfterHours * 3600 * 1000;
}

/** Whether a scheduled run was missed: its "next run" is more than `graceMinutes` in the past. */
export function isMissedRun(
    nextFireTime: string | null | undefined,
    now: Date = new Date(),
    graceMinutes = 30
): boolean {
    const time = nextFireTime ? Date.parse(nextFireTime) : NaN;
    return !Number.isNaN(time) && now.getTime() - time > graceMinutes * 60 * 1000;
}
