import VoiceCallCalculator, {
    PRESETS,
    minutesText,
    monthlyMinutes,
    parseCallsPerMonth,
    parseDuration
} from 'c/voiceCallCalculator';
import getSettings from '@salesforce/apex/VoiceMinutesController.getSettings';
import { createApexTestWireAdapter } from '@salesforce/sfdx-lwc-jest';
import { cleanUpAfterEach, flush, mountComponent } from '@test/lwcTestUtils';

// Expected figures come from the one vector file shared with the Apex tests.
const vectors = require('../../../staticresources/VoiceMinutesScenarios.json');
const settingsIncrement = require('./data/settingsIncrement.json');
const settingsPerSecond = require('./data/settingsPerSecond.json');

jest.mock(
    '@salesforce/apex/VoiceMinutesController.getSettings',
    () => require('@test/lwcTestUtils').wiredApexModule(),
    { virtual: true }
);

const settingsAdapter = getSettings as unknown as ReturnType<typeof createApexTestWireAdapter>;

interface Scenario {
    id: string;
    fromSeed: boolean;
    segments: { type: string; seconds: number }[];
    expected: Record<string, { voiceSeconds: number; telephonySeconds: number }>;
    seedFigures: { voiceMinutes: number; telephonyMinutes: number } | null;
}
const scenarios: Scenario[] = vectors.scenarios;

const mount = (): HTMLElement => mountComponent('c-voice-call-calculator', VoiceCallCalculator);

const text = (element: HTMLElement, id: string): string =>
    element.shadowRoot!.querySelector(`[data-id="${id}"]`)!.textContent!.trim();

async function pick(element: HTMLElement, presetId: string): Promise<void> {
    (element.shadowRoot!.querySelector(`[data-id="preset-${presetId}"]`) as HTMLElement).click();
    await flush();
}

async function typeInto(input: Element, value: string): Promise<void> {
    (input as HTMLInputElement).value = value;
    input.dispatchEvent(new CustomEvent('change'));
    await flush();
}

const durationField = (element: HTMLElement, index: number): HTMLInputElement =>
    element.shadowRoot!.querySelectorAll('[data-id="duration"]')[index] as HTMLInputElement;

async function setMode(element: HTMLElement, value: string): Promise<void> {
    element
        .shadowRoot!.querySelector('[data-id="mode"]')!
        .dispatchEvent(new CustomEvent('change', { detail: { value } }));
    await flush();
}

describe('c-voice-call-calculator', () => {
    cleanUpAfterEach();

    it('has the vector scenarios as presets, with the same segments', () => {
        expect(PRESETS.map((preset) => preset.id)).toEqual(scenarios.map((scenario) => scenario.id));
        PRESETS.forEach((preset, index) => expect(preset.segments).toEqual(scenarios[index].segments));
    });

    it('formats minutes', () => {
        expect(minutesText(600)).toBe('10');
        expect(minutesText(610)).toBe('10.17');
    });

    it('starts with the first preset in the org mode and is accessible', async () => {
        const element = mount();
        settingsAdapter.emit(settingsIncrement);
        await flush();
        expect(text(element, 'voice-minutes')).toBe('10');
        expect(text(element, 'telephony-minutes')).toBe('10');
        expect(text(element, 'call-duration')).toBe('10:00');
        expect(element.shadowRoot!.querySelectorAll('[data-id="segment"]')).toHaveLength(3);
        await expect(element).toBeAccessible();
    });

    it.each(scenarios.filter((s) => s.fromSeed).map((s) => [s.id, s] as const))(
        'preset %s shows the seed figures',
        async (_id, scenario) => {
            const element = mount();
            settingsAdapter.emit(settingsIncrement);
            await flush();
            await pick(element, scenario.id);
            expect(text(element, 'voice-minutes')).toBe(String(scenario.seedFigures!.voiceMinutes));
            expect(text(element, 'telephony-minutes')).toBe(String(scenario.seedFigures!.telephonyMinutes));
        }
    );

    it.each(['INCREMENT', 'PER_SECOND_MINIMUM'].flatMap((mode) => scenarios.map((s) => [mode, s.id, s] as const)))(
        'in %s mode, preset %s matches the shared vectors',
        async (mode, _id, scenario) => {
            const element = mount();
            settingsAdapter.emit(settingsIncrement);
            await flush();
            await setMode(element, mode);
            await pick(element, scenario.id);
            expect(text(element, 'voice-minutes')).toBe(minutesText(scenario.expected[mode].voiceSeconds));
            expect(text(element, 'telephony-minutes')).toBe(minutesText(scenario.expected[mode].telephonySeconds));
        }
    );

    it('explains consults, external transfers and the rounding of each leg', async () => {
        const element = mount();
        settingsAdapter.emit(settingsIncrement);
        await flush();
        await pick(element, 'consult');
        expect(text(element, 'reasoning')).toContain('A consult runs in parallel');
        const legs = element.shadowRoot!.querySelectorAll('[data-id="leg"]');
        expect(legs).toHaveLength(2);
        expect(legs[1].textContent).toContain('Consult (parallel)');
        expect(legs[1].textContent).toContain('No Voice minutes: the session is already counted while this leg runs');
        await pick(element, 'externalTransfer');
        expect(text(element, 'reasoning')).toContain('telephony only');
        expect(element.shadowRoot!.querySelectorAll('[data-id="leg"]')[0].textContent).toContain(
            '2:05 → 2:10 (up to the next 10-second increment)'
        );
        await expect(element).toBeAccessible();
    });

    it('follows the org setting and says when the admin compares modes', async () => {
        const element = mount();
        settingsAdapter.emit(settingsPerSecond);
        await flush();
        await pick(element, 'warmTransferRounding');
        expect(text(element, 'voice-minutes')).toBe('2.03');
        expect(element.shadowRoot!.textContent).toContain('configured for your org');
        await setMode(element, 'INCREMENT');
        expect(text(element, 'voice-minutes')).toBe('2.33');
        expect(element.shadowRoot!.textContent).toContain('Comparing with the other mode');
    });

    it('builds a custom call and reports impossible sequences', async () => {
        const element = mount();
        settingsAdapter.emit(settingsIncrement);
        await flush();
        (element.shadowRoot!.querySelector('[data-id="add"]') as HTMLElement).click();
        await flush();
        const segments = () => element.shadowRoot!.querySelectorAll('[data-id="segment"]');
        expect(segments()).toHaveLength(4);
        expect(text(element, 'voice-minutes')).toBe('11');
        expect(text(element, 'preset-description')).toBe('Custom call.');

        await typeInto(durationField(element, 3), '7');
        expect(text(element, 'voice-minutes')).toBe('10.17');

        const type = segments()[0].querySelector('lightning-combobox')!;
        type.dispatchEvent(new CustomEvent('change', { detail: { value: 'CONSULT' } }));
        await flush();
        expect(text(element, 'errors')).toContain('a consult needs a rep on a call first');
        expect(text(element, 'voice-minutes')).toBe('–');
        await expect(element).toBeAccessible();

        Array.from(segments())
            .reverse()
            .forEach((segment) => (segment.querySelector('lightning-button') as HTMLElement).click());
        await flush();
        expect(segments()).toHaveLength(0);
        expect(text(element, 'errors')).toBe('Add at least one segment.');
    });

    it('bills a 0 s leg as connected', async () => {
        const element = mount();
        settingsAdapter.emit(settingsIncrement);
        await flush();
        await pick(element, 'abandoned');
        await typeInto(durationField(element, 0), '0');
        expect(text(element, 'voice-minutes')).toBe('0.17');
        expect(text(element, 'reasoning')).toContain('billed as connected (answered or not)');
    });

    it('parses durations as seconds, m:ss or h:mm:ss and explains every rejection', () => {
        expect(parseDuration('125')).toEqual({ ok: true, value: 125 });
        expect(parseDuration(' 2:05 ')).toEqual({ ok: true, value: 125 });
        expect(parseDuration('0:00')).toEqual({ ok: true, value: 0 });
        expect(parseDuration('1:02:05')).toEqual({ ok: true, value: 3725 });
        expect(parseDuration('24:00:00')).toEqual({ ok: true, value: 86400 });
        expect(parseDuration('')).toEqual({ ok: false, message: 'Enter a duration, such as 2:05 or 125 (seconds).' });
        expect(parseDuration('-5')).toEqual({ ok: false, message: 'A duration cannot be negative.' });
        expect(parseDuration('-1:00')).toEqual({ ok: false, message: 'A duration cannot be negative.' });
        const notANumber = 'Enter the duration as mm:ss or whole seconds, such as 2:05 or 125.';
        ['abc', '2.5', '2:5', '1e3', '2:05:', 'NaN'].forEach((input) =>
            expect(parseDuration(input)).toEqual({ ok: false, message: notANumber })
        );
        const colon = 'Minutes and seconds after a colon go from 00 to 59, such as 2:05.';
        expect(parseDuration('2:60')).toEqual({ ok: false, message: colon });
        expect(parseDuration('1:60:00')).toEqual({ ok: false, message: colon });
        expect(parseDuration('86401')).toEqual({
            ok: false,
            message: 'A segment can last at most 24 hours (24:00:00).'
        });
    });

    it('parses calls per month as a whole number and explains every rejection', () => {
        expect(parseCallsPerMonth('1200')).toEqual({ ok: true, value: 1200 });
        expect(parseCallsPerMonth('1,200')).toEqual({ ok: true, value: 1200 });
        expect(parseCallsPerMonth('0')).toEqual({ ok: true, value: 0 });
        expect(parseCallsPerMonth('')).toEqual({
            ok: false,
            message: 'Enter the number of calls per month, such as 1200.'
        });
        expect(parseCallsPerMonth('-3')).toEqual({ ok: false, message: 'Calls per month cannot be negative.' });
        const whole = 'Enter calls per month as a whole number, such as 1200.';
        ['many', '12.5', '3,5', '1e3'].forEach((input) =>
            expect(parseCallsPerMonth(input)).toEqual({ ok: false, message: whole })
        );
        expect(parseCallsPerMonth('10000001')).toEqual({
            ok: false,
            message: 'Enter at most 10,000,000 calls per month.'
        });
    });

    it('labels each duration with its segment number and accepts m:ss', async () => {
        const element = mount();
        settingsAdapter.emit(settingsIncrement);
        await flush();
        const labels = Array.from(element.shadowRoot!.querySelectorAll('label')).map((label) =>
            label.textContent!.trim()
        );
        expect(labels).toEqual(['Segment 1 duration', 'Segment 2 duration', 'Segment 3 duration', 'Calls per month']);
        const combos = Array.from(element.shadowRoot!.querySelectorAll('lightning-combobox')).map(
            (combo) => (combo as unknown as { label: string }).label
        );
        expect(combos).toEqual(['Segment 1 type', 'Segment 2 type', 'Segment 3 type']);
        expect(durationField(element, 2).value).toBe('5:00');
        await typeInto(durationField(element, 2), '5:07');
        expect(text(element, 'voice-minutes')).toBe('10.17');
        expect(element.shadowRoot!.querySelectorAll('[data-id="duration-seconds"]')[2].textContent!.trim()).toBe(
            '307 s'
        );
        await expect(element).toBeAccessible();
    });

    it.each([
        ['-30', 'A duration cannot be negative.'],
        ['abc', 'Enter the duration as mm:ss or whole seconds, such as 2:05 or 125.'],
        ['', 'Enter a duration, such as 2:05 or 125 (seconds).'],
        ['3:75', 'Minutes and seconds after a colon go from 00 to 59, such as 2:05.']
    ])('rejects the duration "%s" on its field, shows no figure and keeps the call', async (input, message) => {
        const element = mount();
        settingsAdapter.emit(settingsIncrement);
        await flush();
        const field = durationField(element, 1);
        await typeInto(field, input);
        const errors = element.shadowRoot!.querySelectorAll('[data-id="duration-error"]');
        expect(errors).toHaveLength(1);
        expect(errors[0].textContent!.trim()).toBe(message);
        expect(field.getAttribute('aria-invalid')).toBe('true');
        expect(field.getAttribute('aria-describedby')).toContain(errors[0].getAttribute('id'));
        expect(field.value).toBe(input);
        expect(text(element, 'errors')).toBe('Correct the durations marked above to see the minutes.');
        expect(text(element, 'voice-minutes')).toBe('–');
        expect(text(element, 'telephony-minutes')).toBe('–');
        expect(text(element, 'monthly-voice')).toBe('–');
        expect(text(element, 'monthly-note')).toBe('Correct the call above to see the monthly estimate.');
        expect(element.shadowRoot!.textContent).not.toContain('NaN');
        await expect(element).toBeAccessible();

        await typeInto(durationField(element, 1), '3:00');
        expect(element.shadowRoot!.querySelectorAll('[data-id="duration-error"]')).toHaveLength(0);
        expect(durationField(element, 1).getAttribute('aria-invalid')).toBe('false');
        expect(text(element, 'voice-minutes')).toBe('10');
    });

    it('estimates a month: calls × the minutes of the call, on both meters, rounded up', async () => {
        expect(monthlyMinutes(610, 3)).toBe(31);
        expect(monthlyMinutes(0, 1000)).toBe(0);
        const element = mount();
        settingsAdapter.emit(settingsIncrement);
        await flush();
        expect(text(element, 'monthly-voice')).toBe('10,000');
        expect(text(element, 'monthly-telephony')).toBe('10,000');
        expect(text(element, 'monthly-note')).toContain('1,000 calls ×');
        const calls = element.shadowRoot!.querySelector('[data-id="calls-per-month"]')!;
        await pick(element, 'consult');
        const consult = scenarios.find((s) => s.id === 'consult')!.expected.INCREMENT;
        await typeInto(calls, '1,200');
        expect(text(element, 'monthly-voice')).toBe(
            new Intl.NumberFormat('en-US').format(Math.ceil((consult.voiceSeconds * 1200) / 60))
        );
        expect(text(element, 'monthly-telephony')).toBe(
            new Intl.NumberFormat('en-US').format(Math.ceil((consult.telephonySeconds * 1200) / 60))
        );
        await typeInto(calls, '1');
        expect(text(element, 'monthly-note')).toContain('1 call ×');
        await expect(element).toBeAccessible();
    });

    it.each([
        ['-5', 'Calls per month cannot be negative.'],
        ['lots', 'Enter calls per month as a whole number, such as 1200.'],
        ['', 'Enter the number of calls per month, such as 1200.']
    ])('rejects calls per month "%s" on its field and shows no estimate', async (input, message) => {
        const element = mount();
        settingsAdapter.emit(settingsIncrement);
        await flush();
        const calls = element.shadowRoot!.querySelector('[data-id="calls-per-month"]')!;
        await typeInto(calls, input);
        expect(text(element, 'calls-error')).toBe(message);
        expect(calls.getAttribute('aria-invalid')).toBe('true');
        expect(calls.getAttribute('aria-describedby')).toContain('calls-error');
        expect(text(element, 'monthly-voice')).toBe('–');
        expect(text(element, 'monthly-telephony')).toBe('–');
        expect(text(element, 'monthly-note')).toBe('Correct calls per month to see the monthly estimate.');
        expect(text(element, 'voice-minutes')).toBe('10');
        expect(element.shadowRoot!.textContent).not.toContain('NaN');
        await expect(element).toBeAccessible();
    });

    it('still works with the default mode when the settings cannot be read', async () => {
        const element = mount();
        settingsAdapter.error({ message: 'Load the Voice minutes settings failed: no access' });
        await flush();
        expect(text(element, 'settings-error')).toContain('The calculator uses the default rounding mode.');
        expect(text(element, 'voice-minutes')).toBe('10');
        await expect(element).toBeAccessible();
    });
});
