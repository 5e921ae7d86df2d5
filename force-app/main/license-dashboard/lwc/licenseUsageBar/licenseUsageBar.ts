import { LightningElement, api } from 'lwc';
import { formatPercent } from 'c/lsFormat';
import { licenseStatusView } from 'c/lsStatus';
import type { LicenseStatus } from 'c/lsStatus';

/**
 * Usage bar of one license: width = % used (capped at 100), colour = the severity of its status on the shared scale
 * of c/lsStatus (success green, warning orange, error red). An ARIA progressbar with a readable value text; the
 * status itself is spoken once, by the badge next to the bar, not by the bar.
 */
export default class LicenseUsageBar extends LightningElement {
    @api percent: number | null = null;
    @api status: LicenseStatus = 'ok';
    /** What the bar measures, for assistive technology (e.g. "Salesforce Voice User usage"). */
    @api label = 'License usage';

    get clamped(): number {
        const value = this.percent ?? 0;
        return Math.max(0, Math.min(100, Math.round(value)));
    }

    get fillStyle(): string {
        return `width: ${this.clamped}%`;
    }

    get fillClass(): string {
        return `usage-bar__fill usage-bar__fill_${licenseStatusView(this.status).severity}`;
    }

    get valueText(): string {
        return this.percent == null ? 'No seats' : `${formatPercent(this.percent)} used`;
    }
}
