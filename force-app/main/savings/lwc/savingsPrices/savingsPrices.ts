import { LightningElement } from 'lwc';
import getPriceEditor from '@salesforce/apex/SavingsController.getPriceEditor';
import savePrice from '@salesforce/apex/SavingsController.savePrice';
import type { LicensePriceDto, SavingsPriceEditorDto } from '@apex-types/savings';
import { reduceErrors } from 'c/lsErrors';
import { formatMoney } from 'c/savingsCard';

const KIND_LABELS: Record<string, string> = {
    UserLicense: 'User licence',
    PermissionSetLicense: 'Permission set licence',
    PackageLicense: 'Package licence',
    FeatureLicense: 'Feature licence'
};
/** How often, and how many times, the editor re-reads the prices while the deployment runs. */
export const POLL_MS = 3000;
export const POLL_ATTEMPTS = 20;

const keyOf = (license: LicensePriceDto): string => `${license.licenseKind}|${license.licenseKey}`;

/**
 * Price editor (docs/savings.md, "Prices"): every licence of the org with its monthly price; saving validates in Apex
 * and queues a metadata deployment, then the editor re-reads the prices until the new one shows.
 */
export default class SavingsPrices extends LightningElement {
    editor: SavingsPriceEditorDto | null = null;
    errorMessages: string[] = [];
    saveErrorMessages: string[] = [];
    statusMessage = '';
    isLoading = true;
    isSaving = false;
    selectedKey = '';
    priceText = '';
    currency = '';
    private pollTimer: ReturnType<typeof setTimeout> | null = null;

    override connectedCallback(): void {
        this.load();
    }

    override disconnectedCallback(): void {
        if (this.pollTimer) clearTimeout(this.pollTimer);
    }

    async load(): Promise<void> {
        try {
            this.editor = (await getPriceEditor()) ?? null;
            this.errorMessages = [];
            if (!this.currency && this.editor) this.currency = this.editor.orgCurrency;
        } catch (error) {
            this.editor = null;
            this.errorMessages = reduceErrors(error);
        } finally {
            this.isLoading = false;
        }
    }

    get hasError(): boolean {
        return this.errorMessages.length > 0;
    }

    get hasSaveError(): boolean {
        return this.saveErrorMessages.length > 0;
    }

    get hasEditor(): boolean {
        return !!this.editor;
    }

    get hasLicenses(): boolean {
        return (this.editor?.licenses?.length ?? 0) > 0;
    }

    get pricedCount(): number {
        return (this.editor?.licenses ?? []).filter((license) => license.monthlyPrice != null).length;
    }

    get summary(): string {
        const licenses = this.editor?.licenses ?? [];
        return `${this.pricedCount} of ${licenses.length} licences have a price. Prices are per seat per month; the org currency is ${this.editor?.orgCurrency ?? ''}.`;
    }

    get licenseOptions(): Array<{ label: string; value: string }> {
        return [
            { label: 'Choose a licence', value: '' },
            ...(this.editor?.licenses ?? []).map((license) => ({
                label: `${license.label} (${KIND_LABELS[license.licenseKind] ?? license.licenseKind})`,
                value: keyOf(license)
            }))
        ];
    }

    get currencyOptions(): Array<{ label: string; value: string }> {
        return (this.editor?.currencies ?? []).map((code) => ({ label: code, value: code }));
    }

    get rows(): Array<Record<string, string | boolean>> {
        const orgCurrency = this.editor?.orgCurrency ?? '';
        return (this.editor?.licenses ?? [])
            .filter((license) => license.monthlyPrice != null)
            .map((license) => ({
                key: keyOf(license),
                label: license.label,
                kind: KIND_LABELS[license.licenseKind] ?? license.licenseKind,
                price: formatMoney(license.monthlyPrice, license.currencyIsoCode),
                inOrgCurrency: license.isUnconverted
                    ? `not converted: the org has no rate for ${license.currencyIsoCode}`
                    : formatMoney(license.monthlyPriceInOrgCurrency, orgCurrency),
                isUnconverted: license.isUnconverted
            }));
    }

    get hasPricedRows(): boolean {
        return this.pricedCount > 0;
    }

    get saveDisabled(): boolean {
        return this.isSaving || !this.selectedKey;
    }

    handleLicense(event: CustomEvent<{ value: string }>): void {
        this.selectedKey = event.detail.value;
        const license = (this.editor?.licenses ?? []).find((candidate) => keyOf(candidate) === this.selectedKey);
        this.priceText = license?.monthlyPrice != null ? String(license.monthlyPrice) : '';
        if (license?.currencyIsoCode) this.currency = license.currencyIsoCode;
    }

    handlePrice(event: CustomEvent<{ value: string | number | null }>): void {
        this.priceText =
            event.detail.value === null || event.detail.value === undefined ? '' : String(event.detail.value);
    }

    handleCurrency(event: CustomEvent<{ value: string }>): void {
        this.currency = event.detail.value;
    }

    async handleSave(): Promise<void> {
        const [licenseKind, ...rest] = this.selectedKey.split('|');
        const licenseKey = rest.join('|');
        this.isSaving = true;
        this.saveErrorMessages = [];
        this.statusMessage = '';
        try {
            // Apex validates (unknown licence, negative price, unknown currency); the text goes as typed.
            const monthlyPrice = this.priceText.trim() === '' ? null : Number(this.priceText);
            const saved = await savePrice({
                licenseKind,
                licenseKey,
                monthlyPrice: monthlyPrice !== null && Number.isNaN(monthlyPrice) ? null : monthlyPrice,
                currencyIsoCode: this.currency
            });
            this.statusMessage = saved.message;
            this.waitForPrice(saved.price, POLL_ATTEMPTS);
        } catch (error) {
            this.saveErrorMessages = reduceErrors(error);
            this.isSaving = false;
        }
    }

    /** Re-reads the prices until the saved one shows (the deployment completed) or the attempts run out. */
    private async waitForPrice(price: LicensePriceDto, attemptsLeft: number): Promise<void> {
        await this.load();
        const shown = (this.editor?.licenses ?? []).find((license) => keyOf(license) === keyOf(price));
        if (shown && shown.monthlyPrice === price.monthlyPrice && shown.currencyIsoCode === price.currencyIsoCode) {
            this.statusMessage = `Saved: ${shown.label} costs ${formatMoney(shown.monthlyPrice, shown.currencyIsoCode)} per seat per month.`;
            this.isSaving = false;
            this.dispatchEvent(new CustomEvent('pricesaved'));
            return;
        }
        if (attemptsLeft <= 1) {
            this.statusMessage =
                'The deployment has not completed yet. Check Setup → Deployment Status, then reload this page.';
            this.isSaving = false;
            return;
        }
        // eslint-disable-next-line @lwc/lwc/no-async-operation
        this.pollTimer = setTimeout(() => this.waitForPrice(price, attemptsLeft - 1), POLL_MS);
    }
}
