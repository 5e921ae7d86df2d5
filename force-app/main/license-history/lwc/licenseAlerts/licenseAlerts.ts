import { LightningElement } from 'lwc';
import getAlertsOverview from '@salesforce/apex/LicenseAlertController.getAlertsOverview';
import type { LicenseAlertsOverviewDto } from '@apex-types/alerts';
import { reduceErrors } from 'c/lsErrors';
import { alertView, type AlertView } from 'c/licenseAlertFormat';

/**
 * License Alerts tab (issue #11 item 3): the open alerts, the alert history (raised, resent, cleared, with what each
 * channel answered) and, below, the settings editor (c-license-alert-settings). One Apex call for the alerts.
 */
export default class LicenseAlerts extends LightningElement {
    overview: LicenseAlertsOverviewDto | null = null;
    errorMessages: string[] = [];
    isLoading = true;

    override connectedCallback(): void {
        this.load();
    }

    async load(): Promise<void> {
        try {
            this.overview = (await getAlertsOverview()) ?? null;
            this.errorMessages = [];
        } catch (error) {
            this.overview = null;
            this.errorMessages = reduceErrors(error);
        } finally {
            this.isLoading = false;
        }
    }

    get hasError(): boolean {
        return this.errorMessages.length > 0;
    }

    get openAlerts(): AlertView[] {
        return (this.overview?.open ?? []).map(alertView);
    }

    get history(): AlertView[] {
        return (this.overview?.history ?? []).map(alertView);
    }

    get hasOpen(): boolean {
        return this.openAlerts.length > 0;
    }

    get hasHistory(): boolean {
        return this.history.length > 0;
    }

    get openHeading(): string {
        return `Open alerts (${this.openAlerts.length})`;
    }

    get historyNote(): string {
        return this.overview?.historyTruncated
            ? 'The newest 200 rows; older rows are in the License Alerts report type.'
            : '';
    }
}
