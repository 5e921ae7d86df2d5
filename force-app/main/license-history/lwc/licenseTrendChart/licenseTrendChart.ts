import { LightningElement, api } from 'lwc';
import { chartSeries } from 'c/lsChart';
import type { LsChartConfig } from 'c/lsChart';
import type { LicenseTrendDto, LicenseTrendPointDto } from '@apex-types/history';

const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** A number for people: thousands separators, '–' when unknown. */
export function formatCount(value: number | null | undefined): string {
    return value == null ? '–' : NUMBER.format(value);
}

/** What the forecast says, in one sentence. */
export function forecastSentence(trend: LicenseTrendDto | null | undefined): string {
    const forecast = trend?.forecast;
    if (!trend || !forecast) return '';
    if (trend.unlimited) return 'Site-wide licence: every user is licensed, so it cannot run out.';
    switch (forecast.status) {
        case 'Exhausted':
            return `All seats are used (since ${forecast.exhaustionDate ?? 'the newest day'}).`;
        case 'Projected':
            return `Projected to run out on ${forecast.exhaustionDate} (in ${forecast.daysUntilExhaustion} days, ${formatCount(forecast.slopePerDay)} per day).`;
        case 'NotGrowing':
            return `Not projected to run out: usage is flat or falling (${formatCount(forecast.slopePerDay)} per day).`;
        case 'NoLimit':
            return 'No total is known for this licence, so no exhaustion date is projected.';
        default:
            return `Not enough history for a forecast yet (${forecast.pointCount} days; at least 7 are needed).`;
    }
}

/**
 * One licence's trend: total, used and active users per day as a line chart (c-ls-chart, Chart.js), the projected
 * exhaustion date with the method that produced it, and the same numbers as a table for screen readers and for
 * anyone who prefers numbers.
 */
export default class LicenseTrendChart extends LightningElement {
    @api trend: LicenseTrendDto | null = null;

    get hasPoints(): boolean {
        return (this.trend?.points?.length ?? 0) > 0;
    }

    get heading(): string {
        const trend = this.trend;
        return trend ? `${trend.label ?? trend.name}: last ${trend.periodDays} days` : '';
    }

    get forecastText(): string {
        return forecastSentence(this.trend);
    }

    get methodText(): string {
        return this.trend?.forecast?.method ?? '';
    }

    /** The canvas's accessible name: what the chart shows, in words. */
    get chartSummary(): string {
        const points = this.trend?.points ?? [];
        if (points.length === 0) return '';
        const first = points[0];
        const last = points[points.length - 1];
        return (
            `Line chart of ${this.trend?.label ?? ''} from ${first.day} to ${last.day}: used went from ` +
            `${formatCount(first.used)} to ${formatCount(last.used)} of ${formatCount(last.total)}. ` +
            `${this.forecastText} The table below has every day.`
        );
    }

    get rows(): Array<{ key: string; day: string; total: string; used: string; active: string }> {
        return (this.trend?.points ?? [])
            .slice()
            .reverse()
            .map((point: LicenseTrendPointDto) => ({
                key: point.day,
                day: point.day,
                total: this.trend?.unlimited ? 'Site-wide' : formatCount(point.total),
                used: formatCount(point.used),
                active: formatCount(point.activeUsers)
            }));
    }

    get tableCaption(): string {
        return `Daily numbers of ${this.trend?.label ?? ''}, newest first`;
    }

    /** Total (unless site-wide), used and active per day; a new object per trend, so c-ls-chart redraws. */
    get chartConfig(): LsChartConfig {
        const points = this.trend?.points ?? [];
        const datasets = [
            chartSeries(
                'Used',
                '#0176d3',
                points.map((p) => p.used)
            ),
            chartSeries(
                'Active in 30 days',
                '#2e844a',
                points.map((p) => p.activeUsers)
            )
        ];
        if (!this.trend?.unlimited) {
            datasets.unshift(
                chartSeries(
                    'Total',
                    '#ba0517',
                    points.map((p) => p.total)
                )
            );
        }
        return {
            type: 'line',
            labels: points.map((p) => p.day),
            datasets,
            options: { elements: { point: { radius: 0 }, line: { borderWidth: 2 } } }
        };
    }
}
