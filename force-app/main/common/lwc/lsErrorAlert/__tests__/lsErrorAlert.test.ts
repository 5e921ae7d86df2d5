import LsErrorAlert from 'c/lsErrorAlert';
import { reduceErrors } from 'c/lsErrors';
import { flush, mountComponent, unmountAll } from '@test/lwcTestUtils';

describe('c-ls-error-alert', () => {
    afterEach(() => unmountAll());

    it('renders in light DOM: each readable message is a paragraph of the host, with no retry button by default', async () => {
        const element = mountComponent('c-ls-error-alert', LsErrorAlert, {
            messages: reduceErrors([{ body: { message: 'Load failed: no access' } }, new Error('timeout')])
        });
        await flush();
        const alert = element.querySelector('[role="alert"]')!;
        expect(alert.className).toContain('slds-alert_error');
        expect(Array.from(alert.querySelectorAll('p')).map((p) => p.textContent)).toEqual([
            'Load failed: no access',
            'timeout'
        ]);
        expect(element.textContent).toBe('Load failed: no accesstimeout');
        expect(element.querySelector('[data-id="retry"]')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('offers a retry button with the given label that fires retry', async () => {
        const element = mountComponent('c-ls-error-alert', LsErrorAlert, {
            messages: ['Remediation run a0X was not found.'],
            retryLabel: 'Try again'
        });
        const onRetry = jest.fn();
        element.addEventListener('retry', onRetry);
        await flush();
        const button = element.querySelector('[data-id="retry"]') as HTMLElement & { label: string };
        expect(button.label).toBe('Try again');
        button.click();
        expect(onRetry).toHaveBeenCalledTimes(1);
        await expect(element).toBeAccessible();
    });
});
