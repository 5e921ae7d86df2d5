import LsLoadedElement from 'c/lsLoadedElement';
import getAlertSettings from '@salesforce/apex/LicenseAlertController.getAlertSettings';
import saveAlertSetting from '@salesforce/apex/LicenseAlertController.saveAlertSetting';
import type { LicenseAlertSettingDto, LicenseAlertSettingsDto } from '@apex-types/alerts';
import type { SelectOption } from 'c/lsSelect';
import { reduceErrors } from 'c/lsErrors';

type NumberField =
    | 'percentUsed'
    | 'seatsRemaining'
    | 'exhaustionWithinDays'
    | 'expiryWithinDays'
    | 'overageWarningPercent'
    | 'overageCriticalPercent'
    | 'resendAfterDays';

interface FieldSpec {
    field: NumberField;
    label: string;
    help: string;
    defaultOnly?: boolean;
}

/** The thresholds; ranges are checked by the server (LicenseAlertSettingsService), the one place they live. */
const FIELDS: FieldSpec[] = [
    { field: 'percentUsed', label: 'Percent used', help: 'Alert when used reaches this percent of the seats (1-100).' },
    { field: 'seatsRemaining', label: 'Seats remaining', help: 'Alert when this many seats or fewer remain.' },
    {
        field: 'exhaustionWithinDays',
        label: 'Projected exhaustion within (days)',
        help: 'Alert when the 90-day forecast runs out within this many days.'
    },
    { field: 'expiryWithinDays', label: 'Expiry within (days)', help: 'Alert when the licence expires this soon.' },
    {
        field: 'overageWarningPercent',
        label: 'Overage warning (%)',
        help: 'Usage entitlements: projected use at period end, once 5 % of the period and 10 % of the allowance passed.'
    },
    {
        field: 'overageCriticalPercent',
        label: 'Overage critical (%)',
        help: 'Usage entitlements: the critical level, above the warning.'
    },
    {
        field: 'resendAfterDays',
        label: 'Send again after (days)',
        help: 'A still-true alert is sent again after this many days (0: never).',
        defaultOnly: true
    }
];
const DEFAULT_KEY = '';

/**
 * Alert settings editor (issue #11 item 3): the Default thresholds and recipients, and one licence's override. Empty
 * fields switch a rule off. Saving deploys a custom metadata record in the background; the server validates and
 * deploys nothing when a value is wrong, and its message is shown through c/lsErrorAlert.
 */
export default class LicenseAlertSettings extends LsLoadedElement<LicenseAlertSettingsDto> {
    settings: LicenseAlertSettingsDto | null = null;
    draft: LicenseAlertSettingDto | null = null;
    selectedKey = DEFAULT_KEY;
    savedMessage = '';
    isSaving = false;

    protected override fetch(): Promise<LicenseAlertSettingsDto> {
        return getAlertSettings();
    }

    protected override applyData(data: LicenseAlertSettingsDto | null): void {
        this.settings = data;
        this.select(this.selectedKey);
    }

    get isDefault(): boolean {
        return this.selectedKey === DEFAULT_KEY;
    }

    get licenseOptions(): SelectOption[] {
        return [
            { label: 'Every licence (Default)', value: DEFAULT_KEY },
            ...(this.settings?.licenses ?? []).map((license) => ({
                label: this.hasOverride(license.licenseKey)
                    ? `${license.licenseLabel} (own thresholds)`
                    : `${license.licenseLabel}`,
                value: license.licenseKey ?? ''
            }))
        ];
    }

    get fields(): Array<FieldSpec & { value: string }> {
        return FIELDS.filter((spec) => this.isDefault || !spec.defaultOnly).map((spec) => ({
            ...spec,
            value: this.draft?.[spec.field] == null ? '' : String(this.draft[spec.field])
        }));
    }

    get recipientGroup(): string {
        return this.draft?.recipientGroup ?? '';
    }

    get isActive(): boolean {
        return this.draft?.active !== false;
    }

    get recipientsText(): string {
        return this.settings ? `Alerts go to: ${this.settings.recipientsText}.` : '';
    }

    get saveDisabled(): boolean {
        return this.isSaving || !this.draft;
    }

    private hasOverride(licenseKey: string | null): boolean {
        return (this.settings?.overrides ?? []).some((o) => o.licenseKey === licenseKey && o.active !== false);
    }

    /** Fills the form: the Default, a licence's override, or (no override yet) the Default's values for it. */
    private select(licenseKey: string): void {
        const settings = this.settings;
        if (!settings) {
            this.draft = null;
            return;
        }
        this.selectedKey = licenseKey;
        if (licenseKey === DEFAULT_KEY) {
            this.draft = { ...settings.defaults, licenseKey: null };
            return;
        }
        const license = settings.licenses.find((l) => l.licenseKey === licenseKey);
        const existing = settings.overrides.find((o) => o.licenseKey === licenseKey);
        this.draft = {
            ...(existing ?? settings.defaults),
            licenseKey,
            licenseLabel: license?.licenseLabel ?? licenseKey,
            active: existing ? existing.active : true,
            resendAfterDays: null,
            recipientGroup: null
        };
    }

    handleLicenseChange(event: CustomEvent<{ value: string }>): void {
        this.savedMessage = '';
        this.errorMessages = [];
        this.select(event.detail.value);
    }

    handleNumberChange(event: Event): void {
        const target = event.target as HTMLInputElement;
        const field = target.dataset.field as NumberField;
        const raw = String((event as CustomEvent<{ value?: string }>).detail?.value ?? target.value ?? '').trim();
        if (this.draft) this.draft = { ...this.draft, [field]: raw === '' ? null : Number(raw) };
    }

    handleGroupChange(event: Event): void {
        const raw = String((event as CustomEvent<{ value?: string }>).detail?.value ?? '').trim();
        if (this.draft) this.draft = { ...this.draft, recipientGroup: raw === '' ? null : raw };
    }

    handleActiveChange(event: Event): void {
        const isChecked = (event as CustomEvent<{ checked?: boolean }>).detail?.checked ?? false;
        if (this.draft) this.draft = { ...this.draft, active: isChecked };
    }

    async handleSave(): Promise<void> {
        if (!this.draft) return;
        this.isSaving = true;
        this.savedMessage = '';
        try {
            await saveAlertSetting({ setting: this.draft });
            this.errorMessages = [];
            this.savedMessage =
                'Saved. The settings are deployed in the background and apply within a minute or two (Setup → Deployment Status).';
            await this.load();
        } catch (error) {
            this.errorMessages = reduceErrors(error);
        } finally {
            this.isSaving = false;
        }
    }
}
