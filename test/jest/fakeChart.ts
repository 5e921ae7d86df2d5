/**
 * A stand-in for Chart.js (window.Chart, what the chartJs static resource defines) in the Jest tests of c-ls-chart and
 * the components that draw through it. Like Chart.js it writes into the config's data arrays, so a config that is
 * still LWC's read-only proxy of an @api value fails here as it would in the browser.
 */
export interface FakeChart {
    canvas: HTMLCanvasElement;
    config: {
        type: string;
        data: { labels: string[]; datasets: Array<{ label: string; data: unknown[] }> };
        options: Record<string, unknown>;
    };
    destroy: jest.Mock;
}

/** Installs window.Chart and returns the list every chart it builds is pushed to. */
export function installFakeChart(): FakeChart[] {
    const charts: FakeChart[] = [];
    (window as unknown as Record<string, unknown>).Chart = jest.fn(function fake(
        this: FakeChart,
        canvas: HTMLCanvasElement,
        config: FakeChart['config']
    ) {
        for (const dataset of config.data.datasets ?? []) {
            Object.defineProperty(dataset.data, '_chartjs', { value: { listeners: [] }, configurable: true });
        }
        this.canvas = canvas;
        this.config = config;
        this.destroy = jest.fn();
        charts.push(this);
    });
    return charts;
}

/** Removes window.Chart again. */
export function removeFakeChart(): void {
    delete (window as unknown as Record<string, unknown>).Chart;
}
