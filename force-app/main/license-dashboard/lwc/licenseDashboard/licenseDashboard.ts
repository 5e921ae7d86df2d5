import { LightningElement } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import { markPerformance } from 'c/lsFormat';

interface Refreshable {
    refresh(): Promise<void>;
}

interface FindingsList extends HTMLElement {
    showFindings(reason: string | null, licenseDeveloperName: string | null): Promise<void>;
    focusResults(): void;
}

/** NavigationMixin's navigate method, under its symbol (the ambient types declare the mixin only). */
type Navigator = Record<symbol, (pageReference: object) => void>;
const NAVIGATE = (NavigationMixin as unknown as Record<'Navigate', symbol>).Navigate;

/**
 * License_Dashboard tab: what we own, what we use, what is wasted, and why an assignment fails. Composes the scan
 * status, findings summary, license inventory, findings drill-down, reclaim runs and the assignment check; connects
 * them: picking a finding type or a license filters the drill-down, a finished scan reloads the numbers, and a
 * reclaim scheduled from the drill-down shows up in the reclaim runs.
 *
 * Accessibility: each change is spoken once, by the section that changed (the scan status line, the drill-down's
 * result line); the dashboard adds no live region of its own. A button that reveals the drill-down moves keyboard
 * focus there.
 */
export default class LicenseDashboard extends NavigationMixin(LightningElement) {
    private firstRender = true;

    override renderedCallback(): void {
        if (this.firstRender) {
            this.firstRender = false;
            markPerformance('lsteward:dashboard:shell');
        }
    }

    handleSelectType(event: CustomEvent<{ reason: string; label: string }>): void {
        this.revealList(event.detail.reason, null);
    }

    handleSelectLicense(event: CustomEvent<{ developerName: string; label: string }>): void {
        this.revealList(null, event.detail.developerName);
    }

    /** The summary's "Open Voice PSL fix": the Voice_PSL_Fix tab. */
    handleOpenVoiceFix(): void {
        (this as unknown as Navigator)[NAVIGATE]({
            type: 'standard__navItemPage',
            attributes: { apiName: 'Voice_PSL_Fix' }
        });
    }

    handleScanComplete(): void {
        // The scan status line already says the scan finished: no second announcement here.
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
        // Focus follows what the button revealed.
        list.focusResults?.();
    }
}
