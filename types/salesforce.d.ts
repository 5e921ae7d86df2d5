/**
 * Ambient module declarations for Salesforce platform imports that @salesforce/lightning-types does not cover.
 * The typed signature of each Apex method lives in types/apex/*.d.ts; this wildcard only catches the rest.
 */
/// <reference types="@salesforce/lightning-types" />

declare module '@salesforce/apex/*' {
    import type { WireAdapterConstructor } from 'lwc';
    /** An Apex method: call it imperatively, or use it with @wire (it carries a wire adapter). */
    const apexMethod: ((params?: Record<string, unknown>) => Promise<any>) & { adapter: WireAdapterConstructor };
    export default apexMethod;
}

declare module '@salesforce/apex' {
    export function refreshApex(wiredValue: unknown): Promise<void>;
    export function getSObjectValue(record: unknown, field: string): unknown;
}

declare module '@salesforce/label/*' {
    const label: string;
    export default label;
}

declare module '@salesforce/customPermission/*' {
    const hasPermission: boolean | undefined;
    export default hasPermission;
}

declare module '@salesforce/user/Id' {
    const userId: string;
    export default userId;
}

declare module 'lightning/platformShowToastEvent' {
    export class ShowToastEvent extends CustomEvent<unknown> {
        constructor(detail: {
            title?: string;
            message: string;
            variant?: 'info' | 'success' | 'warning' | 'error';
            mode?: 'dismissible' | 'pester' | 'sticky';
        });
    }
}

declare module 'lightning/navigation' {
    export const CurrentPageReference: unknown;
    export function NavigationMixin<T extends new (...args: any[]) => object>(base: T): T;
    export namespace NavigationMixin {
        /** Key of the mixin's navigate method: this[NavigationMixin.Navigate](pageReference). */
        const Navigate: unique symbol;
        /** Key of the mixin's URL method. */
        const GenerateUrl: unique symbol;
    }
}

declare module '@salesforce/resourceUrl/*' {
    /** URL of a static resource. */
    const url: string;
    export default url;
}

declare module '@salesforce/i18n/locale' {
    /** The viewer's Salesforce locale, e.g. `en-US`. */
    const locale: string;
    export default locale;
}

declare module '@salesforce/i18n/timeZone' {
    /** The viewer's Salesforce time zone (IANA id), e.g. `America/Los_Angeles`. */
    const timeZone: string;
    export default timeZone;
}
