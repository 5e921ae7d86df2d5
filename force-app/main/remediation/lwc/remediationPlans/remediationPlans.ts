import type { RemediationDiagnosisDto, RemediationRunDto } from '@apex-types/remediation';
import { plural } from 'c/lsFormat';

/** What a flow was opened for: the plan and, for plans that take them, the targets and the license. */
export interface RemediationRequest {
    planType: string;
    targetIds: string[];
    licenseDeveloperName: string;
    licenseLabel: string;
}

/** One fact of the Confirm step. */
export interface RemediationFact {
    key: string;
    label: string;
    value: string;
}

/**
 * How c-remediation-flow shows one plan type. The flow owns the steps, the path, the heading, the live region, the
 * errors, the business hours and window, the dry run, the confirmation and the monitor; a plan brings only these
 * words and its diagnosis and review components (see docs/adding-a-plan-type.md).
 */
export interface RemediationPlan {
    /** Card title; may name the license or the selection once the diagnosis answers. */
    title(request: RemediationRequest, diagnosis: RemediationDiagnosisDto | undefined): string;
    iconName: string;
    /** One paragraph under the title ('' = none). */
    description: string;
    /** Accessible name of the path. */
    stepsLabel: string;
    /** Text of the diagnosis spinner. */
    checkingText: string;
    /** Shown under the checks while a check fails. */
    blockedText: string;
    /** The org-wide fix offers no draft when the org is not affected; a targeted plan shows it disabled. */
    proceedNeedsAffected: boolean;
    /** The first diagnosis opens the monitor of an active run (an org-wide plan has at most one run to follow). */
    openActiveRunOnLoad: boolean;
    /** The run history card below the flow: continue a Draft, open any run, flag a Failed or Paused one. */
    showHistory: boolean;
    /** Snapshot kind the Review step's table opens on ('' = its default, users). */
    snapshotKind: string;
    /** Label of the close button ('' = the flow cannot be closed: it is a page of its own). */
    closeLabel: string;
    /** Confirm-step facts of this plan, shown after the run, start, business hours and duration. */
    facts(
        run: RemediationRunDto,
        request: RemediationRequest,
        diagnosis: RemediationDiagnosisDto | undefined
    ): RemediationFact[];
}

export const VOICE_PSL_FIX = 'VOICE_PSL_FIX';
export const RECLAIM_UNNEEDED_PSL = 'RECLAIM_UNNEEDED_PSL';
export const RECLAIM_PACKAGE_SEATS = 'RECLAIM_PACKAGE_SEATS';

const PLANS: Record<string, RemediationPlan> = {
    [VOICE_PSL_FIX]: {
        title: () => 'Voice PSL fix (KB 005316943)',
        iconName: 'standard:voice_call',
        description:
            'Stops users added to an Amazon Connect contact center from consuming a second Salesforce Voice User license: the licensed "Salesforce Voice Permission Set" is replaced by a license-free one, outside business hours, with a snapshot you can undo.',
        stepsLabel: 'Wizard progress',
        checkingText: 'Checking the org',
        blockedText: 'Fix the failing checks above, then check again.',
        proceedNeedsAffected: true,
        openActiveRunOnLoad: true,
        showHistory: true,
        snapshotKind: '',
        closeLabel: '',
        facts: (run) => [
            { key: 'users', label: 'Users', value: String(run.snapshotUserCount) },
            { key: 'apps', label: 'Connected apps', value: String(run.snapshotAppCount) }
        ]
    },
    [RECLAIM_UNNEEDED_PSL]: {
        title: (request, diagnosis) => {
            const license = diagnosis?.licenseLabel ?? (request.licenseLabel || request.licenseDeveloperName);
            const scope = request.targetIds.length
                ? plural(request.targetIds.length, 'selected finding')
                : 'all unneeded';
            return `Reclaim ${license} assignments (${scope})`;
        },
        iconName: '',
        description: '',
        stepsLabel: 'Reclaim steps',
        checkingText: 'Checking the assignments',
        blockedText: 'A check failed (see above): the draft run cannot be created until it passes.',
        proceedNeedsAffected: false,
        openActiveRunOnLoad: false,
        showHistory: false,
        snapshotKind: 'PSL_ASSIGNMENT',
        closeLabel: 'Close the reclaim',
        facts: (_run, request, diagnosis) => [
            { key: 'license', label: 'License', value: diagnosis?.licenseLabel ?? request.licenseDeveloperName }
        ]
    },
    [RECLAIM_PACKAGE_SEATS]: {
        title: (request) =>
            `Reclaim ${request.licenseLabel || request.licenseDeveloperName} package seats (${plural(request.targetIds.length, 'selected finding')})`,
        iconName: '',
        description: '',
        stepsLabel: 'Reclaim steps',
        checkingText: 'Checking the package seats',
        blockedText: 'A check failed (see above): the draft run cannot be created until it passes.',
        proceedNeedsAffected: false,
        openActiveRunOnLoad: false,
        showHistory: false,
        snapshotKind: 'PACKAGE_SEAT',
        closeLabel: 'Close the reclaim',
        facts: (run, request) => [
            { key: 'package', label: 'Package (namespace)', value: request.licenseDeveloperName },
            { key: 'seatsToRemove', label: 'Seats to remove', value: String(run.seatsExpectedToFree) }
        ]
    }
};

/** The plan of a plan type; an unknown type is a programming error, named in the message. */
export function planOf(planType: string): RemediationPlan {
    const plan = PLANS[planType];
    if (!plan) {
        throw new Error(`Unknown remediation plan type: ${planType}`);
    }
    return plan;
}

/** Every plan type the flow can run. */
export function planTypes(): string[] {
    return Object.keys(PLANS);
}
