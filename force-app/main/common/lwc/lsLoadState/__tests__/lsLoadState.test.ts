import LsLoadState from 'c/lsLoadState';
import { flush, mountComponent, unmountAll } from '@test/lwcTestUtils';

describe('c-ls-load-state', () => {
    afterEach(() => unmountAll());

    it('shows only a spinner with its text while loading (light DOM)', async () => {
        const element = mountComponent('c-ls-load-state', LsLoadState, {
            loading: true,
            loadingText: 'Loading the run'
        });
        await flush();
        const spinner = element.querySelector('lightning-spinner') as HTMLElement & { alternativeText: string };
        expect(spinner.alternativeText).toBe('Loading the run');
        expect(element.querySelector('c-ls-error-alert')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('shows nothing once loaded without an error', async () => {
        const element = mountComponent('c-ls-load-state', LsLoadState, { loading: false, messages: [] });
        await flush();
        expect(element.children).toHaveLength(0);
    });

    it('names the error alert by error-id and passes the retry on', async () => {
        const element = mountComponent('c-ls-load-state', LsLoadState, {
            messages: ['Remediation run a0X was not found.'],
            errorId: 'monitor-error',
            retryLabel: 'Try again'
        });
        const onRetry = jest.fn();
        element.addEventListener('retry', onRetry);
        await flush();
        expect(element.querySelector('lightning-spinner')).toBeNull();
        const alert = element.querySelector('[data-id="monitor-error"]')!;
        expect(alert.textContent).toContain('Remediation run a0X was not found.');
        (alert.querySelector('[data-id="retry"]') as HTMLElement).click();
        expect(onRetry).toHaveBeenCalledTimes(1);
        await expect(element).toBeAccessible();
    });
});
