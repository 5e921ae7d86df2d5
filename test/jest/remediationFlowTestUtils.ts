// Shared set-up of the tests that mount the remediation engine's components (c-remediation-flow through a plan's
// entry, the reclaim runs card, the findings list with its reclaim): the RemediationController and app context
// mocks, and the helpers that walk the flow's steps.
// Import it FIRST in the test file: its jest.mock calls must run before the component under test is imported.
import getAppContext from '@salesforce/apex/LicenseStewardAppController.getAppContext';
import listBusinessHours from '@salesforce/apex/RemediationController.listBusinessHours';
import diagnose from '@salesforce/apex/RemediationController.diagnose';
import createDraftRun from '@salesforce/apex/RemediationController.createDraftRun';
import getRunStatus from '@salesforce/apex/RemediationController.getRunStatus';
import scheduleRun from '@salesforce/apex/RemediationController.scheduleRun';
import dryRun from '@salesforce/apex/RemediationController.dryRun';
import getSnapshot from '@salesforce/apex/RemediationController.getSnapshot';
import proposeWindows from '@salesforce/apex/RemediationController.proposeWindows';
import listRecentRuns from '@salesforce/apex/RemediationController.listRecentRuns';
import { createApexTestWireAdapter } from '@salesforce/sfdx-lwc-jest';
import { deepQuery, flush as flushMicrotasks, unmountAll } from './lwcTestUtils';

jest.mock(
    '@salesforce/apex/LicenseStewardAppController.getAppContext',
    () => {
        const { createApexTestWireAdapter: createAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/RemediationController.listBusinessHours',
    () => {
        const { createApexTestWireAdapter: createAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock('@salesforce/apex/RemediationController.diagnose', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/RemediationController.createDraftRun', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/RemediationController.getRunStatus', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/RemediationController.scheduleRun', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/RemediationController.dryRun', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/RemediationController.getSnapshot', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/RemediationController.proposeWindows', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/RemediationController.validateStartTime', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/RemediationController.listRecentRuns', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/RemediationController.pauseRun', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/RemediationController.resumeRun', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/RemediationController.undoRun', () => ({ default: jest.fn() }), { virtual: true });

export const contextAdapter = getAppContext as unknown as ReturnType<typeof createApexTestWireAdapter>;
export const hoursAdapter = listBusinessHours as unknown as ReturnType<typeof createApexTestWireAdapter>;
export const mockDiagnose = diagnose as unknown as jest.Mock;
export const mockCreate = createDraftRun as unknown as jest.Mock;
export const mockStatus = getRunStatus as unknown as jest.Mock;
export const mockSchedule = scheduleRun as unknown as jest.Mock;
export const mockDryRun = dryRun as unknown as jest.Mock;
export const mockSnapshot = getSnapshot as unknown as jest.Mock;
export const mockPropose = proposeWindows as unknown as jest.Mock;
export const mockRuns = listRecentRuns as unknown as jest.Mock;

/** Lets pending promise callbacks (Apex mocks, re-renders) run: a chain of 8 microtasks. */
export const flush = (): Promise<void> => flushMicrotasks(8);

/** An element of the flow by data-id, wherever it is: the flow's own tree or a plan part's. */
export const q = (
    element: HTMLElement,
    dataId: string
): HTMLElement & { disabled: boolean; value: string; label: string } =>
    deepQuery(element, `[data-id="${dataId}"]`) as never;

/** What the flow sends diagnose and createDraftRun: the plan's target and the chosen business hours. */
export function planTarget(
    planType: string,
    targetIds: string[],
    licenseDeveloperName: string | null,
    businessHoursId: string | null
): Record<string, unknown> {
    return { planType, targetIds, licenseDeveloperName, businessHoursId };
}

/** Clicks the element of that data-id and lets the flow answer. */
export async function click(element: HTMLElement, dataId: string): Promise<void> {
    q(element, dataId).click();
    await flush();
}

export const heading = (element: HTMLElement): string => q(element, 'step-heading').textContent!.trim();

/** The Confirm step's c-remediation-dry-run (its button, summary and table live in its own shadow tree). */
export const dryRunPanel = (element: HTMLElement): HTMLElement & { runId: string } =>
    deepQuery(element, 'c-remediation-dry-run') as never;

export const inDryRun = (element: HTMLElement, dataId: string): HTMLElement =>
    dryRunPanel(element).shadowRoot!.querySelector(`[data-id="${dataId}"]`) as HTMLElement;

/** Diagnose → Review → Schedule → Confirm with a draft run. */
export async function toConfirm(element: HTMLElement): Promise<void> {
    await click(element, 'proceed');
    await click(element, 'to-schedule');
    await flush();
    await click(element, 'to-confirm');
}

/** Types into the Confirm step's org name / CONFIRM input. */
export function typeConfirmation(element: HTMLElement, value: string): void {
    const input = q(element, 'confirmation');
    input.value = value;
    input.dispatchEvent(new CustomEvent('change'));
}

/** What the flow's Apex answers by default in a test: the draft, its snapshot, the windows, the dry run, the run once scheduled. */
export interface FlowAnswers {
    draft: unknown;
    snapshot: unknown;
    windows: unknown;
    dryRun: unknown;
    scheduled: unknown;
}

/** Call in beforeEach: every call of the flow answers with these fixtures unless a test says otherwise. */
export function answerWith(answers: FlowAnswers): void {
    mockCreate.mockResolvedValue(answers.draft);
    mockSnapshot.mockResolvedValue(answers.snapshot);
    mockPropose.mockResolvedValue(answers.windows);
    mockDryRun.mockResolvedValue(answers.dryRun);
    mockStatus.mockResolvedValue(answers.scheduled);
    mockSchedule.mockResolvedValue(answers.scheduled);
}

/** Call in afterEach: removes the mounted components and forgets every mock's answers and calls. */
export function cleanUp(): void {
    unmountAll();
    jest.resetAllMocks();
}
