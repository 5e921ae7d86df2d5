/**
 * Shared helpers of the LWC Jest tests (not deployed: lives outside force-app). Import as `@test/lwcTestUtils`
 * (jest.config.js moduleNameMapper, tsconfig paths written by scripts/lwc-paths.mjs).
 */
import { createElement } from 'lwc';
import type { LightningElement } from 'lwc';

/** Creates the component `tag`, sets `props` on it, attaches it to the document and returns it. */
export function mountComponent<T extends HTMLElement = HTMLElement>(
    tag: string,
    is: typeof LightningElement,
    props: Record<string, unknown> = {}
): T {
    const element = createElement(tag, { is });
    Object.assign(element, props);
    document.body.appendChild(element);
    return element as unknown as T;
}

/** Lets pending promise callbacks (Apex mocks, wire emits, re-renders) run: a chain of `ticks` microtasks. */
export function flush(ticks = 5): Promise<void> {
    return Array.from({ length: ticks }).reduce<Promise<void>>(
        (chain) => chain.then(() => undefined),
        Promise.resolve()
    );
}

/** Removes every mounted component (call in afterEach). */
export function unmountAll(): void {
    while (document.body.firstChild) {
        document.body.removeChild(document.body.firstChild);
    }
}

/** Whether a Blob starts with the UTF-8 byte order mark (EF BB BF; readBlob's UTF-8 decoding drops it). */
export function startsWithUtf8Bom(blob: Blob): Promise<boolean> {
    return new Promise((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => {
            const bytes = new Uint8Array(reader.result as ArrayBuffer);
            resolve(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf);
        };
        reader.onerror = () => reject(reader.error);
        reader.readAsArrayBuffer(blob.slice(0, 3));
    });
}

/** Text content of a Blob (a CSV download), decoded as UTF-8 (a leading byte order mark is dropped). */
export function readBlob(blob: Blob): Promise<string> {
    return new Promise((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(String(reader.result));
        reader.onerror = () => reject(reader.error);
        reader.readAsText(blob);
    });
}

/**
 * Replaces URL.createObjectURL / revokeObjectURL (jsdom has neither) with mocks that remember the Blobs:
 * `blobs()` lists them in creation order, `createObjectURL` returns `url`.
 */
export function mockObjectUrls(url = 'blob:csv-1'): {
    createObjectURL: jest.Mock;
    revokeObjectURL: jest.Mock;
    blobs: () => Blob[];
} {
    const created: Blob[] = [];
    const createObjectURL = jest.fn((blob: Blob) => {
        created.push(blob);
        return url;
    });
    const revokeObjectURL = jest.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    return { createObjectURL, revokeObjectURL, blobs: () => created };
}

/** Every element matching `selector` in `root`'s shadow tree and the shadow trees of the components inside it. */
export function deepQueryAll(root: Element, selector: string): Element[] {
    const tree = root.shadowRoot;
    if (!tree) {
        return [];
    }
    const found = Array.from(tree.querySelectorAll(selector));
    for (const child of Array.from(tree.querySelectorAll('*'))) {
        found.push(...deepQueryAll(child, selector));
    }
    return found;
}

/** The first element matching `selector` in `root`'s shadow tree or a nested component's (null when none). */
export function deepQuery(root: Element, selector: string): Element | null {
    return deepQueryAll(root, selector)[0] ?? null;
}
