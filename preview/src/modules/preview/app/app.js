// Shell of the local preview: header with the demo-org picker, a tab per page of preview/pages.json, the page's
// component rendered dynamically, and SLDS toasts for ShowToastEvent. URL: /?org=<demo org id>&page=<page id>.
// Changing the org reloads the page (all component state and wires start over); changing the page does not.
import { LightningElement } from 'lwc';
import { pages, orgs, tabs, components } from 'preview:config';
import BaseComponents from 'preview/baseComponents';

/** Hidden page (not in the navigation): the base components the preview supports, checked by the smoke test. */
export const BASE_COMPONENTS_PAGE = '__base-components';

const TOAST_MS = 8000;
let toastSequence = 0;

function urlFor(orgId, pageId, state = {}) {
    const params = new URLSearchParams({ org: orgId, page: pageId });
    for (const [key, value] of Object.entries(state)) {
        if (value !== undefined && value !== null) params.set(key, String(value));
    }
    return `/?${params.toString()}`;
}

function formatMessage(message, messageData) {
    if (!message || !Array.isArray(messageData)) return message ?? '';
    return message.replace(/\{(\d+)\}/g, (match, index) => {
        const item = messageData[Number(index)];
        if (item === undefined) return match;
        return typeof item === 'object' && item !== null ? (item.label ?? item.url ?? '') : String(item);
    });
}

export default class App extends LightningElement {
    orgId;
    pageId;
    toasts = [];

    constructor() {
        super();
        const params = new URLSearchParams(window.location.search);
        const defaultOrg = orgs.length > 0 ? orgs[0].id : '';
        const defaultPage = pages.length > 0 ? pages[0].id : '';
        this.orgId = params.get('org') || defaultOrg;
        this.pageId = params.get('page') || defaultPage;
        window.__previewDefaultOrg = this.orgId;
        if (!params.get('org') || !params.get('page')) {
            window.history.replaceState(null, '', urlFor(this.orgId, this.pageId));
        }
        window.__previewToasts = [];
        window.__previewUrlFor = (pageReference) => {
            const target = this.pageForReference(pageReference);
            return target ? urlFor(this.orgId, target, pageReference?.state) : '#';
        };
        window.__previewCurrentTab = () => this.currentTabName;
        this.onPopState = () => {
            this.pageId = new URLSearchParams(window.location.search).get('page') || defaultPage;
            window.dispatchEvent(new CustomEvent('preview:pagechange'));
        };
        this.onNavigate = (event) => this.navigate(event.detail.pageReference, event.detail.replace);
        this.onToast = (event) => this.showToast(event.detail ?? {});
    }

    connectedCallback() {
        window.addEventListener('popstate', this.onPopState);
        window.addEventListener('preview:navigate', this.onNavigate);
        this.addEventListener('lightning__showtoast', this.onToast);
    }

    disconnectedCallback() {
        window.removeEventListener('popstate', this.onPopState);
        window.removeEventListener('preview:navigate', this.onNavigate);
        this.removeEventListener('lightning__showtoast', this.onToast);
    }

    get org() {
        return orgs.find((o) => o.id === this.orgId);
    }

    get page() {
        return pages.find((p) => p.id === this.pageId);
    }

    get unknownOrg() {
        return !this.org;
    }

    get unknownPage() {
        return !!this.org && !this.page && this.pageId !== BASE_COMPONENTS_PAGE;
    }

    get orgDescription() {
        return this.org ? this.org.description : '';
    }

    get orgOptions() {
        return orgs.map((o) => ({ ...o, selected: o.id === this.orgId }));
    }

    get navItems() {
        return pages.map((p) => {
            const active = p.id === this.pageId;
            return {
                ...p,
                href: urlFor(this.orgId, p.id),
                className: active ? 'slds-tabs_default__item slds-is-active' : 'slds-tabs_default__item',
                ariaSelected: active ? 'true' : 'false',
                tabIndex: active ? '0' : '-1'
            };
        });
    }

    get pageCtor() {
        if (this.org && this.pageId === BASE_COMPONENTS_PAGE) return BaseComponents;
        return this.org && this.page ? components[this.page.id] : undefined;
    }

    get hasToasts() {
        return this.toasts.length > 0;
    }

    /** Tab API name of the current page (a force-app tab whose lwcComponent is the page's component). */
    get currentTabName() {
        const page = this.page;
        const tab = page && Object.keys(tabs).find((name) => tabs[name] === page.component);
        return tab ?? this.pageId;
    }

    pageForReference(pageReference) {
        const attributes = pageReference?.attributes ?? {};
        const name = attributes.apiName ?? attributes.componentName ?? attributes.name;
        if (!name) return undefined;
        const component = tabs[name] ?? String(name).replace(/^c__/, '');
        const page = pages.find((p) => p.id === name || p.component === component);
        return page?.id;
    }

    handleOrgChange(event) {
        window.location.assign(urlFor(event.target.value, this.pageId));
    }

    handleNavClick(event) {
        event.preventDefault();
        this.goTo(event.currentTarget.dataset.page, {}, false);
    }

    async handleReset() {
        await fetch(`/__preview/reset?org=${encodeURIComponent(this.orgId)}`, { method: 'POST' });
        window.location.reload();
    }

    goTo(pageId, state, replace) {
        const url = urlFor(this.orgId, pageId, state);
        if (replace) window.history.replaceState(null, '', url);
        else window.history.pushState(null, '', url);
        this.pageId = pageId;
        window.dispatchEvent(new CustomEvent('preview:pagechange'));
    }

    navigate(pageReference, replace) {
        const target = this.pageForReference(pageReference);
        if (target) {
            this.goTo(target, pageReference.state ?? {}, replace);
        } else {
            this.showToast({
                title: 'Not available in the preview',
                message: `Navigation to ${JSON.stringify(pageReference)} has no preview page.`,
                variant: 'info'
            });
        }
    }

    showToast(detail) {
        const variant = ['success', 'warning', 'error', 'info'].includes(detail.variant) ? detail.variant : 'info';
        const toast = {
            key: `toast-${++toastSequence}`,
            title: detail.title ?? '',
            message: formatMessage(detail.message, detail.messageData),
            variant,
            className: `slds-notify slds-notify_toast slds-theme_${variant}`,
            iconName: `utility:${variant}`
        };
        window.__previewToasts.push({ title: toast.title, message: toast.message, variant });
        this.toasts = [...this.toasts, toast];
        if (detail.mode !== 'sticky') {
            // eslint-disable-next-line @lwc/lwc/no-async-operation
            setTimeout(() => this.dismiss(toast.key), TOAST_MS);
        }
    }

    dismiss(key) {
        this.toasts = this.toasts.filter((t) => t.key !== key);
    }

    handleToastClose(event) {
        this.dismiss(event.currentTarget.dataset.key);
    }
}
