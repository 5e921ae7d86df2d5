import { LightningElement, api, wire } from 'lwc';
import getAppContext from '@salesforce/apex/LicenseStewardAppController.getAppContext';
import type { AppContextDto } from '@apex-types/app';
import type { RemediationRunDto } from '@apex-types/remediation';

type Refreshable = HTMLElement & { refresh: () => Promise<void> };

/**
 * The dashboard's way back to a reclaim once its flow is closed: every reclaim run (Drafts aside) with its license
 * and status, and **Open** shows the run's monitor (progress, audit entries, Pause, Resume, Undo out of hours).
 */
export default class LicenseReclaimRuns extends LightningElement {
    openRunId?: string;
    openRunName = '';
    orgName?: string;
    /** Status (and direction) of the open run as the list last showed it: a change reloads the list. */
    private listedState = '';

    @wire(getAppContext)
    wiredContext({ data }: { data?: AppContextDto; error?: unknown }): void {
        // Only the confirmation prompt uses the org name; without it the monitor asks for CONFIRM.
        this.orgName = data?.orgName ?? undefined;
    }

    get hasOpenRun(): boolean {
        return this.openRunId !== undefined;
    }

    get monitorHeading(): string {
        return `Run ${this.openRunName}`;
    }

    /** Reloads the list (the dashboard calls it after a reclaim was scheduled from the findings list). */
    @api
    async refresh(): Promise<void> {
        await this.template?.querySelector<Refreshable>('c-remediation-run-history')?.refresh();
    }

    handleRefresh(): void {
        this.refresh();
    }

    handleOpen(event: CustomEvent<RemediationRunDto>): void {
        this.openRunId = event.detail.id;
        this.openRunName = event.detail.name;
        this.listedState = `${event.detail.status}/${event.detail.direction}`;
        // Move focus to the monitor's heading once it is rendered, so keyboard and screen-reader users follow.
        Promise.resolve().then(() => this.template?.querySelector<HTMLElement>('[data-id="monitor-heading"]')?.focus());
    }

    handleClose(): void {
        this.openRunId = undefined;
        this.openRunName = '';
        Promise.resolve().then(() => this.template?.querySelector<HTMLElement>('[data-id="refresh-runs"]')?.focus());
    }

    handleRunChange(event: CustomEvent<RemediationRunDto>): void {
        // The list follows the monitor (e.g. Undo scheduled, run finished) without reloading on every poll.
        const state = `${event.detail.status}/${event.detail.direction}`;
        if (state !== this.listedState) {
            this.listedState = state;
            this.refresh();
        }
    }
}
