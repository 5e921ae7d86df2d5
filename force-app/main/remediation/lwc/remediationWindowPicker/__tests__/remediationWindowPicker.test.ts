import { createElement } from 'lwc';
import RemediationWindowPicker from 'c/remediationWindowPicker';
import proposeWindows from '@salesforce/apex/RemediationController.proposeWindows';
import validateStartTime from '@salesforce/apex/RemediationController.validateStartTime';
import type { RemediationTimeCheckDto, RemediationWindowDto } from '@apex-types/remediation';
import { formatInBusinessZone } from 'c/remediationWindowPicker';
import { cleanUpAfterEach, flush } from '@test/lwcTestUtils';

const windows: RemediationWindowDto[] = require('./data/windows.json');
const valid: RemediationTimeCheckDto = require('./data/timeCheckValid.json');
const inside: RemediationTimeCheckDto = require('./data/timeCheckInside.json');

jest.mock('@salesforce/apex/RemediationController.proposeWindows', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/RemediationController.validateStartTime', () => ({ default: jest.fn() }), {
    virtual: true
});

const mockPropose = proposeWindows as unknown as jest.Mock;
const mockValidate = validateStartTime as unknown as jest.Mock;
const RUN_ID = 'a0XRun200000002AAA';

type Picker = HTMLElement & { runId?: string; businessHoursId?: string | null; timeZone?: string | null };

function mount(onSelect?: jest.Mock, timeZone?: string): Picker {
    const element = createElement('c-remediation-window-picker', { is: RemediationWindowPicker }) as Picker;
    element.runId = RUN_ID;
    if (timeZone) {
        element.timeZone = timeZone;
    }
    element.businessHoursId = '01m5g00000DefltAAA';
    if (onSelect) {
        element.addEventListener('select', (event) => onSelect((event as CustomEvent).detail));
    }
    document.body.appendChild(element);
    return element;
}

/** Lets pending promise callbacks (Apex mocks, re-renders) run: a chain of 5 microtasks. */

function radioGroup(
    element: HTMLElement
): HTMLElement & { options: { label: string; value: string }[]; value: string } {
    return element.shadowRoot!.querySelector('[data-id="window-options"]') as never;
}

function choose(element: HTMLElement, value: string): void {
    radioGroup(element).dispatchEvent(new CustomEvent('change', { detail: { value } }));
}

function typeTime(element: HTMLElement, value: string): void {
    const input = element.shadowRoot!.querySelector('[data-id="custom-time"]') as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new CustomEvent('change'));
}

describe('c-remediation-window-picker', () => {
    cleanUpAfterEach();

    it('offers only the proposed out-of-hours windows (and a custom time), the first chosen', async () => {
        mockPropose.mockResolvedValue(windows);
        const onSelect = jest.fn();
        const element = mount(onSelect);
        expect(element.shadowRoot!.querySelector('lightning-spinner')).not.toBeNull();
        await flush();
        expect(mockPropose).toHaveBeenCalledWith({ runId: RUN_ID, businessHoursId: '01m5g00000DefltAAA', count: 6 });
        const group = radioGroup(element);
        expect(group.options).toHaveLength(windows.length + 1);
        expect(group.options[0].label).toBe(`${windows[0].label} · 14 h available`);
        expect(group.options[windows.length].value).toBe('custom');
        expect(group.value).toBe('0');
        expect(element.shadowRoot!.querySelector('[data-id="estimate"]')!.textContent).toBe(
            'The run needs about 10 minutes (plus a 30-minute margin).'
        );
        expect(onSelect).toHaveBeenLastCalledWith({
            startTime: windows[0].startTime,
            label: windows[0].label,
            valid: true
        });
        await expect(element).toBeAccessible();

        choose(element, '2');
        expect(onSelect).toHaveBeenLastCalledWith({
            startTime: windows[2].startTime,
            label: windows[2].label,
            valid: true
        });
    });

    it('reloads the windows when the business hours change', async () => {
        mockPropose.mockResolvedValueOnce(windows).mockResolvedValueOnce([]);
        const element = mount();
        await flush();
        element.businessHoursId = '01m5g00000Full7AAA';
        await flush();
        expect(mockPropose).toHaveBeenLastCalledWith({
            runId: RUN_ID,
            businessHoursId: '01m5g00000Full7AAA',
            count: 6
        });
        expect(element.shadowRoot!.querySelector('[data-id="no-windows"]')!.textContent).toContain(
            'No out-of-hours window in the next 14 days'
        );
        await expect(element).toBeAccessible();
    });

    it('checks a custom time with the server: invalid with a suggestion, then valid', async () => {
        mockPropose.mockResolvedValue(windows);
        mockValidate
            .mockResolvedValueOnce(inside)
            .mockResolvedValueOnce({ ...valid, startTime: inside.suggestedStart });
        const onSelect = jest.fn();
        const element = mount(onSelect);
        await flush();
        choose(element, 'custom');
        await flush();
        expect(onSelect).toHaveBeenLastCalledWith({ startTime: null, label: '', valid: false });

        typeTime(element, inside.startTime);
        await flush();
        expect(mockValidate).toHaveBeenCalledWith({
            runId: RUN_ID,
            businessHoursId: '01m5g00000DefltAAA',
            startTime: inside.startTime
        });
        const message = element.shadowRoot!.querySelector('[data-id="check-message"]')!;
        expect(message.textContent).toBe(inside.message);
        expect(message.className).toContain('slds-text-color_error');
        expect(onSelect).toHaveBeenLastCalledWith({ startTime: null, label: '', valid: false });
        await expect(element).toBeAccessible();

        (element.shadowRoot!.querySelector('[data-id="use-suggestion"]') as HTMLElement).click();
        await flush();
        expect(mockValidate).toHaveBeenLastCalledWith(expect.objectContaining({ startTime: inside.suggestedStart }));
        expect(element.shadowRoot!.querySelector('[data-id="check-message"]')!.className).toContain(
            'slds-text-color_success'
        );
        expect(onSelect).toHaveBeenLastCalledWith(
            expect.objectContaining({ startTime: inside.suggestedStart, valid: true })
        );
    });

    it("writes every time in the business hours' time zone, named, and takes the custom time in it", async () => {
        mockPropose.mockResolvedValue(windows);
        mockValidate.mockResolvedValueOnce(inside).mockResolvedValueOnce({
            ...valid,
            startTime: inside.suggestedStart,
            estimatedEnd: '2026-11-24T23:10:00.000Z'
        });
        const onSelect = jest.fn();
        const element = mount(onSelect, 'America/New_York');
        await flush();
        choose(element, 'custom');
        await flush();
        const input = element.shadowRoot!.querySelector('[data-id="custom-time"]') as HTMLElement & {
            label: string;
            timezone: string;
        };
        expect(input.label).toBe('Custom start time (America/New_York)');
        // lightning-input reads the typed date/time in this zone and hands back the UTC instant the server gets.
        expect(input.timezone).toBe('America/New_York');

        typeTime(element, inside.startTime);
        await flush();
        const check = element.shadowRoot!.querySelector('[data-id="custom-check"]')!;
        // 23:00 UTC is 18:00 in New York: the same zone and format as the windows, never UTC.
        expect(check.textContent).toContain('Next window that fits: Tue 24 Nov 2026 18:00 (America/New_York).');
        expect(check.textContent).not.toContain('UTC');
        await expect(element).toBeAccessible();

        (element.shadowRoot!.querySelector('[data-id="use-suggestion"]') as HTMLElement).click();
        await flush();
        expect(check.textContent).toContain('Expected to finish by Tue 24 Nov 2026 18:10 (America/New_York).');
        expect(onSelect).toHaveBeenLastCalledWith({
            startTime: inside.suggestedStart,
            label: 'Tue 24 Nov 2026 18:00 (America/New_York)',
            valid: true
        });
        await expect(element).toBeAccessible();
    });

    it('formats instants in a business zone like the server labels', () => {
        expect(formatInBusinessZone('2026-11-24T02:00:00.000Z', 'America/New_York')).toBe(
            'Mon 23 Nov 2026 21:00 (America/New_York)'
        );
        expect(formatInBusinessZone('2026-11-28T08:30:00.000Z', 'Europe/Paris')).toBe(
            'Sat 28 Nov 2026 09:30 (Europe/Paris)'
        );
        expect(formatInBusinessZone('2026-11-24T02:00:00.000Z', 'Not/AZone')).toContain('(Not/AZone)');
        expect(formatInBusinessZone(null, 'America/New_York')).toBe('');
        expect(formatInBusinessZone('garbage', 'America/New_York')).toBe('');
        expect(formatInBusinessZone('2026-11-24T02:00:00.000Z', null)).not.toBe('');
    });

    it("labels the custom time with the viewer's zone when the business hours' zone is unknown", async () => {
        mockPropose.mockResolvedValue(windows);
        const element = mount();
        await flush();
        choose(element, 'custom');
        await flush();
        const input = element.shadowRoot!.querySelector('[data-id="custom-time"]') as HTMLElement & { label: string };
        expect(input.label).toBe('Custom start time (your time zone)');
    });

    it('shows a server error on the custom time and on the windows, with a retry', async () => {
        mockPropose
            .mockRejectedValueOnce({ body: { message: 'Propose out-of-hours windows failed: no access' } })
            .mockResolvedValueOnce(windows);
        mockValidate.mockRejectedValueOnce({ body: { message: 'Pick a start time.' } });
        const element = mount();
        await flush();
        const error = element.shadowRoot!.querySelector('[data-id="windows-error"]')!;
        expect(error.textContent).toContain('Propose out-of-hours windows failed: no access');
        await expect(element).toBeAccessible();
        (error.querySelector('lightning-button') as HTMLElement).click();
        await flush();
        expect(element.shadowRoot!.querySelector('[data-id="windows-error"]')).toBeNull();

        choose(element, 'custom');
        await flush();
        typeTime(element, '2026-11-24T02:00:00.000Z');
        await flush();
        expect(element.shadowRoot!.querySelector('[data-id="custom-check"]')!.textContent).toContain(
            'Pick a start time.'
        );
        typeTime(element, '');
        await flush();
        expect(mockValidate).toHaveBeenCalledTimes(1);
    });
});
