/**
 * Shared helpers of the LWC Jest tests (not deployed: lives outside force-app). Import as `@test/lwcTestUtils`
 * (jest.config.js moduleNameMapper, tsconfig paths written by scripts/lwc-paths.mjs).
 */
import { createElement } from 'lwc';
import type { LightningElement } from 'lwc';
import { createApexTestWireAdapter } from '@salesforce/sfdx-lwc-jest';

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

/**
 * A deep copy of an Apex result without its null-valued properties. Fixtures (like the preview) spell nulls out, but
 * an @AuraEnabled result may reach the component with null properties left out; components must read a missing
 * property exactly like a null one, and the tests render both shapes to prove it.
 */
export function withoutNulls<T>(value: T): T {
    return JSON.parse(JSON.stringify(value), (_key, item) => {
        if (item && typeof item === 'object' && !Array.isArray(item)) {
            for (const name of Object.keys(item)) {
                if (item[name] === null) {
                    delete item[name];
                }
            }
        }
        return item;
    });
}

// LWC makes template ids unique per instance (a numeric suffix); references to them differ between two renders.
const ID_REFERENCES = new Set([
    'aria-labelledby',
    'aria-describedby',
    'aria-controls',
    'aria-owns',
    'aria-activedescendant'
]);
const RENDERED_PROPERTIES = [
    'label',
    'value',
    'title',
    'alternativeText',
    'variant',
    'disabled',
    'checked',
    'iconName'
];

/**
 * What a component shows, as comparable text: every element (through nested shadow roots) with its class, style and
 * aria-* attributes, the usual public properties of child components (null and undefined both left out), and the
 * text. Two renders with equal output look and read the same.
 */
export function renderedTree(root: Node): string {
    const out: string[] = [];
    const visit = (node: Node): void => {
        if (node.nodeType === Node.TEXT_NODE) {
            const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
            if (text) {
                out.push(text);
            }
            return;
        }
        if (node.nodeType === Node.ELEMENT_NODE) {
            const element = node as HTMLElement & Record<string, unknown>;
            const tag = element.tagName.toLowerCase();
            const attributes = Array.from(element.attributes)
                .filter((a) => a.name.startsWith('aria-') || a.name === 'class' || a.name === 'style')
                .map((a) => `${a.name}=${ID_REFERENCES.has(a.name) ? a.value.replace(/-\d+\b/g, '') : a.value}`);
            const properties = tag.includes('-')
                ? RENDERED_PROPERTIES.filter(
                      (name) => element[name] != null && typeof element[name] !== 'function'
                  ).map((name) => `${name}=${JSON.stringify(element[name])}`)
                : [];
            out.push(`<${tag}${[...attributes, ...properties].map((part) => ` ${part}`).join('')}>`);
            if (element.shadowRoot) {
                visit(element.shadowRoot);
            }
        } else if (node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) {
            return;
        }
        node.childNodes.forEach(visit);
    };
    visit(root);
    return out.join('\n');
}

/** Runs `run` on each item, one after the other (never two at once), and resolves with the results in order. */
export function inSequence<T, R>(items: T[], run: (item: T) => Promise<R>): Promise<R[]> {
    return items.reduce<Promise<R[]>>(
        async (previous, item) => [...(await previous), await run(item)],
        Promise.resolve([])
    );
}

/**
 * Renders each fixture twice — without its null properties, then as it is — one component at a time (a wire
 * adapter's emit reaches every mounted instance), and expects the same output: a missing property reads like null.
 * `render` mounts the component, feeds it the fixture, and returns `renderedTree` of it; `renderOnce` helps.
 */
export async function expectNullsMayBeLeftOut<T>(
    fixtures: T[],
    render: (fixture: T) => Promise<string>
): Promise<void> {
    const renders = await inSequence(fixtures, async (fixture) => [
        await render(withoutNulls(fixture)),
        await render(fixture)
    ]);
    renders.forEach(([omitted, spelled]) => expect(omitted).toBe(spelled));
}

/** Mounts `tag`, runs `feed` (wire emits, mocked results), waits `ticks` microtasks, and returns what it rendered. */
export async function renderOnce(
    tag: string,
    is: typeof LightningElement,
    feed: () => void,
    ticks = 5
): Promise<string> {
    const element = mountComponent(tag, is);
    feed();
    await flush(ticks);
    const tree = renderedTree(element.shadowRoot!);
    unmountAll();
    return tree;
}

/**
 * Fixes `new Date()` and `Date.now()` at `iso` (only the clock: timers and microtasks stay real, so `flush()` still
 * works). Components compute relative texts ("in 7 days", "10 days ago") when they render; tests pin the render
 * time with this and undo it with `jest.useRealTimers()` in afterEach.
 */
export function fixNow(iso: string): void {
    jest.useFakeTimers({
        now: new Date(iso),
        doNotFake: [
            'hrtime',
            'nextTick',
            'performance',
            'queueMicrotask',
            'requestAnimationFrame',
            'cancelAnimationFrame',
            'requestIdleCallback',
            'cancelIdleCallback',
            'setImmediate',
            'clearImmediate',
            'setInterval',
            'clearInterval',
            'setTimeout',
            'clearTimeout'
        ]
    });
}

/** Mounts `tag` with `props` and lets its first load (connectedCallback Apex calls, re-render) settle. */
export async function mountSettled<T extends HTMLElement = HTMLElement>(
    tag: string,
    is: typeof LightningElement,
    props: Record<string, unknown> = {},
    ticks = 6
): Promise<T> {
    const element = mountComponent<T>(tag, is, props);
    await flush(ticks);
    return element;
}

/** The element with `data-id="id"` in the component's own shadow tree, or null. */
export function byDataId<T extends HTMLElement = HTMLElement>(element: Element, id: string): T | null {
    return element.shadowRoot!.querySelector<T>(`[data-id="${id}"]`);
}

/** Every element with `data-id="id"` in the component's own shadow tree. */
export function allByDataId<T extends HTMLElement = HTMLElement>(element: Element, id: string): T[] {
    return Array.from(element.shadowRoot!.querySelectorAll<T>(`[data-id="${id}"]`));
}

/** A deep copy of a JSON fixture, so a test may change it without touching the next test's copy. */
export function clone<T>(value: T): T {
    return JSON.parse(JSON.stringify(value));
}

/**
 * The module of a wired Apex method, for a jest.mock factory:
 * `jest.mock('@salesforce/apex/C.m', () => require('@test/lwcTestUtils').wiredApexModule(), { virtual: true })`;
 * the test emits with `(m as unknown as TestWireAdapter).emit(...)`.
 */
export function wiredApexModule(): { default: unknown } {
    return { default: createApexTestWireAdapter(jest.fn()) };
}

/** The test's afterEach: removes the mounted components and clears every mock's calls and results. */
export function cleanUpAfterEach(): void {
    afterEach(() => {
        unmountAll();
        jest.clearAllMocks();
    });
}

/** Mounts `tag`, lets its first load settle, and returns what it rendered (`renderedTree`) after unmounting it. */
export async function renderSettled(tag: string, is: typeof LightningElement, ticks = 6): Promise<string> {
    const element = await mountSettled(tag, is, {}, ticks);
    const tree = renderedTree(element.shadowRoot!);
    unmountAll();
    return tree;
}

/** The loading state: while `call` (an Apex mock) has not answered, `tag` shows a spinner and is accessible. */
export async function expectSpinnerWhilePending(
    call: jest.Mock,
    tag: string,
    is: typeof LightningElement
): Promise<void> {
    call.mockReturnValue(new Promise(() => undefined));
    const element = mountComponent(tag, is);
    await flush(2);
    expect(element.shadowRoot!.querySelector('lightning-spinner')).not.toBeNull();
    await expect(element).toBeAccessible();
}

/**
 * Every test of the describe block renders at the fixed time `iso` (fixNow); after each, the mounted components are
 * removed, mocks cleared and the real clock restored.
 */
export function atFixedTimeEachTest(iso: string): void {
    beforeEach(() => fixNow(iso));
    afterEach(() => {
        unmountAll();
        jest.clearAllMocks();
        jest.useRealTimers();
    });
}
