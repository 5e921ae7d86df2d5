// First: the findings list's Apex mocks must be in place before the list is imported.
import { exportFindingsMock, getFindingsMock, inventoryWire } from '@test/findingsListTestUtils';
import LicenseFindingsList from 'c/licenseFindingsList';
import {
    flush,
    mockObjectUrls,
    mountComponent,
    readBlob,
    unmountAll,
    expectNullsMayBeLeftOut,
    renderOnce
} from '@test/lwcTestUtils';

const findingsPage = require('./data/findingsPage.json');
const findingsPageEmpty = require('./data/findingsPageEmpty.json');
const findingsPageNoScan = require('./data/findingsPageNoScan.json');
const exportChunk1 = require('./data/exportChunk1.json');
const exportChunk2 = require('./data/exportChunk2.json');
const inventory = require('./data/inventory.json');

/** A page of 120 findings (KB rows repeated) to exercise paging. */
const bigPage = { ...findingsPage, totalCount: 120 };

const mount = (props: Record<string, unknown> = {}): HTMLElement =>
    mountComponent('c-license-findings-list', LicenseFindingsList, props);

const $ = (element: HTMLElement, selector: string) =>
    element.shadowRoot!.querySelector(selector) as HTMLElement & {
        disabled: boolean;
    };
const lastParams = () => getFindingsMock.mock.calls[getFindingsMock.mock.calls.length - 1][0];

// sa11y over a whole rendered section is slow on a busy machine: allow more than the 5 s default.

describe('c-license-findings-list', () => {
    beforeEach(() => {
        getFindingsMock.mockResolvedValue(findingsPage);
    });

    afterEach(() => {
        unmountAll();
        jest.clearAllMocks();
        jest.useRealTimers();
    });

    it('renders pages whose null properties were left out exactly like the ones that spell them out', async () => {
        const pages = [findingsPage, findingsPageNoScan, findingsPageEmpty].map((page) => ({ page, inventory }));
        await expectNullsMayBeLeftOut(pages, (fixture) => {
            // The component asks for its first page as it connects: the answer must be ready before the mount.
            getFindingsMock.mockResolvedValueOnce(fixture.page);
            return renderOnce('c-license-findings-list', LicenseFindingsList, () =>
                inventoryWire.emit(fixture.inventory)
            );
        });
    });

    it('loads the first page sorted by user name and shows a spinner meanwhile', async () => {
        const element = mount();
        expect($(element, 'lightning-spinner')).not.toBeNull();
        expect($(element, '[data-id="status"]').textContent).toBe('Loading findings…');
        await flush();
        expect(getFindingsMock).toHaveBeenCalledWith({
            reason: null,
            licenseDeveloperName: null,
            searchText: null,
            reclaimableOnly: false,
            pageNumber: 1,
            pageSize: 50,
            sortField: 'userFullName',
            sortDirection: 'asc'
        });
        const rows = element.shadowRoot!.querySelectorAll('[data-id="finding-row"]');
        expect(rows).toHaveLength(9);
        expect($(element, '[data-id="status"]').textContent).toBe('1–9 of 9 findings');
        expect($(element, '[data-id="page-text"]').textContent).toBe('Page 1 of 1');
        expect($(element, 'lightning-spinner')).toBeNull();
        // License-level findings have no user: em dashes, not "null".
        expect(element.shadowRoot!.textContent).not.toContain('null');
        await expect(element).toBeAccessible();
    });

    it('lets keyboard users scroll the table, and wraps the long cells instead of cutting them', async () => {
        const element = mount();
        await flush();
        const scroller = $(element, '[data-id="findings-scroller"]');
        expect(scroller.classList).toContain('slds-scrollable_x');
        expect(scroller.getAttribute('tabindex')).toBe('0');
        expect(scroller.getAttribute('role')).toBe('region');
        expect(scroller.getAttribute('aria-label')).toBe('Findings table (scrolls horizontally)');
        expect(scroller.querySelector('[data-id="findings-table"]')).not.toBeNull();
        const rows = Array.from(element.shadowRoot!.querySelectorAll('[data-id="finding-row"]'));
        expect(rows).toHaveLength(findingsPage.rows.length);
        rows.forEach((row, index) => {
            const detail = row.querySelector('[data-id="detail"]')!;
            expect(detail.classList).toContain('slds-cell-wrap');
            expect(detail.textContent).toBe(findingsPage.rows[index].detail ?? '');
            expect(row.querySelector('[data-id="reason"]')!.classList).toContain('slds-cell-wrap');
        });
        await expect(element).toBeAccessible();
    });

    it('sorts on the server: a header click sorts ascending, a second click descending', async () => {
        const element = mount();
        await flush();
        const header = () => $(element, 'button[data-field="reason"]');
        header().click();
        await flush();
        expect(lastParams()).toMatchObject({ sortField: 'reason', sortDirection: 'asc', pageNumber: 1 });
        expect(header().parentElement!.getAttribute('aria-sort')).toBe('ascending');
        header().click();
        await flush();
        expect(lastParams()).toMatchObject({ sortField: 'reason', sortDirection: 'desc' });
        expect(header().parentElement!.getAttribute('aria-sort')).toBe('descending');
        expect($(element, 'button[data-field="userFullName"]').parentElement!.getAttribute('aria-sort')).toBe('none');
    });

    it('pages on the server: next, last, previous, first', async () => {
        getFindingsMock.mockResolvedValue(bigPage);
        const element = mount();
        await flush();
        expect($(element, '[data-id="page-text"]').textContent).toBe('Page 1 of 3');
        expect($(element, '[data-id="first"]').disabled).toBe(true);
        expect($(element, '[data-id="previous"]').disabled).toBe(true);
        $(element, '[data-id="next"]').dispatchEvent(new CustomEvent('click'));
        await flush();
        expect(lastParams().pageNumber).toBe(2);
        expect($(element, '[data-id="status"]').textContent).toBe('51–100 of 120 findings');
        $(element, '[data-id="last"]').dispatchEvent(new CustomEvent('click'));
        await flush();
        expect(lastParams().pageNumber).toBe(3);
        expect($(element, '[data-id="next"]').disabled).toBe(true);
        const calls = getFindingsMock.mock.calls.length;
        $(element, '[data-id="next"]').dispatchEvent(new CustomEvent('click'));
        await flush();
        expect(getFindingsMock.mock.calls.length).toBe(calls);
        $(element, '[data-id="previous"]').dispatchEvent(new CustomEvent('click'));
        await flush();
        expect(lastParams().pageNumber).toBe(2);
        $(element, '[data-id="first"]').dispatchEvent(new CustomEvent('click'));
        await flush();
        expect(lastParams().pageNumber).toBe(1);
    });

    it('changes the page size and keeps the first row in view', async () => {
        getFindingsMock.mockResolvedValue(bigPage);
        const element = mount();
        await flush();
        $(element, '[data-id="next"]').dispatchEvent(new CustomEvent('click'));
        await flush();
        $(element, '[data-id="page-size"]').dispatchEvent(new CustomEvent('change', { detail: { value: '25' } }));
        await flush();
        expect(lastParams()).toMatchObject({ pageSize: 25, pageNumber: 3 });
        const calls = getFindingsMock.mock.calls.length;
        $(element, '[data-id="page-size"]').dispatchEvent(new CustomEvent('change', { detail: { value: '7' } }));
        await flush();
        expect(getFindingsMock.mock.calls.length).toBe(calls);
    });

    it('filters on the server by type, license, reclaimable only; clears filters', async () => {
        const element = mount();
        await flush();
        $(element, '[data-id="reason-filter"]').dispatchEvent(
            new CustomEvent('change', { detail: { value: 'UnneededPsl' } })
        );
        await flush();
        expect(lastParams()).toMatchObject({ reason: 'UnneededPsl', pageNumber: 1 });
        $(element, '[data-id="license-filter"]').dispatchEvent(
            new CustomEvent('change', { detail: { value: ' EinsteinAnalyticsPlusPsl ' } })
        );
        await flush();
        expect(lastParams()).toMatchObject({ licenseDeveloperName: 'EinsteinAnalyticsPlusPsl' });
        $(element, '[data-id="reclaimable-only"]').dispatchEvent(
            new CustomEvent('change', { detail: { checked: true } })
        );
        await flush();
        expect(lastParams()).toMatchObject({ reclaimableOnly: true });
        expect($(element, '[data-id="active-filters"]').textContent).toBe(
            'Filters: Unneeded PSL assignments · license EinsteinAnalyticsPlusPsl · reclaimable only'
        );
        $(element, '[data-id="clear-filters"]').dispatchEvent(new CustomEvent('click'));
        await flush();
        expect(lastParams()).toMatchObject({ reason: null, licenseDeveloperName: null, reclaimableOnly: false });
        expect($(element, '[data-id="active-filters"]').textContent).toBe('All findings of the latest scan');
    });

    it('shows the findings the dashboard asks for, clearing the other filters', async () => {
        const element = mount();
        await flush();
        $(element, '[data-id="reclaimable-only"]').dispatchEvent(
            new CustomEvent('change', { detail: { checked: true } })
        );
        await flush();
        await (element as unknown as { showFindings(r: string | null, l: string | null): Promise<void> }).showFindings(
            null,
            'ServiceCloudVoicePsl'
        );
        expect(lastParams()).toMatchObject({
            reason: null,
            licenseDeveloperName: 'ServiceCloudVoicePsl',
            reclaimableOnly: false,
            searchText: null,
            pageNumber: 1
        });
    });

    it('offers the licenses of the inventory in the license filter, and keeps an unknown picked one', async () => {
        const element = mount({ licenseDeveloperName: 'SomethingElsePsl' });
        await flush();
        const filter = () => $(element, '[data-id="license-filter"]') as unknown as { options: { value: string }[] };
        expect(filter().options.map((o) => o.value)).toEqual(['', 'SomethingElsePsl']);
        inventoryWire.emit(inventory);
        await flush();
        const values = filter().options.map((o) => o.value);
        expect(values.slice(0, 3)).toEqual(['', 'PID_Chatter', 'PID_Identity']);
        expect(values).toContain('ServiceCloudVoicePsl');
        expect(values).toContain('PermissionSetAssignments');
        expect(values.at(-1)).toBe('SomethingElsePsl');
        expect(values).toHaveLength(13);
    });

    it('reloads from page 1 when the dashboard sets the type or the license', async () => {
        getFindingsMock.mockResolvedValue(bigPage);
        const element = mount({ reason: 'VoiceDoubleConsumption' }) as HTMLElement & {
            reason: string;
            licenseDeveloperName: string;
        };
        await flush();
        expect(getFindingsMock).toHaveBeenCalledTimes(1);
        expect(lastParams()).toMatchObject({ reason: 'VoiceDoubleConsumption' });
        $(element, '[data-id="next"]').dispatchEvent(new CustomEvent('click'));
        await flush();
        element.reason = 'InactiveUser';
        await flush();
        expect(lastParams()).toMatchObject({ reason: 'InactiveUser', pageNumber: 1 });
        element.licenseDeveloperName = 'SFDC';
        await flush();
        expect(lastParams()).toMatchObject({ licenseDeveloperName: 'SFDC' });
        expect(element.reason).toBe('InactiveUser');
        expect(element.licenseDeveloperName).toBe('SFDC');
    });

    it('searches after a pause, and only from 2 characters', async () => {
        const element = mount();
        await flush();
        jest.useFakeTimers();
        const search = $(element, '[data-id="search"]');
        search.dispatchEvent(new CustomEvent('change', { detail: { value: 'U' } }));
        await flush();
        expect($(element, '[data-id="search-hint"]').textContent).toBe('Type at least 2 characters to search.');
        jest.advanceTimersByTime(1000);
        expect(getFindingsMock).toHaveBeenCalledTimes(1);
        search.dispatchEvent(new CustomEvent('change', { detail: { value: 'Us' } }));
        search.dispatchEvent(new CustomEvent('change', { detail: { value: 'User' } }));
        jest.advanceTimersByTime(300);
        await flush();
        expect(getFindingsMock).toHaveBeenCalledTimes(2);
        expect(lastParams()).toMatchObject({ searchText: 'User', pageNumber: 1 });
        expect($(element, '[data-id="search-hint"]')).toBeNull();
    });

    it('ignores an answer overtaken by a newer request', async () => {
        let resolveFirst: (value: unknown) => void = () => undefined;
        getFindingsMock.mockImplementationOnce(() => new Promise((resolve) => (resolveFirst = resolve)));
        getFindingsMock.mockResolvedValueOnce(findingsPageEmpty);
        const element = mount();
        (element as unknown as { refresh(): Promise<void> }).refresh();
        await flush();
        resolveFirst(findingsPage);
        await flush();
        expect(element.shadowRoot!.querySelectorAll('[data-id="finding-row"]')).toHaveLength(0);
        expect($(element, '[data-id="empty"]')).not.toBeNull();
    });

    it('shows the empty state with filters, without, and past the end', async () => {
        getFindingsMock.mockResolvedValue(findingsPageEmpty);
        const element = mount({ reason: 'UnneededPsl' });
        await flush();
        expect($(element, '[data-id="empty"]').textContent).toContain('No finding matches these filters.');
        expect($(element, '[data-id="export"]').disabled).toBe(true);
        await expect(element).toBeAccessible();
        (element as unknown as { reason: string }).reason = '';
        await flush();
        expect($(element, '[data-id="empty"]').textContent).toContain('The latest scan found nothing to reclaim.');
        getFindingsMock.mockResolvedValue({ ...findingsPageEmpty, totalCount: 3, pageNumber: 9 });
        await (element as unknown as { refresh(): Promise<void> }).refresh();
        await flush();
        expect($(element, '[data-id="empty"]').textContent).toContain('past the end');
    });

    it('explains that there is no completed scan yet', async () => {
        getFindingsMock.mockResolvedValue(findingsPageNoScan);
        const element = mount();
        await flush();
        expect($(element, '[data-id="no-scan"]').textContent).toContain('No findings scan has completed yet');
        await expect(element).toBeAccessible();
    });

    it('shows the readable Apex error (e.g. a page too deep)', async () => {
        getFindingsMock.mockRejectedValue({
            body: { message: 'This page is too deep to read; narrow the filters or reverse the sort.' },
            status: 500
        });
        const element = mount();
        await flush();
        expect($(element, '[data-id="error"]').textContent).toContain('This page is too deep to read');
        expect($(element, 'lightning-spinner')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('exports the whole filtered list chunk by chunk into one CSV download', async () => {
        exportFindingsMock.mockResolvedValueOnce(exportChunk1).mockResolvedValueOnce(exportChunk2);
        const urls = mockObjectUrls('blob:findings');
        const element = mount({ reason: 'InactiveUser' });
        await flush();
        const anchor = $(element, 'a[data-id="download"]') as unknown as HTMLAnchorElement;
        const click = jest.spyOn(anchor, 'click').mockImplementation(() => undefined);

        $(element, '[data-id="export"]').dispatchEvent(new CustomEvent('click'));
        await flush();
        await flush();

        expect(exportFindingsMock).toHaveBeenCalledTimes(2);
        expect(exportFindingsMock.mock.calls[0][0]).toEqual({
            reason: 'InactiveUser',
            licenseDeveloperName: null,
            searchText: null,
            reclaimableOnly: false,
            cursor: null,
            chunkSize: 2000
        });
        expect(exportFindingsMock.mock.calls[1][0].cursor).toBe(exportChunk1.nextCursor);
        expect(click).toHaveBeenCalledTimes(1);
        expect(anchor.download).toMatch(/^license-findings-InactiveUser-\d{4}-\d{2}-\d{2}\.csv$/);
        const text = await readBlob(urls.blobs()[0]);
        expect(text.replace(/^\uFEFF/, '')).toBe(exportChunk1.csv + exportChunk2.csv);
        expect($(element, '[data-id="export-status"]').textContent).toBe('Exported 9 rows.');
        expect($(element, '[data-id="export"]').disabled).toBe(false);
    });

    it('shows an export error and lets the admin retry', async () => {
        exportFindingsMock.mockRejectedValue({
            body: {
                message: 'The export is out of date: a newer scan replaced these findings. Start the export again.'
            }
        });
        const element = mount();
        await flush();
        $(element, '[data-id="export"]').dispatchEvent(new CustomEvent('click'));
        await flush();
        expect($(element, '[data-id="export-error"]').textContent).toContain('The export is out of date');
        expect($(element, '[data-id="export"]').disabled).toBe(false);
        await expect(element).toBeAccessible();
    });
});
