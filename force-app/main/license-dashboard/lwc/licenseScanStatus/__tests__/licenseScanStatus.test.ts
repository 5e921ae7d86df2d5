import LicenseScanStatus from 'c/licenseScanStatus';
import getScanStatus from '@salesforce/apex/LicenseDashboardController.getScanStatus';
import getScanSchedule from '@salesforce/apex/LicenseDashboardController.getScanSchedule';
import startScan from '@salesforce/apex/LicenseDashboardController.startScan';
import scheduleNightlyScan from '@salesforce/apex/LicenseDashboardController.scheduleNightlyScan';
import unscheduleNightlyScan from '@salesforce/apex/LicenseDashboardController.unscheduleNightlyScan';
import { refreshApex } from '@salesforce/apex';
import { createApexTestWireAdapter } from '@salesforce/sfdx-lwc-jest';
import {
    atFixedTimeEachTest,
    expectNullsMayBeLeftOut,
    fixNow,
    flush,
    mountComponent,
    renderOnce
} from '@test/lwcTestUtils';

const TOAST_EVENT = 'lightning__showtoast';
const scanCompleted = require('./data/scanCompleted.json');
const scanCompletedManual = require('./data/scanCompletedManual.json');
const scanQueued = require('./data/scanQueued.json');
const scanRunning = require('./data/scanRunning.json');
const scanNone = require('./data/scanNone.json');
const scanFailed = require('./data/scanFailed.json');
const scheduleOn = require('./data/scheduleOn.json');
const scheduleOff = require('./data/scheduleOff.json');

jest.mock(
    '@salesforce/apex/LicenseDashboardController.getScanStatus',
    () => require('@test/lwcTestUtils').wiredApexModule(),
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/LicenseDashboardController.getScanSchedule',
    () => require('@test/lwcTestUtils').wiredApexModule(),
    { virtual: true }
);
jest.mock('@salesforce/apex/LicenseDashboardController.startScan', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/LicenseDashboardController.scheduleNightlyScan', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/LicenseDashboardController.unscheduleNightlyScan', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), { virtual: true });
jest.mock('lightning/confirm', () => ({ __esModule: true, default: { open: jest.fn() } }));
const confirmMock: jest.Mock = jest.requireMock('lightning/confirm').default.open;

const statusWire = getScanStatus as unknown as ReturnType<typeof createApexTestWireAdapter>;
const scheduleWire = getScanSchedule as unknown as ReturnType<typeof createApexTestWireAdapter>;
const startScanMock = startScan as unknown as jest.Mock;
const scheduleMock = scheduleNightlyScan as unknown as jest.Mock;
const unscheduleMock = unscheduleNightlyScan as unknown as jest.Mock;

const mount = (): HTMLElement => mountComponent('c-license-scan-status', LicenseScanStatus);

const $ = (element: HTMLElement, id: string) =>
    element.shadowRoot!.querySelector(`[data-id="${id}"]`) as HTMLElement & { disabled: boolean; label: string };

// sa11y over a whole rendered section is slow on a busy machine: allow more than the 5 s default.

describe('c-license-scan-status', () => {
    // Ten hours after the fixtures' nightly scan (Nov 23, 02:00 UTC), before the next run (Nov 24, 02:00 UTC).
    atFixedTimeEachTest('2026-11-23T12:00:00.000Z');

    it('renders results whose null properties were left out exactly like the ones that spell them out', async () => {
        const pairs = [
            [scanNone, scheduleOff],
            [scanQueued, scheduleOn],
            [scanFailed, scheduleOff]
        ];
        await expectNullsMayBeLeftOut(pairs, ([status, schedule]) =>
            renderOnce('c-license-scan-status', LicenseScanStatus, () => {
                statusWire.emit(status);
                scheduleWire.emit(schedule);
            })
        );
    });

    it('shows a spinner and disables Scan now until the status arrives', async () => {
        const element = mount();
        expect(element.shadowRoot!.querySelector('lightning-spinner')).not.toBeNull();
        expect($(element, 'scan-now').disabled).toBe(true);
        expect($(element, 'schedule-text').textContent).toBe('Loading the schedule…');
        await expect(element).toBeAccessible();
    });

    it('shows the last completed scan with its timings and the nightly schedule', async () => {
        const element = mount();
        statusWire.emit(scanCompleted);
        scheduleWire.emit(scheduleOn);
        await flush();
        expect($(element, 'status-badge').textContent).toBe('Completed');
        expect($(element, 'live-status').getAttribute('aria-live')).toBe('polite');
        // One spoken source: the badge is hidden from screen readers, the sentence carries the status once.
        expect($(element, 'status-badge').getAttribute('aria-hidden')).toBe('true');
        expect($(element, 'live-text').textContent).toBe('Completed 9 hours ago: 9 findings.');
        expect($(element, 'age').textContent).toBe('9 hours ago');
        expect($(element, 'stale')).toBeNull();
        expect($(element, 'missed')).toBeNull();
        expect($(element, 'trigger').textContent).toBe('Nightly schedule (Ada Admin)');
        expect($(element, 'duration').textContent).toBe('41 s');
        expect($(element, 'chunks').textContent).toBe('1 of 1');
        expect($(element, 'users').textContent).toBe('16');
        expect($(element, 'findings').textContent).toBe('9');
        expect($(element, 'schedule-text').textContent).toContain('Nightly at 02:00 · next run');
        expect($(element, 'scan-now').disabled).toBe(false);
        expect($(element, 'scan-now').label).toBe('Scan now');
        expect($(element, 'unschedule-button').disabled).toBe(false);
        expect($(element, 'schedule-button').label).toBe('Reschedule');
        await expect(element).toBeAccessible();
    });

    it('invites to run the first scan when none ever ran', async () => {
        const element = mount();
        statusWire.emit(scanNone);
        scheduleWire.emit(scheduleOff);
        await flush();
        expect($(element, 'status-badge').textContent).toBe('Never run');
        expect($(element, 'never-ran')).not.toBeNull();
        expect($(element, 'scan-details')).toBeNull();
        expect($(element, 'schedule-text').textContent).toBe('No nightly scan is scheduled.');
        expect($(element, 'unschedule-button').disabled).toBe(true);
        await expect(element).toBeAccessible();
    });

    it('shows why a scan failed', async () => {
        const element = mount();
        statusWire.emit(scanFailed);
        await flush();
        expect($(element, 'status-badge').textContent).toBe('Failed');
        expect($(element, 'chunks').textContent).toBe('0 of 1, 1 failed');
        const alert = $(element, 'scan-error');
        expect(alert.textContent).toContain('ended with status Aborted');
        expect(alert.className).toContain('slds-alert_error');
        statusWire.emit({ ...scanFailed, status: 'CompletedWithErrors' });
        await flush();
        expect($(element, 'scan-error').className).toContain('slds-alert_warning');
        await expect(element).toBeAccessible();
    });

    it('starts a scan, polls while it runs and announces its completion', async () => {
        jest.useFakeTimers();
        startScanMock.mockResolvedValue(scanQueued);
        const element = mount();
        const completed = jest.fn();
        const toast = jest.fn();
        element.addEventListener('scancomplete', completed);
        element.addEventListener(TOAST_EVENT, toast);
        statusWire.emit(scanCompleted);
        scheduleWire.emit(scheduleOn);
        await flush();

        $(element, 'scan-now').dispatchEvent(new CustomEvent('click'));
        await flush();
        expect(startScanMock).toHaveBeenCalledTimes(1);
        expect(toast).toHaveBeenCalledTimes(1);
        expect($(element, 'status-badge').textContent).toBe('Queued');
        expect($(element, 'scan-now').disabled).toBe(true);
        expect($(element, 'scan-now').label).toBe('Scan running…');

        jest.advanceTimersByTime(3000);
        expect(refreshApex).toHaveBeenCalledTimes(1);
        statusWire.emit(scanRunning);
        await flush();
        expect($(element, 'live-status').textContent).toContain('Running: 0 of 1 chunks');
        expect($(element, 'progress')).not.toBeNull();

        jest.advanceTimersByTime(3000);
        expect(refreshApex).toHaveBeenCalledTimes(2);
        statusWire.emit(scanCompletedManual);
        await flush();
        expect(completed).toHaveBeenCalledTimes(1);
        expect(completed.mock.calls[0][0].detail).toEqual({ status: 'Completed' });
        expect($(element, 'trigger').textContent).toBe('Scan now (Preview Admin)');
        jest.advanceTimersByTime(10000);
        expect(refreshApex).toHaveBeenCalledTimes(2);
    });

    it('shows a running scan accessibly, with its progress', async () => {
        const element = mount();
        statusWire.emit(scanRunning);
        scheduleWire.emit(scheduleOn);
        await flush();
        expect($(element, 'status-badge').textContent).toBe('Running');
        expect($(element, 'finished').textContent).toBe('—');
        expect($(element, 'duration').textContent).toBe('—');
        await expect(element).toBeAccessible();
    });

    it('shows why Scan now was refused and re-reads the status', async () => {
        startScanMock.mockRejectedValue({
            body: {
                message:
                    'A findings scan is already running (started … by Ada Admin, 3 of 10 chunks done). Wait for it to finish.'
            }
        });
        const element = mount();
        statusWire.emit(scanCompleted);
        await flush();
        $(element, 'scan-now').dispatchEvent(new CustomEvent('click'));
        await flush();
        expect($(element, 'action-error').textContent).toContain('A findings scan is already running');
        expect(refreshApex).toHaveBeenCalledTimes(1);
        expect($(element, 'scan-now').disabled).toBe(false);
        await expect(element).toBeAccessible();
    });

    it('schedules and unschedules the nightly scan', async () => {
        scheduleMock.mockResolvedValue({ ...scheduleOn, hourOfDay: 5, cronExpression: '0 0 5 * * ?' });
        unscheduleMock.mockResolvedValue(scheduleOff);
        const element = mount();
        const toast = jest.fn();
        element.addEventListener(TOAST_EVENT, toast);
        statusWire.emit(scanCompleted);
        scheduleWire.emit(scheduleOff);
        await flush();
        expect($(element, 'schedule-button').label).toBe('Schedule nightly scan');

        $(element, 'hour').dispatchEvent(new CustomEvent('change', { detail: { value: '5' } }));
        $(element, 'schedule-button').dispatchEvent(new CustomEvent('click'));
        await flush();
        expect(scheduleMock).toHaveBeenCalledWith({ hourOfDay: 5 });
        expect($(element, 'schedule-text').textContent).toContain('Nightly at 05:00');
        expect(toast).toHaveBeenCalledTimes(1);

        // Removing asks first; Cancel keeps the schedule.
        confirmMock.mockResolvedValueOnce(false);
        $(element, 'unschedule-button').dispatchEvent(new CustomEvent('click'));
        await flush();
        expect(confirmMock).toHaveBeenCalledTimes(1);
        expect(confirmMock.mock.calls[0][0]).toMatchObject({ label: 'Remove the nightly scan?', theme: 'warning' });
        expect(unscheduleMock).not.toHaveBeenCalled();
        expect($(element, 'schedule-text').textContent).toContain('Nightly at 05:00');

        confirmMock.mockResolvedValueOnce(true);
        $(element, 'unschedule-button').dispatchEvent(new CustomEvent('click'));
        await flush();
        expect(unscheduleMock).toHaveBeenCalledTimes(1);
        expect($(element, 'schedule-text').textContent).toBe('No nightly scan is scheduled.');
    });

    it('warns that the findings are stale and that the scheduled scan was missed', async () => {
        // Ten days later: the nightly job never fired again.
        fixNow('2026-12-03T17:00:00.000Z');
        const element = mount();
        statusWire.emit(scanCompleted);
        scheduleWire.emit(scheduleOn);
        await flush();
        expect($(element, 'live-text').textContent).toBe('Completed 10 days ago: 9 findings.');
        expect($(element, 'age').textContent).toBe('10 days ago');
        const stale = $(element, 'stale');
        expect(stale.textContent).toContain('Out of date.');
        expect(stale.textContent).toContain('finished 10 days ago (Nov 22, 6:00 PM)');
        expect(stale.querySelector('lightning-helptext')).not.toBeNull();
        const missed = $(element, 'missed');
        expect(missed.textContent).toContain('The nightly scan did not run: it was due Nov 23, 6:00 PM (9 days ago).');
        expect($(element, 'jobs-link').getAttribute('href')).toBe('/lightning/setup/ScheduledJobs/home');
        expect($(element, 'schedule-text').textContent).toContain('was due Nov 23, 6:00 PM');
        await expect(element).toBeAccessible();
    });

    it('does not call a running scan stale', async () => {
        fixNow('2026-12-03T17:00:00.000Z');
        const element = mount();
        statusWire.emit({ ...scanCompleted, status: 'Running', isRunning: true, finishedAt: null });
        await flush();
        expect($(element, 'stale')).toBeNull();
        expect($(element, 'age').textContent).toBe('—');
    });

    it('shows schedule errors', async () => {
        scheduleMock.mockRejectedValue({ body: { message: 'Hour of day must be between 0 and 23.' } });
        const element = mount();
        statusWire.emit(scanCompleted);
        scheduleWire.emit(scheduleOn);
        await flush();
        $(element, 'schedule-button').dispatchEvent(new CustomEvent('click'));
        await flush();
        expect($(element, 'schedule-error').textContent).toContain('Hour of day must be between 0 and 23.');
        scheduleWire.error({ message: 'Load the scan schedule failed: no access' });
        await flush();
        expect($(element, 'schedule-error').textContent).toContain('Load the scan schedule failed: no access');
        await expect(element).toBeAccessible();
    });

    it('shows the readable error when the status cannot be read', async () => {
        const element = mount();
        statusWire.error({ message: 'Load the scan status failed: You need the License Steward Admin permission set' });
        await flush();
        expect($(element, 'status-error').textContent).toContain('License Steward Admin permission set');
        expect(element.shadowRoot!.querySelector('lightning-spinner')).toBeNull();
        await expect(element).toBeAccessible();
    });
});
