import {
    checkStatusMeta,
    confirmationMatches,
    describeRun,
    formatMinutes,
    holdLabel,
    isActiveStatus,
    isTerminalStatus,
    runBadgeClass,
    stepStatusMeta
} from 'c/remediationFormat';
import type { RemediationRunDto } from '@apex-types/remediation';

const scheduled: RemediationRunDto = require('../../remediationRunMonitor/__tests__/data/runScheduled.json');

describe('c/remediationFormat', () => {
    it('knows which statuses are polled and which are final', () => {
        expect(isActiveStatus('Scheduled')).toBe(true);
        expect(isActiveStatus('Running')).toBe(true);
        for (const status of ['Draft', 'Paused', 'Completed', 'Failed', 'Undone', 'Bogus', null]) {
            expect(isActiveStatus(status)).toBe(false);
        }
        expect(isTerminalStatus('Completed')).toBe(true);
        expect(isTerminalStatus('Failed')).toBe(true);
        expect(isTerminalStatus('Undone')).toBe(true);
        expect(isTerminalStatus('Paused')).toBe(false);
    });

    it('gives every status a badge, step and check icons', () => {
        expect(runBadgeClass('Completed')).toContain('slds-theme_success');
        expect(runBadgeClass('Failed')).toContain('slds-theme_error');
        expect(runBadgeClass('Paused')).toContain('slds-theme_warning');
        expect(runBadgeClass('Whatever')).toBe('slds-badge');
        expect(stepStatusMeta('Completed')).toEqual({ label: 'Done', icon: 'utility:success', variant: 'success' });
        expect(stepStatusMeta('Skipped').label).toBe('Nothing to do');
        expect(stepStatusMeta('Odd').label).toBe('Odd');
        expect(stepStatusMeta(null).label).toBe('');
        expect(checkStatusMeta('warn')).toEqual({ label: 'Warning', icon: 'utility:warning', variant: 'warning' });
        expect(checkStatusMeta('fail').variant).toBe('error');
        expect(checkStatusMeta('maybe').icon).toBe('utility:info');
        expect(checkStatusMeta(undefined).label).toBe('');
    });

    it('formats times and durations', () => {
        expect(formatMinutes(1)).toBe('about 1 minute');
        expect(formatMinutes(45)).toBe('about 45 minutes');
        expect(formatMinutes(120)).toBe('about 2 h');
        expect(formatMinutes(125)).toBe('about 2 h 5 min');
        expect(formatMinutes(null)).toBe('');
        expect(formatMinutes(-1)).toBe('');
    });

    it('accepts the org name or CONFIRM, trimmed and in any case', () => {
        expect(confirmationMatches('CONFIRM', 'Acme')).toBe(true);
        expect(confirmationMatches('  confirm ', null)).toBe(true);
        expect(confirmationMatches(' acme ', 'Acme')).toBe(true);
        expect(confirmationMatches('Acm', 'Acme')).toBe(false);
        expect(confirmationMatches('', 'Acme')).toBe(false);
        expect(confirmationMatches(undefined, undefined)).toBe(false);
    });

    it('describes a run in every status', () => {
        const run = (patch: Partial<RemediationRunDto>): RemediationRunDto => ({ ...scheduled, ...patch });
        expect(describeRun(run({ status: 'Draft' }))).toMatch(/^Draft/);
        expect(describeRun(run({ status: 'Scheduled' }))).toMatch(/^The run is scheduled for /);
        expect(describeRun(run({ status: 'Scheduled', nextScheduledTime: null, scheduledStart: null }))).toBe(
            'The run is scheduled for the next out-of-hours window.'
        );
        expect(describeRun(run({ status: 'Scheduled', direction: 'Undo' }))).toMatch(/^The undo is scheduled/);
        expect(describeRun(run({ status: 'Running' }))).toBe('The run is in progress.');
        expect(describeRun(run({ status: 'Running', direction: 'Undo' }))).toMatch(/undo is running/);
        expect(describeRun(run({ status: 'Paused', pauseReason: 'ADMIN' }))).toMatch(/Paused by an admin/);
        expect(describeRun(run({ status: 'Paused', pauseReason: 'BUSINESS_HOURS' }))).toMatch(
            /business hours began; it resumes by itself/
        );
        expect(describeRun(run({ status: 'Completed', verificationMessage: 'Verified.' }))).toBe('Verified.');
        expect(describeRun(run({ status: 'Completed', verificationMessage: null }))).toBe('Every step finished.');
        expect(describeRun(run({ status: 'Failed', lastError: 'Boom.' }))).toMatch(/A step failed: Boom\./);
        expect(describeRun(run({ status: 'Failed', lastError: null }))).toMatch(/A step failed\. Resume/);
        expect(describeRun(run({ status: 'Undone' }))).toMatch(/^Undone/);
        expect(describeRun(run({ status: 'Mystery' as RemediationRunDto['status'] }))).toBe('Mystery');
    });

    it('explains the holds only an admin can clear: re-approval, lost permission, integrity failure', () => {
        const run = (patch: Partial<RemediationRunDto>): RemediationRunDto => ({ ...scheduled, ...patch });
        expect(describeRun(run({ status: 'Paused', pauseReason: 'REAPPROVAL' }))).toMatch(
            /^Paused for re-approval: .*create a new plan/
        );
        expect(describeRun(run({ status: 'Paused', pauseReason: 'AUTHORITY' }))).toMatch(/lost a permission/);
        expect(describeRun(run({ status: 'Failed', pauseReason: 'INTEGRITY', lastError: 'x' }))).toMatch(
            /^Integrity failure: .*neither resumed nor undone/
        );
        expect(describeRun(run({ status: 'Paused', pauseReason: 'INTEGRITY' }))).toMatch(/^Stopped: /);
        expect(holdLabel(run({ pauseReason: 'REAPPROVAL' }))).toBe('Paused for re-approval');
        expect(holdLabel(run({ pauseReason: 'AUTHORITY' }))).toBe('Permission lost');
        expect(holdLabel(run({ pauseReason: 'INTEGRITY' }))).toBe('Integrity failure');
        expect(holdLabel(run({ pauseReason: 'ADMIN' }))).toBe('');
        expect(holdLabel(run({ pauseReason: 'BUSINESS_HOURS' }))).toBe('');
        expect(holdLabel(null)).toBe('');
    });
});
