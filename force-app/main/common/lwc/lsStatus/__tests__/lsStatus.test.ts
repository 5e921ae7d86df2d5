import { badgeClassOf, isMissedRun, isStale, licenseStatusView, scanStatusView, SEVERITY_RANK } from 'c/lsStatus';

const NOW = new Date('2026-12-03T17:00:00.000Z');

describe('c/lsStatus', () => {
    it('ranks license states by danger on one colour scale', () => {
        expect(licenseStatusView('expired')).toMatchObject({ label: 'Expired', severity: 'error' });
        expect(licenseStatusView('overallocated')).toMatchObject({ label: 'Over-allocated', severity: 'error' });
        expect(licenseStatusView('exhausted')).toMatchObject({ label: 'No seats left', severity: 'error' });
        expect(licenseStatusView('warning')).toMatchObject({ label: 'Near limit', severity: 'warning' });
        expect(licenseStatusView('warning', true)).toMatchObject({ label: 'Expiring soon', severity: 'warning' });
        expect(licenseStatusView('warning', true, true).label).toBe('Expiring, near limit');
        expect(licenseStatusView('ok')).toMatchObject({ label: 'OK', severity: 'success', explanation: '' });
        expect(licenseStatusView('expired').badgeClass).toBe('slds-badge slds-theme_error');
        expect(licenseStatusView('warning').badgeClass).toBe('slds-badge slds-theme_warning');
        expect(licenseStatusView('ok').badgeClass).toBe('slds-badge slds-theme_success');
        expect(licenseStatusView('overallocated').explanation).toContain('More seats used than owned');
    });

    it('puts scan states on the same scale', () => {
        expect(scanStatusView('Completed').severity).toBe('success');
        expect(scanStatusView('CompletedWithErrors').severity).toBe('warning');
        expect(scanStatusView('Failed').severity).toBe('error');
        expect(scanStatusView('Running').severity).toBe('neutral');
        expect(scanStatusView('Queued').label).toBe('Queued');
        expect(scanStatusView('None').label).toBe('Never run');
        expect(badgeClassOf('neutral')).toBe('slds-badge slds-badge_lightest');
        expect(SEVERITY_RANK.error).toBeLessThan(SEVERITY_RANK.warning);
    });

    it('tells stale data and missed runs from the render time', () => {
        expect(isStale('2026-11-23T02:14:37.000Z', NOW)).toBe(true);
        expect(isStale('2026-12-03T02:14:37.000Z', NOW)).toBe(false);
        expect(isStale('2026-12-02T02:00:00.000Z', NOW, 24)).toBe(true);
        expect(isStale(null, NOW)).toBe(false);
        expect(isMissedRun('2026-11-24T02:00:00.000Z', NOW)).toBe(true);
        expect(isMissedRun('2026-12-04T02:00:00.000Z', NOW)).toBe(false);
        expect(isMissedRun('2026-12-03T16:45:00.000Z', NOW)).toBe(false);
        expect(isMissedRun(null, NOW)).toBe(false);
    });
});
