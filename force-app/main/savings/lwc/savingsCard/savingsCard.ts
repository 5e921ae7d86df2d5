import { LightningElement } from 'lwc';
import getSavings from '@salesforce/apex/SavingsController.getSavings';
import type { SavingsGroupDto, SavingsOverviewDto } from '@apex-types/savings';
import { reduceErrors } from 'c/lsErrors';
import { columnsToCsv, csvFileName, downloadCsv } from 'c/lsCsv';
import type { CsvColumn } from 'c/lsCsv';
import { formatNumber } from 'c/lsFormat';

export const GROUPINGS = [
    { label: 'Finding type', value: 'Type' },
    { label: 'Licence', value: 'License' },
    { label: 'Department', value: 'Department' },
    { label: 'Profile', value: 'Profile' },
    { label: 'Manager', value: 'Manager' }
];

/** "USD 1,650.00": the ISO code and the amount with 2 decimals (no symbol: several currencies share one). */
export function formatMoney(amount: number | null | undefined, currency: string | null | undefined): string {
    const value = (amount ?? 0).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    return `${currency ?? ''} ${value}`.trim();
}

/** What a group's money leaves out: unpriced seats and amounts in a currency the org cannot convert. */
export function caveatText(group: SavingsGroupDto | null | undefined): string {
    if (!group) return '';
    const parts: string[] = [];
    if (group.unpricedSeats > 0)
        parts.push(`${formatNumber(group.unpricedSeats)} unpriced ${group.unpricedSeats === 1 ? 'seat' : 'seats'}`);
    if (group.unconverted?.length) parts.push(`not converted (no rate): ${group.unconverted.join(', ')}`);
    return parts.join('; ');
}

const CSV_COLUMNS: CsvColumn<SavingsGroupDto & { section: string; currency: string }>[] = [
    { header: 'Section', value: (row) => row.section },
    { header: 'Group', value: (row) => row.label },
    { header: 'Findings or runs', value: (row) => row.itemCount },
    { header: 'Seats', value: (row) => row.seats },
    { header: 'Unpriced seats', value: (row) => row.unpricedSeats },
    { header: 'Unconverted seats', value: (row) => row.unconvertedSeats },
    { header: 'Currency', value: (row) => row.currency },
    { header: 'Monthly', value: (row) => row.monthly },
    { header: 'Annual', value: (row) => row.annual },
    { header: 'Not converted (no rate)', value: (row) => (row.unconverted ?? []).join('; ') }
];

/**
 * Savings card of the dashboard (docs/savings.md): potential savings of the latest scan by a grouping, realised
 * savings by month, CSV export, and the price editor (c-savings-prices). All money comes computed from Apex
 * (SavingsMath); this component only formats it.
 */
export default class SavingsCard extends LightningElement {
    overview: SavingsOverviewDto | null = null;
    groupBy = 'Type';
    errorMessages: string[] = [];
    isLoading = true;
    groupings = GROUPINGS;

    override connectedCallback(): void {
        this.load();
    }

    async load(): Promise<void> {
        this.isLoading = true;
        try {
            this.overview = (await getSavings({ groupBy: this.groupBy })) ?? null;
            this.errorMessages = [];
        } catch (error) {
            this.overview = null;
            this.errorMessages = reduceErrors(error);
        } finally {
            this.isLoading = false;
        }
    }

    handleGroupBy(event: CustomEvent<{ value: string }>): void {
        this.groupBy = event.detail.value;
        this.load();
    }

    handlePriceSaved(): void {
        this.load();
    }

    get hasError(): boolean {
        return this.errorMessages.length > 0;
    }

    get hasOverview(): boolean {
        return !!this.overview;
    }

    get hasPotential(): boolean {
        return !!this.overview?.potential;
    }

    get currency(): string {
        return this.overview?.orgCurrency ?? '';
    }

    get potentialMonthly(): string {
        return formatMoney(this.overview?.potential?.monthly, this.currency);
    }

    get potentialAnnual(): string {
        return formatMoney(this.overview?.potential?.annual, this.currency);
    }

    get potentialSeats(): string {
        return formatNumber(this.overview?.potential?.seats ?? 0);
    }

    get potentialCaveat(): string {
        return caveatText(this.overview?.potential);
    }

    get scanText(): string {
        const finished = this.overview?.scanFinishedAt;
        return finished ? `From the findings scan of ${finished.slice(0, 10)}.` : '';
    }

    get currencyText(): string {
        const o = this.overview;
        if (!o) return '';
        return o.isMultiCurrency
            ? `Amounts in the org currency (${o.orgCurrency}), converted at the org's conversion rates.`
            : `Amounts in the org currency (${o.orgCurrency}).`;
    }

    get groupRows(): Array<Record<string, string>> {
        return (this.overview?.groups ?? []).map((group, index) => this.row(group, `${index}`));
    }

    get hasGroups(): boolean {
        return (this.overview?.groups?.length ?? 0) > 0;
    }

    get realisedRows(): Array<Record<string, string>> {
        return (this.overview?.realisedByMonth ?? []).map((month) => this.row(month, month.key ?? ''));
    }

    get hasRealised(): boolean {
        return (this.overview?.realisedByMonth?.length ?? 0) > 0;
    }

    get realisedTotal(): string {
        return formatMoney(this.overview?.realised?.monthly, this.currency);
    }

    /** The potential (by the grouping) and realised (by month) tables: one table markup for both. */
    get tables(): Array<Record<string, unknown>> {
        const o = this.overview;
        if (!o) return [];
        const grouping = GROUPINGS.find((option) => option.value === o.groupBy)?.label ?? o.groupBy;
        const tables: Array<Record<string, unknown>> = [];
        if (o.potential) {
            tables.push({
                key: 'potential',
                title: `Potential savings by ${grouping.toLowerCase()}`,
                summary: '',
                firstHeader: grouping,
                itemHeader: 'Findings',
                rows: this.groupRows,
                hasRows: this.hasGroups,
                rowId: 'savings-group',
                emptyId: 'savings-no-groups',
                emptyText: 'No reclaimable seat in the latest scan.'
            });
        }
        tables.push({
            key: 'realised',
            title: 'Realised savings (completed runs, net of undos)',
            summary: this.hasRealised ? `Per month now: ${this.realisedTotal}` : '',
            summaryId: 'realised-total',
            firstHeader: 'Month',
            itemHeader: 'Runs',
            rows: this.realisedRows,
            hasRows: this.hasRealised,
            rowId: 'realised-month',
            emptyId: 'realised-none',
            emptyText: 'No completed run has freed a seat yet.'
        });
        return tables;
    }

    get exportDisabled(): boolean {
        return !this.overview || (!this.hasGroups && !this.hasRealised);
    }

    handleExport(): void {
        const o = this.overview;
        const anchor = this.template?.querySelector<HTMLAnchorElement>('a[data-id="download"]');
        if (!o || !anchor) return;
        const rows = [
            ...(o.potential
                ? [{ ...o.potential, section: 'Potential total (each seat once)', currency: o.orgCurrency }]
                : []),
            ...o.groups.map((group) => ({ ...group, section: `Potential by ${o.groupBy}`, currency: o.orgCurrency })),
            ...o.realisedByMonth.map((month) => ({ ...month, section: 'Realised by month', currency: o.orgCurrency }))
        ];
        downloadCsv(anchor, csvFileName(`license-savings-${o.groupBy}`), [columnsToCsv(CSV_COLUMNS, rows)]);
    }

    private row(group: SavingsGroupDto, key: string): Record<string, string> {
        return {
            key,
            label: group.label,
            items: formatNumber(group.itemCount),
            seats: formatNumber(group.seats),
            monthly: formatMoney(group.monthly, this.currency),
            annual: formatMoney(group.annual, this.currency),
            caveat: caveatText(group)
        };
    }
}
