import { wire } from 'lwc';
import getFindingsSummary from '@salesforce/apex/LicenseDashboardController.getFindingsSummary';
import type { FindingsSummaryDto, FindingReason } from '@apex-types/dashboard';
import LsWiredElement from 'c/lsWiredElement';
import type { WiredResult } from 'c/lsWiredElement';
import { formatAge, formatDateTime, formatNumber, plural } from 'c/lsFormat';
import { isStale } from 'c/lsStatus';
import { COMPANY_INFORMATION_SETUP_URL, USERS_SETUP_URL, userSetupUrl } from 'c/lsSetupLinks';

/** Where the admin acts on a finding type: in this app, or elsewhere (Setup, Salesforce). */
type ActionPlace = 'app' | 'elsewhere';

interface TypeAction {
    place: ActionPlace;
    /** What the admin does, in one short sentence. */
    howTo: string;
    /** In-app action: 'reclaim' opens the drill-down's reclaim, 'voiceFix' the Voice PSL fix tab. */
    appAction?: 'reclaim' | 'voiceFix';
    appLabel?: string;
    /** Setup page to act on, for the types acted on elsewhere. */
    setupUrl?: string;
    setupLabel?: string;
}

/** One action per finding type: every headline number leads somewhere. */
export const TYPE_ACTIONS: Record<FindingReason, TypeAction> = {
    UnneededPsl: {
        place: 'app',
        howTo: 'Reclaim here: pick the rows in the drill-down and schedule a reclaim (with undo).',
        appAction: 'reclaim',
        appLabel: 'Reclaim'
    },
    VoiceDoubleConsumption: {
        place: 'app',
        howTo: 'Fix here: the Voice PSL fix removes the second seat for every affected user at once (with undo).',
        appAction: 'voiceFix',
        appLabel: 'Open Voice PSL fix'
    },
    InactiveUser: {
        place: 'elsewhere',
        howTo: 'In Setup: freeze or deactivate users who left, or remove their permission set licenses.',
        setupUrl: USERS_SETUP_URL,
        setupLabel: 'Users in Setup'
    },
    DeactivatedHolder: {
        place: 'elsewhere',
        howTo: 'In Setup: on each deactivated user, remove the permission set license assignments.',
        setupUrl: USERS_SETUP_URL,
        setupLabel: 'Users in Setup'
    },
    ExpiringLicense: {
        place: 'elsewhere',
        howTo: 'Renew or let go with your Salesforce account team; Company Information lists the expiration dates.',
        setupUrl: COMPANY_INFORMATION_SETUP_URL,
        setupLabel: 'Company Information in Setup'
    },
    UsedCountGap: {
        place: 'elsewhere',
        howTo: 'Not reclaimable: no assignment explains these seats. Ask Salesforce Support to recount them.'
    },
    PackageSeatHolder: {
        place: 'app',
        howTo: 'Reclaim here: pick the package seats in the drill-down and schedule a reclaim (with undo).',
        appAction: 'reclaim',
        appLabel: 'Reclaim'
    }
};

interface TypeRow {
    key: FindingReason;
    reason: FindingReason;
    label: string;
    description: string;
    count: string;
    seats: string;
    hasFindings: boolean;
    viewLabel: string;
    howTo: string;
    hasAppAction: boolean;
    appLabel: string;
    appActionLabel: string;
    appAction: string;
    setupUrl: string;
    setupLabel: string;
    setupLinkLabel: string;
}

interface VoiceUserRow {
    key: string;
    fullName: string;
    username: string;
    setupUrl: string;
    setupLabel: string;
}

interface SplitPart {
    key: string;
    text: string;
}

/**
 * Findings of the latest completed scan (getFindingsSummary). The headline is split into the seats this app can
 * free (reclaim, Voice PSL fix) and the seats that need action in Setup; every finding type row says how to act and
 * leads there: "View findings" and "Reclaim" (event `selecttype`, detail { reason, label }), "Open Voice PSL fix"
 * (event `openvoicefix`) or a Setup link. Also the Voice double-consumption arithmetic of
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

    private seatsOf(place: ActionPlace): { seats: number; parts: SplitPart[] } {
        let seats = 0;
        const parts: SplitPart[] = [];
        for (const type of this.summary?.findingTypes ?? []) {
            if (TYPE_ACTIONS[type.reason]?.place === place && type.reclaimableSeats > 0) {
                seats += type.reclaimableSeats;
                parts.push({ key: type.reason, text: `${formatNumber(type.reclaimableSeats)} ${type.label}` });
            }
        }
        return { seats, parts };
    }

    /** Seats this app can free itself (reclaim, Voice PSL fix). */
    get appSeatsText(): string {
        return plural(this.seatsOf('app').seats, 'seat');
    }

    get appSeatsParts(): string {
        const parts = this.seatsOf('app').parts.map((part) => part.text);
        return parts.length ? parts.join(' · ') : 'Nothing to reclaim in the app.';
    }

    /** Seats freed only by acting in Setup (inactive and deactivated holders). */
    get elsewhereSeatsText(): string {
        return plural(this.seatsOf('elsewhere').seats, 'seat');
    }

    get elsewhereSeatsParts(): string {
        const parts = this.seatsOf('elsewhere').parts.map((part) => part.text);
        return parts.length ? parts.join(' · ') : 'Nothing to do in Setup.';
    }

    get splitNote(): string {
        return (
            'Per-type seats add up to more than the total when a seat is listed under two types; the total counts ' +
            'each seat once.'
        );
    }

    /** Point 3 and 12: the scan's age beside the numbers, and that they are not the live counts. */
    get scanText(): string {
        const scan = this.summary?.summarizedScan;
        if (!scan) {
            return '';
        }
        const note = this.summary?.latestScan.isRunning ? ' A newer scan is running.' : '';
        return (
            `Last scan numbers: the scan finished ${formatDateTime(scan.finishedAt)} (${formatAge(scan.finishedAt)}). ` +
            `The live counts in the inventory below can differ.${note}`
        );
    }

    get isStale(): boolean {
        return isStale(this.summary?.summarizedScan?.finishedAt);
    }

    get scanTextClass(): string {
        return this.isStale
            ? 'slds-text-body_small slds-text-color_error slds-m-bottom_small'
            : 'slds-text-body_small slds-text-color_weak slds-m-bottom_small';
    }

    get inactiveNote(): string {
        return (
            `Inactive = no login for ${formatNumber(this.summary?.inactiveDays ?? 0)} days. ` +
            'Reclaimable seats: a seat can appear under two types; the total counts it once. ' +
            'Used-count gaps are seats counted by Salesforce that no assignment explains: not reclaimable, so never in the total.'
        );
    }

    get typeRows(): TypeRow[] {
        return (this.summary?.findingTypes ?? []).map((type) => {
            const action = TYPE_ACTIONS[type.reason] ?? { place: 'elsewhere', howTo: '' };
            const hasFindings = type.findingCount > 0;
            return {
                key: type.reason,
                reason: type.reason,
                label: type.label,
                description: type.description,
                count: formatNumber(type.findingCount),
                seats: formatNumber(type.reclaimableSeats),
                hasFindings,
                viewLabel: `View findings: ${type.label}`,
                howTo: hasFindings ? action.howTo : '',
                hasAppAction: hasFindings && action.appAction !== undefined,
                appLabel: action.appLabel ?? '',
                appActionLabel: `${action.appLabel ?? ''}: ${type.label}`,
                appAction: action.appAction ?? '',
                setupUrl: hasFindings ? (action.setupUrl ?? '') : '',
                setupLabel: action.setupLabel ?? '',
                setupLinkLabel: `${action.setupLabel ?? ''} (${type.label})`
            };
        });
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
        return (this.summary?.voice.usersToFree ?? []).map((finding) => {
            const fullName = finding.userFullName ?? finding.userId ?? '';
            return {
                key: finding.id,
                fullName,
                username: finding.username ?? '',
                setupUrl: userSetupUrl(finding.userId),
                setupLabel: `${fullName} in Setup`
            };
        });
    }

    get moreUsersText(): string {
        const voice = this.summary?.voice;
        if (!voice) {
            return '';
        }
        const more = voice.doubleConsumingUserCount - voice.usersToFree.length;
        return more > 0 ? `and ${formatNumber(more)} more (see the Voice PSL double consumption findings)` : '';
    }

    /** The in-app action of a row: reclaim (the drill-down with the reclaim selection) or the Voice PSL fix tab. */
    handleAppAction(event: Event): void {
        const target = event.currentTarget as HTMLElement;
        if (target.dataset.action === 'voiceFix') {
            // The dashboard tab owns navigation (NavigationMixin) and opens the Voice_PSL_Fix tab.
            this.dispatchEvent(new CustomEvent('openvoicefix'));
            return;
        }
        this.handleView(event);
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
