import LsPager from 'c/lsPager';
import { flush, mountComponent, unmountAll } from '@test/lwcTestUtils';

type Button = HTMLElement & { disabled: boolean };

async function pager(props: Record<string, unknown>): Promise<{ element: HTMLElement; pages: number[] }> {
    const element = mountComponent('c-ls-pager', LsPager, props);
    const pages: number[] = [];
    element.addEventListener('pagechange', (event) => pages.push((event as CustomEvent).detail.pageNumber));
    await flush();
    return { element, pages };
}

const button = (element: HTMLElement, id: string): Button | null => element.querySelector(`[data-id="${id}"]`);

describe('c-ls-pager', () => {
    afterEach(() => unmountAll());

    it('with a page count: First, Previous, Next and Last ask for pages 1, n-1, n+1 and the last', async () => {
        const { element, pages } = await pager({ pageNumber: 3, pageCount: 5 });
        ['first', 'previous', 'next', 'last'].forEach((id) => {
            expect(button(element, id)!.disabled).toBe(false);
            button(element, id)!.click();
        });
        expect(pages).toEqual([1, 2, 4, 5]);
        await expect(element).toBeAccessible();
    });

    it.each([
        ['the first page', { pageNumber: 1, pageCount: 2 }, [true, true, false, false]],
        ['the last page', { pageNumber: 2, pageCount: 2 }, [false, false, true, true]],
        ['a page that loads', { pageNumber: 2, pageCount: 3, disabled: true }, [true, true, true, true]]
    ])('on %s disables First, Previous, Next, Last as %j', async (_name, props, disabled) => {
        const { element } = await pager(props);
        expect(['first', 'previous', 'next', 'last'].map((id) => button(element, id)!.disabled)).toEqual(disabled);
    });

    it('without a page count: only Previous and Next, Next while there is more', async () => {
        const { element, pages } = await pager({ pageNumber: 1, hasMore: true });
        expect(button(element, 'first')).toBeNull();
        expect(button(element, 'last')).toBeNull();
        expect(button(element, 'previous')!.disabled).toBe(true);
        button(element, 'next')!.click();
        expect(pages).toEqual([2]);
        unmountAll();
        const { element: end } = await pager({ pageNumber: 4, hasMore: false });
        expect(button(end, 'next')!.disabled).toBe(true);
        expect(button(end, 'previous')!.disabled).toBe(false);
    });
});
