import { planOf, planTypes, RECLAIM_PACKAGE_SEATS, RECLAIM_UNNEEDED_PSL, VOICE_PSL_FIX } from 'c/remediationPlans';
import type { RemediationDiagnosisDto, RemediationRunDto } from '@apex-types/remediation';

const request = (targetIds: string[] = []) => ({
    planType: RECLAIM_UNNEEDED_PSL,
    targetIds,
    licenseDeveloperName: 'EinsteinAnalyticsPlusPsl',
    licenseLabel: ''
});
const run = { name: 'RR-0003', snapshotUserCount: 2, snapshotAppCount: 1 } as RemediationRunDto;

describe('c/remediationPlans', () => {
    it('lists the plan types the engine runs, each with the words the flow needs', () => {
        expect(planTypes()).toEqual([VOICE_PSL_FIX, RECLAIM_UNNEEDED_PSL, RECLAIM_PACKAGE_SEATS]);
        for (const type of planTypes()) {
            const plan = planOf(type);
            expect(plan.stepsLabel).not.toBe('');
            expect(plan.checkingText).not.toBe('');
            expect(plan.blockedText).not.toBe('');
        }
    });

    it('refuses an unknown plan type by name', () => {
        expect(() => planOf('MYSTERY')).toThrow('Unknown remediation plan type: MYSTERY');
    });

    it('titles the reclaim by its license and selection, the diagnosis label first', () => {
        const reclaim = planOf(RECLAIM_UNNEEDED_PSL);
        expect(reclaim.title(request(), undefined)).toBe('Reclaim EinsteinAnalyticsPlusPsl assignments (all unneeded)');
        expect(
            reclaim.title(request(['a', 'b']), { licenseLabel: 'CRM Analytics Plus' } as RemediationDiagnosisDto)
        ).toBe('Reclaim CRM Analytics Plus assignments (2 selected findings)');
        expect(reclaim.facts(run, request(), undefined)).toEqual([
            { key: 'license', label: 'License', value: 'EinsteinAnalyticsPlusPsl' }
        ]);
    });

    it('gives the Voice fix its history, its users and apps, and no close button', () => {
        const voice = planOf(VOICE_PSL_FIX);
        expect(voice.title(request(), undefined)).toBe('Voice PSL fix (KB 005316943)');
        expect(voice.showHistory).toBe(true);
        expect(voice.closeLabel).toBe('');
        expect(voice.facts(run, request(), undefined).map((fact) => `${fact.label}: ${fact.value}`)).toEqual([
            'Users: 2',
            'Connected apps: 1'
        ]);
    });
});
