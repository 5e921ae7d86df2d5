import { createElement } from 'lwc';
import RemediationRunHistory from 'c/remediationRunHistory';
import listRecentRuns from '@salesforce/apex/RemediationController.listRecentRuns';
import type { RemediationRunDto } from '@apex-types/remediation';
import { cleanUpAfterEach, flush } from '@test/lwcTestUtils';

const beforeSchedule: RemediationRunDto[] = require('./data/runsBeforeSchedule.json');
const afterUndo: RemediationRunDto[] = require('./data/runsAfterUndo.json');
const failedOrg: RemediationRunDto[] = require('./data/runsFailedOrg.json');

jest.mock('@salesforce/apex/RemediationController.listRecentRuns', () => ({ default: jest.fn() }), { virtual: true });

const mockList = listRecentRuns as unknown as jest.Mock;

function mount(): HTMLElement & { refresh: () => Promise<void> } {
    const element = createElement('c-remediation-run-history', { is: RemediationRunHistory });
    document.body.appendChild(element);
    return element as HTMLElement & { refresh: () => Promise<void> };
}

/** Lets pending promise callbacks (Apex mocks, re-renders) run: a chain of 5 microtasks. */

function rows(element: HTMLElement): string[][] {
    return Array.from(element.shadowRoot!.querySelectorAll('[data-id="history-row"]')).map((row) =>
        Array.from(row.querySelectorAll('th, td')).map((cell) => cell.textContent!.trim())
    );
}

describe('c-remediation-run-history', () => {
    cleanUpAfterEach();

    it('lists the Voice runs newest first with their status, and tells the parent', async () => {
        const reclaim = {
            ...afterUndo[0],
            id: 'a0XRun900000009AAA',
            name: 'RR-0009',
            planType: 'RECLAIM_UNNEEDED_PSL'
        };
        mockList.mockResolvedValue([reclaim, ...afterUndo]);
        const element = mount();
        const loaded = jest.fn();
        element.addEventListener('loaded', (event) => loaded((event as CustomEvent).detail));
        expect(element.shadowRoot!.querySelector('lightning-spinner')).not.toBeNull();
        await flush();
        expect(mockList).toHaveBeenCalledWith({ maxResults: 20, planType: 'VOICE_PSL_FIX' });
        const table = rows(element);
        expect(table.map((row) => row[0])).toEqual(['RR-0002', 'RR-0001']);
        expect(table[0][1]).toBe('Undone');
        expect(table[0][3]).toBe('9/9 steps');
        expect(table[0][4]).toMatch(/^Finished /);
        expect(table[0][5]).toBe('Ada Admin');
        expect(loaded).toHaveBeenCalledWith(afterUndo);
        await expect(element).toBeAccessible();
    });

    it('lists the runs of the plan it is given, with their license, drafts left out (reclaim runs for the dashboard)', async () => {
        const reclaim = {
            ...afterUndo[0],
            id: 'a0XRun900000009AAA',
            name: 'RR-0009',
            planType: 'RECLAIM_UNNEEDED_PSL',
            licenseDeveloperName: 'EinsteinAnalyticsPlusPsl',
            licenseLabel: 'CRM Analytics Plus',
            totalSteps: 3,
            completedSteps: 3
        };
        const draft = { ...reclaim, id: 'a0XRun100000010AAA', name: 'RR-0010', status: 'Draft', completedSteps: 0 };
        const gone = { ...reclaim, id: 'a0XRun100000011AAA', name: 'RR-0011', licenseLabel: null };
        mockList.mockResolvedValue([gone, draft, reclaim]);
        const element = createElement('c-remediation-run-history', { is: RemediationRunHistory }) as HTMLElement & {
            planType: string;
            showLicense: boolean;
            hideDrafts: boolean;
        };
        element.planType = 'RECLAIM_UNNEEDED_PSL';
        element.showLicense = true;
        element.hideDrafts = true;
        document.body.appendChild(element);
        await flush();
        expect(mockList).toHaveBeenCalledWith({ maxResults: 20, planType: 'RECLAIM_UNNEEDED_PSL' });
        const headers = Array.from(element.shadowRoot!.querySelectorAll('thead th')).map((th) =>
            th.textContent!.trim()
        );
        expect(headers.slice(0, 3)).toEqual(['Run', 'License', 'Status']);
        expect(rows(element).map((row) => `${row[0]} | ${row[1]} | ${row[2]} | ${row[4]}`)).toEqual([
            'RR-0011 | EinsteinAnalyticsPlusPsl | Undone | 3/3 steps',
            'RR-0009 | CRM Analytics Plus | Undone | 3/3 steps'
        ]);
        await expect(element).toBeAccessible();
    });

    it('has no License column unless asked (every Voice run concerns the same license)', async () => {
        mockList.mockResolvedValue(afterUndo);
        const element = mount();
        await flush();
        const headers = Array.from(element.shadowRoot!.querySelectorAll('thead th')).map((th) =>
            th.textContent!.trim()
        );
        expect(headers).not.toContain('License');
        expect(rows(element)[0][1]).toBe('Undone');
    });

    it('offers to continue a draft and to open a failed run', async () => {
        const failed = {
            ...failedOrg.find((run) => run.status === 'Failed')!,
            id: 'a0XRun300000003AAA',
            name: 'RR-0003'
        };
        mockList.mockResolvedValue([...beforeSchedule, failed]);
        const element = mount();
        const opened = jest.fn();
        element.addEventListener('open', (event) => opened((event as CustomEvent).detail));
        await flush();
        const buttons = element.shadowRoot!.querySelectorAll('[data-id="history-row"] lightning-button');
        expect(Array.from(buttons).map((b) => (b as HTMLElement & { label: string }).label)).toEqual([
            'Continue RR-0002',
            'Open RR-0001',
            'Open RR-0003'
        ]);
        (buttons[0] as HTMLElement).click();
        expect(opened).toHaveBeenLastCalledWith(expect.objectContaining({ name: 'RR-0002', status: 'Draft' }));
        (buttons[2] as HTMLElement).click();
        expect(opened).toHaveBeenLastCalledWith(expect.objectContaining({ name: 'RR-0003', status: 'Failed' }));
    });

    it('marks an undo in progress', async () => {
        mockList.mockResolvedValue([
            {
                ...afterUndo[0],
                status: 'Scheduled',
                direction: 'Undo',
                finishedAt: null,
                nextScheduledTime: '2026-11-24T23:00:00.000Z'
            }
        ]);
        const element = mount();
        await flush();
        const cells = rows(element)[0];
        expect(cells[1]).toBe('ScheduledUndo');
        expect(cells[4]).toMatch(/^Next start /);
    });

    it('says when there is no run yet, and refreshes on demand', async () => {
        mockList.mockResolvedValueOnce([]).mockResolvedValueOnce(beforeSchedule);
        const element = mount();
        await flush();
        expect(element.shadowRoot!.querySelector('[data-id="history-empty"]')!.textContent).toBe('No run yet.');
        await expect(element).toBeAccessible();
        await element.refresh();
        await flush();
        expect(rows(element)).toHaveLength(2);
    });

    it('shows a readable error', async () => {
        mockList.mockRejectedValue({ body: { message: 'Load recent remediation runs failed: no access' } });
        const element = mount();
        await flush();
        expect(element.shadowRoot!.querySelector('[data-id="history-error"]')!.textContent).toBe(
            'Load recent remediation runs failed: no access'
        );
        await expect(element).toBeAccessible();
    });
});
