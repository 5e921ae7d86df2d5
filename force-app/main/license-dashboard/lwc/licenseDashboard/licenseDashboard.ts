import { LightningElement } from 'lwc';
import { markPerformance } from 'c/lsFormat';

interface Refreshable {
    refresh(): Promise<void>;
}

interface FindingsList extends HTMLElement {
    showFindings(reason: string | null, licenseDeveloperName: string | null): Promise<void>;
}

/**
 * License_Dashboard tab: what we own, what we use, what is wasted, and why an assignment fails. Composes the scan
 * status, findings summary, license inventory, findings drill-down, reclaim runs and the assignment check; connects
 * them: picking a finding type or a license filters the drill-down, a finished scan reloads the numbers, and a
 * reclaim scheduled from the drill-down shows up in the reclaim runs.
 */
export default class LicenseDashboard extends LightningElement {
    announcement = '';
    private firstRender = true;

    override renderedCallback(): void {
        if (this.firstRender) {
            this.firstRender = false;
            markPerformance('lsteward:dashboard:shell');
        }
    }

    handleSelectType(event: CustomEvent<{ reason: string; label: string }>): void {
        this.announcement = `Findings drill-down filtered on ${event.detail.label}.`;
        this.revealList(event.detail.reason, null);
    }

    handleSelectLicense(event: CustomEvent<{ developerName: string; label: string }>): void {
        this.announcement = `Findings drill-down filtered on ${event.detail.label}.`;
        this.revealList(null, event.detail.developerName);
    }

    handleScanComplete(): void {
        this.announcement = 'The findings scan finished: the dashboard shows its findings.';
        for (const selector of ['c-license-findings-summary', 'c-license-findings-list', 'c-license-inventory-table']) {
            const child = this.template?.querySelector(selector) as unknown as Refreshable | null;
            child?.refresh().catch(() => undefined);
        }
    }

    handleReclaimChange(): void {
        const runs = this.template?.querySelector('c-license-reclaim-runs') as unknown as Refreshable | null;
        runs?.refresh().catch(() => undefined);
    }

    private revealList(reason: string | null, licenseDeveloperName: string | null): void {
        const list = this.template?.querySelector('c-license-findings-list') as FindingsList | null;
        if (!list) {
            return;
        }
        list.showFindings(reason, licenseDeveloperName).catch(() => undefined);
        if (typeof list.scrollIntoView === 'function') {
            list.scrollIntoView({ behavior: 'smooth', block: 'start' });
        }
    }
}
