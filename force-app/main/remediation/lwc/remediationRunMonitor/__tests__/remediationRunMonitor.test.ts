import { createElement } from 'lwc';
import RemediationRunMonitor from 'c/remediationRunMonitor';
import getRunStatus from '@salesforce/apex/RemediationController.getRunStatus';
import pauseRun from '@salesforce/apex/RemediationController.pauseRun';
import resumeRun from '@salesforce/apex/RemediationController.resumeRun';
import undoRun from '@salesforce/apex/RemediationController.undoRun';
import dryRun from '@salesforce/apex/RemediationController.dryRun';
import proposeWindows from '@salesforce/apex/RemediationController.proposeWindows';
import type { RemediationRunDto } from '@apex-types/remediation';
import { expectNullsMayBeLeftOut, flush as flushMicrotasks, renderedTree, unmountAll } from '@test/lwcTestUtils';

const scheduled: RemediationRunDto = require('./data/runScheduled.json');
const running: RemediationRunDto = require('./data/runRunning.json');
const paused: RemediationRunDto = require('./data/runPaused.json');
const completed: RemediationRunDto = require('./data/runCompleted.json');
const failed: RemediationRunDto = require('./data/runFailed.json');
const undoScheduled: RemediationRunDto = require('./data/runUndoScheduled.json');
const undone: RemediationRunDto = require('./data/runUndone.json');
const dryRunUndo = require('./data/dryRunUndo.json');
const windows = require('../../remediationWindowPicker/__tests__/data/windows.json');

jest.mock('@salesforce/apex/RemediationController.getRunStatus', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/RemediationController.pauseRun', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/RemediationController.resumeRun', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/RemediationController.undoRun', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/RemediationController.dryRun', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/RemediationController.proposeWindows', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/RemediationController.validateStartTime', () => ({ default: jest.fn() }), {
    virtual: true
});

const mockStatus = getRunStatus as unknown as jest.Mock;
const mockPause = pauseRun as unknown as jest.Mock;
const mockResume = resumeRun as unknown as jest.Mock;
const mockUndo = undoRun as unknown as jest.Mock;
const mockDryRun = dryRun as unknown as jest.Mock;
const mockPropose = proposeWindows as unknown as jest.Mock;
const ORG = 'Acme Contact Center (KB 005316943 example)';

type Monitor = HTMLElement & { runId?: string; orgName?: string };

function mount(runId = scheduled.id): { element: Monitor; changes: jest.Mock } {
    const element = createElement('c-remediation-run-monitor', { is: RemediationRunMonitor }) as Monitor;
    element.runId = runId;
    element.orgName = ORG;
    const changes = jest.fn();
    element.addEventListener('runchange', (event) => changes((event as CustomEvent).detail.status));
    document.body.appendChild(element);
    return { element, changes };
}

/** Lets pending promise callbacks (Apex mocks, re-renders) run: a chain of 6 microtasks. */
const flush = (): Promise<void> => flushMicrotasks(6);

const q = (element: HTMLElement, dataId: string): HTMLElement & { disabled: boolean; value: string } =>
    element.shadowRoot!.querySelector(`[data-id="${dataId}"]`) as never;
const status = (element: HTMLElement): string => q(element, 'run-status').textContent!;
/** The undo panel's c-remediation-dry-run (its button and table live in its own shadow tree). */
const undoPreview = (element: HTMLElement): HTMLElement & { runId: string; label: string } =>
    q(element, 'undo-preview') as never;
const inUndoPreview = (element: HTMLElement, selector: string): HTMLElement =>
    undoPreview(element).shadowRoot!.querySelector(selector) as HTMLElement;

/** sa11y cannot run under fake timers: switch back to real ones (call it last in a test). */
async function expectAccessible(element: HTMLElement): Promise<void> {
    jest.useRealTimers();
    await expect(element).toBeAccessible();
}

describe('c-remediation-run-monitor', () => {
    beforeEach(() => {
        jest.useFakeTimers();
    });

    afterEach(() => {
        unmountAll();
        jest.resetAllMocks();
        jest.useRealTimers();
    });

    it('renders runs whose null properties were left out exactly like the runs that spell them out', async () => {
        await expectNullsMayBeLeftOut([scheduled, running, failed, completed, undone], async (run) => {
            mockStatus.mockResolvedValueOnce(run);
            const { element } = mount(run.id);
            await flush();
            const tree = renderedTree(element.shadowRoot!);
            unmountAll();
            return tree;
        });
    });

    it('names the license and counts a reclaim snapshot in license assignments', async () => {
        mockStatus.mockResolvedValueOnce({
            ...completed,
            planType: 'RECLAIM_UNNEEDED_PSL',
            licenseDeveloperName: 'EinsteinAnalyticsPlusPsl',
            licenseLabel: 'CRM Analytics Plus',
            snapshotUserCount: 1,
            snapshotAppCount: 0
        });
        const { element } = mount(completed.id);
        await flush();
        const facts = q(element, 'run-facts').textContent!;
        expect(facts).toContain('CRM Analytics Plus');
        expect(facts).toContain('1 license assignment');
        expect(facts).not.toContain('connected app');
    });

    it('shows a spinner, then a Scheduled run, and polls every 10 s until it runs', async () => {
        mockStatus.mockResolvedValueOnce(scheduled).mockResolvedValueOnce(scheduled).mockResolvedValueOnce(running);
        const { element, changes } = mount();
        expect(element.shadowRoot!.querySelector('lightning-spinner')).not.toBeNull();
        await flush();
        expect(status(element)).toBe('Scheduled');
        expect(q(element, 'run-description').textContent).toMatch(/^The run is scheduled for /);
        expect(q(element, 'polling-note').textContent).toBe('Refreshing every 10 seconds until the run starts.');
        expect(q(element, 'pause')).not.toBeNull();
        expect(q(element, 'resume')).toBeNull();
        expect(q(element, 'undo')).toBeNull();
        expect(q(element, 'monitor-live').textContent).toBe(`${scheduled.name} is Scheduled.`);

        jest.advanceTimersByTime(9999);
        await flush();
        expect(mockStatus).toHaveBeenCalledTimes(1);
        jest.advanceTimersByTime(1);
        await flush();
        expect(mockStatus).toHaveBeenCalledTimes(2);
        jest.advanceTimersByTime(10000);
        await flush();
        expect(status(element)).toBe('Running');
        expect(q(element, 'monitor-live').textContent).toBe(`${running.name} is now Running.`);
        expect(changes.mock.calls.map((call) => call[0])).toEqual(['Scheduled', 'Running']);
    });

    it('shows per-step progress and the audit trail while Running, polling every 5 s', async () => {
        mockStatus.mockResolvedValue(running);
        const { element } = mount();
        await flush();
        expect(q(element, 'progress-text').textContent).toBe(
            `${running.completedSteps} of ${running.totalSteps} steps done · ${running.progressPercent}%`
        );
        expect((q(element, 'progress-bar') as unknown as { value: number }).value).toBe(running.progressPercent);
        const steps = element.shadowRoot!.querySelectorAll('[data-id="step"]');
        expect(steps).toHaveLength(9);
        expect(steps[0].textContent).toContain('Done');
        expect(steps[0].textContent).toContain('5 of 5 items · 1 DML call');
        const current = element.shadowRoot!.querySelector(`[data-step="${running.currentStepKey}"]`)!;
        expect(current.className).toContain('slds-theme_shade');
        expect(current.textContent).toContain('In progress');
        expect(element.shadowRoot!.querySelectorAll('[data-id="audit-row"]')).toHaveLength(
            running.auditEntries!.length
        );
        expect(q(element, 'polling-note').textContent).toBe('Refreshing every 5 seconds.');

        jest.advanceTimersByTime(5000);
        await flush();
        expect(mockStatus).toHaveBeenCalledTimes(2);
    });

    it('stops polling on Completed and shows the verification, with Undo offered', async () => {
        mockStatus.mockResolvedValueOnce(running).mockResolvedValueOnce(completed);
        const { element } = mount();
        await flush();
        jest.advanceTimersByTime(5000);
        await flush();
        expect(status(element)).toBe('Completed');
        expect(q(element, 'run-description').textContent).toBe(completed.verificationMessage);
        expect(q(element, 'run-facts').textContent).toContain('Used seats after');
        expect(q(element, 'polling-note').textContent).toBe('');
        expect(q(element, 'undo')).not.toBeNull();
        jest.advanceTimersByTime(60000);
        await flush();
        expect(mockStatus).toHaveBeenCalledTimes(2);
    });

    it('pauses and resumes', async () => {
        mockStatus.mockResolvedValue(running);
        mockPause.mockResolvedValue(paused);
        mockResume.mockResolvedValue(scheduled);
        const { element, changes } = mount();
        await flush();
        q(element, 'pause').click();
        await flush();
        expect(mockPause).toHaveBeenCalledWith({ runId: scheduled.id });
        expect(status(element)).toBe('Paused');
        expect(q(element, 'run-description').textContent).toMatch(/Paused by an admin/);
        expect(q(element, 'resume')).not.toBeNull();
        expect(q(element, 'undo')).not.toBeNull();
        // Paused is not polled.
        jest.advanceTimersByTime(30000);
        await flush();
        expect(mockStatus).toHaveBeenCalledTimes(1);

        q(element, 'resume').click();
        await flush();
        expect(mockResume).toHaveBeenCalledWith({ runId: scheduled.id, startTime: null });
        expect(status(element)).toBe('Scheduled');
        expect(changes.mock.calls.map((call) => call[0])).toEqual(['Running', 'Paused', 'Scheduled']);
        jest.advanceTimersByTime(10000);
        await flush();
        expect(mockStatus).toHaveBeenCalledTimes(2);
    });

    it('explains a business-hours pause', async () => {
        mockStatus.mockResolvedValue({
            ...paused,
            pauseReason: 'BUSINESS_HOURS',
            nextScheduledTime: '2026-11-24T23:00:00.000Z'
        });
        const { element } = mount();
        await flush();
        expect(q(element, 'run-description').textContent).toMatch(/business hours began; it resumes by itself at /);
    });

    it('shows a failed run with its error, resumable and undoable', async () => {
        mockStatus.mockResolvedValue(failed);
        const { element } = mount(failed.id);
        await flush();
        expect(status(element)).toBe('Failed');
        expect(q(element, 'run-error').textContent).toContain('lacks Customize Application');
        const failedStep = element.shadowRoot!.querySelector('[data-step="RENAME_OLD_SET"]')!;
        expect(failedStep.textContent).toContain('Failed');
        expect(failedStep.textContent).toContain('1 error');
        expect(q(element, 'resume')).not.toBeNull();
        expect(q(element, 'undo')).not.toBeNull();
        await expectAccessible(element);
    });

    it('shows a run paused for re-approval: why, no Resume, Undo offered', async () => {
        mockStatus.mockResolvedValue({
            ...paused,
            pauseReason: 'REAPPROVAL',
            canResume: false,
            lastError:
                '1 row appeared since the plan was approved (USER User-4). Nothing was changed: create a new plan, check its dry run and confirm it.'
        });
        const { element } = mount(paused.id);
        await flush();
        expect(status(element)).toBe('Paused');
        expect(q(element, 'run-hold').textContent).toBe('Paused for re-approval');
        expect(q(element, 'run-description').textContent).toMatch(/Undo it and create a new plan/);
        expect(q(element, 'run-error').textContent).toContain('1 row appeared since the plan was approved');
        expect(q(element, 'resume')).toBeNull();
        expect(q(element, 'undo')).not.toBeNull();
        expect(q(element, 'run-publish-failure')).toBeNull();
        await expectAccessible(element);
    });

    it('shows an integrity failure: neither Resume nor Undo, and the reason', async () => {
        mockStatus.mockResolvedValue({
            ...failed,
            pauseReason: 'INTEGRITY',
            canResume: false,
            canUndo: false,
            lastError:
                'Run RR-0001 was changed outside License Steward: its snapshot or planned targets no longer match the seal recorded when the plan was approved.'
        });
        const { element } = mount(failed.id);
        await flush();
        expect(status(element)).toBe('Failed');
        expect(q(element, 'run-hold').textContent).toBe('Integrity failure');
        expect(q(element, 'run-hold').className).toContain('slds-theme_error');
        expect(q(element, 'run-description').textContent).toMatch(/^Integrity failure: the run was changed outside/);
        expect(q(element, 'run-error').textContent).toContain('no longer match the seal');
        expect(q(element, 'resume')).toBeNull();
        expect(q(element, 'undo')).toBeNull();
        await expectAccessible(element);
    });

    it('shows audit entries the platform refused to publish, kept on the run', async () => {
        mockStatus.mockResolvedValue({
            ...failed,
            auditPublishFailures: 2,
            auditPublishError:
                '2026-11-24 01:02:03 GMT STEP_FAILED "Step RENAME_OLD_SET failed" not published: LIMIT_EXCEEDED: hourly limit\n2026-11-24 01:01:00 GMT STARTED "Run started" not published: LIMIT_EXCEEDED: hourly limit'
        });
        const { element } = mount(failed.id);
        await flush();
        const warning = q(element, 'run-publish-failure');
        expect(warning.textContent).toContain('2 audit entries could not be published to the audit trail');
        expect(warning.textContent).toContain('STEP_FAILED');
        expect(warning.textContent).toContain('LIMIT_EXCEEDED');
        expect(q(element, 'run-hold')).toBeNull();
        await expectAccessible(element);
    });

    it('names the admin the run runs as and an adopted license-free set', async () => {
        mockStatus.mockResolvedValue({ ...completed, scheduledByName: 'Bea Backup', newSetOrigin: 'ADOPTED' });
        const { element } = mount(completed.id);
        await flush();
        const facts = element.shadowRoot!.textContent!;
        expect(facts).toContain('Runs as');
        expect(facts).toContain('Bea Backup');
        expect(facts).toContain('Adopted (undo keeps it)');
    });

    it('schedules a confirmed undo out of hours and follows it to Undone', async () => {
        mockStatus.mockResolvedValueOnce(completed).mockResolvedValueOnce(undoScheduled).mockResolvedValueOnce(undone);
        mockPropose.mockResolvedValue(windows);
        mockDryRun.mockResolvedValue(dryRunUndo);
        mockUndo.mockResolvedValue(undoScheduled);
        const { element } = mount();
        await flush();
        q(element, 'undo').click();
        await flush();
        expect(q(element, 'undo-panel')).not.toBeNull();
        expect(element.shadowRoot!.activeElement).toBe(q(element, 'undo-heading'));
        expect(q(element, 'undo').disabled).toBe(true);
        const picker = element.shadowRoot!.querySelector('c-remediation-window-picker')!;
        await flush();
        expect(mockPropose).toHaveBeenCalledWith({
            runId: completed.id,
            businessHoursId: completed.businessHoursId,
            count: 6
        });
        expect(q(element, 'undo-submit').disabled).toBe(true);

        expect(undoPreview(element).runId).toBe(completed.id);
        expect(undoPreview(element).label).toBe('Show the undo operations');
        inUndoPreview(element, '[data-id="dry-run"]').click();
        await flush();
        expect(mockDryRun).toHaveBeenCalledWith({ runId: completed.id });
        expect(undoPreview(element).shadowRoot!.querySelectorAll('[data-id="dry-run-row"]')).toHaveLength(
            dryRunUndo.operations.length
        );
        expect(inUndoPreview(element, '[data-id="dry-run-summary"]').textContent).toContain(dryRunUndo.summary);
        expect(inUndoPreview(element, 'caption').textContent).toBe('Operations the undo will perform');

        const confirmation = q(element, 'undo-confirmation');
        confirmation.value = 'Acme';
        confirmation.dispatchEvent(new CustomEvent('change'));
        await flush();
        expect(q(element, 'undo-submit').disabled).toBe(true);
        confirmation.value = ` ${ORG.toLowerCase()} `;
        confirmation.dispatchEvent(new CustomEvent('change'));
        await flush();
        expect(picker).not.toBeNull();
        expect(q(element, 'undo-submit').disabled).toBe(false);

        q(element, 'undo-submit').click();
        await flush();
        expect(mockUndo).toHaveBeenCalledWith({
            runId: completed.id,
            startTime: windows[0].startTime,
            confirmation: ORG.toLowerCase()
        });
        expect(q(element, 'undo-panel')).toBeNull();
        expect(status(element)).toBe('Scheduled');
        expect(q(element, 'run-direction').textContent).toBe('Undo');
        expect(q(element, 'run-description').textContent).toMatch(/^The undo is scheduled for /);

        jest.advanceTimersByTime(10000);
        await flush();
        jest.advanceTimersByTime(10000);
        await flush();
        expect(status(element)).toBe('Undone');
        const steps = Array.from(element.shadowRoot!.querySelectorAll('[data-id="step-status"]')).map(
            (s) => s.textContent
        );
        expect(steps.filter((s) => s === 'Done')).toHaveLength(7);
        expect(steps.filter((s) => s === 'Nothing to do')).toHaveLength(2);
        await expectAccessible(element);
    });

    it('shows the server refusal of an action and can cancel the undo', async () => {
        mockStatus.mockResolvedValue(completed);
        mockUndo.mockRejectedValue({
            body: { message: `Type the organization name "${ORG}" or CONFIRM to undo this run.` }
        });
        mockPropose.mockResolvedValue(windows);
        const { element } = mount();
        await flush();
        q(element, 'undo').click();
        await flush();
        const confirmation = q(element, 'undo-confirmation');
        confirmation.value = 'CONFIRM';
        confirmation.dispatchEvent(new CustomEvent('change'));
        await flush();
        q(element, 'undo-submit').click();
        await flush();
        expect(q(element, 'action-error').textContent).toContain('or CONFIRM to undo this run.');
        expect(q(element, 'undo-panel')).not.toBeNull();
        // The undo operations fail too: their error replaces the refusal (a new dry run clears it first).
        mockDryRun.mockRejectedValue({ body: { message: 'Simulate the remediation run failed: timeout' } });
        inUndoPreview(element, '[data-id="dry-run"]').click();
        await flush();
        expect(mockDryRun).toHaveBeenCalledWith({ runId: completed.id });
        expect(q(element, 'action-error').textContent).toBe('Simulate the remediation run failed: timeout');
        expect(inUndoPreview(element, '[data-id="dry-run-table"]')).toBeNull();
        // Focus returns to the Undo button (lightning-button's focus() moves it to its inner <button>).
        const focus = jest.fn();
        q(element, 'undo').focus = focus;
        q(element, 'undo-cancel').click();
        await flush();
        expect(q(element, 'undo-panel')).toBeNull();
        expect(focus).toHaveBeenCalled();
        expect(q(element, 'action-error')).toBeNull();
        await expectAccessible(element);
    });

    it('shows a load error with a retry, and stops polling after repeated failures', async () => {
        mockStatus.mockRejectedValueOnce({ body: { message: 'Remediation run a0X was not found.' } });
        const { element } = mount();
        await flush();
        expect(q(element, 'monitor-error').textContent).toContain('Remediation run a0X was not found.');
        expect(q(element, 'run-status')).toBeNull();

        mockStatus.mockReset();
        mockStatus
            .mockResolvedValueOnce(running)
            .mockRejectedValueOnce({ body: { message: 'Load the remediation run failed: timeout' } })
            .mockRejectedValueOnce({ body: { message: 'Load the remediation run failed: timeout' } })
            .mockRejectedValueOnce({ body: { message: 'Load the remediation run failed: timeout' } });
        (q(element, 'monitor-error').querySelector('lightning-button') as HTMLElement).click();
        await flush();
        expect(status(element)).toBe('Running');
        jest.advanceTimersByTime(5000);
        await flush();
        jest.advanceTimersByTime(5000);
        await flush();
        jest.advanceTimersByTime(5000);
        await flush();
        expect(mockStatus).toHaveBeenCalledTimes(4);
        expect(q(element, 'monitor-error').textContent).toContain('timeout');
        expect(q(element, 'polling-note').textContent).toMatch(/Automatic refresh stopped/);
        jest.advanceTimersByTime(60000);
        await flush();
        expect(mockStatus).toHaveBeenCalledTimes(4);
    });

    it('stops polling when removed from the page', async () => {
        mockStatus.mockResolvedValue(running);
        const { element } = mount();
        await flush();
        document.body.removeChild(element);
        jest.advanceTimersByTime(60000);
        await flush();
        expect(mockStatus).toHaveBeenCalledTimes(1);
    });

    it('loads another run when runId changes', async () => {
        mockStatus.mockResolvedValueOnce(running).mockResolvedValueOnce(failed);
        const { element } = mount();
        await flush();
        element.runId = failed.id;
        await flush();
        expect(mockStatus).toHaveBeenLastCalledWith({ runId: failed.id });
        expect(status(element)).toBe('Failed');
        jest.advanceTimersByTime(60000);
        await flush();
        expect(mockStatus).toHaveBeenCalledTimes(2);
    });

    it.each([
        ['Scheduled', scheduled],
        ['Running', running],
        ['Paused', paused],
        ['Completed', completed],
        ['Failed', failed],
        ['Scheduled (undo)', undoScheduled],
        ['Undone', undone]
    ])('renders a %s run accessibly', async (_label, run) => {
        jest.useRealTimers();
        mockStatus.mockResolvedValue(run);
        const { element } = mount(run.id);
        await flush();
        expect(status(element)).toBe(run.status);
        expect(q(element, 'run-description').textContent!.length).toBeGreaterThan(0);
        await expect(element).toBeAccessible();
    });

    it('renders the undo panel and a load error accessibly', async () => {
        jest.useRealTimers();
        mockStatus.mockResolvedValueOnce(completed);
        mockPropose.mockResolvedValue(windows);
        const { element } = mount();
        await flush();
        q(element, 'undo').click();
        await flush();
        await flush();
        await expect(element).toBeAccessible();
        // With the undo operations shown.
        mockDryRun.mockResolvedValue(dryRunUndo);
        inUndoPreview(element, '[data-id="dry-run"]').click();
        await flush();
        expect(inUndoPreview(element, '[data-id="dry-run-table"]')).not.toBeNull();
        await expect(element).toBeAccessible();

        mockStatus.mockRejectedValueOnce({ body: { message: 'Remediation run a0X was not found.' } });
        const other = mount('a0XRun900000009AAA').element;
        await flush();
        expect(q(other, 'monitor-error')).not.toBeNull();
        await expect(other).toBeAccessible();
    });
});
