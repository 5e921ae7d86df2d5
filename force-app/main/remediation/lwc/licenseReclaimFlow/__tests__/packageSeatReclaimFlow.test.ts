// First: the RemediationController mocks must be in place before the component is imported.
import * as flow from '@test/remediationFlowTestUtils';
import LicenseReclaimFlow from 'c/licenseReclaimFlow';
import type { RemediationDiagnosisDto, RemediationRunDto } from '@apex-types/remediation';
import { deepQuery, mountComponent } from '@test/lwcTestUtils';

// The package-seat reclaim (RECLAIM_PACKAGE_SEATS) through c-license-reclaim-flow: its diagnosis
// (c-package-seat-diagnosis) and review (c-package-seat-review) in the flow, on fixtures shaped like the unneeded-PSL
// reclaim's (generated from the preview simulation) with the package plan's values.
const businessHours = require('../../voiceFixWizard/__tests__/data/businessHours.json');
const pslTargets: RemediationDiagnosisDto = require('./data/diagnosisTargets.json');
const pslDraft: RemediationRunDto = require('./data/runDraft.json');
const snapshot = require('./data/snapshot.json');
const dryRunResult = require('./data/dryRun.json');
const windows = require('./data/windows.json');
const scheduled: RemediationRunDto = require('./data/runScheduled.json');

const FINDING = 'a03PV0000000040AAA';
const targets: RemediationDiagnosisDto = {
    ...pslTargets,
    planType: 'RECLAIM_PACKAGE_SEATS',
    licenseDeveloperName: 'acme',
    licenseLabel: 'acme',
    seatsTotal: 25,
    seatsUsed: 25,
    seatsToFree: 2,
    summary: '2 acme seats are held by the selected inactive or deactivated users.'
};
const siteWide: RemediationDiagnosisDto = {
    ...targets,
    affected: false,
    affectedReason: 'NO_TARGETS',
    canProceed: false,
    seatsToFree: 0,
    summary: 'The docgen licence is site-wide: every user is licensed, so removing seats frees nothing.',
    checks: targets.checks.filter((check) => !['SNAPSHOT_SIZE', 'SEATS', 'DURATION'].includes(check.key))
};
const draft: RemediationRunDto = {
    ...pslDraft,
    planType: 'RECLAIM_PACKAGE_SEATS',
    licenseDeveloperName: 'acme',
    licenseLabel: 'acme',
    seatsExpectedToFree: 2
};

async function mounted(diagnosis: RemediationDiagnosisDto = targets): Promise<HTMLElement> {
    flow.mockDiagnose.mockResolvedValue(diagnosis);
    const element = mountComponent('c-license-reclaim-flow', LicenseReclaimFlow, {
        planType: 'RECLAIM_PACKAGE_SEATS',
        licenseDeveloperName: 'acme',
        licenseLabel: 'acme',
        targetIds: [FINDING, 'a03PV0000000041AAA']
    });
    flow.hoursAdapter.emit(businessHours);
    await flow.flush();
    return element;
}

describe('c-license-reclaim-flow for package seats', () => {
    beforeEach(() => flow.answerWith({ draft, snapshot, windows, dryRun: dryRunResult, scheduled }));
    afterEach(flow.cleanUp);

    it('shows a spinner while it checks the package seats', async () => {
        flow.mockDiagnose.mockReturnValue(new Promise(() => undefined));
        const element = mountComponent('c-license-reclaim-flow', LicenseReclaimFlow, {
            planType: 'RECLAIM_PACKAGE_SEATS',
            licenseDeveloperName: 'acme',
            targetIds: [FINDING]
        });
        await flow.flush();
        expect(deepQuery(element, '[data-id="diagnose"] lightning-spinner')).not.toBeNull();
        expect(flow.q(element, 'title').textContent).toBe('Reclaim acme package seats (1 selected finding)');
        await expect(element).toBeAccessible();
    });

    it('diagnoses the selected seats with the seats to remove and what undo does', async () => {
        const element = await mounted();
        expect(flow.mockDiagnose).toHaveBeenCalledWith(
            flow.planTarget('RECLAIM_PACKAGE_SEATS', [FINDING, 'a03PV0000000041AAA'], 'acme', null)
        );
        expect(flow.q(element, 'diagnosis-summary').textContent).toContain('inactive or deactivated users');
        expect(flow.q(element, 'seats').textContent).toContain('2 acme seats to remove (25 of 25 used now)');
        expect(flow.q(element, 'seats').textContent).toContain('a seat taken meanwhile is listed on its row');
        expect(flow.q(element, 'proceed').disabled).toBe(false);
        await expect(element).toBeAccessible();
    });

    it('says there is nothing to reclaim for a site-wide licence', async () => {
        const element = await mounted(siteWide);
        expect(flow.q(element, 'diagnosis-summary').textContent).toContain('site-wide');
        expect(flow.q(element, 'nothing-to-do').textContent).toContain('the licence is site-wide');
        expect(flow.q(element, 'proceed').disabled).toBe(true);
        expect(flow.q(element, 'seats')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('shows a readable diagnosis error', async () => {
        flow.mockDiagnose.mockRejectedValueOnce({ body: { message: 'Check the remediation plan failed: no access' } });
        const element = mountComponent('c-license-reclaim-flow', LicenseReclaimFlow, {
            planType: 'RECLAIM_PACKAGE_SEATS',
            licenseDeveloperName: 'acme',
            targetIds: [FINDING]
        });
        await flow.flush();
        expect(flow.q(element, 'diagnosis-error').textContent).toContain('no access');
        await expect(element).toBeAccessible();
    });

    it('reviews the snapshot of package seats, then confirms with the package facts', async () => {
        const element = await mounted();
        await flow.click(element, 'proceed');
        expect(flow.heading(element)).toBe('Step 2 of 5: Review snapshot');
        expect(flow.q(element, 'review-summary').textContent).toBe(
            `${draft.name} recorded 2 acme seats to remove. Undo re-inserts each one; a seat someone took meanwhile ` +
                'is marked Error on its row with the reason. Export the snapshot to keep your own copy.'
        );
        const table = deepQuery(element, 'c-remediation-snapshot-table') as HTMLElement & { initialKind: string };
        expect(table.initialKind).toBe('PACKAGE_SEAT');
        await expect(element).toBeAccessible();

        await flow.click(element, 'to-schedule');
        await flow.flush();
        await flow.click(element, 'to-confirm');
        expect(flow.heading(element)).toBe('Step 4 of 5: Confirm');
        expect(flow.q(element, 'confirm-facts').textContent).toContain('Package (namespace)');
        expect(flow.q(element, 'confirm-facts').textContent).toContain('acme');
        await expect(element).toBeAccessible();
    });
});
