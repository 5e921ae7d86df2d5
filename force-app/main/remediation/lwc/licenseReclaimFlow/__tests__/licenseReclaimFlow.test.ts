// First: the RemediationController mocks must be in place before the component is imported.
import * as flow from '@test/remediationFlowTestUtils';
import LicenseReclaimFlow from 'c/licenseReclaimFlow';
import type { RemediationDiagnosisDto, RemediationRunDto } from '@apex-types/remediation';
import { deepQuery, deepQueryAll, mountComponent } from '@test/lwcTestUtils';

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

const FINDING = 'a03PV0000000003AAA';

async function mounted(
    diagnosis: RemediationDiagnosisDto = targets,
    props: Record<string, unknown> = { targetIds: [FINDING] }
): Promise<HTMLElement> {
    flow.mockDiagnose.mockResolvedValue(diagnosis);
    const element = mountComponent('c-license-reclaim-flow', LicenseReclaimFlow, {
        licenseDeveloperName: 'EinsteinAnalyticsPlusPsl',
        licenseLabel: 'CRM Analytics Plus',
        ...props
    });
    flow.hoursAdapter.emit(businessHours);
    await flow.flush();
    return element;
}

describe('c-license-reclaim-flow', () => {
    beforeEach(() => flow.answerWith({ draft, snapshot, windows, dryRun: dryRunResult, scheduled }));
    afterEach(flow.cleanUp);

    it('shows a spinner while it checks the assignments', async () => {
        flow.mockDiagnose.mockReturnValue(new Promise(() => undefined));
        const element = mountComponent('c-license-reclaim-flow', LicenseReclaimFlow, {
            licenseDeveloperName: 'EinsteinAnalyticsPlusPsl',
            licenseLabel: 'CRM Analytics Plus'
        });
        await flow.flush();
        expect(deepQuery(element, '[data-id="diagnose"] lightning-spinner')).not.toBeNull();
        expect(flow.q(element, 'title').textContent).toBe('Reclaim CRM Analytics Plus assignments (all unneeded)');
        expect(flow.heading(element)).toBe('Step 1 of 5: Diagnose');
        await expect(element).toBeAccessible();
    });

    it('diagnoses the selected findings in plain language with the seats to free', async () => {
        const element = await mounted();
        expect(flow.mockDiagnose).toHaveBeenCalledWith(
            flow.planTarget('RECLAIM_UNNEEDED_PSL', [FINDING], 'EinsteinAnalyticsPlusPsl', null)
        );
        expect(flow.q(element, 'title').textContent).toBe(
            'Reclaim CRM Analytics Plus assignments (1 selected finding)'
        );
        expect(flow.q(element, 'diagnosis-summary').textContent).toContain('nobody needs');
        expect(flow.q(element, 'seats').textContent).toBe(
            '1 CRM Analytics Plus seat to free (2 of 5 used now); estimated run time about 7 minutes.'
        );
        expect(deepQueryAll(element, '[data-id="check"]')).toHaveLength(targets.checks.length);
        expect(flow.q(element, 'proceed').disabled).toBe(false);
        expect(flow.q(element, 'live').textContent).toBe(targets.summary);
        await expect(element).toBeAccessible();
    });

    it('says there is nothing to reclaim', async () => {
        const element = await mounted(nothing);
        expect(flow.q(element, 'nothing-to-do').textContent).toContain('Nothing to reclaim');
        expect(flow.q(element, 'proceed').disabled).toBe(true);
        expect(flow.q(element, 'seats')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('blocks while another run is active and opens its monitor', async () => {
        const element = await mounted(activeRun);
        expect(flow.q(element, 'proceed').disabled).toBe(true);
        expect(flow.q(element, 'blocked').textContent).toContain('A check failed');
        await expect(element).toBeAccessible();
        await flow.click(element, 'open-active');
        expect(flow.heading(element)).toBe('Step 5 of 5: Monitor');
        const monitor = deepQuery(element, 'c-remediation-run-monitor') as HTMLElement & {
            runId: string;
        };
        expect(monitor.runId).toBe(activeRun.activeRunId);
    });

    it('shows a readable diagnosis error and checks again', async () => {
        flow.mockDiagnose
            .mockRejectedValueOnce({ body: { message: 'Check the remediation plan failed: no access' } })
            .mockResolvedValueOnce(targets);
        const element = mountComponent('c-license-reclaim-flow', LicenseReclaimFlow, {
            licenseDeveloperName: 'EinsteinAnalyticsPlusPsl'
        });
        await flow.flush();
        expect(flow.q(element, 'diagnosis-error').textContent).toContain(
            'Check the remediation plan failed: no access'
        );
        await expect(element).toBeAccessible();
        await flow.click(element, 'retry');
        expect(flow.q(element, 'diagnosis-error')).toBeNull();
        expect(flow.q(element, 'diagnosis-summary')).not.toBeNull();
    });

    it('shows a refused draft as an error and stays on Diagnose', async () => {
        flow.mockCreate.mockReset();
        flow.mockCreate.mockRejectedValue({ body: { message: 'Create the remediation run failed: nothing to do' } });
        const element = await mounted();
        await flow.click(element, 'proceed');
        expect(flow.q(element, 'step-error').textContent).toContain('nothing to do');
        expect(flow.heading(element)).toBe('Step 1 of 5: Diagnose');
    });

    it('reviews the snapshot of license assignments, then schedules out of hours', async () => {
        const element = await mounted();
        await flow.click(element, 'proceed');
        expect(flow.mockCreate).toHaveBeenCalledWith(
            flow.planTarget(
                'RECLAIM_UNNEEDED_PSL',
                [FINDING],
                'EinsteinAnalyticsPlusPsl',
                businessHours.find((h: { isDefault: boolean }) => h.isDefault).id
            )
        );
        expect(flow.heading(element)).toBe('Step 2 of 5: Review snapshot');
        expect(flow.q(element, 'review-summary').textContent).toContain(`${draft.name} recorded 1 license assignment`);
        const table = deepQuery(element, 'c-remediation-snapshot-table') as HTMLElement & {
            initialKind: string;
        };
        expect(table.initialKind).toBe('PSL_ASSIGNMENT');
        await expect(element).toBeAccessible();

        await flow.click(element, 'to-schedule');
        await flow.flush();
        expect(flow.heading(element)).toBe('Step 3 of 5: Schedule');
        expect(flow.q(element, 'hours-summary').textContent).toContain('(');
        expect(flow.q(element, 'to-confirm').disabled).toBe(false);
        await expect(element).toBeAccessible();

        // Another business hours record: the picker proposes its windows.
        const other = businessHours.find((h: { isDefault: boolean }) => !h.isDefault);
        flow.q(element, 'business-hours').dispatchEvent(new CustomEvent('change', { detail: { value: other.id } }));
        await flow.flush();
        expect(flow.mockPropose).toHaveBeenLastCalledWith(expect.objectContaining({ businessHoursId: other.id }));
        await flow.click(element, 'back');
        expect(flow.heading(element)).toBe('Step 2 of 5: Review snapshot');
    });

    it('confirms with a dry run and CONFIRM, then follows the run in the monitor', async () => {
        const element = await mounted();
        await flow.toConfirm(element);
        expect(flow.heading(element)).toBe('Step 4 of 5: Confirm');
        expect(flow.q(element, 'confirm-facts').textContent).toContain('CRM Analytics Plus');
        expect(flow.q(element, 'schedule-run').disabled).toBe(true);
        expect(flow.dryRunPanel(element).runId).toBe(draft.id);
        flow.inDryRun(element, 'dry-run').click();
        await flow.flush();
        expect(flow.mockDryRun).toHaveBeenCalledWith({ runId: draft.id });
        expect(flow.inDryRun(element, 'dry-run-summary').textContent).toContain('No change is made by this dry run');
        expect(flow.dryRunPanel(element).shadowRoot!.querySelectorAll('[data-id="dry-run-row"]')).toHaveLength(
            dryRunResult.operations.length
        );
        expect(flow.inDryRun(element, 'dry-run-table').textContent).toContain('DELETE PermissionSetLicenseAssign');
        flow.typeConfirmation(element, 'nope');
        await flow.flush();
        expect(flow.q(element, 'schedule-run').disabled).toBe(true);
        flow.typeConfirmation(element, ' confirm ');
        await flow.flush();
        expect(flow.q(element, 'schedule-run').disabled).toBe(false);
        await expect(element).toBeAccessible();

        const changes = jest.fn();
        element.addEventListener('runchange', changes);
        await flow.click(element, 'schedule-run');
        expect(flow.mockSchedule).toHaveBeenCalledWith(
            expect.objectContaining({ runId: draft.id, confirmation: 'confirm' })
        );
        expect(flow.heading(element)).toBe('Step 5 of 5: Monitor');
        const monitor = deepQuery(element, 'c-remediation-run-monitor')!;
        monitor.dispatchEvent(new CustomEvent('runchange', { detail: { ...scheduled, status: 'Completed' } }));
        await flow.flush();
        expect(flow.q(element, 'live').textContent).toBe(`${scheduled.name} is Completed.`);
        expect(changes).toHaveBeenCalled();

        const closed = jest.fn();
        element.addEventListener('close', closed);
        flow.q(element, 'close').click();
        expect(closed.mock.calls[0][0].detail).toEqual({ runId: scheduled.id });
    });

    it('keeps the admin on Confirm when the server refuses, and shows dry-run errors', async () => {
        flow.mockSchedule.mockReset();
        flow.mockSchedule.mockRejectedValue({
            body: {
                message: 'Schedule the remediation run failed: Another remediation run (RR-0007) is already Scheduled.'
            }
        });
        flow.mockDryRun.mockReset();
        flow.mockDryRun.mockRejectedValue({ body: { message: 'Simulate the remediation run failed: gone' } });
        const element = await mounted();
        await flow.toConfirm(element);
        flow.inDryRun(element, 'dry-run').click();
        await flow.flush();
        expect(flow.q(element, 'step-error').textContent).toContain('gone');
        flow.typeConfirmation(element, 'CONFIRM');
        await flow.flush();
        await flow.click(element, 'schedule-run');
        expect(flow.q(element, 'step-error').textContent).toContain('already Scheduled');
        expect(flow.heading(element)).toBe('Step 4 of 5: Confirm');
        await expect(element).toBeAccessible();
    });

    it('shows a business hours error', async () => {
        flow.mockDiagnose.mockResolvedValue(targets);
        const element = mountComponent('c-license-reclaim-flow', LicenseReclaimFlow, {
            licenseDeveloperName: 'EinsteinAnalyticsPlusPsl'
        });
        flow.hoursAdapter.error({ message: 'no hours' });
        await flow.flush();
        await flow.click(element, 'proceed');
        await flow.click(element, 'to-schedule');
        expect(flow.q(element, 'hours-error')).not.toBeNull();
    });
});
