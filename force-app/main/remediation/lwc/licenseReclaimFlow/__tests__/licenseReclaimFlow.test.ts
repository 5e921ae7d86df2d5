import LicenseReclaimFlow from 'c/licenseReclaimFlow';
import listBusinessHours from '@salesforce/apex/RemediationController.listBusinessHours';
import diagnose from '@salesforce/apex/RemediationController.diagnose';
import createDraftRun from '@salesforce/apex/RemediationController.createDraftRun';
import getRunStatus from '@salesforce/apex/RemediationController.getRunStatus';
import scheduleRun from '@salesforce/apex/RemediationController.scheduleRun';
import dryRun from '@salesforce/apex/RemediationController.dryRun';
import getSnapshot from '@salesforce/apex/RemediationController.getSnapshot';
import proposeWindows from '@salesforce/apex/RemediationController.proposeWindows';
import { createApexTestWireAdapter } from '@salesforce/sfdx-lwc-jest';
import type { RemediationDiagnosisDto, RemediationRunDto } from '@apex-types/remediation';
import { deepQuery, deepQueryAll, flush as flushMicrotasks, mountComponent, unmountAll } from '@test/lwcTestUtils';

// Fixtures generated from the preview simulation (kb-example, Omar Haddad's CRM Analytics Plus finding).
const businessHours = require('../../voiceFixWizard/__tests__/data/businessHours.json');
const targets: RemediationDiagnosisDto = require('./data/diagnosisTargets.json');
const activeRun: RemediationDiagnosisDto = require('./data/diagnosisActiveRun.json');
const draft: RemediationRunDto = require('./data/runDraft.json');
const scheduled: RemediationRunDto = require('./data/runScheduled.json');
const snapshot = require('./data/snapshot.json');
const dryRunResult = require('./data/dryRun.json');
const windows = require('./data/windows.json');

const nothing: RemediationDiagnosisDto = {
    ...targets,
    affected: false,
    affectedReason: 'NO_TARGETS',
    canProceed: false,
    summary: 'None of the selected CRM Analytics Plus license assignments is unneeded now: nothing to reclaim.',
    checks: targets.checks.filter((check) => !['SNAPSHOT_SIZE', 'SEATS', 'DURATION'].includes(check.key)),
    seatsToFree: 0
};

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
jest.mock('@salesforce/apex/RemediationController.pauseRun', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/RemediationController.resumeRun', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/RemediationController.undoRun', () => ({ default: jest.fn() }), { virtual: true });

const hoursAdapter = listBusinessHours as unknown as ReturnType<typeof createApexTestWireAdapter>;
const mockDiagnose = diagnose as unknown as jest.Mock;
const mockCreate = createDraftRun as unknown as jest.Mock;
const mockStatus = getRunStatus as unknown as jest.Mock;
const mockSchedule = scheduleRun as unknown as jest.Mock;
const mockDryRun = dryRun as unknown as jest.Mock;
const mockSnapshot = getSnapshot as unknown as jest.Mock;
const mockPropose = proposeWindows as unknown as jest.Mock;

const FINDING = 'a03PV0000000003AAA';
const flush = (): Promise<void> => flushMicrotasks(8);
const q = (element: HTMLElement, dataId: string): HTMLElement & { disabled: boolean; value: string; label: string } =>
    deepQuery(element, `[data-id="${dataId}"]`) as never;
const heading = (element: HTMLElement): string => q(element, 'step-heading').textContent!.trim();

/** The Confirm step's c-remediation-dry-run (its button, summary and table live in its own shadow tree). */
const dryRunPanel = (element: HTMLElement): HTMLElement & { runId: string } =>
    deepQuery(element, 'c-remediation-dry-run') as never;
const inDryRun = (element: HTMLElement, dataId: string): HTMLElement =>
    dryRunPanel(element).shadowRoot!.querySelector(`[data-id="${dataId}"]`) as HTMLElement;

async function mounted(
    diagnosis: RemediationDiagnosisDto = targets,
    props: Record<string, unknown> = { targetIds: [FINDING] }
): Promise<HTMLElement> {
    mockDiagnose.mockResolvedValue(diagnosis);
    const element = mountComponent('c-license-reclaim-flow', LicenseReclaimFlow, {
        licenseDeveloperName: 'EinsteinAnalyticsPlusPsl',
        licenseLabel: 'CRM Analytics Plus',
        ...props
    });
    hoursAdapter.emit(businessHours);
    await flush();
    return element;
}

async function toConfirm(element: HTMLElement): Promise<void> {
    q(element, 'proceed').click();
    await flush();
    q(element, 'to-schedule').click();
    await flush();
    await flush();
    q(element, 'to-confirm').click();
    await flush();
}

function typeConfirmation(element: HTMLElement, value: string): void {
    const input = q(element, 'confirmation');
    input.value = value;
    input.dispatchEvent(new CustomEvent('change'));
}

jest.setTimeout(30000);

describe('c-license-reclaim-flow', () => {
    beforeEach(() => {
        mockCreate.mockResolvedValue(draft);
        mockSnapshot.mockResolvedValue(snapshot);
        mockPropose.mockResolvedValue(windows);
        mockDryRun.mockResolvedValue(dryRunResult);
        mockStatus.mockResolvedValue(scheduled);
        mockSchedule.mockResolvedValue(scheduled);
    });

    afterEach(() => {
        unmountAll();
        jest.resetAllMocks();
    });

    it('shows a spinner while it checks the assignments', async () => {
        mockDiagnose.mockReturnValue(new Promise(() => undefined));
        const element = mountComponent('c-license-reclaim-flow', LicenseReclaimFlow, {
            licenseDeveloperName: 'EinsteinAnalyticsPlusPsl',
            licenseLabel: 'CRM Analytics Plus'
        });
        await flush();
        expect(deepQuery(element, '[data-id="diagnose"] lightning-spinner')).not.toBeNull();
        expect(q(element, 'title').textContent).toBe('Reclaim CRM Analytics Plus assignments (all unneeded)');
        expect(heading(element)).toBe('Step 1 of 5: Diagnose');
        await expect(element).toBeAccessible();
    });

    it('diagnoses the selected findings in plain language with the seats to free', async () => {
        const element = await mounted();
        expect(mockDiagnose).toHaveBeenCalledWith({
            planType: 'RECLAIM_UNNEEDED_PSL',
            targetIds: [FINDING],
            licenseDeveloperName: 'EinsteinAnalyticsPlusPsl',
            businessHoursId: null
        });
        expect(q(element, 'title').textContent).toBe('Reclaim CRM Analytics Plus assignments (1 selected finding)');
        expect(q(element, 'diagnosis-summary').textContent).toContain('nobody needs');
        expect(q(element, 'seats').textContent).toBe(
            '1 CRM Analytics Plus seat to free (2 of 5 used now); estimated run time about 7 minutes.'
        );
        expect(deepQueryAll(element, '[data-id="check"]')).toHaveLength(targets.checks.length);
        expect(q(element, 'proceed').disabled).toBe(false);
        expect(q(element, 'live').textContent).toBe(targets.summary);
        await expect(element).toBeAccessible();
    });

    it('says there is nothing to reclaim', async () => {
        const element = await mounted(nothing);
        expect(q(element, 'nothing-to-do').textContent).toContain('Nothing to reclaim');
        expect(q(element, 'proceed').disabled).toBe(true);
        expect(q(element, 'seats')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('blocks while another run is active and opens its monitor', async () => {
        const element = await mounted(activeRun);
        expect(q(element, 'proceed').disabled).toBe(true);
        expect(q(element, 'blocked').textContent).toContain('A check failed');
        await expect(element).toBeAccessible();
        q(element, 'open-active').click();
        await flush();
        expect(heading(element)).toBe('Step 5 of 5: Monitor');
        const monitor = deepQuery(element, 'c-remediation-run-monitor') as HTMLElement & {
            runId: string;
        };
        expect(monitor.runId).toBe(activeRun.activeRunId);
    });

    it('shows a readable diagnosis error and checks again', async () => {
        mockDiagnose
            .mockRejectedValueOnce({ body: { message: 'Check the remediation plan failed: no access' } })
            .mockResolvedValueOnce(targets);
        const element = mountComponent('c-license-reclaim-flow', LicenseReclaimFlow, {
            licenseDeveloperName: 'EinsteinAnalyticsPlusPsl'
        });
        await flush();
        expect(q(element, 'diagnosis-error').textContent).toContain('Check the remediation plan failed: no access');
        await expect(element).toBeAccessible();
        q(element, 'retry').click();
        await flush();
        expect(q(element, 'diagnosis-error')).toBeNull();
        expect(q(element, 'diagnosis-summary')).not.toBeNull();
    });

    it('shows a refused draft as an error and stays on Diagnose', async () => {
        mockCreate.mockReset();
        mockCreate.mockRejectedValue({ body: { message: 'Create the remediation run failed: nothing to do' } });
        const element = await mounted();
        q(element, 'proceed').click();
        await flush();
        expect(q(element, 'step-error').textContent).toContain('nothing to do');
        expect(heading(element)).toBe('Step 1 of 5: Diagnose');
    });

    it('reviews the snapshot of license assignments, then schedules out of hours', async () => {
        const element = await mounted();
        q(element, 'proceed').click();
        await flush();
        expect(mockCreate).toHaveBeenCalledWith({
            planType: 'RECLAIM_UNNEEDED_PSL',
            targetIds: [FINDING],
            licenseDeveloperName: 'EinsteinAnalyticsPlusPsl',
            businessHoursId: businessHours.find((h: { isDefault: boolean }) => h.isDefault).id
        });
        expect(heading(element)).toBe('Step 2 of 5: Review snapshot');
        expect(q(element, 'review-summary').textContent).toContain(`${draft.name} recorded 1 license assignment`);
        const table = deepQuery(element, 'c-remediation-snapshot-table') as HTMLElement & {
            initialKind: string;
        };
        expect(table.initialKind).toBe('PSL_ASSIGNMENT');
        await expect(element).toBeAccessible();

        q(element, 'to-schedule').click();
        await flush();
        await flush();
        expect(heading(element)).toBe('Step 3 of 5: Schedule');
        expect(q(element, 'hours-summary').textContent).toContain('(');
        expect(q(element, 'to-confirm').disabled).toBe(false);
        await expect(element).toBeAccessible();

        // Another business hours record: the picker proposes its windows.
        const other = businessHours.find((h: { isDefault: boolean }) => !h.isDefault);
        q(element, 'business-hours').dispatchEvent(new CustomEvent('change', { detail: { value: other.id } }));
        await flush();
        expect(mockPropose).toHaveBeenLastCalledWith(expect.objectContaining({ businessHoursId: other.id }));
        q(element, 'back').click();
        await flush();
        expect(heading(element)).toBe('Step 2 of 5: Review snapshot');
    });

    it('confirms with a dry run and CONFIRM, then follows the run in the monitor', async () => {
        const element = await mounted();
        await toConfirm(element);
        expect(heading(element)).toBe('Step 4 of 5: Confirm');
        expect(q(element, 'confirm-facts').textContent).toContain('CRM Analytics Plus');
        expect(q(element, 'schedule-run').disabled).toBe(true);
        expect(dryRunPanel(element).runId).toBe(draft.id);
        inDryRun(element, 'dry-run').click();
        await flush();
        expect(mockDryRun).toHaveBeenCalledWith({ runId: draft.id });
        expect(inDryRun(element, 'dry-run-summary').textContent).toContain('No change is made by this dry run');
        expect(dryRunPanel(element).shadowRoot!.querySelectorAll('[data-id="dry-run-row"]')).toHaveLength(
            dryRunResult.operations.length
        );
        expect(inDryRun(element, 'dry-run-table').textContent).toContain('DELETE PermissionSetLicenseAssign');
        typeConfirmation(element, 'nope');
        await flush();
        expect(q(element, 'schedule-run').disabled).toBe(true);
        typeConfirmation(element, ' confirm ');
        await flush();
        expect(q(element, 'schedule-run').disabled).toBe(false);
        await expect(element).toBeAccessible();

        const changes = jest.fn();
        element.addEventListener('runchange', changes);
        q(element, 'schedule-run').click();
        await flush();
        expect(mockSchedule).toHaveBeenCalledWith(
            expect.objectContaining({ runId: draft.id, confirmation: 'confirm' })
        );
        expect(heading(element)).toBe('Step 5 of 5: Monitor');
        const monitor = deepQuery(element, 'c-remediation-run-monitor')!;
        monitor.dispatchEvent(new CustomEvent('runchange', { detail: { ...scheduled, status: 'Completed' } }));
        await flush();
        expect(q(element, 'live').textContent).toBe(`${scheduled.name} is Completed.`);
        expect(changes).toHaveBeenCalled();

        const closed = jest.fn();
        element.addEventListener('close', closed);
        q(element, 'close').click();
        expect(closed.mock.calls[0][0].detail).toEqual({ runId: scheduled.id });
    });

    it('keeps the admin on Confirm when the server refuses, and shows dry-run errors', async () => {
        mockSchedule.mockReset();
        mockSchedule.mockRejectedValue({
            body: {
                message: 'Schedule the remediation run failed: Another remediation run (RR-0007) is already Scheduled.'
            }
        });
        mockDryRun.mockReset();
        mockDryRun.mockRejectedValue({ body: { message: 'Simulate the remediation run failed: gone' } });
        const element = await mounted();
        await toConfirm(element);
        inDryRun(element, 'dry-run').click();
        await flush();
        expect(q(element, 'step-error').textContent).toContain('gone');
        typeConfirmation(element, 'CONFIRM');
        await flush();
        q(element, 'schedule-run').click();
        await flush();
        expect(q(element, 'step-error').textContent).toContain('already Scheduled');
        expect(heading(element)).toBe('Step 4 of 5: Confirm');
        await expect(element).toBeAccessible();
    });

    it('shows a business hours error', async () => {
        mockDiagnose.mockResolvedValue(targets);
        const element = mountComponent('c-license-reclaim-flow', LicenseReclaimFlow, {
            licenseDeveloperName: 'EinsteinAnalyticsPlusPsl'
        });
        hoursAdapter.error({ message: 'no hours' });
        await flush();
        q(element, 'proceed').click();
        await flush();
        q(element, 'to-schedule').click();
        await flush();
        expect(q(element, 'hours-error')).not.toBeNull();
    });
});
