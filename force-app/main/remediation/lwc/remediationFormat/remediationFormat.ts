import type {
    RemediationCheckStatus,
    RemediationRunDto,
    RemediationRunStatus,
    RemediationStepStatus
} from '@apex-types/remediation';
import { formatZonedDateTime } from 'c/lsFormat';

/** How a run status is shown: badge text and class, and whether polling should continue. */
interface StatusMeta {
    label: string;
    badgeClass: string;
    active: boolean;
}

const RUN_STATUS: Record<RemediationRunStatus, StatusMeta> = {
    Draft: { label: 'Draft', badgeClass: 'slds-badge', active: false },
    Scheduled: { label: 'Scheduled', badgeClass: 'slds-badge slds-theme_info', active: true },
    Running: { label: 'Running', badgeClass: 'slds-badge slds-theme_info', active: true },
    Paused: { label: 'Paused', badgeClass: 'slds-badge slds-theme_warning', active: false },
    Completed: { label: 'Completed', badgeClass: 'slds-badge slds-theme_success', active: false },
    Failed: { label: 'Failed', badgeClass: 'slds-badge slds-theme_error', active: false },
    Undone: { label: 'Undone', badgeClass: 'slds-badge slds-badge_inverse', active: false }
};

/** Badge classes of a run status (unknown statuses get the neutral badge). */
export function runBadgeClass(status: string | null | undefined): string {
    return RUN_STATUS[status as RemediationRunStatus]?.badgeClass ?? 'slds-badge';
}

/** True while the engine may still change the run on its own (Scheduled, Running): keep polling. */
export function isActiveStatus(status: string | null | undefined): boolean {
    return RUN_STATUS[status as RemediationRunStatus]?.active ?? false;
}

/** True for statuses after which nothing happens unless the admin acts. */
export function isTerminalStatus(status: string | null | undefined): boolean {
    return status === 'Completed' || status === 'Failed' || status === 'Undone';
}

const STEP_STATUS: Record<RemediationStepStatus, { label: string; icon: string; variant: string }> = {
    Pending: { label: 'Pending', icon: 'utility:clock', variant: '' },
    Running: { label: 'In progress', icon: 'utility:spinner', variant: '' },
    Completed: { label: 'Done', icon: 'utility:success', variant: 'success' },
    Failed: { label: 'Failed', icon: 'utility:error', variant: 'error' },
    Skipped: { label: 'Nothing to do', icon: 'utility:skip', variant: '' }
};

/** Text, icon and icon variant of a step status. */
export function stepStatusMeta(status: string | null | undefined): { label: string; icon: string; variant: string } {
    return STEP_STATUS[status as RemediationStepStatus] ?? { label: status ?? '', icon: 'utility:clock', variant: '' };
}

const CHECK_STATUS: Record<RemediationCheckStatus, { label: string; icon: string; variant: string }> = {
    pass: { label: 'Pass', icon: 'utility:success', variant: 'success' },
    warn: { label: 'Warning', icon: 'utility:warning', variant: 'warning' },
    fail: { label: 'Fail', icon: 'utility:error', variant: 'error' }
};

/** Text, icon and icon variant of a pre-flight check result. */
export function checkStatusMeta(status: string | null | undefined): { label: string; icon: string; variant: string } {
    return CHECK_STATUS[status as RemediationCheckStatus] ?? { label: status ?? '', icon: 'utility:info', variant: '' };
}

/** A duration in minutes as "about 45 minutes" / "about 2 h 5 min". */
export function formatMinutes(minutes: number | null | undefined): string {
    if (minutes === null || minutes === undefined || minutes < 0) {
        return '';
    }
    if (minutes < 60) {
        return `about ${minutes} minute${minutes === 1 ? '' : 's'}`;
    }
    const hours = Math.floor(minutes / 60);
    const rest = minutes % 60;
    return rest === 0 ? `about ${hours} h` : `about ${hours} h ${rest} min`;
}

/** One plain-language sentence describing where a run stands. */
export function describeRun(run: RemediationRunDto): string {
    const undo = run.direction === 'Undo';
    const next = formatZonedDateTime(run.nextScheduledTime ?? run.scheduledStart);
    switch (run.status) {
        case 'Draft':
            return 'Draft: review the snapshot, pick an out-of-hours window and confirm to schedule it.';
        case 'Scheduled':
            return undo
                ? `The undo is scheduled for ${next || 'the next out-of-hours window'}.`
                : `The run is scheduled for ${next || 'the next out-of-hours window'}.`;
        case 'Running':
            return undo ? 'The undo is running: the snapshot is being restored.' : 'The run is in progress.';
        case 'Paused':
            if (run.pauseReason === 'REAPPROVAL') {
                return 'Paused for re-approval: its targets changed since it was approved, and nothing was changed. Undo it and create a new plan, then check its dry run and confirm it.';
            }
            if (run.pauseReason === 'AUTHORITY') {
                return 'Paused: the admin it runs as lost a permission it needs. An admin who holds the License Steward and setup permissions can resume it, or undo it.';
            }
            if (run.pauseReason === 'INTEGRITY') {
                return 'Stopped: the run was changed outside License Steward, so it can be neither resumed nor undone.';
            }
            return run.pauseReason === 'BUSINESS_HOURS'
                ? `Paused because business hours began; it resumes by itself at ${next || 'the next out-of-hours window'}.`
                : 'Paused by an admin. Resume it to continue where it stopped, or undo it.';
        case 'Completed':
            return run.verificationMessage ?? 'Every step finished.';
        case 'Failed':
            if (run.pauseReason === 'INTEGRITY') {
                return 'Integrity failure: the run was changed outside License Steward, so it stopped before changing anything more. It can be neither resumed nor undone; check its audit trail.';
            }
            return `A step failed${run.lastError ? `: ${run.lastError}` : '.'} Resume to retry from that step, or undo.`;
        case 'Undone':
            return 'Undone: the snapshot was restored (the original set is back on its users and connected apps).';
        default:
            return run.status;
    }
}

/**
 * A short label for why a run is held by something only an admin can clear (REAPPROVAL, AUTHORITY, INTEGRITY), or ''
 * when it is not. Shown next to the status badge.
 */
export function holdLabel(run: Pick<RemediationRunDto, 'pauseReason'> | null | undefined): string {
    switch (run?.pauseReason) {
        case 'REAPPROVAL':
            return 'Paused for re-approval';
        case 'AUTHORITY':
            return 'Permission lost';
        case 'INTEGRITY':
            return 'Integrity failure';
        default:
            return '';
    }
}

/** The word that confirms scheduling or undoing a run when the admin does not type the org name. */
export const CONFIRM_WORD = 'CONFIRM';

/**
 * Whether a typed confirmation is the org name or CONFIRM, compared like the server does (trimmed, any case).
 * The server checks again; this only enables the button.
 */
export function confirmationMatches(typed: string | null | undefined, orgName: string | null | undefined): boolean {
    const value = (typed ?? '').trim().toLowerCase();
    if (value.length === 0) {
        return false;
    }
    return value === CONFIRM_WORD.toLowerCase() || (!!orgName && value === orgName.trim().toLowerCase());
}
