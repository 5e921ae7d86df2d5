/** Types for the Jest helpers of @salesforce/sfdx-lwc-jest and the sa11y matcher registered in jest.setup.js. */
declare module '@salesforce/sfdx-lwc-jest' {
    /** A wire adapter double for an Apex method: push data or an error into every wired component. */
    export interface ApexTestWireAdapter {
        emit(value: unknown): void;
        error(body?: unknown, status?: number, statusText?: string): void;
        getLastConfig(): Record<string, unknown>;
    }
    export function createApexTestWireAdapter(fn?: unknown): ApexTestWireAdapter & ((...args: unknown[]) => unknown);
    export function createLdsTestWireAdapter(fn?: unknown): ApexTestWireAdapter;
    export function createTestWireAdapter(fn?: unknown): ApexTestWireAdapter;
}

declare namespace jest {
    interface Matchers<R> {
        /** sa11y: the element and its shadow tree have no axe accessibility violations. */
        toBeAccessible(): Promise<R>;
    }
}
