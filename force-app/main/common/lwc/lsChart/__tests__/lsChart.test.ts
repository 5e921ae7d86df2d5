import { createElement } from 'lwc';
import { readFileSync } from 'fs';
import { join } from 'path';
import LsChart, { BASE_OPTIONS, chartJsConfig, chartSeries } from 'c/lsChart';
import type { LsChartConfig } from 'c/lsChart';
import { loadScript } from 'lightning/platformResourceLoader';
import { installFakeChart, removeFakeChart, type FakeChart } from '@test/fakeChart';
import { flush, unmountAll } from '@test/lwcTestUtils';

const mockLoadScript = loadScript as unknown as jest.Mock;

let charts: FakeChart[] = [];

const months: LsChartConfig = {
    type: 'bar',
    labels: ['Sep 2026', 'Oct 2026*'],
    datasets: [chartSeries('Voice minutes', '#0176d3', [120.5, 40])],
    options: { plugins: { legend: { display: false } } }
};

async function mount(config: LsChartConfig | null, summary = 'Voice minutes per month'): Promise<HTMLElement> {
    const element = createElement('c-ls-chart', { is: LsChart });
    Object.assign(element, { config, summary });
    document.body.appendChild(element);
    await flush(6);
    return element;
}

const canvasOf = (element: HTMLElement): HTMLCanvasElement => element.shadowRoot!.querySelector('canvas')!;

describe('c-ls-chart', () => {
    beforeEach(() => {
        charts = installFakeChart();
        mockLoadScript.mockResolvedValue(undefined);
    });
    afterEach(() => {
        unmountAll();
        jest.clearAllMocks();
        removeFakeChart();
    });

    it('loads the chartJs static resource once and draws the config on a labelled canvas', async () => {
        const element = await mount(months);
        expect(mockLoadScript).toHaveBeenCalledTimes(1);
        expect(mockLoadScript.mock.calls[0][1]).toContain('chartJs');
        expect(charts).toHaveLength(1);
        expect(charts[0].canvas).toBe(canvasOf(element));
        expect(charts[0].config.type).toBe('bar');
        expect(charts[0].config.data.labels).toEqual(['Sep 2026', 'Oct 2026*']);
        expect(canvasOf(element).getAttribute('role')).toBe('img');
        expect(canvasOf(element).getAttribute('aria-label')).toBe('Voice minutes per month');
        await expect(element).toBeAccessible();
    });

    it('puts the feature options over the shared ones, one level deep', () => {
        const built = chartJsConfig(months) as { options: Record<string, unknown>; data: { datasets: unknown[] } };
        const shared = built.options;
        expect(shared.responsive).toBe(false);
        expect(shared.animation).toBe(false);
        expect(shared.scales).toEqual(BASE_OPTIONS.scales);
        expect(shared.plugins).toEqual({ legend: { display: false } });
        // A copy: Chart.js may write into it without touching the (read-only, in LWC) config it came from.
        expect(built.data.datasets[0]).not.toBe(months.datasets[0]);
        expect(built.data.datasets[0]).toEqual(months.datasets[0]);
    });

    it('rebuilds the chart when the config changes and destroys it when it leaves the page', async () => {
        const element = await mount(months);
        Object.assign(element, { config: { ...months, labels: ['Oct 2026*'] } });
        await flush(2);
        expect(charts).toHaveLength(2);
        expect(charts[0].destroy).toHaveBeenCalled();
        expect(charts[1].config.data.labels).toEqual(['Oct 2026*']);
        unmountAll();
        expect(charts[1].destroy).toHaveBeenCalled();
    });

    it('draws nothing without labels or config', async () => {
        await mount({ ...months, labels: [] });
        await mount(null);
        expect(charts).toHaveLength(0);
    });

    it('says the picture is missing when the library cannot load (error state)', async () => {
        mockLoadScript.mockRejectedValue(new Error('blocked by CSP'));
        const element = await mount(months);
        expect(element.shadowRoot!.querySelector('[data-id="chart-error"]')!.textContent).toContain(
            'could not be loaded'
        );
        expect(charts).toHaveLength(0);
        await expect(element).toBeAccessible();
    });

    it('ships the installed Chart.js build as the chartJs static resource (npm run vendor:chartjs)', () => {
        const root = join(__dirname, '..', '..', '..', '..', '..', '..');
        const shipped = readFileSync(join(root, 'force-app/main/common/staticresources/chartJs.js'));
        const installed = readFileSync(join(root, 'node_modules/chart.js/dist/chart.umd.min.js'));
        expect(shipped.equals(installed)).toBe(true);
    });
});
