import { LightningElement, api } from 'lwc';
import type { LicenseStatus } from 'c/lsFormat';
import { formatPercent } from 'c/lsFormat';

/**
 * Usage bar of one license: width = % used (capped at 100), colour = status (ok green, warning orange,
 * exhausted red, expired grey). An ARIA progressbar with a readable value text.
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
        return `usage-bar__fill usage-bar__fill_${this.status}`;
    }

    get valueText(): string {
        return this.percent == null ? 'No seats' : `${formatPercent(this.percent)} used`;
    }
}
