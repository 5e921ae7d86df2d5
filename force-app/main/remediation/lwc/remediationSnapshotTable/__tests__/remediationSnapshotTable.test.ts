import { createElement } from 'lwc';
import RemediationSnapshotTable from 'c/remediationSnapshotTable';
import getSnapshot from '@salesforce/apex/RemediationController.getSnapshot';
import type { RemediationSnapshotPageDto } from '@apex-types/remediation';
import { cleanUpAfterEach, mockObjectUrls, readBlob, startsWithUtf8Bom } from '@test/lwcTestUtils';
import { flush } from '@test/lwcTestUtils';

const users: RemediationSnapshotPageDto = require('./data/snapshotUsers.json');
const all: RemediationSnapshotPageDto = require('./data/snapshotAll.json');

jest.mock('@salesforce/apex/RemediationController.getSnapshot', () => ({ default: jest.fn() }), { virtual: true });

const mockGetSnapshot = getSnapshot as unknown as jest.Mock;

function mount(): HTMLElement & { runId?: string; runName?: string } {
    const element = createElement('c-remediation-snapshot-table', { is: RemediationSnapshotTable }) as HTMLElement & {
        runId?: string;
        runName?: string;
    };
    element.runId = users.runId;
    element.runName = 'RR-0002';
    document.body.appendChild(element);
    return element;
}

/** Lets pending promise callbacks (Apex mocks, re-renders) run: a chain of 5 microtasks. */

function rowNames(element: HTMLElement): string[] {
    return Array.from(element.shadowRoot!.querySelectorAll('[data-id="snapshot-row"] th')).map((th) => th.textContent!);
}

function button(element: HTMLElement, dataId: string): HTMLElement & { disabled: boolean } {
    return element.shadowRoot!.querySelector(`[data-id="${dataId}"]`) as HTMLElement & { disabled: boolean };
}

describe('c-remediation-snapshot-table', () => {
    cleanUpAfterEach();

    it('shows a spinner, then the users of the snapshot', async () => {
        let resolve: (value: RemediationSnapshotPageDto) => void = () => undefined;
        mockGetSnapshot.mockReturnValue(new Promise((r) => (resolve = r)));
        const element = mount();
        await flush();
        expect(element.shadowRoot!.querySelector('lightning-spinner')).not.toBeNull();
        expect(mockGetSnapshot).toHaveBeenCalledWith({ runId: users.runId, kind: 'USER', pageNumber: 1, pageSize: 25 });

        resolve(users);
        await flush();
        expect(element.shadowRoot!.querySelector('lightning-spinner')).toBeNull();
        expect(rowNames(element)).toEqual(['User-1', 'User-2']);
        expect(button(element, 'range').textContent).toBe('1–2 of 2');
        expect(button(element, 'previous').disabled).toBe(true);
        expect(button(element, 'next').disabled).toBe(true);
        await expect(element).toBeAccessible();
    });

    it('pages forward and back', async () => {
        const page1 = { ...users, items: users.items.slice(0, 1), pageSize: 1, hasMore: true };
        const page2 = { ...users, items: users.items.slice(1), pageSize: 1, pageNumber: 2, hasMore: false };
        mockGetSnapshot.mockResolvedValueOnce(page1).mockResolvedValueOnce(page2).mockResolvedValueOnce(page1);
        const element = mount();
        await flush();
        expect(rowNames(element)).toEqual(['User-1']);
        expect(button(element, 'next').disabled).toBe(false);

        button(element, 'next').click();
        await flush();
        expect(mockGetSnapshot).toHaveBeenLastCalledWith(expect.objectContaining({ pageNumber: 2 }));
        expect(rowNames(element)).toEqual(['User-2']);
        expect(button(element, 'range').textContent).toBe('2–2 of 2');

        button(element, 'previous').click();
        await flush();
        expect(mockGetSnapshot).toHaveBeenLastCalledWith(expect.objectContaining({ pageNumber: 1 }));
        expect(rowNames(element)).toEqual(['User-1']);
    });

    it('filters by kind (Everything = no kind) and says when a kind is empty', async () => {
        mockGetSnapshot
            .mockResolvedValueOnce(users)
            .mockResolvedValueOnce({ ...users, kind: 'PSL_ASSIGNMENT', totalCount: 0, items: [] })
            .mockResolvedValueOnce(all);
        const element = mount();
        await flush();
        const filter = element.shadowRoot!.querySelector('[data-id="kind-filter"]')!;
        filter.dispatchEvent(new CustomEvent('change', { detail: { value: 'PSL_ASSIGNMENT' } }));
        await flush();
        expect(mockGetSnapshot).toHaveBeenLastCalledWith(expect.objectContaining({ kind: 'PSL_ASSIGNMENT' }));
        expect(element.shadowRoot!.querySelector('[data-id="snapshot-empty"]')!.textContent).toBe(
            'The snapshot has no license assignments.'
        );
        await expect(element).toBeAccessible();

        filter.dispatchEvent(new CustomEvent('change', { detail: { value: 'ALL' } }));
        await flush();
        expect(mockGetSnapshot).toHaveBeenLastCalledWith(expect.objectContaining({ kind: null, pageNumber: 1 }));
        expect(rowNames(element)).toHaveLength(all.items.length);
    });

    it('shows the readable error and retries', async () => {
        mockGetSnapshot
            .mockRejectedValueOnce({ body: { message: 'Remediation run a0X was not found.' } })
            .mockResolvedValueOnce(users);
        const element = mount();
        await flush();
        const error = element.shadowRoot!.querySelector('[data-id="snapshot-error"]')!;
        expect(error.textContent).toContain('Remediation run a0X was not found.');
        await expect(element).toBeAccessible();
        (error.querySelector('lightning-button') as HTMLElement).click();
        await flush();
        expect(element.shadowRoot!.querySelector('[data-id="snapshot-error"]')).toBeNull();
        expect(rowNames(element)).toEqual(['User-1', 'User-2']);
    });

    it('exports every page of every kind as CSV', async () => {
        const first = { ...all, items: all.items.slice(0, 3), hasMore: true, pageSize: 2000 };
        const second = { ...all, items: all.items.slice(3), hasMore: false, pageNumber: 2, pageSize: 2000 };
        mockGetSnapshot.mockResolvedValueOnce(users).mockResolvedValueOnce(first).mockResolvedValueOnce(second);
        const urls = mockObjectUrls();
        let fileName = '';
        const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
            this: HTMLAnchorElement
        ) {
            fileName = this.download;
        });
        const element = mount();
        await flush();
        button(element, 'export').click();
        await flush();
        expect(mockGetSnapshot).toHaveBeenNthCalledWith(2, {
            runId: users.runId,
            kind: null,
            pageNumber: 1,
            pageSize: 2000
        });
        expect(mockGetSnapshot).toHaveBeenNthCalledWith(3, {
            runId: users.runId,
            kind: null,
            pageNumber: 2,
            pageSize: 2000
        });
        expect(fileName).toBe('RR-0002-snapshot.csv');
        expect(click).toHaveBeenCalledTimes(1);
        const exported = await readBlob(urls.blobs()[0]);
        expect(await startsWithUtf8Bom(urls.blobs()[0])).toBe(true);
        expect(exported.startsWith('"Kind","Name"')).toBe(true);
        expect(exported.trimEnd().split('\r\n')).toHaveLength(all.items.length + 1);
        expect(element.shadowRoot!.querySelector('[data-id="export-status"]')!.textContent).toBe(
            `Exported ${all.items.length} snapshot rows.`
        );
        click.mockRestore();
    });

    it('reports a failed export', async () => {
        mockGetSnapshot
            .mockResolvedValueOnce(users)
            .mockRejectedValueOnce({ body: { message: 'Load the snapshot failed: timeout' } });
        const element = mount();
        await flush();
        button(element, 'export').click();
        await flush();
        expect(element.shadowRoot!.querySelector('[data-id="snapshot-error"]')!.textContent).toContain(
            'Load the snapshot failed: timeout'
        );
        expect(button(element, 'export').disabled).toBe(false);
    });
});
