// Preview stub of lightning/navigation. NavigationMixin.Navigate dispatches a `preview:navigate` window event that
// the shell (preview/app) turns into a page change (tabs of force-app map to pages.json entries by component);
// GenerateUrl resolves to a preview URL. CurrentPageReference emits the page reference of the current page.
const NAVIGATE = Symbol('Navigate');
const GENERATE_URL = Symbol('GenerateUrl');

export function NavigationMixin(Base) {
    return class extends Base {
        [NAVIGATE](pageReference, replace) {
            window.dispatchEvent(
                new CustomEvent('preview:navigate', { detail: { pageReference, replace: !!replace } })
            );
        }

        [GENERATE_URL](pageReference) {
            const resolver = window.__previewUrlFor;
            return Promise.resolve(resolver ? resolver(pageReference) : '#');
        }
    };
}
NavigationMixin.Navigate = NAVIGATE;
NavigationMixin.GenerateUrl = GENERATE_URL;

function currentPageReference() {
    const params = new URLSearchParams(window.location.search);
    const page = window.__previewCurrentTab ? window.__previewCurrentTab() : params.get('page');
    const state = {};
    for (const [key, value] of params) {
        if (key.startsWith('c__')) state[key] = value;
    }
    return { type: 'standard__navItemPage', attributes: { apiName: page }, state };
}

export class CurrentPageReference {
    constructor(dataCallback) {
        this.dataCallback = dataCallback;
        this.listener = () => this.dataCallback(currentPageReference());
    }

    connect() {
        window.addEventListener('preview:pagechange', this.listener);
        this.listener();
    }

    update() {}

    disconnect() {
        window.removeEventListener('preview:pagechange', this.listener);
    }
}
