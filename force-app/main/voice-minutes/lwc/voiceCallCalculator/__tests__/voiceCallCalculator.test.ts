import VoiceCallCalculator, { PRESETS, minutesText } from 'c/voiceCallCalculator';
import getSettings from '@salesforce/apex/VoiceMinutesController.getSettings';
import { createApexTestWireAdapter } from '@salesforce/sfdx-lwc-jest';
import { flush, mountComponent, unmountAll } from '@test/lwcTestUtils';

// Expected figures come from the one vector file shared with the Apex tests.
const vectors = require('../../../staticresources/VoiceMinutesScenarios.json');
const settingsIncrement = require('./data/settingsIncrement.json');
const settingsPerSecond = require('./data/settingsPerSecond.json');

jest.mock(
    '@salesforce/apex/VoiceMinutesController.getSettings',
    () => {
        const { createApexTestWireAdapter: createAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createAdapter(jest.fn()) };
    },
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

async function setMode(element: HTMLElement, value: string): Promise<void> {
    element
        .shadowRoot!.querySelector('[data-id="mode"]')!
        .dispatchEvent(new CustomEvent('change', { detail: { value } }));
    await flush();
}

describe('c-voice-call-calculator', () => {
    afterEach(() => {
        unmountAll();
        jest.clearAllMocks();
    });

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

        const seconds = segments()[3].querySelector('lightning-input')!;
        seconds.dispatchEvent(new CustomEvent('change', { detail: { value: '7' } }));
        await flush();
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

    it('treats a negative or empty duration as a 0 s leg, billed as connected', async () => {
        const element = mount();
        settingsAdapter.emit(settingsIncrement);
        await flush();
        await pick(element, 'abandoned');
        const seconds = element.shadowRoot!.querySelector('[data-id="segment"] lightning-input')!;
        seconds.dispatchEvent(new CustomEvent('change', { detail: { value: '' } }));
        await flush();
        expect(text(element, 'voice-minutes')).toBe('0.17');
        expect(text(element, 'reasoning')).toContain('billed as connected (answered or not)');
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
