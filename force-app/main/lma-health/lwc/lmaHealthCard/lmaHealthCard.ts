import { LightningElement } from 'lwc';
import getLmaHealth from '@salesforce/apex/LmaHealthController.getLmaHealth';
import type { LmaHealthDto, LmaHealthItemDto } from '@apex-types/lma';
import { settle } from 'c/lsErrors';

/** "7 of 10 seats", "Site licence", or '' when the LMA does not say. */
export function seatsText(item: LmaHealthItemDto): string {
    if (item.licenseId == null) return '';
    if (item.seats == null) return 'Site licence';
    return `${item.used ?? '–'} of ${item.seats} seats`;
}

/**
 * License Management App health (ISV orgs, seed 001): one line when the LMA is not installed; otherwise every
 * licence record that needs attention (expired, expiring, suspended, all seats used) and org-level problems, each
 * with its troubleshooting step.
 */
export default class LmaHealthCard extends LightningElement {
    health: LmaHealthDto | null = null;
    errorMessages: string[] = [];
    isLoading = true;

    override connectedCallback(): void {
        this.load();
    }

    async load(): Promise<void> {
        this.isLoading = true;
        const { value, errors } = await settle(() => getLmaHealth());
        this.health = value;
        this.errorMessages = errors;
        this.isLoading = false;
    }

    get notInstalled(): boolean {
        return !!this.health && !this.health.installed;
    }

    get isInstalled(): boolean {
        return !!this.health?.installed;
    }

    get hasItems(): boolean {
        return (this.health?.items?.length ?? 0) > 0;
    }

    get summary(): string {
        const health = this.health;
        if (!health?.installed) return '';
        const checked = `${health.checkedCount ?? 0} of ${health.licenseCount ?? 0} licence records checked`;
        const truncated = health.truncated ? ' (the soonest to expire first; the rest were not checked)' : '';
        return `${health.packageCount ?? 0} package(s), ${checked}${truncated}. Expiring means within ${health.expiringWithinDays} days.`;
    }

    get items(): Array<Record<string, string>> {
        return (this.health?.items ?? []).map((item, index) => ({
            key: `${item.issue}-${item.licenseId ?? 'org'}-${index}`,
            title: item.licenseName ? `${item.licenseName}: ${item.issueLabel}` : item.issueLabel,
            details: [
                item.status,
                item.expiresOn ? `expires ${item.expiresOn}` : '',
                seatsText(item),
                item.subscriberOrgId ? `org ${item.subscriberOrgId}` : ''
            ]
                .filter((part) => !!part)
                .join(' · '),
            step: item.troubleshooting
        }));
    }
}
