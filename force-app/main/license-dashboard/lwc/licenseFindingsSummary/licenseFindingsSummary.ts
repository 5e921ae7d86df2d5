import { wire } from 'lwc';
import getFindingsSummary from '@salesforce/apex/LicenseDashboardController.getFindingsSummary';
import type { FindingsSummaryDto, FindingReason } from '@apex-types/dashboard';
import LsWiredElement from 'c/lsWiredElement';
import type { WiredResult } from 'c/lsWiredElement';
import { formatDateTime, formatNumber, plural } from 'c/lsFormat';

interface TypeRow {
    key: FindingReason;
    reason: FindingReason;
    label: string;
    description: string;
    count: string;
    seats: string;
    noFindings: boolean;
    viewLabel: string;
}

interface VoiceUserRow {
    key: string;
    fullName: string;
    username: string;
}

/**
 * Findings of the latest completed scan (getFindingsSummary): count and reclaimable seats per finding type with a
 * "View" action (event `selecttype`, detail { reason, label }), and the Voice double-consumption arithmetic of
 * KB 005316943: expected remaining vs net remaining Voice User seats and the users whose fix frees a seat.
 */
export default class LicenseFindingsSummary extends LsWiredElement<FindingsSummaryDto> {
    summary?: FindingsSummaryDto;

    @wire(getFindingsSummary)
    wiredSummary(value: WiredResult<FindingsSummaryDto>): void {
        this.acceptWired(value);
    }

    protected override get renderedMark(): string {
        return 'lsteward:summary:rendered';
    }

    protected override applyData(data: FindingsSummaryDto | undefined): void {
        this.summary = data;
    }

    /** No completed scan yet: nothing to summarise. */
    get isEmpty(): boolean {
        return this.summary !== undefined && this.summary.summarizedScan == null;
    }

    get hasSummary(): boolean {
        return this.summary !== undefined && this.summary.summarizedScan != null;
    }

    get emptyMessage(): string {
        const latest = this.summary?.latestScan;
        if (latest?.isRunning) {
            return 'The first findings scan is running. Its findings appear here when it completes.';
        }
        if (latest && latest.status === 'Failed') {
            return 'No findings scan has completed yet: the last scan failed. Start a new scan above.';
        }
        return 'No findings scan has completed yet. Start one with Scan now to see what can be reclaimed.';
    }

    get totalsText(): string {
        const summary = this.summary;
        if (!summary) {
            return '';
        }
        // totalReclaimableSeats counts each (user, license) seat once, whatever the number of types listing it.
        return `${plural(summary.totalFindings, 'finding')} · ${plural(summary.totalReclaimableSeats, 'reclaimable seat')}`;
    }

    get scanText(): string {
        const scan = this.summary?.summarizedScan;
        if (!scan) {
            return '';
        }
        const note = this.summary?.latestScan.isRunning ? ' A newer scan is running.' : '';
        return `From the scan finished ${formatDateTime(scan.finishedAt)}.${note}`;
    }

    get inactiveNote(): string {
        return (
            `Inactive = no login for ${formatNumber(this.summary?.inactiveDays ?? 0)} days. ` +
            'Reclaimable seats: a seat can appear under two types; the total counts it once. ' +
            'Used-count gaps are seats counted by Salesforce that no assignment explains: not reclaimable, so never in the total.'
        );
    }

    get typeRows(): TypeRow[] {
        return (this.summary?.findingTypes ?? []).map((type) => ({
            key: type.reason,
            reason: type.reason,
            label: type.label,
            description: type.description,
            count: formatNumber(type.findingCount),
            seats: formatNumber(type.reclaimableSeats),
            noFindings: type.findingCount === 0,
            viewLabel: `View ${type.label}`
        }));
    }

    // ---- Voice (KB 005316943) ----

    get showVoice(): boolean {
        return this.hasSummary && this.summary?.voice.voiceUserLicenseFound === true;
    }

    get voiceExplanation(): string {
        return this.summary?.voice.explanation ?? '';
    }

    get hasDoubleConsumption(): boolean {
        return (this.summary?.voice.doubleConsumingUserCount ?? 0) > 0;
    }

    get voiceBoxClass(): string {
        return this.hasDoubleConsumption
            ? 'slds-box slds-m-top_medium voice-box voice-box_problem'
            : 'slds-box slds-m-top_medium voice-box';
    }

    get voiceTotal(): string {
        return formatNumber(this.summary?.voice.voiceUserTotal);
    }

    get voiceUsed(): string {
        return formatNumber(this.summary?.voice.voiceUserUsed);
    }

    get netRemaining(): string {
        return formatNumber(this.summary?.voice.netRemaining);
    }

    get expectedRemaining(): string {
        return formatNumber(this.summary?.voice.expectedRemaining);
    }

    get doubleConsumingCount(): string {
        return formatNumber(this.summary?.voice.doubleConsumingUserCount);
    }

    get partnerText(): string {
        const voice = this.summary?.voice;
        if (!voice || !voice.partnerTelephonyLicenseFound) {
            return 'No Partner Telephony permission set license in this org.';
        }
        return `Partner Telephony seats: ${formatNumber(voice.partnerTelephonyUsed)} of ${formatNumber(voice.partnerTelephonyTotal)} used.`;
    }

    get usersToFree(): VoiceUserRow[] {
        return (this.summary?.voice.usersToFree ?? []).map((finding) => ({
            key: finding.id,
            fullName: finding.userFullName ?? finding.userId ?? '',
            username: finding.username ?? ''
        }));
    }

    get moreUsersText(): string {
        const voice = this.summary?.voice;
        if (!voice) {
            return '';
        }
        const more = voice.doubleConsumingUserCount - voice.usersToFree.length;
        return more > 0 ? `and ${formatNumber(more)} more (see the Voice PSL double consumption findings)` : '';
    }

    handleView(event: Event): void {
        const target = event.currentTarget as HTMLElement;
        const reason = target.dataset.reason;
        if (reason) {
            this.dispatchEvent(
                new CustomEvent('selecttype', { detail: { reason, label: target.dataset.label ?? reason } })
            );
        }
    }
}
