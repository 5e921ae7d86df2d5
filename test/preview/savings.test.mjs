// Playwright test of the Savings card on the License dashboard in the preview (docs/savings.md): in the large demo
// org (multi-currency, some licences unpriced, one price in a currency without a rate), set a price and see the
// potential savings grow by exactly its seats × price, the unpriced seats shrink by the same seats; a negative price
// is refused with the Apex message and saves nothing.
// Run: npm run test:preview, or `npm run build && node scripts/preview/build-preview.mjs &&
// node --test test/preview/savings.test.mjs`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, openPage, resetOrg, screenshot, usePreviewAndBrowser } from './helpers.mjs';

const session = usePreviewAndBrowser();
const CARD = '[data-id="savings-card"]';
const money = (text) => Number(text.replace(/^[A-Z]{3} /, '').replace(/,/g, ''));

/** Reclaimable seats of one licence in the large org's findings (what pricing it must add). */
function seatsOf(licenseKey) {
    const findings = JSON.parse(
        readFileSync(join(ROOT, 'preview/generated/large-org/dashboard.findings.json'), 'utf8')
    );
    return findings
        .filter((f) => f.reclaimable && f.licenseDeveloperName === licenseKey)
        .reduce((sum, f) => sum + f.reclaimableSeats, 0);
}

test('large org: set a price and see potential savings', async () => {
    await resetOrg(session.preview.baseUrl, 'large-org');
    const page = await openPage(session.chrome.browser, session.preview.baseUrl, {
        org: 'large-org',
        page: 'dashboard'
    });
    try {
        const monthly = page.locator(`${CARD} [data-id="potential-monthly"]`);
        await monthly.waitFor();
        await page.locator(`${CARD} [data-id="savings-group"]`).first().waitFor();
        const before = money(await monthly.textContent());
        const caveat = await page.locator(`${CARD} [data-id="potential-caveat"]`).textContent();
        const unpricedBefore = Number(caveat.match(/^([\d,]+) unpriced seats/)[1].replace(/,/g, ''));
        assert.match(caveat, /not converted \(no rate\): SEK /, 'a SEK price is flagged, not summed');
        assert.match(await page.locator(`${CARD} [data-id="savings-currency"]`).textContent(), /org currency \(USD\)/);

        // Bad input: a negative price is refused by the (simulated) Apex and nothing changes.
        const licence = page.locator(`${CARD} [data-id="price-license"] select`);
        await licence.selectOption('PermissionSetLicense|LightningSchedulerPsl');
        await page.locator(`${CARD} [data-id="price-amount"] input`).fill('-40');
        await page.locator(`${CARD} [data-id="price-save"] button`).click();
        await page.locator(`${CARD} [data-id="price-save-error"]`).waitFor();
        assert.match(await page.locator(`${CARD} [data-id="price-save-error"]`).textContent(), /cannot be negative/);
        assert.equal(money(await monthly.textContent()), before, 'nothing saved');

        // A valid price: 40 USD per seat per month for Salesforce Scheduler.
        // Clear first: a number input keeps its value under fill() after a failed save in the preview's base components.
        await page.locator(`${CARD} [data-id="price-amount"] input`).fill('');
        await page.locator(`${CARD} [data-id="price-amount"] input`).fill('40');
        await page.locator(`${CARD} [data-id="price-currency"] select`).selectOption('USD');
        await page.locator(`${CARD} [data-id="price-save"] button`).click();
        await page
            .locator(`${CARD} [data-id="price-status"]`, { hasText: 'Saved: Salesforce Scheduler costs USD 40.00' })
            .waitFor({ timeout: 15000 })
            .catch(async (error) => {
                await screenshot(page, 'savings-save-failed');
                const status = await page.locator(`${CARD} [data-id="price-status"]`).textContent();
                throw new Error(`${error.message}; status: ${status}; apex errors: ${JSON.stringify(page.apexErrors)}`);
            });
        const seats = seatsOf('LightningSchedulerPsl');
        assert.ok(seats > 0, 'the large org has reclaimable Scheduler seats');
        const expected = Math.round((before + seats * 40) * 100) / 100;
        for (let waited = 0; waited < 10000 && money(await monthly.textContent()) !== expected; waited += 200) {
            await page.waitForTimeout(200);
        }
        assert.equal(money(await monthly.textContent()), expected, `potential grows by ${seats} seats × 40`);
        const after = await page.locator(`${CARD} [data-id="potential-caveat"]`).textContent();
        assert.equal(Number(after.match(/^([\d,]+) unpriced seats/)[1].replace(/,/g, '')), unpricedBefore - seats);
        await screenshot(page, 'savings-large-org');
        assert.deepEqual(page.consoleErrors, []);
        assert.deepEqual(page.failedRequests, []);
    } finally {
        await page.close();
    }
});
