import LsLoadedElement from 'c/lsLoadedElement';
import getAlertsOverview from '@salesforce/apex/LicenseAlertController.getAlertsOverview';
import type { LicenseAlertsOverviewDto } from '@apex-types/alerts';
import { alertView, type AlertView } from 'c/licenseAlertFormat';

/**
 * License Alerts tab (issue #11 item 3): the open alerts, the alert history (raised, resent, cleared, with what each
 * channel answered) and, below, the settings editor (c-license-alert-settings). One Apex call for the alerts.
 */
export default class LicenseAlerts extends LsLoadedElement<LicenseAlertsOverviewDto> {
    overview: LicenseAlertsOverviewDto | null = null;

    protected override fetch(): Promise<LicenseAlertsOverviewDto> {
        return getAlertsOverview();
    }

    protected override applyData(data: LicenseAlertsOverviewDto | null): void {
        this.overview = data;
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
