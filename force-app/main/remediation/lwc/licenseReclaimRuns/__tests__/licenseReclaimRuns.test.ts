// First: the RemediationController and app context mocks must be in place before the card is imported.
import * as remediation from '@test/remediationFlowTestUtils';
import LicenseReclaimRuns from 'c/licenseReclaimRuns';
import type { RemediationRunDto } from '@apex-types/remediation';
import { cleanUpAfterEach, flush, mountComponent } from '@test/lwcTestUtils';

// Produced by the preview's simulation of the KB org: the reclaim of Omar Haddad's CRM Analytics Plus assignment.
const reclaimRuns: RemediationRunDto[] = require('./data/reclaimRuns.json');
const completedRun: RemediationRunDto = require('./data/reclaimRunCompleted.json');

const { contextAdapter, mockRuns: mockList, mockStatus } = remediation;

const mount = (): HTMLElement & { refresh: () => Promise<void> } =>
    mountComponent('c-license-reclaim-runs', LicenseReclaimRuns);

function history(element: HTMLElement): ShadowRoot {
    return element.shadowRoot!.querySelector('c-remediation-run-history')!.shadowRoot!;
}

function historyRows(element: HTMLElement): string[] {
    return Array.from(history(element).querySelectorAll('[data-id="history-row"]')).map((row) =>
        Array.from(row.querySelectorAll('th, td'))
            .slice(0, 3)
            .map((cell) => cell.textContent!.trim())
            .join(' | ')
    );
}

// The monitor's whole tree under sa11y takes seconds on a busy machine.

describe('c-license-reclaim-runs', () => {
    cleanUpAfterEach();

    it('lists the reclaim runs with their license, asking the server for reclaim runs only', async () => {
        mockList.mockResolvedValue(reclaimRuns);
        const element = mount();
        await flush();
        expect(mockList).toHaveBeenCalledWith({ maxResults: 20, planType: 'RECLAIM_UNNEEDED_PSL' });
        expect(historyRows(element)).toEqual(['RR-0002 | CRM Analytics Plus | Completed']);
        expect(element.shadowRoot!.querySelector('[data-id="monitor"]')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('opens the monitor of a run, with the org name for the undo confirmation, and closes it', async () => {
        mockList.mockResolvedValue(reclaimRuns);
        mockStatus.mockResolvedValue(completedRun);
        const element = mount();
        contextAdapter.emit({ orgName: 'Acme Contact Center (KB 005316943 example)' });
        await flush();
        (history(element).querySelector('[data-id="history-row"] lightning-button') as HTMLElement).click();
        await flush();

        const heading = element.shadowRoot!.querySelector('[data-id="monitor-heading"]') as HTMLElement;
        expect(heading.textContent!.trim()).toBe('Run RR-0002');
        expect(element.shadowRoot!.activeElement).toBe(heading);
        const monitor = element.shadowRoot!.querySelector('c-remediation-run-monitor') as HTMLElement & {
            runId: string;
            orgName: string;
        };
        expect(monitor.runId).toBe(completedRun.id);
        expect(monitor.orgName).toBe('Acme Contact Center (KB 005316943 example)');
        expect(mockStatus).toHaveBeenCalledWith({ runId: completedRun.id });
        await expect(element).toBeAccessible();

        const refreshButton = element.shadowRoot!.querySelector('[data-id="refresh-runs"]') as HTMLElement;
        refreshButton.focus = jest.fn();
        (element.shadowRoot!.querySelector('[data-id="close"]') as HTMLElement).click();
        await flush();
        expect(element.shadowRoot!.querySelector('c-remediation-run-monitor')).toBeNull();
        expect(refreshButton.focus).toHaveBeenCalled();
    });

    it('reloads the list when the monitored run changes status (not on every poll), and on Refresh', async () => {
        mockList.mockResolvedValue(reclaimRuns);
        mockStatus.mockResolvedValue(completedRun);
        const element = mount();
        await flush();
        expect(mockList).toHaveBeenCalledTimes(1);
        (history(element).querySelector('[data-id="history-row"] lightning-button') as HTMLElement).click();
        await flush();
        expect(mockStatus).toHaveBeenCalled();
        expect(mockList).toHaveBeenCalledTimes(1); // the monitor loaded the run as the list shows it: Completed
        element
            .shadowRoot!.querySelector('c-remediation-run-monitor')!
            .dispatchEvent(new CustomEvent('runchange', { detail: { ...completedRun, status: 'Scheduled' } }));
        await flush();
        expect(mockList).toHaveBeenCalledTimes(2);
        (element.shadowRoot!.querySelector('[data-id="refresh-runs"]') as HTMLElement).click();
        await flush();
        expect(mockList).toHaveBeenCalledTimes(3);
        await element.refresh();
        expect(mockList).toHaveBeenCalledTimes(4);
    });

    it('leaves drafts out and says when there is no reclaim run yet', async () => {
        mockList.mockResolvedValue([{ ...reclaimRuns[0], status: 'Draft' }]);
        const element = mount();
        await flush();
        expect(history(element).querySelector('[data-id="history-empty"]')!.textContent).toBe('No run yet.');
    });
});
