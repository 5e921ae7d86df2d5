import { createElement } from 'lwc';
import type { LsChartConfig } from 'c/lsChart';
import VoiceUsage, {
    PROGRESS_POLL_MS,
    billedMinutesFormat,
    isMonthInProgress,
    minutesFormat,
    monthLabel
} from 'c/voiceUsage';
import getUsage from '@salesforce/apex/VoiceMinutesController.getUsage';
import recompute from '@salesforce/apex/VoiceMinutesController.recompute';
import getRecomputeProgress from '@salesforce/apex/VoiceMinutesController.getRecomputeProgress';
import saveBalance from '@salesforce/apex/VoiceMinutesController.saveBalance';
import scheduleNightlyRefresh from '@salesforce/apex/VoiceMinutesController.scheduleNightlyRefresh';
import getSettings from '@salesforce/apex/VoiceMinutesController.getSettings';
import { createApexTestWireAdapter } from '@salesforce/sfdx-lwc-jest';
import {
    cleanUpAfterEach,
    expectNullsMayBeLeftOut,
    flush as flushMicrotasks,
    renderedTree,
    unmountAll
} from '@test/lwcTestUtils';

const october = require('./data/usageOctober.json');
const novemberEmpty = require('./data/usageNovemberEmpty.json');
const notEnabled = require('./data/usageNotEnabled.json');
const balanceSaved = require('./data/balanceSaved.json');
const recomputeStarted = require('./data/recomputeStarted.json');
const progressRunning = require('./data/progressRunning.json');
const progressFinished = require('./data/progressFinished.json');

jest.mock('@salesforce/apex/VoiceMinutesController.getUsage', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/VoiceMinutesController.recompute', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/VoiceMinutesController.getRecomputeProgress', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/VoiceMinutesController.saveBalance', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/VoiceMinutesController.scheduleNightlyRefresh', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock(
    '@salesforce/apex/VoiceMinutesController.getSettings',
    () => require('@test/lwcTestUtils').wiredApexModule(),
    { virtual: true }
);

const mockGetUsage = getUsage as unknown as jest.Mock;
const mockRecompute = recompute as unknown as jest.Mock;
const mockProgress = getRecomputeProgress as unknown as jest.Mock;
const mockSaveBalance = saveBalance as unknown as jest.Mock;
const mockSchedule = scheduleNightlyRefresh as unknown as jest.Mock;
const settingsAdapter = getSettings as unknown as ReturnType<typeof createApexTestWireAdapter>;

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));

/** The c-ls-chart the tab hands its trend to (its public config and summary). */
const chartOf = (element: HTMLElement): { config: LsChartConfig; summary: string } =>
    element.shadowRoot!.querySelector('c-ls-chart') as unknown as { config: LsChartConfig; summary: string };

/** Lets a chain of resolved Apex promises and re-renders settle (microtasks only; no timers in LWC code). */
const flush = (): Promise<void> => flushMicrotasks(12);

async function mount(): Promise<HTMLElement> {
    const element = createElement('c-voice-usage', { is: VoiceUsage });
    document.body.appendChild(element);
    settingsAdapter.emit({ roundingMode: 'INCREMENT', defaultRoundingMode: 'INCREMENT' });
    await flush();
    return element;
}

const $ = (element: HTMLElement, id: string): HTMLElement | null =>
    element.shadowRoot!.querySelector(`[data-id="${id}"]`);
const $$ = (element: HTMLElement, id: string): HTMLElement[] =>
    Array.from(element.shadowRoot!.querySelectorAll(`[data-id="${id}"]`));

/** Fake only Date: the component and flush use no timers. */
const REAL_TIMERS = [
    'nextTick',
    'setImmediate',
    'clearImmediate',
    'setTimeout',
    'clearTimeout',
    'setInterval',
    'clearInterval',
    'queueMicrotask',
    'performance',
    'hrtime',
    'requestAnimationFrame',
    'cancelAnimationFrame',
    'requestIdleCallback',
    'cancelIdleCallback'
] as const;

describe('c-voice-usage', () => {
    cleanUpAfterEach();

    it('formats months and minutes', () => {
        expect(monthLabel('2026-10')).toBe('Oct 2026');
        expect(minutesFormat(186000)).toBe('3,100');
        expect(minutesFormat(610)).toBe('10.17');
        expect(minutesFormat(null)).toBe('–');
        expect(billedMinutesFormat(130)).toBe('2.17 min');
        expect(billedMinutesFormat(480)).toBe('8 min');
        expect(billedMinutesFormat(0)).toBe('0 min');
        expect(billedMinutesFormat(null)).toBe('–');
    });

    it('shows a spinner while loading', () => {
        mockGetUsage.mockReturnValue(new Promise(() => {}));
        const element = createElement('c-voice-usage', { is: VoiceUsage });
        document.body.appendChild(element);
        expect(element.shadowRoot!.querySelector('lightning-spinner')).not.toBeNull();
        expect(mockGetUsage).toHaveBeenCalledWith({ month: null });
    });

    it('tells an org without Voice that Voice is not enabled, and keeps the calculator', async () => {
        mockGetUsage.mockResolvedValue(clone(notEnabled));
        const element = await mount();
        expect($(element, 'not-enabled')!.textContent).toContain('Voice is not enabled');
        expect($(element, 'not-enabled')!.textContent).toContain('Salesforce Voice is not enabled in this org');
        expect($(element, 'error')).toBeNull();
        expect(element.shadowRoot!.querySelector('c-ls-chart')).toBeNull();
        expect(element.shadowRoot!.querySelector('c-voice-call-calculator')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('shows a readable error', async () => {
        mockGetUsage.mockRejectedValue({ body: { message: 'Load the Voice minutes failed: no access' } });
        const element = await mount();
        expect($(element, 'error')!.textContent).toContain('Load the Voice minutes failed: no access');
        expect(element.shadowRoot!.querySelector('lightning-spinner')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('offers to compute a month that has no summary yet', async () => {
        mockGetUsage.mockResolvedValue(clone(novemberEmpty));
        const element = await mount();
        expect($(element, 'empty')!.textContent).toContain('Nov 2026 has not been computed yet');
        expect($$(element, 'tile')).toHaveLength(0);
        expect($(element, 'projection')!.textContent).toContain('Enter the prepaid Voice minute balance');
        await expect(element).toBeAccessible();
    });

    it('renders usage whose null properties were left out exactly like the usage that spells them out', async () => {
        await expectNullsMayBeLeftOut([october, novemberEmpty, notEnabled], async (usage) => {
            mockGetUsage.mockResolvedValueOnce(clone(usage));
            const element = await mount();
            const tree = renderedTree(element.shadowRoot!);
            unmountAll();
            return tree;
        });
    });

    it('shows the month, the trend chart with its table, and the top calls', async () => {
        mockGetUsage.mockResolvedValue(clone(october));
        const element = await mount();
        expect(mockGetUsage).toHaveBeenCalledWith({ month: null });
        expect($(element, 'voice')!.textContent).toBe(minutesFormat(october.selected.voiceSeconds));
        expect($(element, 'telephony')!.textContent).toBe(minutesFormat(october.selected.telephonySeconds));
        expect($(element, 'calls')!.textContent).toBe(String(october.selected.calls));
        expect($(element, 'status')!.textContent).toContain('Computed');
        expect($(element, 'telephony-breakdown')!.textContent).toContain('Inbound');
        expect($(element, 'data-notes')!.textContent).toContain('1 legs name a parent leg that does not exist');
        expect(chartOf(element).config.labels).toHaveLength(12);
        expect(chartOf(element).config.datasets.map((d) => d.label)).toEqual([
            'Salesforce Voice minutes',
            'Telephony minutes'
        ]);
        expect(chartOf(element).summary).toContain('Oct 2026');
        expect($(element, 'trend-table')!.querySelectorAll('tbody tr')).toHaveLength(12);
        expect($(element, 'trend-table')!.textContent).toContain('Not computed');
        expect($$(element, 'top-call')).toHaveLength(october.selected.topCalls.length);
        await expect(element).toBeAccessible();
    });

    it('keeps the two meters of a top call apart and labels minutes unambiguously', async () => {
        mockGetUsage.mockResolvedValue(clone(october));
        const element = await mount();
        const heading = Array.from(element.shadowRoot!.querySelectorAll('h2')).map((h) => h.textContent!.trim());
        expect(heading).toContain('Top calls by billed minutes (Voice + telephony)');
        expect(heading).not.toContain('Top calls by cost');
        const note = $(element, 'top-calls-note')!.textContent!;
        expect(note).toContain('Ranked by Voice minutes plus telephony minutes billed');
        expect(note).toContain('never added into one figure');
        expect(note).toContain('2.17 min = 2 min 10 s');
        const headers = Array.from($(element, 'top-calls')!.querySelectorAll(':scope > thead th')).map((th) =>
            th.textContent!.trim()
        );
        expect(headers).toEqual([
            '#',
            'Started',
            'Duration',
            'Legs',
            'Voice minutes billed',
            'Telephony minutes billed',
            'Breakdown'
        ]);
        const calls = october.selected.topCalls as {
            rootKey: string;
            voiceSeconds: number;
            telephonySeconds: number;
        }[];
        const rows = $$(element, 'top-call');
        calls.forEach((call, index) => {
            const cells = Array.from(rows[index].children).map((cell) => cell.textContent!.trim());
            // rank, started, duration, legs, Voice, telephony, breakdown: no combined "cost" cell.
            expect(cells).toHaveLength(7);
            expect(rows[index].querySelector('[data-id="top-call-voice"]')!.textContent!.trim()).toBe(
                billedMinutesFormat(call.voiceSeconds)
            );
            expect(rows[index].querySelector('[data-id="top-call-telephony"]')!.textContent!.trim()).toBe(
                billedMinutesFormat(call.telephonySeconds)
            );
        });
        // The external transfer: 2:10 of Voice is 2.17 min, next to 8 min of telephony (not a summed 10.17).
        const external = calls.findIndex((call) => call.rootKey === 'kb-externalTransfer-L1');
        expect(rows[external].querySelector('[data-id="top-call-voice"]')!.textContent!.trim()).toBe('2.17 min');
        expect(rows[external].querySelector('[data-id="top-call-telephony"]')!.textContent!.trim()).toBe('8 min');
        expect(rows[external].textContent).not.toContain('10.17');
        rows[external].querySelector('button')!.click();
        await flush();
        const legTable = $(element, 'legs')!;
        expect(legTable.closest('td')!.getAttribute('colspan')).toBe('7');
        const legHeaders = Array.from(legTable.querySelectorAll('thead th')).map((th) => th.textContent!.trim());
        expect(legHeaders).toContain('Voice billed (time)');
        expect(legHeaders).toContain('Telephony billed (time)');
        await expect(element).toBeAccessible();
    });

    it('knows the month in progress by the UTC calendar', () => {
        expect(isMonthInProgress('2026-10', new Date('2026-10-01T00:00:00Z'))).toBe(true);
        expect(isMonthInProgress('2026-10', new Date('2026-10-31T23:59:59Z'))).toBe(true);
        expect(isMonthInProgress('2026-10', new Date('2026-11-01T00:00:00Z'))).toBe(false);
        expect(isMonthInProgress('2026-09', new Date('2026-10-15T12:00:00Z'))).toBe(false);
    });

    it('marks a month still in progress as partial in the text, the chart and the table', async () => {
        // Only Date is faked: the component and flush use no timers.
        jest.useFakeTimers({ now: new Date('2026-10-20T12:00:00Z'), doNotFake: [...REAL_TIMERS] });
        try {
            mockGetUsage.mockResolvedValue(clone(october));
            const element = await mount();
            expect($(element, 'partial-note')!.textContent).toContain('Partial month: Oct 2026 is still in progress.');
            const { labels, datasets } = chartOf(element).config;
            expect(labels[10]).toBe('Oct 2026*');
            expect(labels[9]).toBe('Sep 2026');
            for (const dataset of datasets) {
                const fills = dataset.backgroundColor as string[];
                expect(fills[10]).not.toBe(fills[9]);
                expect((dataset.borderWidth as number[])[10]).toBeGreaterThan(0);
                expect((dataset.borderWidth as number[])[9]).toBe(0);
            }
            expect(chartOf(element).summary).toContain('partial: the month is still in progress');
            const rows = $(element, 'trend-table')!.querySelectorAll('tbody tr');
            expect(rows[10].textContent).toContain('(partial month)');
            expect(rows[9].textContent).not.toContain('partial');
            await expect(element).toBeAccessible();
        } finally {
            jest.useRealTimers();
        }
    });

    it('does not call a finished month partial', async () => {
        // A clock after every fixture month: none is in progress (no dependence on the real date).
        jest.useFakeTimers({ now: new Date('2027-06-01T00:00:00Z'), doNotFake: [...REAL_TIMERS] });
        try {
            mockGetUsage.mockResolvedValue(clone(october));
            const element = await mount();
            expect($(element, 'partial-note')).toBeNull();
            const { labels, datasets } = chartOf(element).config;
            expect(labels.filter((label) => label.endsWith('*'))).toEqual([]);
            expect(new Set(datasets[0].backgroundColor as string[]).size).toBe(1);
        } finally {
            jest.useRealTimers();
        }
    });

    it('charts each month in minutes, Voice and telephony apart', async () => {
        mockGetUsage.mockResolvedValue(clone(october));
        const element = await mount();
        const [voice, telephony] = chartOf(element).config.datasets;
        october.trend.forEach((month: { voiceSeconds: number | null; telephonySeconds: number | null }, i: number) => {
            expect(voice.data[i]).toBeCloseTo((month.voiceSeconds ?? 0) / 60, 1);
            expect(telephony.data[i]).toBeCloseTo((month.telephonySeconds ?? 0) / 60, 1);
        });
        expect(telephony.data[10]!).toBeGreaterThan(voice.data[10]!);
        expect(voice.data[11]).toBe(0);
    });

    it('shows each leg of a top call and how it was rounded', async () => {
        mockGetUsage.mockResolvedValue(clone(october));
        const element = await mount();
        const consultIndex = october.selected.topCalls.findIndex(
            (call: { rootKey: string }) => call.rootKey === 'kb-consult-L1'
        );
        const toggle = $$(element, 'top-call')[consultIndex].querySelector('button')!;
        expect(toggle.getAttribute('aria-expanded')).toBe('false');
        toggle.click();
        await flush();
        const legs = $$(element, 'leg');
        expect(legs).toHaveLength(2);
        expect(legs[1].textContent).toContain('Consult (parallel)');
        expect(legs[1].textContent).toContain('+5:00');
        expect(legs[1].textContent).toContain('No Voice minutes: consult runs in parallel');
        expect(legs[0].textContent).toContain('10:00 (already a whole minute)');
        expect($$(element, 'top-call')[consultIndex].querySelector('button')!.getAttribute('aria-expanded')).toBe(
            'true'
        );
        await expect(element).toBeAccessible();
        $$(element, 'top-call')[consultIndex].querySelector('button')!.click();
        await flush();
        expect($$(element, 'leg')).toHaveLength(0);
    });

    it('loads another month', async () => {
        mockGetUsage.mockResolvedValue(clone(october));
        const element = await mount();
        mockGetUsage.mockResolvedValue(clone(novemberEmpty));
        $(element, 'month')!.dispatchEvent(new CustomEvent('change', { detail: { value: '2026-11' } }));
        await flush();
        expect(mockGetUsage).toHaveBeenLastCalledWith({ month: '2026-11' });
        expect($(element, 'empty')).not.toBeNull();
    });

    it('recomputes the selected month and shows the job', async () => {
        mockGetUsage.mockResolvedValue(clone(october));
        mockRecompute.mockResolvedValue(clone(recomputeStarted));
        const element = await mount();
        const toasts = jest.fn();
        element.addEventListener('lightning__showtoast', toasts);
        $(element, 'recompute')!.click();
        await flush();
        await flush();
        expect(mockRecompute).toHaveBeenCalledWith({ month: '2026-10' });
        expect($(element, 'notice')!.textContent).toContain('Recomputing 2026-10');
        expect(mockGetUsage).toHaveBeenLastCalledWith({ month: '2026-10' });
        expect(toasts).toHaveBeenCalled();
    });

    it('shows the progress of a running recompute and reloads the month itself when it is done', async () => {
        // Fake setTimeout only (the poll); promises and the rest stay real.
        jest.useFakeTimers({ doNotFake: REAL_TIMERS.filter((name) => !/Timeout$/.test(name)) });
        try {
            const running = clone(october);
            running.selected.status = 'Running';
            mockGetUsage.mockResolvedValueOnce(running).mockResolvedValue(clone(october));
            mockProgress.mockResolvedValueOnce(clone(progressRunning)).mockResolvedValueOnce(clone(progressFinished));
            const element = await mount();
            expect($(element, 'running')!.textContent).toContain('is being recomputed in the background');
            expect(mockProgress).not.toHaveBeenCalled();

            jest.advanceTimersByTime(PROGRESS_POLL_MS);
            await flush();
            expect(mockProgress).toHaveBeenCalledWith({ month: '2026-10' });
            expect($(element, 'running')!.textContent).toContain('12 of 40 chunks done (30 %)');
            expect(($(element, 'progress') as unknown as { value: number }).value).toBe(30);

            jest.advanceTimersByTime(PROGRESS_POLL_MS);
            await flush();
            expect(mockProgress).toHaveBeenCalledTimes(2);
            expect(mockGetUsage).toHaveBeenLastCalledWith({ month: '2026-10' });
            expect($(element, 'running')).toBeNull();
            expect($(element, 'notice')!.textContent).toContain('The recompute of Oct 2026 has finished');
            jest.advanceTimersByTime(PROGRESS_POLL_MS * 3);
            await flush();
            expect(mockProgress).toHaveBeenCalledTimes(2);
        } finally {
            jest.useRealTimers();
        }
    });

    it('stops polling when the page is left', async () => {
        jest.useFakeTimers({ doNotFake: REAL_TIMERS.filter((name) => !/Timeout$/.test(name)) });
        try {
            const running = clone(october);
            running.selected.status = 'Running';
            mockGetUsage.mockResolvedValue(running);
            const element = await mount();
            document.body.removeChild(element);
            jest.advanceTimersByTime(PROGRESS_POLL_MS * 2);
            await flush();
            expect(mockProgress).not.toHaveBeenCalled();
        } finally {
            jest.useRealTimers();
        }
    });

    it('says when the recompute is refused', async () => {
        mockGetUsage.mockResolvedValue(clone(october));
        mockRecompute.mockRejectedValue({ body: { message: 'Salesforce Voice is not enabled in this org' } });
        const element = await mount();
        const toasts = jest.fn();
        element.addEventListener('lightning__showtoast', toasts);
        $(element, 'recompute')!.click();
        await flush();
        expect(toasts.mock.calls[0][0].detail.message).toContain('not enabled');
    });

    it('shows a running or failed month', async () => {
        const running = clone(october);
        running.selected.status = 'Running';
        running.selected.voiceSeconds = null;
        mockGetUsage.mockResolvedValue(running);
        let element = await mount();
        expect($(element, 'running')!.textContent).toContain('being recomputed');
        expect(($(element, 'recompute') as unknown as { disabled: boolean }).disabled).toBe(true);
        await expect(element).toBeAccessible();
        expect($(element, 'empty')).toBeNull();
        document.body.removeChild(element);

        const failed = clone(october);
        failed.selected.status = 'Failed';
        failed.selected.message = 'Some chunks failed; figures are incomplete.';
        mockGetUsage.mockResolvedValue(failed);
        element = await mount();
        expect($(element, 'failed')!.textContent).toContain('Some chunks failed');
        await expect(element).toBeAccessible();
    });

    it('saves the prepaid balance and shows the projected exhaustion day', async () => {
        mockGetUsage.mockResolvedValue(clone(october));
        mockSaveBalance.mockResolvedValue(clone(balanceSaved));
        const element = await mount();
        $(element, 'balance')!.dispatchEvent(new CustomEvent('change', { detail: { value: '120' } }));
        $(element, 'as-of')!.dispatchEvent(new CustomEvent('change', { detail: { value: '2026-11-20' } }));
        $(element, 'save-balance')!.click();
        await flush();
        expect(mockSaveBalance).toHaveBeenCalledWith({ balanceMinutes: 120, asOfDate: '2026-11-20' });
        expect($(element, 'projection')!.textContent).toContain('runs out around 2027-03-10');
        await expect(element).toBeAccessible();
    });

    it('explains a refused or missing balance', async () => {
        mockGetUsage.mockResolvedValue(clone(october));
        mockSaveBalance.mockRejectedValue({ body: { message: 'The day of the balance cannot be in the future.' } });
        const element = await mount();
        $(element, 'save-balance')!.click();
        await flush();
        expect($(element, 'balance-error')!.textContent).toContain('Enter the prepaid balance in minutes.');
        $(element, 'balance')!.dispatchEvent(new CustomEvent('change', { detail: { value: '5' } }));
        $(element, 'save-balance')!.click();
        await flush();
        expect($(element, 'balance-error')!.textContent).toContain('cannot be in the future');
        await expect(element).toBeAccessible();
    });

    it('says when there is a balance but no consumption', async () => {
        const usage = clone(october);
        usage.balance = {
            ...balanceSaved,
            dailyVoiceMinutes: 0,
            projectionStatus: 'NoConsumption',
            projectedExhaustionDate: null
        };
        mockGetUsage.mockResolvedValue(usage);
        const element = await mount();
        expect($(element, 'projection')!.textContent).toContain(
            'No Voice minutes were used in the 31 days of usage computed (Oct 2026)'
        );
        expect($(element, 'projection')!.textContent).toContain('no projection');
    });

    it('says what is missing instead of projecting from too little data', async () => {
        const usage = clone(october);
        usage.balance = {
            ...balanceSaved,
            basisDays: 5,
            basisMonths: ['2026-12'],
            dailyVoiceMinutes: 40,
            projectionStatus: 'TooLittleData',
            projectedExhaustionDate: null
        };
        mockGetUsage.mockResolvedValue(usage);
        const element = await mount();
        const text = $(element, 'projection')!.textContent!;
        expect(text).toContain('Not enough usage to project yet: 5 days of usage computed (Dec 2026), at least 14');
        expect(text).not.toContain('runs out around');
        await expect(element).toBeAccessible();
    });

    it('schedules the nightly refresh', async () => {
        mockGetUsage.mockResolvedValue(clone(october));
        mockSchedule.mockResolvedValue(true);
        const element = await mount();
        expect($(element, 'nightly')!.textContent).toContain('not scheduled');
        $(element, 'schedule')!.click();
        await flush();
        expect(mockSchedule).toHaveBeenCalled();
        expect($(element, 'nightly')!.textContent).toContain('refreshed every night');
        expect($(element, 'schedule')).toBeNull();
    });

    it('reports a scheduling failure', async () => {
        mockGetUsage.mockResolvedValue(clone(october));
        mockSchedule.mockRejectedValue({ body: { message: 'Schedule failed: limit' } });
        const element = await mount();
        const toasts = jest.fn();
        element.addEventListener('lightning__showtoast', toasts);
        $(element, 'schedule')!.click();
        await flush();
        expect(toasts.mock.calls[0][0].detail.variant).toBe('error');
    });

    it('refreshes on demand', async () => {
        mockGetUsage.mockResolvedValue(clone(october));
        const element = await mount();
        $(element, 'refresh')!.click();
        await flush();
        expect(mockGetUsage).toHaveBeenLastCalledWith({ month: '2026-10' });
    });
});
