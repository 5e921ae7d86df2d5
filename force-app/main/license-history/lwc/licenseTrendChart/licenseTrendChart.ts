import { LightningElement, api } from 'lwc';
import { loadScript } from 'lightning/platformResourceLoader';
import chartJs from '@salesforce/resourceUrl/chartJs';
import type { LicenseTrendDto, LicenseTrendPointDto } from '@apex-types/history';

/** The part of Chart.js this component uses (the UMD build sets window.Chart). */
interface ChartInstance {
    destroy(): void;
}
type ChartConstructor = new (canvas: HTMLCanvasElement, config: unknown) => ChartInstance;

/** window.Chart once the chartJs static resource has run. */
function chartLibrary(): ChartConstructor | undefined {
    return (window as unknown as Record<string, ChartConstructor | undefined>).Chart;
}

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
 * One licence's trend: total, used and active users per day as a Chart.js line chart (the library is the chartJs
 * static resource, loaded with lightning/platformResourceLoader as in trailheadapps/lwc-recipes), the projected
 * exhaustion date with the method that produced it, and the same numbers as a table for screen readers and for
 * anyone who prefers numbers. Owns the chart's lifecycle: one Chart instance, rebuilt when the trend changes.
 */
export default class LicenseTrendChart extends LightningElement {
    private trendValue: LicenseTrendDto | null = null;
    private chart: ChartInstance | null = null;
    private libraryRequested = false;
    libraryReady = false;
    libraryError = false;

    @api
    get trend(): LicenseTrendDto | null {
        return this.trendValue;
    }
    set trend(value: LicenseTrendDto | null) {
        this.trendValue = value;
        if (this.libraryReady) this.draw();
    }

    get hasPoints(): boolean {
        return (this.trendValue?.points?.length ?? 0) > 0;
    }

    get heading(): string {
        const trend = this.trendValue;
        return trend ? `${trend.label ?? trend.name}: last ${trend.periodDays} days` : '';
    }

    get forecastText(): string {
        return forecastSentence(this.trendValue);
    }

    get methodText(): string {
        return this.trendValue?.forecast?.method ?? '';
    }

    /** The canvas's accessible name: what the chart shows, in words. */
    get chartSummary(): string {
        const points = this.trendValue?.points ?? [];
        if (points.length === 0) return '';
        const first = points[0];
        const last = points[points.length - 1];
        return (
            `Line chart of ${this.trendValue?.label ?? ''} from ${first.day} to ${last.day}: used went from ` +
            `${formatCount(first.used)} to ${formatCount(last.used)} of ${formatCount(last.total)}. ` +
            `${this.forecastText} The table below has every day.`
        );
    }

    get rows(): Array<{ key: string; day: string; total: string; used: string; active: string }> {
        return (this.trendValue?.points ?? [])
            .slice()
            .reverse()
            .map((point: LicenseTrendPointDto) => ({
                key: point.day,
                day: point.day,
                total: this.trendValue?.unlimited ? 'Site-wide' : formatCount(point.total),
                used: formatCount(point.used),
                active: formatCount(point.activeUsers)
            }));
    }

    get tableCaption(): string {
        return `Daily numbers of ${this.trendValue?.label ?? ''}, newest first`;
    }

    override renderedCallback(): void {
        if (this.libraryRequested) return;
        this.libraryRequested = true;
        loadScript(this, chartJs)
            .then(() => {
                this.libraryReady = true;
                this.draw();
            })
            .catch(() => {
                // The table still shows every number; say why the picture is missing.
                this.libraryError = true;
            });
    }

    override disconnectedCallback(): void {
        this.chart?.destroy();
        this.chart = null;
        this.libraryRequested = false;
    }

    private draw(): void {
        const ChartClass = chartLibrary();
        const canvas = this.template?.querySelector('canvas');
        this.chart?.destroy();
        this.chart = null;
        if (!ChartClass || !canvas || !this.hasPoints) return;
        const points = this.trendValue?.points ?? [];
        const datasets = [
            { label: 'Used', data: points.map((p) => p.used), borderColor: '#0176d3', backgroundColor: '#0176d3' },
            {
                label: 'Active in 30 days',
                data: points.map((p) => p.activeUsers),
                borderColor: '#2e844a',
                backgroundColor: '#2e844a'
            }
        ];
        if (!this.trendValue?.unlimited) {
            datasets.unshift({
                label: 'Total',
                data: points.map((p) => p.total),
                borderColor: '#ba0517',
                backgroundColor: '#ba0517'
            });
        }
        this.chart = new ChartClass(canvas, {
            type: 'line',
            data: { labels: points.map((p) => p.day), datasets },
            options: {
                // responsive: false, as in lwc-recipes (ResizeObserver under Locker); the canvas has a fixed size.
                responsive: false,
                animation: false,
                elements: { point: { radius: 0 }, line: { borderWidth: 2 } },
                interaction: { mode: 'index', intersect: false },
                plugins: { legend: { position: 'bottom' } },
                scales: { y: { beginAtZero: true } }
            }
        });
    }
}
