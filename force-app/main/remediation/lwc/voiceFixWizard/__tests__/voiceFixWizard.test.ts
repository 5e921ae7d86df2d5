// First: the RemediationController mocks must be in place before the component is imported.
import * as flow from '@test/remediationFlowTestUtils';
import VoiceFixWizard from 'c/voiceFixWizard';
import type { RemediationDiagnosisDto, RemediationRunDto } from '@apex-types/remediation';
import { deepQuery, deepQueryAll, mountComponent } from '@test/lwcTestUtils';

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

const mount = (): HTMLElement => mountComponent('c-voice-fix-wizard', VoiceFixWizard);

/** The c-remediation-flow the wizard configures: the steps live in its shadow tree, the plan's parts in theirs. */
const flowOf = (element: HTMLElement): HTMLElement =>
    element.shadowRoot!.querySelector('c-remediation-flow') as HTMLElement;

async function loaded(
    diagnosis: RemediationDiagnosisDto = affected,
    runs: RemediationRunDto[] = []
): Promise<HTMLElement> {
    flow.mockDiagnose.mockResolvedValue(diagnosis);
    flow.mockRuns.mockResolvedValue(runs);
    const element = mount();
    flow.contextAdapter.emit(appContext);
    flow.hoursAdapter.emit(businessHours);
    await flow.flush();
    return element;
}

// The flow's whole tree (flow, plan parts, picker, dry run, monitor) under sa11y takes seconds on a busy machine.

describe('c-voice-fix-wizard', () => {
    beforeEach(() => flow.answerWith({ draft, snapshot: snapshotUsers, windows, dryRun: dryRunForward, scheduled }));
    afterEach(flow.cleanUp);

    it('shows a spinner while it checks the org', async () => {
        flow.mockDiagnose.mockReturnValue(new Promise(() => undefined));
        flow.mockRuns.mockResolvedValue([]);
        const element = mount();
        await flow.flush();
        expect(deepQuery(element, '[data-id="diagnose"] lightning-spinner')).not.toBeNull();
        expect(flow.heading(element)).toBe('Step 1 of 5: Diagnose');
        await expect(element).toBeAccessible();
    });

    it('diagnoses an affected org: checks in plain language, the SSO warning, seats, and the way forward', async () => {
        const element = await loaded();
        expect(flow.mockDiagnose).toHaveBeenCalledWith(flow.planTarget('VOICE_PSL_FIX', [], null, null));
        expect(flow.q(element, 'diagnosis-summary').textContent).toMatch(/^\s*Affected: /);
        expect(flow.q(element, 'sso-warning').textContent).toContain('Amazon Connect');
        const checks = deepQueryAll(element, '[data-id="check"]');
        expect(checks).toHaveLength(affected.checks.length);
        expect(checks[0].textContent).toContain('Org affected');
        expect(deepQuery(element, '[data-check="SSO"]')!.className).toContain('check_warn');
        expect(flow.q(element, 'seats').textContent).toBe('1 Salesforce Voice User seat to free (2 of 2 used now)');
        expect(flow.q(element, 'scope').textContent).toMatch(
            /^2 users and 1 connected app hold "Salesforce Voice Permission Set"; estimated run time about 10 minutes\.$/
        );
        expect(flow.q(element, 'proceed').disabled).toBe(false);
        expect(flow.q(element, 'proceed').label).toBe('Create the draft run');
        expect(flow.q(element, 'live').textContent).toBe(affected.summary);
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
        const choice = flow.q(element, 'set-choice') as unknown as HTMLElement & { options: { label: string }[] };
        expect(choice.options.map((o) => o.label)).toEqual([
            'Salesforce Voice Permission Set (SalesforceVoiceCustomPsl, the name the KB gives): 1 Partner Telephony user',
            'Voice Setup Copy (Voice_Setup_Copy): 1 Partner Telephony user'
        ]);
        expect(flow.q(element, 'proceed').disabled).toBe(true);
        flow.mockDiagnose.mockResolvedValue({ ...affected, candidateSets: [several.candidateSets![1]] });
        choice.dispatchEvent(new CustomEvent('change', { detail: { value: '0PS000000000002AAA' } }));
        await flow.flush();
        expect(flow.mockDiagnose).toHaveBeenLastCalledWith(
            expect.objectContaining({ planType: 'VOICE_PSL_FIX', targetIds: ['0PS000000000002AAA'] })
        );
        expect(flow.q(element, 'set-choice')).toBeNull();
        expect(flow.q(element, 'proceed').disabled).toBe(false);
        await expect(element).toBeAccessible();
    });

    it('says there is nothing to do when the org is not affected', async () => {
        const element = await loaded(notAffected);
        expect(flow.q(element, 'nothing-to-do').textContent).toContain('Salesforce Voice was set up after Spring');
        expect(flow.q(element, 'diagnosis-summary').textContent).toContain('nothing to do');
        expect(flow.q(element, 'proceed')).toBeNull();
        expect(flow.q(element, 'sso-warning')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it.each([
        ['NO_LICENSE_LINK', /carries no permission set license/],
        ['ALREADY_RENAMED', /already renamed/],
        ['SOMETHING_ELSE', /does not need the fix/]
    ])('explains the reason %s', async (reason, text) => {
        const element = await loaded({ ...notAffected, affectedReason: reason });
        expect(flow.q(element, 'nothing-to-do').textContent).toMatch(text);
    });

    it('blocks the way forward while a check fails', async () => {
        const element = await loaded(blocked);
        expect(flow.q(element, 'proceed').disabled).toBe(true);
        expect(flow.q(element, 'blocked').textContent).toContain('Fix the failing checks');
        expect(deepQuery(element, '[data-check="PERMISSIONS"]')!.textContent).toContain(
            'The rename of the permission set needs Customize Application.'
        );
        await expect(element).toBeAccessible();
    });

    it('shows a readable diagnosis error and checks again', async () => {
        flow.mockDiagnose
            .mockRejectedValueOnce({ body: { message: 'Check the remediation plan failed: no access' } })
            .mockResolvedValueOnce(affected);
        flow.mockRuns.mockResolvedValue([]);
        const element = mount();
        await flow.flush();
        const error = flow.q(element, 'diagnosis-error');
        expect(error.textContent).toContain('Check the remediation plan failed: no access');
        await expect(element).toBeAccessible();
        (error.querySelector('lightning-button') as HTMLElement).click();
        await flow.flush();
        expect(flow.q(element, 'diagnosis-error')).toBeNull();
        expect(flow.q(element, 'diagnosis-summary')).not.toBeNull();
    });

    it('opens the monitor of a run that is already scheduled, running or paused', async () => {
        const element = await loaded(activeRun);
        expect(flow.heading(element)).toBe('Step 5 of 5: Monitor');
        const monitor = deepQuery(element, 'c-remediation-run-monitor') as HTMLElement & {
            runId: string;
            orgName: string;
        };
        expect(monitor.runId).toBe(activeRun.activeRunId);
        expect(monitor.orgName).toBe(affected.orgName);

        await flow.click(element, 'start-over');
        expect(flow.heading(element)).toBe('Step 1 of 5: Diagnose');
        await flow.click(element, 'open-active');
        expect(flow.heading(element)).toBe('Step 5 of 5: Monitor');
    });

    it('walks Diagnose → Review → Schedule → Confirm → Monitor, moving focus to each step', async () => {
        const element = await loaded();
        await flow.click(element, 'proceed');
        expect(flow.mockCreate).toHaveBeenCalledWith(flow.planTarget('VOICE_PSL_FIX', [], null, businessHours[0].id));
        expect(flow.heading(element)).toBe('Step 2 of 5: Review snapshot');
        expect(flowOf(element).shadowRoot!.activeElement).toBe(flow.q(element, 'step-heading'));
        expect(flow.q(element, 'live').textContent).toBe('Step 2 of 5: Review snapshot');
        expect(flow.q(element, 'review-summary').textContent).toContain(
            'RR-0002 recorded 2 users and 1 connected app.'
        );
        const table = deepQuery(element, 'c-remediation-snapshot-table') as HTMLElement & {
            runId: string;
        };
        expect(table.runId).toBe(draft.id);
        await expect(element).toBeAccessible();

        await flow.click(element, 'to-schedule');
        expect(flow.heading(element)).toBe('Step 3 of 5: Schedule');
        expect(flowOf(element).shadowRoot!.activeElement).toBe(flow.q(element, 'step-heading'));
        const combobox = flow.q(element, 'business-hours') as unknown as {
            options: { label: string; value: string }[];
            value: string;
        };
        expect(combobox.options.map((o) => o.label)).toEqual([
            'Default (default)',
            'EMEA support',
            'Follow the sun (24x7)'
        ]);
        expect(combobox.value).toBe(businessHours[0].id);
        expect(flow.q(element, 'hours-summary').textContent).toContain('America/New_York');
        await flow.flush();
        expect(flow.q(element, 'to-confirm').disabled).toBe(false);
        await expect(element).toBeAccessible();

        // Another window: the picker reports it.
        const picker = deepQuery(element, 'c-remediation-window-picker')!;
        picker.dispatchEvent(
            new CustomEvent('select', {
                detail: { startTime: windows[1].startTime, label: windows[1].label, valid: true }
            })
        );
        await flow.click(element, 'to-confirm');
        expect(flow.heading(element)).toBe('Step 4 of 5: Confirm');
        const facts = flow.q(element, 'confirm-facts').textContent!;
        expect(facts).toContain(windows[1].label);
        expect(facts).toContain('Default');
        expect(flow.q(element, 'confirm-sso-warning')).not.toBeNull();

        expect(flow.dryRunPanel(element).runId).toBe(draft.id);
        flow.inDryRun(element, 'dry-run').click();
        await flow.flush();
        expect(flow.mockDryRun).toHaveBeenCalledWith({ runId: draft.id });
        expect(flow.dryRunPanel(element).shadowRoot!.querySelectorAll('[data-id="dry-run-row"]')).toHaveLength(
            dryRunForward.operations.length
        );
        expect(flow.inDryRun(element, 'dry-run-summary').textContent).toContain('No change is made by this dry run.');

        const input = flow.q(element, 'confirmation');
        expect(input.label).toBe(`Type "${affected.orgName}" or CONFIRM to schedule the run`);
        input.value = 'Acme';
        input.dispatchEvent(new CustomEvent('change'));
        await flow.flush();
        expect(flow.q(element, 'schedule-run').disabled).toBe(true);
        input.value = ' confirm ';
        input.dispatchEvent(new CustomEvent('change'));
        await flow.flush();
        expect(flow.q(element, 'schedule-run').disabled).toBe(false);
        await expect(element).toBeAccessible();

        await flow.click(element, 'schedule-run');
        expect(flow.mockSchedule).toHaveBeenCalledWith({
            runId: draft.id,
            businessHoursId: businessHours[0].id,
            startTime: windows[1].startTime,
            confirmation: 'confirm'
        });
        expect(flow.heading(element)).toBe('Step 5 of 5: Monitor');
        const monitor = deepQuery(element, 'c-remediation-run-monitor') as HTMLElement & {
            runId: string;
        };
        expect(monitor.runId).toBe(scheduled.id);
        await flow.flush();
        monitor.dispatchEvent(new CustomEvent('runchange', { detail: { ...scheduled, status: 'Running' } }));
        await flow.flush();
        expect(flow.q(element, 'live').textContent).toBe(`${scheduled.name} is Running.`);
        expect(flow.mockRuns.mock.calls.length).toBeGreaterThanOrEqual(3);
    });

    it('shows the server refusal when scheduling and keeps the admin on Confirm', async () => {
        flow.mockSchedule.mockRejectedValue({
            body: { message: 'Mon 23 Nov 10:00 is inside business hours (Default). Pick a time outside them.' }
        });
        const element = await loaded();
        await flow.toConfirm(element);
        const input = flow.q(element, 'confirmation');
        input.value = affected.orgName!;
        input.dispatchEvent(new CustomEvent('change'));
        await flow.flush();
        await flow.click(element, 'schedule-run');
        expect(flow.q(element, 'step-error').textContent).toContain('is inside business hours (Default)');
        expect(flow.heading(element)).toBe('Step 4 of 5: Confirm');
        await expect(element).toBeAccessible();

        flow.mockDryRun.mockRejectedValue({ body: { message: 'Simulate the remediation run failed: timeout' } });
        flow.inDryRun(element, 'dry-run').click();
        await flow.flush();
        expect(flow.q(element, 'step-error').textContent).toContain('Simulate the remediation run failed: timeout');
        expect(flow.q(element, 'step-error').textContent).not.toContain('is inside business hours');
        expect(flow.heading(element)).toBe('Step 4 of 5: Confirm');

        // A dry run that succeeds clears the error.
        flow.mockDryRun.mockResolvedValue(dryRunForward);
        flow.inDryRun(element, 'dry-run').click();
        await flow.flush();
        expect(flow.q(element, 'step-error')).toBeNull();
        expect(flow.inDryRun(element, 'dry-run-table')).not.toBeNull();
    });

    it('keeps the admin on Diagnose when the draft cannot be created', async () => {
        flow.mockCreate.mockRejectedValue({
            body: { message: 'Create the remediation run failed: You lack Manage Users.' }
        });
        const element = await loaded();
        await flow.click(element, 'proceed');
        expect(flow.q(element, 'step-error').textContent).toBe(
            'Create the remediation run failed: You lack Manage Users.'
        );
        expect(flow.heading(element)).toBe('Step 1 of 5: Diagnose');
    });

    it('needs a window before Confirm and resets it when the business hours change', async () => {
        flow.mockPropose.mockResolvedValue([]);
        const element = await loaded();
        await flow.click(element, 'proceed');
        await flow.click(element, 'to-schedule');
        await flow.flush();
        expect(flow.q(element, 'to-confirm').disabled).toBe(true);
        flow.q(element, 'business-hours').dispatchEvent(
            new CustomEvent('change', { detail: { value: businessHours[1].id } })
        );
        await flow.flush();
        expect(flow.q(element, 'hours-summary').textContent).toContain('Europe/Paris');
        expect(flow.q(element, 'to-confirm').disabled).toBe(true);
        await flow.click(element, 'back');
        expect(flow.heading(element)).toBe('Step 2 of 5: Review snapshot');
    });

    it('continues an existing draft from the history instead of creating another', async () => {
        flow.mockStatus.mockResolvedValue(draft);
        const element = await loaded(affected, runsBeforeSchedule);
        expect(flow.q(element, 'proceed').label).toBe('Continue with draft RR-0002');
        await flow.click(element, 'proceed');
        expect(flow.mockCreate).not.toHaveBeenCalled();
        expect(flow.mockStatus).toHaveBeenCalledWith({ runId: draft.id });
        expect(flow.heading(element)).toBe('Step 2 of 5: Review snapshot');
    });

    it('opens runs from the history: a draft in the wizard, any other run in the monitor', async () => {
        flow.mockStatus.mockResolvedValue(draft);
        const element = await loaded(affected, runsBeforeSchedule);
        const history = deepQuery(element, 'c-remediation-run-history')!;
        history.dispatchEvent(new CustomEvent('open', { detail: runsBeforeSchedule[1] }));
        await flow.flush();
        expect(flow.heading(element)).toBe('Step 5 of 5: Monitor');
        expect((deepQuery(element, 'c-remediation-run-monitor') as HTMLElement & { runId: string }).runId).toBe(
            runsBeforeSchedule[1].id
        );
        history.dispatchEvent(new CustomEvent('open', { detail: runsBeforeSchedule[0] }));
        await flow.flush();
        expect(flow.heading(element)).toBe('Step 2 of 5: Review snapshot');
    });

    it('flags a Failed Voice run at the top of Diagnose and opens it in the monitor instead of offering a new draft', async () => {
        flow.mockStatus.mockResolvedValue(runFailed);
        const element = await loaded(affected, runsFailedOrg);
        await flow.flush();
        expect(flow.mockStatus).toHaveBeenCalledWith({ runId: runsFailedOrg[0].id });
        const banner = flow.q(element, 'stuck-run');
        expect(banner.getAttribute('role')).toBe('alert');
        const diagnoseSection = flow.q(element, 'diagnose');
        // At the top of Diagnose: before the summary and the checks.
        expect(diagnoseSection.firstElementChild).toBe(banner);
        expect(flow.q(element, 'stuck-run-text').textContent).toBe(
            'Run RR-0001 failed at Rename "Salesforce Voice Permission Set" to "Salesforce Voice Permission Set DoNotUse": INSUFFICIENT_ACCESS_OR_READONLY: insufficient access rights on object id (the running user lacks Customize Application). Resume it or undo it before starting a new fix.'
        );
        const open = flow.q(element, 'open-stuck');
        expect(open.label).toBe('Open RR-0001');
        // Creating a draft is no longer the primary action.
        expect((flow.q(element, 'proceed') as unknown as { variant: string }).variant).toBe('neutral');
        await expect(element).toBeAccessible();

        open.click();
        await flow.flush();
        expect(flow.heading(element)).toBe('Step 5 of 5: Monitor');
        expect((deepQuery(element, 'c-remediation-run-monitor') as HTMLElement & { runId: string }).runId).toBe(
            runsFailedOrg[0].id
        );
    });

    it('names the failed step from the list when the details cannot be loaded, and clears once the run moves on', async () => {
        flow.mockStatus.mockRejectedValue({ body: { message: 'Load the remediation run failed: gone.' } });
        const element = await loaded(affected, runsFailedOrg);
        await flow.flush();
        expect(flow.q(element, 'stuck-run-text').textContent).toBe(
            `Run RR-0001 failed at RENAME_OLD_SET: ${runsFailedOrg[0].lastError!.replace(/\.$/, '')}. Resume it or undo it before starting a new fix.`
        );
        const history = deepQuery(element, 'c-remediation-run-history')!;
        history.dispatchEvent(
            new CustomEvent('loaded', { detail: [{ ...runsFailedOrg[0], status: 'Scheduled', lastError: null }] })
        );
        await flow.flush();
        expect(flow.q(element, 'stuck-run')).toBeNull();
        expect((flow.q(element, 'proceed') as unknown as { variant: string }).variant).toBe('brand');
    });

    it('says when a failed run recorded no error message', async () => {
        const element = await loaded(affected, []);
        const history = deepQuery(element, 'c-remediation-run-history')!;
        history.dispatchEvent(
            new CustomEvent('loaded', { detail: [{ ...runFailed, lastError: null, currentStepKey: null, steps: [] }] })
        );
        await flow.flush();
        expect(flow.q(element, 'stuck-run-text').textContent).toBe(
            'Run RR-0001 failed: no error message was recorded. Resume it or undo it before starting a new fix.'
        );
    });

    it('flags a Paused Voice run the same way', async () => {
        const element = await loaded(affected, []);
        const history = deepQuery(element, 'c-remediation-run-history')!;
        history.dispatchEvent(new CustomEvent('loaded', { detail: [runPaused] }));
        await flow.flush();
        expect(flow.mockStatus).not.toHaveBeenCalled();
        const stepLabel = runPaused.steps!.find((step) => step.stepKey === runPaused.currentStepKey)!.label;
        expect(flow.q(element, 'stuck-run-text').textContent).toBe(
            `Run RR-0002 is paused at ${stepLabel}: it was paused by an administrator. Resume it or undo it before starting a new fix.`
        );
        await expect(element).toBeAccessible();
    });

    it('shows no run banner when the latest run is neither Failed nor Paused', async () => {
        const element = await loaded(affected, runsBeforeSchedule);
        await flow.flush();
        expect(flow.q(element, 'stuck-run')).toBeNull();
        expect((flow.q(element, 'proceed') as unknown as { variant: string }).variant).toBe('brand');
    });

    it("shows the Schedule and Confirm steps in the business hours' time zone, named", async () => {
        const element = await loaded();
        await flow.click(element, 'proceed');
        await flow.click(element, 'to-schedule');
        const picker = () => deepQuery(element, 'c-remediation-window-picker') as HTMLElement & { timeZone: string };
        expect(picker().timeZone).toBe('America/New_York');
        const combobox = flow.q(element, 'business-hours');
        combobox.dispatchEvent(new CustomEvent('change', { detail: { value: businessHours[1].id } }));
        await flow.flush();
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
        await flow.click(element, 'to-confirm');
        const facts = flow.q(element, 'confirm-facts').textContent!;
        expect(facts).toContain('Sat 28 Nov 2026 19:00 (Europe/Paris)');
        expect(facts).toContain('EMEA support (Europe/Paris)');
        await expect(element).toBeAccessible();
    });

    it('falls back to CONFIRM only when no org name is known, and lists no business hours on error', async () => {
        flow.mockDiagnose.mockResolvedValue({ ...affected, orgName: null });
        flow.mockRuns.mockResolvedValue([]);
        const element = mount();
        flow.contextAdapter.error({ message: 'no access' });
        flow.hoursAdapter.error({ message: 'Load the business hours failed: no access' });
        await flow.flush();
        await flow.toConfirm(element);
        await flow.flush();
        expect(flow.q(element, 'confirmation').label).toBe('Type CONFIRM to schedule the run');
        await flow.click(element, 'back');
        expect(flow.q(element, 'hours-error').textContent).toContain('Load the business hours failed: no access');
        expect(flow.q(element, 'business-hours')).toBeNull();
    });
});
