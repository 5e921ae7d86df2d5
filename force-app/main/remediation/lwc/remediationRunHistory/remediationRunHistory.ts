import { LightningElement, api } from 'lwc';
import listRecentRuns from '@salesforce/apex/RemediationController.listRecentRuns';
import type { RemediationRunDto } from '@apex-types/remediation';
import { settle } from 'c/lsErrors';
import { formatZonedDateTime } from 'c/lsFormat';
import { runBadgeClass } from 'c/remediationFormat';

/** Runs asked for (the API allows 1..200). */
export const MAX_RUNS = 20;

/** A run as one row of the table (id, name and status as in the DTO). */
interface HistoryRow extends Pick<RemediationRunDto, 'id' | 'name' | 'status'> {
    license: string;
    badgeClass: string;
    directionText: string;
    created: string;
    when: string;
    requestedBy: string;
    progressText: string;
    openLabel: string;
    openAlternative: string;
}

/**
 * The run history of a plan (default: the Voice PSL fix): newest first, status badges, when and who. "Open" fires
 * `open` with the run (a Draft continues in the wizard; any other run opens in the monitor).
 * Fires `loaded` with the runs after each load, so the parent can offer to continue a draft.
 */
export default class RemediationRunHistory extends LightningElement {
    /** Only runs of this plan are listed (VOICE_PSL_FIX or RECLAIM_UNNEEDED_PSL). */
    @api planType = 'VOICE_PSL_FIX';
    /** Adds a License column (reclaim runs each concern one license; every Voice run the same one). */
    @api showLicense = false;
    /** Leaves Drafts out (they changed nothing; where a plan cannot continue a draft, "Continue" would mislead). */
    @api hideDrafts = false;

    runs: RemediationRunDto[] = [];
    isLoading = false;
    errorMessages: string[] = [];
    loaded = false;

    override connectedCallback(): void {
        this.refresh();
    }

    /** Reloads the list. */
    @api
    async refresh(): Promise<void> {
        this.isLoading = true;
        this.errorMessages = [];
        // The server filters by plan before its limit, so one plan's runs never push another's out of the list.
        const { value: runs, errors } = await settle<RemediationRunDto[]>(() =>
            listRecentRuns({ maxResults: MAX_RUNS, planType: this.planType })
        );
        this.errorMessages = errors;
        if (errors.length === 0) {
            this.runs = (runs ?? []).filter(
                (run) => run.planType === this.planType && !(this.hideDrafts && run.status === 'Draft')
            );
            this.dispatchEvent(new CustomEvent('loaded', { detail: this.runs }));
        }
        this.isLoading = false;
        this.loaded = true;
    }

    get hasError(): boolean {
        return this.errorMessages.length > 0;
    }

    get hasRuns(): boolean {
        return this.runs.length > 0;
    }

    get isEmpty(): boolean {
        return this.loaded && !this.isLoading && !this.hasError && this.runs.length === 0;
    }

    get rows(): HistoryRow[] {
        return this.runs.map((run) => {
            const finished = run.finishedAt ? `Finished ${formatZonedDateTime(run.finishedAt)}` : '';
            const next = run.nextScheduledTime ? `Next start ${formatZonedDateTime(run.nextScheduledTime)}` : '';
            const open = run.status === 'Draft' ? 'Continue' : 'Open';
            return {
                id: run.id,
                name: run.name,
                status: run.status,
                license: run.licenseLabel ?? run.licenseDeveloperName ?? '',
                badgeClass: runBadgeClass(run.status),
                directionText: run.direction === 'Undo' && run.status !== 'Undone' ? 'Undo' : '',
                created: formatZonedDateTime(run.createdAt),
                when: finished || next,
                requestedBy: run.requestedByName ?? '',
                progressText: `${run.completedSteps}/${run.totalSteps} steps`,
                // The run name in the label keeps every row's button distinct for screen readers.
                openLabel: `${open} ${run.name}`,
                openAlternative:
                    run.status === 'Draft' ? 'Continue this draft in the wizard' : 'Open the monitor of this run'
            };
        });
    }

    handleOpen(event: Event): void {
        const runId = (event.currentTarget as HTMLElement).dataset.runId;
        const run = this.runs.find((candidate) => candidate.id === runId);
        if (run) {
            this.dispatchEvent(new CustomEvent('open', { detail: run }));
        }
    }
}
