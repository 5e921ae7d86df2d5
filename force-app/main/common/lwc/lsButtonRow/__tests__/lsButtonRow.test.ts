import LsButtonRow from 'c/lsButtonRow';
import { flush, mountComponent, unmountAll } from '@test/lwcTestUtils';

type Button = HTMLElement & { label: string; disabled: boolean; variant: string; iconName: string; className: string };

describe('c-ls-button-row', () => {
    afterEach(() => unmountAll());

    it('shows the buttons not hidden, in order, spaced, each firing its action', async () => {
        const element = mountComponent('c-ls-button-row', LsButtonRow, {
            buttons: [
                { id: 'refresh', action: 'refresh', label: 'Refresh', iconName: 'utility:refresh' },
                { id: 'pause', action: 'pause', label: 'Pause', hidden: true },
                { id: 'undo', action: 'undo', label: 'Undo…', variant: 'destructive-text', disabled: true },
                { id: 'resume-button', action: 'resume', label: 'Resume', variant: 'brand' }
            ]
        });
        const fired: string[] = [];
        ['refresh', 'pause', 'undo', 'resume'].forEach((name) =>
            element.addEventListener(name, () => fired.push(name))
        );
        await flush();
        const buttons = Array.from(element.querySelectorAll('lightning-button')) as Button[];
        expect(buttons.map((button) => button.dataset.id)).toEqual(['refresh', 'undo', 'resume-button']);
        expect(buttons.map((button) => button.variant)).toEqual(['neutral', 'destructive-text', 'brand']);
        expect(buttons[0].iconName).toBe('utility:refresh');
        expect(buttons[1].disabled).toBe(true);
        expect(buttons.map((button) => button.className)).toEqual(['', 'slds-m-left_x-small', 'slds-m-left_x-small']);
        buttons[0].click();
        buttons[2].click();
        expect(fired).toEqual(['refresh', 'resume']);
        await expect(element).toBeAccessible();
    });
});
