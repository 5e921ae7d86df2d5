import { LightningElement, api } from 'lwc';
import { loadScript } from 'lightning/platformResourceLoader';
import chartJs from '@salesforce/resourceUrl/chartJs';

/** One series of a chart: Chart.js dataset options (colours may be one per point, e.g. to mark a partial month). */
export interface LsChartDataset {
    label: string;
    data: Array<number | null>;
    backgroundColor?: string | string[];
    borderColor?: string | string[];
    borderWidth?: number | number[];
    [option: string]: unknown;
}

/** What a feature hands to c-ls-chart: the chart type, the x labels, the series and any extra Chart.js options. */
export interface LsChartConfig {
    type: 'line' | 'bar';
    labels: string[];
    datasets: LsChartDataset[];
    options?: Record<string, unknown>;
}

/** One series in one colour (line and fill); per-point colours for bars are given as arrays instead. */
export function chartSeries(label: string, colour: string, data: Array<number | null>): LsChartDataset {
    return { label, data, borderColor: colour, backgroundColor: colour };
}

/** The part of Chart.js this component uses (the UMD build sets window.Chart). */
interface ChartInstance {
    destroy(): void;
}
type ChartConstructor = new (canvas: HTMLCanvasElement, config: unknown) => ChartInstance;

/** window.Chart once the chartJs static resource has run. */
function chartLibrary(): ChartConstructor | undefined {
    return (window as unknown as Record<string, ChartConstructor | undefined>).Chart;
}

/**
 * The options every License Steward chart shares; a feature's own options are merged over them, one level deep
 * (so `plugins` or `scales` given by a feature replace these wholesale).
 * responsive: false, as in lwc-recipes (no ResizeObserver under Locker; the canvas has a fixed size); no animation,
 * so the picture is final when it appears (and nothing moves for people who asked for reduced motion).
 */
export const BASE_OPTIONS: Readonly<Record<string, unknown>> = Object.freeze({
    responsive: false,
    animation: false,
    interaction: { mode: 'index', intersect: false },
    plugins: { legend: { position: 'bottom' } },
    scales: { y: { beginAtZero: true } }
});

/**
 * The Chart.js configuration c-ls-chart draws: the feature's config over BASE_OPTIONS, as a deep copy. The copy matters:
 * a config handed down through @api arrives as LWC's read-only proxy, and Chart.js writes into the config it is given.
 */
export function chartJsConfig(config: LsChartConfig): Record<string, unknown> {
    return JSON.parse(
        JSON.stringify({
            type: config.type,
            data: { labels: config.labels, datasets: config.datasets },
            options: { ...BASE_OPTIONS, ...(config.options ?? {}) }
        })
    ) as Record<string, unknown>;
}

/**
 * The one place the product draws a chart: loads Chart.js from the chartJs static resource with
 * lightning/platformResourceLoader (the trailheadapps/lwc-recipes pattern), owns the single Chart instance on its
 * canvas (rebuilt when the config changes, destroyed when the component leaves the page) and says so when the library
 * cannot load. The canvas is an image whose accessible name is `summary`; every feature that uses it also shows the
 * same numbers as a table, so nothing depends on seeing the picture.
 */
export default class LsChart extends LightningElement {
    /** The chart in words: the canvas's accessible name. */
    @api summary = '';
    /** Canvas width in CSS pixels. */
    @api width = 760;
    /** Canvas height in CSS pixels. */
    @api height = 280;

    libraryError = false;
    private configValue: LsChartConfig | null = null;
    private chart: ChartInstance | null = null;
    private libraryRequested = false;
    private libraryReady = false;

    /** What to draw; null or no labels draws nothing. */
    @api
    get config(): LsChartConfig | null {
        return this.configValue;
    }
    set config(value: LsChartConfig | null) {
        this.configValue = value;
        if (this.libraryReady) this.draw();
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
                // The feature's table still shows every number; say why the picture is missing.
                this.libraryError = true;
            });
    }

    override disconnectedCallback(): void {
        this.chart?.destroy();
        this.chart = null;
        this.libraryRequested = false;
        this.libraryReady = false;
    }

    private draw(): void {
        const ChartClass = chartLibrary();
        const canvas = this.template?.querySelector('canvas');
        this.chart?.destroy();
        this.chart = null;
        if (!ChartClass || !canvas || !this.configValue || this.configValue.labels.length === 0) return;
        this.chart = new ChartClass(canvas, chartJsConfig(this.configValue));
    }
}
