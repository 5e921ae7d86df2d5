import VoiceFixWizard from 'c/voiceFixWizard';
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
import type { RemediationDiagnosisDto, RemediationRunDto } from '@apex-types/remediation';
import { flush as flushMicrotasks, mountComponent, unmountAll } from '@test/lwcTestUtils';

const appContext = require('./data/appContext.json');
const businessHours = require('./data/businessHours.json');
const affected: RemediationDiagnosisDto = require('./data/diagnosisAffected.json');
const notAffected: RemediationDiagnosisDto = require('./data/diagnosisNotAffected.json');
const blocked: RemediationDiagnosisDto = require('./data/diagnosisBlocked.json');
const activeRun: RemediationDiagnosisDto = require('./data/diagnosisActiveRun.json');
const draft: RemediationRunDto = require('./data/runDraft.json');
const scheduled: RemediationRunDto = require('./data/runScheduled.json');
const dryRunForward = require('./data/dryRunForward.json');
const snapshotUsers = require('../../remediationSnapshotTable/__tests__/data/snapshotUsers.json');
const windows = require('../../remediationWindowPicker/__tests__/data/windows.json');
const runsBeforeSchedule: RemediationRunDto[] = require('../../remediationRunHistory/__tests__/data/runsBeforeSchedule.json');
const runsFailedOrg: RemediationRunDto[] = require('../../remediationRunHistory/__tests__/data/runsFailedOrg.json');
const runFailed: RemediationRunDto = require('../../remediationRunMonitor/__tests__/data/runFailed.json');
const runPaused: RemediationRunDto = require('../../remediationRunMonitor/__tests__/data/runPaused.json');

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

const contextAdapter = getAppContext as unknown as ReturnType<typeof createApexTestWireAdapter>;
const hoursAdapter = listBusinessHours as unknown as ReturnType<typeof createApexTestWireAdapter>;
const mockDiagnose = diagnose as unknown as jest.Mock;
const mockCreate = createDraftRun as unknown as jest.Mock;
const mockStatus = getRunStatus as unknown as jest.Mock;
const mockSchedule = scheduleRun as unknown as jest.Mock;
const mockDryRun = dryRun as unknown as jest.Mock;
const mockSnapshot = getSnapshot as unknown as jest.Mock;
const mockPropose = proposeWindows as unknown as jest.Mock;
const mockRuns = listRecentRuns as unknown as jest.Mock;

const mount = (): HTMLElement => mountComponent('c-voice-fix-wizard', VoiceFixWizard);

/** Lets pending promise callbacks (Apex mocks, re-renders) run: a chain of 8 microtasks. */
const flush = (): Promise<void> => flushMicrotasks(8);

const q = (element: HTMLElement, dataId: string): HTMLElement & { disabled: boolean; value: string; label: string } =>
    element.shadowRoot!.querySelector(`[data-id="${dataId}"]`) as never;
const heading = (element: HTMLElement): string => q(element, 'step-heading').textContent!.trim();

/** The Confirm step's c-remediation-dry-run (its button, summary and table live in its own shadow tree). */
const dryRunPanel = (element: HTMLElement): HTMLElement & { runId: string } =>
    element.shadowRoot!.querySelector('c-remediation-dry-run') as never;
const inDryRun = (element: HTMLElement, dataId: string): HTMLElement =>
    dryRunPanel(element).shadowRoot!.querySelector(`[data-id="${dataId}"]`) as HTMLElement;

async function loaded(
    diagnosis: RemediationDiagnosisDto = affected,
    runs: RemediationRunDto[] = []
): Promise<HTMLElement> {
    mockDiagnose.mockResolvedValue(diagnosis);
    mockRuns.mockResolvedValue(runs);
    const element = mount();
    contextAdapter.emit(appContext);
    hoursAdapter.emit(businessHours);
    await flush();
    return element;
}

/** Diagnose → Review → Schedule → Confirm with a draft run. */
async function toConfirm(element: HTMLElement): Promise<void> {
    q(element, 'proceed').click();
    await flush();
    q(element, 'to-schedule').click();
    await flush();
    await flush();
    q(element, 'to-confirm').click();
    await flush();
}

describe('c-voice-fix-wizard', () => {
    beforeEach(() => {
        mockCreate.mockResolvedValue(draft);
        mockSnapshot.mockResolvedValue(snapshotUsers);
        mockPropose.mockResolvedValue(windows);
        mockDryRun.mockResolvedValue(dryRunForward);
        mockStatus.mockResolvedValue(scheduled);
        mockSchedule.mockResolvedValue(scheduled);
    });

    afterEach(() => {
        unmountAll();
        jest.resetAllMocks();
    });

    it('shows a spinner while it checks the org', async () => {
        mockDiagnose.mockReturnValue(new Promise(() => undefined));
        mockRuns.mockResolvedValue([]);
        const element = mount();
        await flush();
        expect(element.shadowRoot!.querySelector('[data-id="diagnose"] lightning-spinner')).not.toBeNull();
        expect(heading(element)).toBe('Step 1 of 5: Diagnose');
        await expect(element).toBeAccessible();
    });

    it('diagnoses an affected org: checks in plain language, the SSO warning, seats, and the way forward', async () => {
        const element = await loaded();
        expect(mockDiagnose).toHaveBeenCalledWith({
            planType: 'VOICE_PSL_FIX',
            targetIds: [],
            licenseDeveloperName: null,
            businessHoursId: null
        });
        expect(q(element, 'diagnosis-summary').textContent).toMatch(/^\s*Affected: /);
        expect(q(element, 'sso-warning').textContent).toContain('Amazon Connect');
        const checks = element.shadowRoot!.querySelectorAll('[data-id="check"]');
        expect(checks).toHaveLength(affected.checks.length);
        expect(checks[0].textContent).toContain('Org affected');
        expect(element.shadowRoot!.querySelector('[data-check="SSO"]')!.className).toContain('check_warn');
        expect(q(element, 'seats').textContent).toBe('1 Salesforce Voice User seat to free (2 of 2 used now)');
        expect(q(element, 'scope').textContent).toMatch(
            /^2 users and 1 connected app hold "Salesforce Voice Permission Set"; estimated run time about 10 minutes\.$/
        );
        expect(q(element, 'proceed').disabled).toBe(false);
        expect(q(element, 'proceed').label).toBe('Create the draft run');
        expect(q(element, 'live').textContent).toBe(affected.summary);
        await expect(element).toBeAccessible();
    });

    it('lets the admin choose among several Voice sets and diagnoses the chosen one', async () => {
        const several: RemediationDiagnosisDto = {
            ...blocked,
            affected: true,
            affectedReason: 'SEVERAL_CANDIDATES',
            canProceed: false,
            summary:
                '2 permission sets carry the Salesforce Voice User license: "Salesforce Voice Permission Set" (SalesforceVoiceCustomPsl), "Voice Setup Copy" (Voice_Setup_Copy). Choose the one to fix; one run fixes one set.',
            candidateSets: [
                {
                    id: '0PS000000000001AAA',
                    name: 'SalesforceVoiceCustomPsl',
                    label: 'Salesforce Voice Permission Set',
                    expectedName: true,
                    holderCount: 2,
                    partnerHolderCount: 1
                },
                {
                    id: '0PS000000000002AAA',
                    name: 'Voice_Setup_Copy',
                    label: 'Voice Setup Copy',
                    expectedName: false,
                    holderCount: 1,
                    partnerHolderCount: 1
                }
            ]
        };
        const element = await loaded(several);
        const choice = q(element, 'set-choice') as unknown as HTMLElement & { options: { label: string }[] };
        expect(choice.options.map((o) => o.label)).toEqual([
            'Salesforce Voice Permission Set (SalesforceVoiceCustomPsl, the name the KB gives): 1 Partner Telephony user',
            'Voice Setup Copy (Voice_Setup_Copy): 1 Partner Telephony user'
        ]);
        expect(q(element, 'proceed').disabled).toBe(true);
        mockDiagnose.mockResolvedValue({ ...affected, candidateSets: [several.candidateSets![1]] });
        choice.dispatchEvent(new CustomEvent('change', { detail: { value: '0PS000000000002AAA' } }));
        await flush();
        expect(mockDiagnose).toHaveBeenLastCalledWith(
            expect.objectContaining({ planType: 'VOICE_PSL_FIX', targetIds: ['0PS000000000002AAA'] })
        );
        expect(q(element, 'set-choice')).toBeNull();
        expect(q(element, 'proceed').disabled).toBe(false);
        await expect(element).toBeAccessible();
    });

    it('says there is nothing to do when the org is not affected', async () => {
        const element = await loaded(notAffected);
        expect(q(element, 'nothing-to-do').textContent).toContain('Salesforce Voice was set up after Spring');
        expect(q(element, 'diagnosis-summary').textContent).toContain('nothing to do');
        expect(q(element, 'proceed')).toBeNull();
        expect(q(element, 'sso-warning')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it.each([
        ['NO_LICENSE_LINK', /carries no permission set license/],
        ['ALREADY_RENAMED', /already renamed/],
        ['SOMETHING_ELSE', /does not need the fix/]
    ])('explains the reason %s', async (reason, text) => {
        const element = await loaded({ ...notAffected, affectedReason: reason });
        expect(q(element, 'nothing-to-do').textContent).toMatch(text);
    });

    it('blocks the way forward while a check fails', async () => {
        const element = await loaded(blocked);
        expect(q(element, 'proceed').disabled).toBe(true);
        expect(q(element, 'blocked').textContent).toContain('Fix the failing checks');
        expect(element.shadowRoot!.querySelector('[data-check="PERMISSIONS"]')!.textContent).toContain(
            'The rename of the permission set needs Customize Application.'
        );
        await expect(element).toBeAccessible();
    });

    it('shows a readable diagnosis error and checks again', async () => {
        mockDiagnose
            .mockRejectedValueOnce({ body: { message: 'Check the remediation plan failed: no access' } })
            .mockResolvedValueOnce(affected);
        mockRuns.mockResolvedValue([]);
        const element = mount();
        await flush();
        const error = q(element, 'diagnosis-error');
        expect(error.textContent).toContain('Check the remediation plan failed: no access');
        await expect(element).toBeAccessible();
        (error.querySelector('lightning-button') as HTMLElement).click();
        await flush();
        expect(q(element, 'diagnosis-error')).toBeNull();
        expect(q(element, 'diagnosis-summary')).not.toBeNull();
    });

    it('opens the monitor of a run that is already scheduled, running or paused', async () => {
        const element = await loaded(activeRun);
        expect(heading(element)).toBe('Step 5 of 5: Monitor');
        const monitor = element.shadowRoot!.querySelector('c-remediation-run-monitor') as HTMLElement & {
            runId: string;
            orgName: string;
        };
        expect(monitor.runId).toBe(activeRun.activeRunId);
        expect(monitor.orgName).toBe(affected.orgName);

        q(element, 'start-over').click();
        await flush();
        expect(heading(element)).toBe('Step 1 of 5: Diagnose');
        q(element, 'open-active').click();
        await flush();
        expect(heading(element)).toBe('Step 5 of 5: Monitor');
    });

    it('walks Diagnose → Review → Schedule → Confirm → Monitor, moving focus to each step', async () => {
        const element = await loaded();
        q(element, 'proceed').click();
        await flush();
        expect(mockCreate).toHaveBeenCalledWith({
            planType: 'VOICE_PSL_FIX',
            targetIds: [],
            licenseDeveloperName: null,
            businessHoursId: businessHours[0].id
        });
        expect(heading(element)).toBe('Step 2 of 5: Review snapshot');
        expect(element.shadowRoot!.activeElement).toBe(q(element, 'step-heading'));
        expect(q(element, 'live').textContent).toBe('Step 2 of 5: Review snapshot');
        expect(q(element, 'review-summary').textContent).toContain('RR-0002 recorded 2 users and 1 connected app.');
        const table = element.shadowRoot!.querySelector('c-remediation-snapshot-table') as HTMLElement & {
            runId: string;
        };
        expect(table.runId).toBe(draft.id);
        await expect(element).toBeAccessible();

        q(element, 'to-schedule').click();
        await flush();
        expect(heading(element)).toBe('Step 3 of 5: Schedule');
        expect(element.shadowRoot!.activeElement).toBe(q(element, 'step-heading'));
        const combobox = q(element, 'business-hours') as unknown as {
            options: { label: string; value: string }[];
            value: string;
        };
        expect(combobox.options.map((o) => o.label)).toEqual([
            'Default (default)',
            'EMEA support',
            'Follow the sun (24x7)'
        ]);
        expect(combobox.value).toBe(businessHours[0].id);
        expect(q(element, 'hours-summary').textContent).toContain('America/New_York');
        await flush();
        expect(q(element, 'to-confirm').disabled).toBe(false);
        await expect(element).toBeAccessible();

        // Another window: the picker reports it.
        const picker = element.shadowRoot!.querySelector('c-remediation-window-picker')!;
        picker.dispatchEvent(
            new CustomEvent('select', {
                detail: { startTime: windows[1].startTime, label: windows[1].label, valid: true }
            })
        );
        q(element, 'to-confirm').click();
        await flush();
        expect(heading(element)).toBe('Step 4 of 5: Confirm');
        const facts = q(element, 'confirm-facts').textContent!;
        expect(facts).toContain(windows[1].label);
        expect(facts).toContain('Default');
        expect(q(element, 'confirm-sso-warning')).not.toBeNull();

        expect(dryRunPanel(element).runId).toBe(draft.id);
        inDryRun(element, 'dry-run').click();
        await flush();
        expect(mockDryRun).toHaveBeenCalledWith({ runId: draft.id });
        expect(dryRunPanel(element).shadowRoot!.querySelectorAll('[data-id="dry-run-row"]')).toHaveLength(
            dryRunForward.operations.length
        );
        expect(inDryRun(element, 'dry-run-summary').textContent).toContain('No change is made by this dry run.');

        const input = q(element, 'confirmation');
        expect(input.label).toBe(`Type "${affected.orgName}" or CONFIRM to schedule the run`);
        input.value = 'Acme';
        input.dispatchEvent(new CustomEvent('change'));
        await flush();
        expect(q(element, 'schedule-run').disabled).toBe(true);
        input.value = ' confirm ';
        input.dispatchEvent(new CustomEvent('change'));
        await flush();
        expect(q(element, 'schedule-run').disabled).toBe(false);
        await expect(element).toBeAccessible();

        q(element, 'schedule-run').click();
        await flush();
        expect(mockSchedule).toHaveBeenCalledWith({
            runId: draft.id,
            businessHoursId: businessHours[0].id,
            startTime: windows[1].startTime,
            confirmation: 'confirm'
        });
        expect(heading(element)).toBe('Step 5 of 5: Monitor');
        const monitor = element.shadowRoot!.querySelector('c-remediation-run-monitor') as HTMLElement & {
            runId: string;
        };
        expect(monitor.runId).toBe(scheduled.id);
        await flush();
        monitor.dispatchEvent(new CustomEvent('runchange', { detail: { ...scheduled, status: 'Running' } }));
        await flush();
        expect(q(element, 'live').textContent).toBe(`${scheduled.name} is Running.`);
        expect(mockRuns.mock.calls.length).toBeGreaterThanOrEqual(3);
    });

    it('shows the server refusal when scheduling and keeps the admin on Confirm', async () => {
        mockSchedule.mockRejectedValue({
            body: { message: 'Mon 23 Nov 10:00 is inside business hours (Default). Pick a time outside them.' }
        });
        const element = await loaded();
        await toConfirm(element);
        const input = q(element, 'confirmation');
        input.value = affected.orgName!;
        input.dispatchEvent(new CustomEvent('change'));
        await flush();
        q(element, 'schedule-run').click();
        await flush();
        expect(q(element, 'step-error').textContent).toContain('is inside business hours (Default)');
        expect(heading(element)).toBe('Step 4 of 5: Confirm');
        await expect(element).toBeAccessible();

        mockDryRun.mockRejectedValue({ body: { message: 'Simulate the remediation run failed: timeout' } });
        inDryRun(element, 'dry-run').click();
        await flush();
        expect(q(element, 'step-error').textContent).toContain('Simulate the remediation run failed: timeout');
        expect(q(element, 'step-error').textContent).not.toContain('is inside business hours');
        expect(heading(element)).toBe('Step 4 of 5: Confirm');

        // A dry run that succeeds clears the error.
        mockDryRun.mockResolvedValue(dryRunForward);
        inDryRun(element, 'dry-run').click();
        await flush();
        expect(q(element, 'step-error')).toBeNull();
        expect(inDryRun(element, 'dry-run-table')).not.toBeNull();
    });

    it('keeps the admin on Diagnose when the draft cannot be created', async () => {
        mockCreate.mockRejectedValue({
            body: { message: 'Create the remediation run failed: You lack Manage Users.' }
        });
        const element = await loaded();
        q(element, 'proceed').click();
        await flush();
        expect(q(element, 'step-error').textContent).toBe('Create the remediation run failed: You lack Manage Users.');
        expect(heading(element)).toBe('Step 1 of 5: Diagnose');
    });

    it('needs a window before Confirm and resets it when the business hours change', async () => {
        mockPropose.mockResolvedValue([]);
        const element = await loaded();
        q(element, 'proceed').click();
        await flush();
        q(element, 'to-schedule').click();
        await flush();
        await flush();
        expect(q(element, 'to-confirm').disabled).toBe(true);
        q(element, 'business-hours').dispatchEvent(
            new CustomEvent('change', { detail: { value: businessHours[1].id } })
        );
        await flush();
        expect(q(element, 'hours-summary').textContent).toContain('Europe/Paris');
        expect(q(element, 'to-confirm').disabled).toBe(true);
        q(element, 'back').click();
        await flush();
        expect(heading(element)).toBe('Step 2 of 5: Review snapshot');
    });

    it('continues an existing draft from the history instead of creating another', async () => {
        mockStatus.mockResolvedValue(draft);
        const element = await loaded(affected, runsBeforeSchedule);
        expect(q(element, 'proceed').label).toBe('Continue with draft RR-0002');
        q(element, 'proceed').click();
        await flush();
        expect(mockCreate).not.toHaveBeenCalled();
        expect(mockStatus).toHaveBeenCalledWith({ runId: draft.id });
        expect(heading(element)).toBe('Step 2 of 5: Review snapshot');
    });

    it('opens runs from the history: a draft in the wizard, any other run in the monitor', async () => {
        mockStatus.mockResolvedValue(draft);
        const element = await loaded(affected, runsBeforeSchedule);
        const history = element.shadowRoot!.querySelector('c-remediation-run-history')!;
        history.dispatchEvent(new CustomEvent('open', { detail: runsBeforeSchedule[1] }));
        await flush();
        expect(heading(element)).toBe('Step 5 of 5: Monitor');
        expect(
            (element.shadowRoot!.querySelector('c-remediation-run-monitor') as HTMLElement & { runId: string }).runId
        ).toBe(runsBeforeSchedule[1].id);
        history.dispatchEvent(new CustomEvent('open', { detail: runsBeforeSchedule[0] }));
        await flush();
        expect(heading(element)).toBe('Step 2 of 5: Review snapshot');
    });

    it('flags a Failed Voice run at the top of Diagnose and opens it in the monitor instead of offering a new draft', async () => {
        mockStatus.mockResolvedValue(runFailed);
        const element = await loaded(affected, runsFailedOrg);
        await flush();
        expect(mockStatus).toHaveBeenCalledWith({ runId: runsFailedOrg[0].id });
        const banner = q(element, 'stuck-run');
        expect(banner.getAttribute('role')).toBe('alert');
        const diagnoseSection = q(element, 'diagnose');
        // At the top of Diagnose: before the summary and the checks.
        expect(diagnoseSection.firstElementChild).toBe(banner);
        expect(q(element, 'stuck-run-text').textContent).toBe(
            'Run RR-0001 failed at Rename "Salesforce Voice Permission Set" to "Salesforce Voice Permission Set DoNotUse": INSUFFICIENT_ACCESS_OR_READONLY: insufficient access rights on object id (the running user lacks Customize Application). Resume it or undo it before starting a new fix.'
        );
        const open = q(element, 'open-stuck');
        expect(open.label).toBe('Open RR-0001');
        // Creating a draft is no longer the primary action.
        expect((q(element, 'proceed') as unknown as { variant: string }).variant).toBe('neutral');
        await expect(element).toBeAccessible();

        open.click();
        await flush();
        expect(heading(element)).toBe('Step 5 of 5: Monitor');
        expect(
            (element.shadowRoot!.querySelector('c-remediation-run-monitor') as HTMLElement & { runId: string }).runId
        ).toBe(runsFailedOrg[0].id);
    });

    it('names the failed step from the list when the details cannot be loaded, and clears once the run moves on', async () => {
        mockStatus.mockRejectedValue({ body: { message: 'Load the remediation run failed: gone.' } });
        const element = await loaded(affected, runsFailedOrg);
        await flush();
        expect(q(element, 'stuck-run-text').textContent).toBe(
            `Run RR-0001 failed at RENAME_OLD_SET: ${runsFailedOrg[0].lastError!.replace(/\.$/, '')}. Resume it or undo it before starting a new fix.`
        );
        const history = element.shadowRoot!.querySelector('c-remediation-run-history')!;
        history.dispatchEvent(
            new CustomEvent('loaded', { detail: [{ ...runsFailedOrg[0], status: 'Scheduled', lastError: null }] })
        );
        await flush();
        expect(q(element, 'stuck-run')).toBeNull();
        expect((q(element, 'proceed') as unknown as { variant: string }).variant).toBe('brand');
    });

    it('says when a failed run recorded no error message', async () => {
        const element = await loaded(affected, []);
        const history = element.shadowRoot!.querySelector('c-remediation-run-history')!;
        history.dispatchEvent(
            new CustomEvent('loaded', { detail: [{ ...runFailed, lastError: null, currentStepKey: null, steps: [] }] })
        );
        await flush();
        expect(q(element, 'stuck-run-text').textContent).toBe(
            'Run RR-0001 failed: no error message was recorded. Resume it or undo it before starting a new fix.'
        );
    });

    it('flags a Paused Voice run the same way', async () => {
        const element = await loaded(affected, []);
        const history = element.shadowRoot!.querySelector('c-remediation-run-history')!;
        history.dispatchEvent(new CustomEvent('loaded', { detail: [runPaused] }));
        await flush();
        expect(mockStatus).not.toHaveBeenCalled();
        const stepLabel = runPaused.steps!.find((step) => step.stepKey === runPaused.currentStepKey)!.label;
        expect(q(element, 'stuck-run-text').textContent).toBe(
            `Run RR-0002 is paused at ${stepLabel}: it was paused by an administrator. Resume it or undo it before starting a new fix.`
        );
        await expect(element).toBeAccessible();
    });

    it('shows no run banner when the latest run is neither Failed nor Paused', async () => {
        const element = await loaded(affected, runsBeforeSchedule);
        await flush();
        expect(q(element, 'stuck-run')).toBeNull();
        expect((q(element, 'proceed') as unknown as { variant: string }).variant).toBe('brand');
    });

    it("shows the Schedule and Confirm steps in the business hours' time zone, named", async () => {
        const element = await loaded();
        q(element, 'proceed').click();
        await flush();
        q(element, 'to-schedule').click();
        await flush();
        const picker = () =>
            element.shadowRoot!.querySelector('c-remediation-window-picker') as HTMLElement & { timeZone: string };
        expect(picker().timeZone).toBe('America/New_York');
        const combobox = q(element, 'business-hours');
        combobox.dispatchEvent(new CustomEvent('change', { detail: { value: businessHours[1].id } }));
        await flush();
        expect(picker().timeZone).toBe('Europe/Paris');
        picker().dispatchEvent(
            new CustomEvent('select', {
                detail: {
                    startTime: '2026-11-28T18:00:00.000Z',
                    label: 'Sat 28 Nov 2026 19:00 (Europe/Paris)',
                    valid: true
                }
            })
        );
        q(element, 'to-confirm').click();
        await flush();
        const facts = q(element, 'confirm-facts').textContent!;
        expect(facts).toContain('Sat 28 Nov 2026 19:00 (Europe/Paris)');
        expect(facts).toContain('EMEA support (Europe/Paris)');
        await expect(element).toBeAccessible();
    });

    it('falls back to CONFIRM only when no org name is known, and lists no business hours on error', async () => {
        mockDiagnose.mockResolvedValue({ ...affected, orgName: null });
        mockRuns.mockResolvedValue([]);
        const element = mount();
        contextAdapter.error({ message: 'no access' });
        hoursAdapter.error({ message: 'Load the business hours failed: no access' });
        await flush();
        await toConfirm(element);
        await flush();
        expect(q(element, 'confirmation').label).toBe('Type CONFIRM to schedule the run');
        q(element, 'back').click();
        await flush();
        expect(q(element, 'hours-error').textContent).toContain('Load the business hours failed: no access');
        expect(q(element, 'business-hours')).toBeNull();
    });
});
