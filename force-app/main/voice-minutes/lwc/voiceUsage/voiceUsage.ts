import { LightningElement } from 'lwc';
import getUsage from '@salesforce/apex/VoiceMinutesController.getUsage';
import recompute from '@salesforce/apex/VoiceMinutesController.recompute';
import saveBalance from '@salesforce/apex/VoiceMinutesController.saveBalance';
import scheduleNightlyRefresh from '@salesforce/apex/VoiceMinutesController.scheduleNightlyRefresh';
import getRecomputeProgress from '@salesforce/apex/VoiceMinutesController.getRecomputeProgress';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import type { VoiceBalanceDto, VoiceCallDto, VoiceMonthDto, VoiceRecomputeDto, VoiceUsageDto } from '@apex-types/voice';
import { reduceErrors, settle } from 'c/lsErrors';
import { formatDuration, toMinutes } from 'c/voiceMinutesRules';
import type { LsChartConfig } from 'c/lsChart';

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const KIND_LABELS: Record<string, string> = {
    PRIMARY: 'First leg',
    TRANSFER: 'Transfer inside Voice',
    EXTERNAL: 'Transfer outside Voice',
    CONSULT: 'Consult (parallel)'
};
const MODE_LABELS: Record<string, string> = {
    INCREMENT: 'Voice rounded up to the next 10 s, telephony up to the next whole minute (default)',
    PER_SECOND_MINIMUM: 'Per second, with a 10 s Voice and 60 s telephony minimum'
};

/** Bar colours: Voice blue, telephony orange; a month still in progress is drawn lighter with a dark outline. */
const COLOURS = {
    voice: '#0176d3',
    voicePartial: 'rgba(1, 118, 211, 0.45)',
    telephony: '#fe9339',
    telephonyPartial: 'rgba(254, 147, 57, 0.45)',
    partialOutline: '#032d60'
};

/** "2026-10" → "Oct 2026". */
export function monthLabel(month: string): string {
    const [year, number] = month.split('-');
    return `${MONTH_NAMES[Number(number) - 1] ?? number} ${year}`;
}

/** Seconds as minutes with thousands separators and at most two decimals. */
export function minutesFormat(seconds: number | null | undefined): string {
    if (seconds === null || seconds === undefined) return '–';
    return new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(toMinutes(seconds));
}

/** Billed seconds as decimal minutes with the unit, so 130 s reads "2.17 min", never like the m:ss "2:10". */
export function billedMinutesFormat(seconds: number | null | undefined): string {
    if (seconds === null || seconds === undefined) return '–';
    return `${minutesFormat(seconds)} min`;
}

function count(value: number | null | undefined): string {
    return value === null || value === undefined ? '–' : new Intl.NumberFormat('en-US').format(value);
}

/** Epoch seconds → "2026-10-05 15:00 UTC". */
function utc(second: number): string {
    return `${new Date(second * 1000).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** True for the UTC calendar month that contains `now` (months are UTC, like the aggregation): its figures grow. */
export function isMonthInProgress(month: string, now: Date = new Date()): boolean {
    return month === `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** How often a running recompute is polled: often enough to feel live, rare enough for the Apex call budget. */
export const PROGRESS_POLL_MS = 3000;

const isComputed = (month: VoiceMonthDto | null | undefined): boolean =>
    !!month && month.status !== 'NotComputed' && month.voiceSeconds != null;

/**
 * Voice minutes tab: the selected month's Salesforce Voice vs telephony minutes, the 12-month trend (c-ls-chart bar
 * chart with a table alternative), the prepaid balance with its projected exhaustion day, the most expensive calls with each
 * leg and how it was rounded, and the call calculator. Orgs without Voice get a clear "not enabled" state.
 */
export default class VoiceUsage extends LightningElement {
    usage?: VoiceUsageDto;
    isLoading = true;
    isBusy = false;
    errorMessages: string[] = [];
    notice: string | null = null;
    balanceError: string | null = null;
    balanceInput: string | null = null;
    asOfInput: string | null = null;
    expandedCall: string | null = null;
    /** The running recompute's progress (polled while the selected month is Running). */
    progress: VoiceRecomputeDto | null = null;
    private progressTimer?: ReturnType<typeof setTimeout>;

    override connectedCallback(): void {
        this.load(null);
    }

    override disconnectedCallback(): void {
        this.stopProgress();
    }

    private async load(month: string | null): Promise<void> {
        this.isLoading = true;
        const { value: usage, errors } = await settle<VoiceUsageDto>(() => getUsage({ month }));
        this.errorMessages = errors;
        if (usage) {
            this.usage = usage;
            this.expandedCall = null;
            this.balanceInput = usage.balance?.balanceMinutes != null ? String(usage.balance.balanceMinutes) : null;
            this.asOfInput = usage.balance?.asOfDate ?? new Date().toISOString().slice(0, 10);
            if (this.isRunning) this.pollProgress();
            else this.stopProgress();
        }
        this.isLoading = false;
    }

    // ---- recompute progress: poll while the selected month is Running, reload it when the batch is done ---------

    get progressPercent(): number {
        return this.progress?.percent ?? 0;
    }

    get progressText(): string {
        const progress = this.progress;
        if (!progress || !progress.totalItems) {
            return `${this.selectedLabel} is being recomputed in the background. This page refreshes itself when it is done.`;
        }
        return `${this.selectedLabel} is being recomputed: ${count(progress.itemsProcessed)} of ${count(
            progress.totalItems
        )} chunks done (${progress.percent} %). This page refreshes itself when it is done.`;
    }

    private pollProgress(): void {
        if (this.progressTimer) return;
        const month = this.usage!.selectedMonth;
        // eslint-disable-next-line @lwc/lwc/no-async-operation
        this.progressTimer = setTimeout(async () => {
            this.progressTimer = undefined;
            try {
                const progress: VoiceRecomputeDto = await getRecomputeProgress({ month });
                if (month !== this.usage?.selectedMonth) return;
                this.progress = progress;
                if (progress.running) {
                    this.pollProgress();
                } else {
                    this.notice = `The recompute of ${monthLabel(month)} has finished; the figures below are new.`;
                    await this.load(month);
                }
            } catch (error) {
                this.errorMessages = reduceErrors(error);
            }
        }, PROGRESS_POLL_MS);
    }

    private stopProgress(): void {
        if (this.progressTimer) clearTimeout(this.progressTimer);
        this.progressTimer = undefined;
        this.progress = null;
    }

    get notEnabled(): boolean {
        return this.usage !== undefined && !this.usage.voiceEnabled;
    }

    get hasUsage(): boolean {
        return this.usage?.voiceEnabled === true;
    }

    private get selectedMonthDto(): VoiceMonthDto | null {
        return this.usage?.selected ?? null;
    }

    get selectedLabel(): string {
        return this.usage ? monthLabel(this.usage.selectedMonth) : '';
    }

    get isEmpty(): boolean {
        return this.hasUsage && !isComputed(this.selectedMonthDto) && this.selectedMonthDto?.status !== 'Running';
    }

    get hasMonth(): boolean {
        return this.hasUsage && isComputed(this.selectedMonthDto);
    }

    get isRunning(): boolean {
        return this.selectedMonthDto?.status === 'Running';
    }

    get recomputeDisabled(): boolean {
        return this.isBusy || this.isRunning;
    }

    get isFailed(): boolean {
        return this.selectedMonthDto?.status === 'Failed';
    }

    get failureMessage(): string {
        return this.selectedMonthDto?.message ?? 'The last computation failed; the figures may be incomplete.';
    }

    get monthOptions(): { label: string; value: string }[] {
        if (!this.usage) return [];
        const months = [...this.usage.trend].reverse().map((month) => month.month);
        if (!months.includes(this.usage.selectedMonth)) months.unshift(this.usage.selectedMonth);
        return months.map((month) => ({ label: monthLabel(month), value: month }));
    }

    get statusText(): string {
        const month = this.selectedMonthDto;
        if (!month || !isComputed(month)) return '';
        const when = month.computedAt ? `${month.computedAt.slice(0, 16).replace('T', ' ')} UTC` : 'unknown time';
        return `Computed ${when} · ${MODE_LABELS[month.roundingMode ?? 'INCREMENT'] ?? month.roundingMode}`;
    }

    get modeText(): string {
        return this.usage ? (MODE_LABELS[this.usage.roundingMode] ?? this.usage.roundingMode) : '';
    }

    get tiles(): { key: string; label: string; value: string; detail: string }[] {
        const month = this.selectedMonthDto;
        if (!month || !isComputed(month)) return [];
        return [
            {
                key: 'voice',
                label: 'Salesforce Voice minutes',
                value: minutesFormat(month.voiceSeconds),
                detail: 'prepaid'
            },
            {
                key: 'telephony',
                label: 'Telephony minutes',
                value: minutesFormat(month.telephonySeconds),
                detail: 'billed by AWS'
            },
            { key: 'calls', label: 'Calls', value: count(month.calls), detail: `${count(month.legs)} legs` },
            {
                key: 'average',
                label: 'Average call',
                value: formatDuration(month.averageCallSeconds ?? 0),
                detail: 'wall clock'
            },
            {
                key: 'longest',
                label: 'Longest call',
                value: formatDuration(month.longestCallSeconds ?? 0),
                detail: month.longestCallKey ?? ''
            }
        ];
    }

    get telephonyBreakdown(): { key: string; labelKey: string; valueKey: string; label: string; value: string }[] {
        const month = this.selectedMonthDto;
        if (!month || !isComputed(month)) return [];
        const parts = [
            { key: 'in', label: 'Inbound', value: minutesFormat(month.telephonyInboundSeconds) },
            { key: 'out', label: 'Outbound (incl. consults)', value: minutesFormat(month.telephonyOutboundSeconds) },
            { key: 'transfer', label: 'Transfers', value: minutesFormat(month.telephonyTransferSeconds) },
            { key: 'other', label: 'Other call types', value: minutesFormat(month.telephonyOtherSeconds) }
        ];
        return parts.map((part) => ({ ...part, labelKey: `${part.key}-label`, valueKey: `${part.key}-value` }));
    }

    get dataNotes(): { key: string; text: string }[] {
        const month = this.selectedMonthDto;
        if (!month || !isComputed(month)) return [];
        const notes = [
            {
                key: 'orphan',
                n: month.orphanLegs,
                text: 'legs name a parent leg that does not exist; each counted as a call of its own, in full'
            },
            {
                key: 'looping',
                n: month.loopingLegs,
                text: 'legs belong to calls whose parent keys loop; each loop counted once'
            },
            {
                key: 'continuation',
                n: month.continuationLegs,
                text: 'legs continue a call that started earlier; their minutes count, the call is not counted again'
            },
            {
                key: 'zero',
                n: month.zeroSecondLegs,
                text: 'legs lasted 0 s (unanswered or never timed); each is billed as connected, at the minimum of each meter'
            }
        ];
        return notes
            .filter((note) => (note.n ?? 0) > 0)
            .map((note) => ({ key: note.key, text: `${count(note.n)} ${note.text}.` }));
    }

    get hasDataNotes(): boolean {
        return this.dataNotes.length > 0;
    }

    /** How the month's legs were linked to their parents, by the field that linked them (docs/voice-minutes.md). */
    get linkCounts(): { key: string; labelKey: string; valueKey: string; field: string; value: string }[] {
        const month = this.selectedMonthDto;
        if (!month || !isComputed(month)) return [];
        const linked = [
            { key: 'previous', field: 'PreviousCallId', n: month.linkedByPreviousCallId ?? 0 },
            { key: 'parent', field: 'ParentVoiceCallId', n: month.linkedByParentVoiceCallId ?? 0 },
            { key: 'vendor', field: 'VendorParentCallKey', n: month.linkedByVendorParentCallKey ?? 0 }
        ];
        const unlinked = Math.max(0, (month.legs ?? 0) - linked.reduce((sum, row) => sum + row.n, 0));
        return [
            ...linked.map((row) => ({ key: row.key, field: row.field, value: count(row.n) })),
            { key: 'none', field: 'No link (first legs and unlinked legs)', value: count(unlinked) }
        ].map((row) => ({ ...row, labelKey: `${row.key}-label`, valueKey: `${row.key}-value` }));
    }

    // ---- trend chart ------------------------------------------------------------------------------------------

    /** The selected month is still in progress: its figures are partial. */
    get selectedIsPartial(): boolean {
        return !!this.usage && isMonthInProgress(this.usage.selectedMonth);
    }

    get partialNote(): string {
        const month = this.selectedMonthDto;
        const until = month?.computedAt
            ? `${month.computedAt.slice(0, 16).replace('T', ' ')} UTC`
            : 'the last computation';
        return `Partial month: ${this.selectedLabel} is still in progress. The figures cover calls up to ${until} and will grow until the month ends.`;
    }

    get chartLabel(): string {
        const computed = (this.usage?.trend ?? []).filter(isComputed);
        if (computed.length === 0) return 'Voice and telephony minutes per month: no month computed yet.';
        const last = computed[computed.length - 1];
        return `Voice and telephony minutes per month, ${monthLabel(this.usage!.trend[0].month)} to ${monthLabel(
            this.usage!.trend[this.usage!.trend.length - 1].month
        )}. ${monthLabel(last.month)}: ${minutesFormat(last.voiceSeconds)} Voice minutes, ${minutesFormat(
            last.telephonySeconds
        )} telephony minutes${isMonthInProgress(last.month) ? ' (partial: the month is still in progress)' : ''}. The table below lists every month.`;
    }

    /**
     * The 12 months as a grouped bar chart (Voice and telephony minutes side by side). A month still in progress is
     * lighter and outlined, and its label ends in "*", so it is not read as a finished month.
     */
    get chartConfig(): LsChartConfig {
        const trend = this.usage?.trend ?? [];
        const partial = trend.map((month) => isMonthInProgress(month.month));
        const perMonth = (full: string, lighter: string): string[] => partial.map((p) => (p ? lighter : full));
        const outline = (fill: string): string[] => partial.map((p) => (p ? COLOURS.partialOutline : fill));
        const outlineWidth = partial.map((p) => (p ? 1.5 : 0));
        return {
            type: 'bar',
            labels: trend.map((month, index) => `${monthLabel(month.month)}${partial[index] ? '*' : ''}`),
            datasets: [
                {
                    label: 'Salesforce Voice minutes',
                    data: trend.map((month) => toMinutes(month.voiceSeconds ?? 0)),
                    backgroundColor: perMonth(COLOURS.voice, COLOURS.voicePartial),
                    borderColor: outline(COLOURS.voice),
                    borderWidth: outlineWidth
                },
                {
                    label: 'Telephony minutes',
                    data: trend.map((month) => toMinutes(month.telephonySeconds ?? 0)),
                    backgroundColor: perMonth(COLOURS.telephony, COLOURS.telephonyPartial),
                    borderColor: outline(COLOURS.telephony),
                    borderWidth: outlineWidth
                }
            ]
        };
    }

    get trendRows(): { key: string; label: string; status: string; voice: string; telephony: string; calls: string }[] {
        return (this.usage?.trend ?? []).map((month) => ({
            key: month.month,
            label: monthLabel(month.month),
            status:
                (month.status === 'NotComputed' ? 'Not computed' : month.status) +
                (isMonthInProgress(month.month) ? ' (partial month)' : ''),
            voice: minutesFormat(month.voiceSeconds),
            telephony: minutesFormat(month.telephonySeconds),
            calls: count(month.calls)
        }));
    }

    // ---- balance --------------------------------------------------------------------------------------------

    private get balance(): VoiceBalanceDto | null {
        return this.usage?.balance ?? null;
    }

    /** The projection, or what it lacks (the status comes from Apex VoiceMinutesRules.projectBalance). */
    get projectionText(): string {
        const balance = this.balance;
        const basis = balance?.basisDays ?? 0;
        const minimum = balance?.minimumBasisDays ?? 14;
        const months = (balance?.basisMonths ?? []).map(monthLabel).join(', ');
        const computed = `${count(basis)} ${basis === 1 ? 'day' : 'days'} of usage computed${months ? ` (${months})` : ''}`;
        if (!balance || balance.balanceMinutes == null || balance.projectionStatus === 'NoBalance') {
            const enter =
                'Enter the prepaid Voice minute balance shown in your Salesforce account to project when it runs out.';
            return basis < minimum ? `${enter} So far ${computed}; a projection needs at least ${minimum}.` : enter;
        }
        const stated = `Balance ${count(balance.balanceMinutes)} minutes on ${balance.asOfDate}.`;
        switch (balance.projectionStatus) {
            case 'TooLittleData':
                return `${stated} Not enough usage to project yet: ${computed}, at least ${minimum} are needed. Recompute an earlier month, or check again when more of this month has passed.`;
            case 'NoConsumption':
                return `${stated} No Voice minutes were used in the ${computed}, so the balance does not run out at this rate: no projection.`;
            default:
                return `${stated} At ${count(
                    Math.round(balance.dailyVoiceMinutes ?? 0)
                )} Voice minutes a day (average of the last ${basis} days computed), it runs out around ${
                    balance.projectedExhaustionDate
                }.`;
        }
    }

    get projectedDate(): string | null {
        return this.balance?.projectedExhaustionDate ?? null;
    }

    handleBalanceInput(event: CustomEvent<{ value: string }>): void {
        this.balanceInput = event.detail.value;
    }

    handleAsOfInput(event: CustomEvent<{ value: string }>): void {
        this.asOfInput = event.detail.value;
    }

    async handleSaveBalance(): Promise<void> {
        const minutes = Number(this.balanceInput);
        if (this.balanceInput === null || this.balanceInput === '' || !Number.isFinite(minutes)) {
            this.balanceError = 'Enter the prepaid balance in minutes.';
            return;
        }
        this.isBusy = true;
        try {
            const balance: VoiceBalanceDto = await saveBalance({ balanceMinutes: minutes, asOfDate: this.asOfInput });
            this.usage = { ...this.usage!, balance };
            this.balanceError = null;
            this.toast('Prepaid balance saved', this.projectionText, 'success');
        } catch (error) {
            this.balanceError = reduceErrors(error).join(' ');
        } finally {
            this.isBusy = false;
        }
    }

    // ---- top calls ------------------------------------------------------------------------------------------

    get hasTopCalls(): boolean {
        return (this.selectedMonthDto?.topCalls ?? []).length > 0;
    }

    get topCalls(): {
        key: string;
        legsKey: string;
        rank: number;
        start: string;
        duration: string;
        legCount: number;
        voice: string;
        telephony: string;
        flags: string;
        expanded: boolean;
        toggleLabel: string;
        ariaExpanded: string;
        legs: {
            key: string;
            kind: string;
            callType: string;
            offset: string;
            duration: string;
            voice: string;
            voiceReason: string;
            telephony: string;
            telephonyReason: string;
        }[];
    }[] {
        return (this.selectedMonthDto?.topCalls ?? []).map((call: VoiceCallDto, index) => {
            const expanded = this.expandedCall === call.rootKey;
            const flags = [call.orphan ? 'parent key not found' : '', call.looping ? 'looping parent keys' : '']
                .filter(Boolean)
                .join(', ');
            return {
                key: call.rootKey,
                legsKey: `${call.rootKey}-legs`,
                rank: index + 1,
                start: utc(call.startSecond),
                duration: formatDuration(call.durationSeconds),
                legCount: call.legs.length,
                voice: billedMinutesFormat(call.voiceSeconds),
                telephony: billedMinutesFormat(call.telephonySeconds),
                flags,
                expanded,
                toggleLabel: expanded ? `Hide legs of call ${index + 1}` : `Show legs of call ${index + 1}`,
                ariaExpanded: expanded ? 'true' : 'false',
                legs: expanded
                    ? call.legs.map((leg) => ({
                          key: leg.key,
                          kind: KIND_LABELS[leg.kind] ?? leg.kind,
                          callType: leg.callType ?? '–',
                          offset: `+${formatDuration(leg.startSecond - call.startSecond)}`,
                          duration: formatDuration(leg.durationSeconds),
                          voice: formatDuration(leg.voiceSeconds),
                          voiceReason: leg.voiceReason,
                          telephony: formatDuration(leg.telephonySeconds),
                          telephonyReason: leg.telephonyReason
                      }))
                    : []
            };
        });
    }

    handleToggleCall(event: Event): void {
        const key = (event.currentTarget as HTMLElement).dataset.key ?? null;
        this.expandedCall = this.expandedCall === key ? null : key;
    }

    // ---- actions --------------------------------------------------------------------------------------------

    get nightlyText(): string {
        return this.usage?.nightlyScheduled
            ? 'The current month is refreshed every night.'
            : 'The nightly refresh of the current month is not scheduled.';
    }

    get canSchedule(): boolean {
        return this.hasUsage && this.usage?.nightlyScheduled !== true;
    }

    handleMonthChange(event: CustomEvent<{ value: string }>): void {
        this.notice = null;
        this.load(event.detail.value);
    }

    handleRefresh(): void {
        this.load(this.usage?.selectedMonth ?? null);
    }

    async handleRecompute(): Promise<void> {
        if (!this.usage) return;
        this.isBusy = true;
        try {
            const result: VoiceRecomputeDto = await recompute({ month: this.usage.selectedMonth });
            this.notice = result.message;
            this.toast('Recompute started', result.message, 'success');
            await this.load(result.month);
        } catch (error) {
            this.toast('Recompute failed', reduceErrors(error).join(' '), 'error');
        } finally {
            this.isBusy = false;
        }
    }

    async handleSchedule(): Promise<void> {
        this.isBusy = true;
        try {
            const scheduled: boolean = await scheduleNightlyRefresh();
            this.toast(
                scheduled ? 'Nightly refresh scheduled' : 'Already scheduled',
                'The current month is recomputed every night at 02:00.',
                'success'
            );
            this.usage = { ...this.usage!, nightlyScheduled: true };
        } catch (error) {
            this.toast('Scheduling failed', reduceErrors(error).join(' '), 'error');
        } finally {
            this.isBusy = false;
        }
    }

    private toast(title: string, message: string, variant: 'success' | 'error'): void {
        this.dispatchEvent(new ShowToastEvent({ title, message, variant }));
    }
}
