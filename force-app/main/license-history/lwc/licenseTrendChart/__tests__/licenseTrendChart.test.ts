import { createElement } from 'lwc';
import LicenseTrendChart, { forecastSentence, formatCount } from 'c/licenseTrendChart';
import { loadScript } from 'lightning/platformResourceLoader';
import { installFakeChart, removeFakeChart, type FakeChart } from '@test/fakeChart';
import { flush, renderedTree, unmountAll, withoutNulls } from '@test/lwcTestUtils';

const fieldService = require('./data/trendFieldService.json');
const siteWide = require('./data/trendSiteWide.json');

const mockLoadScript = loadScript as unknown as jest.Mock;
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));

let charts: FakeChart[] = [];

async function mount(trend: unknown): Promise<HTMLElement> {
    const element = createElement('c-license-trend-chart', { is: LicenseTrendChart });
    (element as unknown as { trend: unknown }).trend = trend;
    document.body.appendChild(element);
    await flush(8);
    return element;
}

const $ = (element: HTMLElement, id: string): HTMLElement | null =>
    element.shadowRoot!.querySelector(`[data-id="${id}"]`);

describe('c-license-trend-chart', () => {
    beforeEach(() => {
        charts = installFakeChart();
        mockLoadScript.mockResolvedValue(undefined);
    });
    afterEach(() => {
        unmountAll();
        jest.clearAllMocks();
        removeFakeChart();
    });

    it('loads the chartJs static resource and draws total, used and active per day', async () => {
        const element = await mount(fieldService);
        expect(mockLoadScript).toHaveBeenCalledTimes(1);
        expect(mockLoadScript.mock.calls[0][1]).toContain('chartJs');
        expect(charts).toHaveLength(1);
        const { data } = charts[0].config;
        expect(data.labels).toHaveLength(30);
        expect(data.datasets.map((d) => d.label)).toEqual(['Total', 'Used', 'Active in 30 days']);
        expect(data.datasets[1].data[29]).toBe(fieldService.points[29].used);
        expect(charts[0].canvas.getAttribute('role')).toBe('img');
        expect(charts[0].canvas.getAttribute('aria-label')).toContain('Field Service Mobile');
        expect($(element, 'forecast')!.textContent).toContain(`run out on ${fieldService.forecast.exhaustionDate}`);
        expect($(element, 'method')!.textContent).toContain('Least-squares');
        await expect(element).toBeAccessible();
    });

    it('gives every day in a table, newest first', async () => {
        const element = await mount(fieldService);
        const rows = element.shadowRoot!.querySelectorAll('[data-id="table"] tbody tr');
        expect(rows).toHaveLength(30);
        expect(rows[0].querySelector('th')!.textContent).toBe(fieldService.points[29].day);
        expect(rows[0].querySelectorAll('td')[1].textContent).toBe(formatCount(fieldService.points[29].used));
    });

    it('shows a site-wide licence without a total line', async () => {
        const element = await mount(siteWide);
        expect(charts[0].config.data.datasets.map((d) => d.label)).toEqual(['Used', 'Active in 30 days']);
        expect($(element, 'forecast')!.textContent).toContain('Site-wide');
        const firstRow = element.shadowRoot!.querySelector('[data-id="table"] tbody tr')!;
        expect(firstRow.querySelectorAll('td')[0].textContent).toBe('Site-wide');
        await expect(element).toBeAccessible();
    });

    it('rebuilds the chart when the trend changes', async () => {
        const element = await mount(fieldService);
        const shorter = clone(fieldService);
        shorter.points = shorter.points.slice(20);
        (element as unknown as { trend: unknown }).trend = shorter;
        await flush(4);
        expect(charts).toHaveLength(2);
        expect(charts[0].destroy).toHaveBeenCalled();
        expect(charts[1].config.data.labels).toHaveLength(10);
    });

    it('says when there is no history in the period (empty state)', async () => {
        const empty = { ...clone(fieldService), points: [] };
        const element = await mount(empty);
        expect($(element, 'no-points')).not.toBeNull();
        expect(element.shadowRoot!.querySelector('c-ls-chart')).toBeNull();
        expect(charts).toHaveLength(0);
        await expect(element).toBeAccessible();
    });

    it('keeps the table when the library cannot be loaded (error state)', async () => {
        mockLoadScript.mockRejectedValue(new Error('blocked'));
        const element = await mount(fieldService);
        const chart = element.shadowRoot!.querySelector('c-ls-chart')!;
        expect(chart.shadowRoot!.querySelector('[data-id="chart-error"]')!.textContent).toContain(
            'could not be loaded'
        );
        expect(element.shadowRoot!.querySelectorAll('[data-id="table"] tbody tr')).toHaveLength(30);
        await expect(element).toBeAccessible();
    });

    it('renders the same whether nulls are spelled out or left out', async () => {
        const full = await mount(fieldService);
        const tree = renderedTree(full.shadowRoot!);
        unmountAll();
        const sparse = await mount(withoutNulls(fieldService));
        expect(renderedTree(sparse.shadowRoot!)).toBe(tree);
    });

    it('words every forecast status', () => {
        const base = clone(fieldService);
        const sentence = (status: string, extra = {}) =>
            forecastSentence({ ...base, forecast: { ...base.forecast, status, ...extra } });
        expect(sentence('Exhausted', { exhaustionDate: '2026-11-23' })).toContain('All seats are used');
        expect(sentence('NotGrowing', { slopePerDay: -0.5 })).toContain('flat or falling');
        expect(sentence('NoLimit')).toContain('No total');
        expect(sentence('NotEnoughData', { pointCount: 3 })).toContain('3 days');
        expect(forecastSentence(null)).toBe('');
        expect(formatCount(null)).toBe('–');
    });
});
