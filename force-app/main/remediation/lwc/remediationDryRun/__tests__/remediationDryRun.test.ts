import { createElement } from 'lwc';
import RemediationDryRun from 'c/remediationDryRun';
import dryRun from '@salesforce/apex/RemediationController.dryRun';
import type { RemediationDryRunDto } from '@apex-types/remediation';
import { flush, unmountAll } from '@test/lwcTestUtils';

// A forward Voice fix of the large demo org (plural calls, targets cut at 20) and the undo of a reclaim.
const large: RemediationDryRunDto = require('./data/dryRunLarge.json');
const undo: RemediationDryRunDto = require('./data/dryRunUndo.json');

jest.mock('@salesforce/apex/RemediationController.dryRun', () => ({ default: jest.fn() }), { virtual: true });

const mockDryRun = dryRun as unknown as jest.Mock;

type DryRun = HTMLElement & { runId?: string; label?: string };

function mount(props: { runId?: string; label?: string } = { runId: large.runId }): {
    element: DryRun;
    errors: jest.Mock;
} {
    const element = createElement('c-remediation-dry-run', { is: RemediationDryRun }) as DryRun;
    Object.assign(element, props);
    const errors = jest.fn();
    element.addEventListener('dryrunerror', (event: Event) =>
        errors((event as CustomEvent<{ errors: string[] }>).detail.errors)
    );
    document.body.appendChild(element);
    return { element, errors };
}

const q = (element: HTMLElement, dataId: string): (HTMLElement & { label: string; disabled: boolean }) | null =>
    element.shadowRoot!.querySelector(`[data-id="${dataId}"]`) as never;

/** Text of each cell of every operation row. */
function rows(element: HTMLElement): string[][] {
    return Array.from(element.shadowRoot!.querySelectorAll('[data-id="dry-run-row"]')).map((row) =>
        Array.from(row.children).map((cell) => cell.textContent!.trim())
    );
}

describe('c-remediation-dry-run', () => {
    afterEach(() => {
        unmountAll();
        jest.resetAllMocks();
    });

    it('shows only the button until the admin asks', async () => {
        const { element } = mount();
        await flush();
        const button = q(element, 'dry-run')!;
        expect(button.label).toBe('Dry run: show every operation');
        expect(button.disabled).toBe(false);
        expect(q(element, 'dry-run-summary')).toBeNull();
        expect(q(element, 'dry-run-table')).toBeNull();
        expect(mockDryRun).not.toHaveBeenCalled();
        await expect(element).toBeAccessible();
    });

    it('takes its label from the parent and stays disabled without a run', async () => {
        const { element } = mount({ label: 'Show the undo operations' });
        await flush();
        expect(q(element, 'dry-run')!.label).toBe('Show the undo operations');
        expect(q(element, 'dry-run')!.disabled).toBe(true);
        q(element, 'dry-run')!.click();
        await flush();
        expect(mockDryRun).not.toHaveBeenCalled();
    });

    it('says it is computing while the call is pending, then shows every operation', async () => {
        let resolve: (value: RemediationDryRunDto) => void = () => undefined;
        mockDryRun.mockReturnValue(new Promise((r) => (resolve = r)));
        const { element, errors } = mount();
        q(element, 'dry-run')!.click();
        await flush();
        expect(mockDryRun).toHaveBeenCalledWith({ runId: large.runId });
        expect(q(element, 'dry-run')!.label).toBe('Computing…');
        expect(q(element, 'dry-run')!.disabled).toBe(true);
        expect(q(element, 'dry-run-table')).toBeNull();
        // A new dry run clears what the parent shows of an earlier failure.
        expect(errors.mock.calls).toEqual([[[]]]);
        await expect(element).toBeAccessible();

        resolve(large);
        await flush();
        expect(q(element, 'dry-run')!.label).toBe('Dry run: show every operation');
        expect(q(element, 'dry-run')!.disabled).toBe(false);
        expect(q(element, 'dry-run-summary')!.textContent!.trim()).toBe(
            '5 operations on 1327 records in 13 DML calls; frees 60 Salesforce Voice User seats. No change is made by this dry run.'
        );
        expect(element.shadowRoot!.querySelector('caption')!.textContent).toBe('Operations the run will perform');
        expect(
            Array.from(element.shadowRoot!.querySelectorAll('thead th')).map((th) => th.textContent!.trim())
        ).toEqual(['Step', 'Operation', 'Records', 'What', 'Targets']);
        const cells = rows(element);
        expect(cells).toHaveLength(large.operations.length);
        expect(cells[1]).toEqual([
            '2. Rename the licensed set to SalesforceVoiceCustomPslDoNotUse',
            'UPDATE PermissionSet',
            '1 in 1 call',
            large.operations[1].description,
            'SalesforceVoiceCustomPsl'
        ]);
        expect(cells[3].slice(0, 3)).toEqual([
            `4. ${large.operations[3].stepLabel}`,
            'DELETE PermissionSetAssignment',
            '420 in 9 calls'
        ]);
        // At most 20 targets come back; the cut is marked with an ellipsis.
        expect(cells[3][4]).toBe(`${large.operations[3].targets.join(', ')}, …`);
        expect(cells[3][4].startsWith('Agent 001, Agent 002, ')).toBe(true);
        expect(cells[4][4]).toBe('Amazon Connect SSO, Amazon Connect SSO (EU), Contact Lens');
        expect(errors).toHaveBeenCalledTimes(1);
        await expect(element).toBeAccessible();
    });

    it('captions the operations of an undo', async () => {
        mockDryRun.mockResolvedValue(undo);
        const { element } = mount({ runId: undo.runId, label: 'Show the undo operations' });
        q(element, 'dry-run')!.click();
        await flush();
        expect(element.shadowRoot!.querySelector('caption')!.textContent).toBe('Operations the undo will perform');
        expect(rows(element)).toEqual([
            [
                '1. Delete the selected unneeded license assignments',
                'INSERT PermissionSetLicenseAssign',
                '1 in 1 call',
                'Re-create 1 CRM Analytics Plus license assignment.',
                'Omar Haddad'
            ]
        ]);
        await expect(element).toBeAccessible();
    });

    it('reports a failure to the parent as readable errors and can try again', async () => {
        mockDryRun.mockRejectedValueOnce({ body: { message: 'Simulate the remediation run failed: timeout' } });
        const { element, errors } = mount();
        q(element, 'dry-run')!.click();
        await flush();
        expect(errors.mock.calls).toEqual([[[]], [['Simulate the remediation run failed: timeout']]]);
        expect(q(element, 'dry-run')!.label).toBe('Dry run: show every operation');
        expect(q(element, 'dry-run')!.disabled).toBe(false);
        expect(q(element, 'dry-run-table')).toBeNull();
        await expect(element).toBeAccessible();

        mockDryRun.mockResolvedValueOnce(large);
        q(element, 'dry-run')!.click();
        await flush();
        expect(errors.mock.calls[2]).toEqual([[]]);
        expect(rows(element)).toHaveLength(large.operations.length);
    });

    it('forgets the result when the run changes and ignores an answer for the old run', async () => {
        mockDryRun.mockResolvedValueOnce(large);
        const { element, errors } = mount();
        q(element, 'dry-run')!.click();
        await flush();
        expect(rows(element)).toHaveLength(large.operations.length);

        element.runId = undo.runId;
        await flush();
        expect(q(element, 'dry-run-table')).toBeNull();

        // An answer that arrives after another switch belongs to a run no longer shown: dropped, errors too.
        let reject: (reason: unknown) => void = () => undefined;
        mockDryRun.mockReturnValueOnce(new Promise((_, r) => (reject = r)));
        q(element, 'dry-run')!.click();
        await flush();
        expect(mockDryRun).toHaveBeenLastCalledWith({ runId: undo.runId });
        element.runId = large.runId;
        await flush();
        expect(q(element, 'dry-run')!.label).toBe('Dry run: show every operation');
        reject({ body: { message: 'Remediation run a0X was not found.' } });
        await flush();
        expect(errors.mock.calls.flat(2)).not.toContain('Remediation run a0X was not found.');
        expect(q(element, 'dry-run-table')).toBeNull();

        let resolve: (value: RemediationDryRunDto) => void = () => undefined;
        mockDryRun.mockReturnValueOnce(new Promise((r) => (resolve = r)));
        q(element, 'dry-run')!.click();
        await flush();
        element.runId = undo.runId;
        resolve(large);
        await flush();
        expect(q(element, 'dry-run-table')).toBeNull();
        expect(q(element, 'dry-run')!.disabled).toBe(false);
    });
});
