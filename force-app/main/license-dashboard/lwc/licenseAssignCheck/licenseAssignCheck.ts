import { LightningElement } from 'lwc';
import searchUsers from '@salesforce/apex/LicenseDashboardController.searchUsers';
import searchPermissionSets from '@salesforce/apex/LicenseDashboardController.searchPermissionSets';
import checkAssignment from '@salesforce/apex/LicenseDashboardController.checkAssignment';
import type { AssignmentCheckDto, LicenseUsageDto, PickerPermissionSetDto, PickerUserDto } from '@apex-types/dashboard';
import { settle } from 'c/lsErrors';
import { formatNumber, formatPercent, plural } from 'c/lsFormat';
import { licenseStatusView } from 'c/lsStatus';
import type { PickerOption } from 'c/lsRecordPicker';

const VERDICT_TEXT: Record<AssignmentCheckDto['verdict'], string> = {
    CanAssign: 'Can be assigned',
    AlreadyAssigned: 'Already assigned',
    UserLicenseMismatch: 'Blocked: wrong user license',
    LicenseExhausted: 'Blocked: no seat left',
    LicenseExpired: 'Blocked: license expired',
    UserInactive: 'Blocked: user deactivated'
};

const LICENSE_KIND_TEXT: Record<string, string> = {
    PermissionSetLicense: 'permission set license',
    UserLicense: 'user license',
    None: 'no license'
};

interface LicenseView {
    label: string;
    developerName: string;
    kind: string;
    total: string;
    used: string;
    remaining: string;
    percent: number | null;
    percentText: string;
    licenseStatus: LicenseUsageDto['status'];
    statusLabel: string;
    statusClass: string;
    barLabel: string;
}

/**
 * "Why can't I assign?": pick a user (searchUsers) and a permission set (searchPermissionSets), then
 * checkAssignment explains the verdict — the blocking license (user license mismatch, PSL exhausted or expired)
 * with its numbers, and the findings of the latest scan that could free a seat (the "Invalid Data … all licenses
 * are in use" situation of the admin checklist).
 */
export default class LicenseAssignCheck extends LightningElement {
    selectedUserId: string | null = null;
    selectedPermissionSetId: string | null = null;
    result?: AssignmentCheckDto;
    searchErrors: string[] = [];
    checkErrors: string[] = [];
    isChecking = false;

    // ---- pickers (c-ls-record-picker) ----

    /** searchUsers as picker options. */
    readonly searchUserOptions = async (text: string): Promise<PickerOption[]> => {
        const users: PickerUserDto[] = await searchUsers({ searchText: text });
        return users.map((user) => {
            const name = user.name ?? user.username ?? user.id;
            const license = user.userLicenseLabel ?? 'no user license';
            return {
                id: user.id,
                title: name,
                subtitle: `${user.username ?? ''} · ${license}${user.isActive ? '' : ' · deactivated'}`,
                ariaLabel: `Pick user ${name}`,
                selectedText: `${user.name ?? user.username} (${license})`
            };
        });
    };

    /** searchPermissionSets as picker options. */
    readonly searchPermissionSetOptions = async (text: string): Promise<PickerOption[]> => {
        const sets: PickerPermissionSetDto[] = await searchPermissionSets({ searchText: text });
        return sets.map((ps) => {
            const kind = LICENSE_KIND_TEXT[ps.licenseKind] ?? ps.licenseKind;
            const namespace = ps.namespacePrefix ? `${ps.namespacePrefix}__` : '';
            return {
                id: ps.id,
                title: ps.label ?? ps.apiName ?? ps.id,
                subtitle: `${namespace}${ps.apiName ?? ''} · needs ${kind}`,
                ariaLabel: `Pick permission set ${ps.label ?? ps.apiName ?? ps.id}`,
                selectedText: `${ps.label ?? ps.apiName} (${ps.apiName})`
            };
        });
    };

    get hasSearchError(): boolean {
        return this.searchErrors.length > 0;
    }

    get isCheckDisabled(): boolean {
        return this.isChecking || !this.selectedUserId || !this.selectedPermissionSetId;
    }

    handleSelectUser(event: CustomEvent<{ id: string | null }>): void {
        this.selectedUserId = event.detail.id;
        this.result = undefined;
    }

    handleSelectPermissionSet(event: CustomEvent<{ id: string | null }>): void {
        this.selectedPermissionSetId = event.detail.id;
        this.result = undefined;
    }

    handleSearchError(event: CustomEvent<{ messages: string[] }>): void {
        this.searchErrors = event.detail.messages;
    }

    async handleCheck(): Promise<void> {
        const userId = this.selectedUserId;
        const permissionSetId = this.selectedPermissionSetId;
        if (!userId || !permissionSetId) {
            return;
        }
        this.isChecking = true;
        this.checkErrors = [];
        this.result = undefined;
        const { value, errors } = await settle(() => checkAssignment({ userId, permissionSetId }));
        this.result = value ?? undefined;
        this.checkErrors = errors;
        this.isChecking = false;
    }

    // ---- result ----

    get hasCheckError(): boolean {
        return this.checkErrors.length > 0;
    }

    get hasResult(): boolean {
        return this.result !== undefined;
    }

    get verdictText(): string {
        return this.result ? VERDICT_TEXT[this.result.verdict] : '';
    }

    get verdictClass(): string {
        if (!this.result) {
            return '';
        }
        if (this.result.canAssign) {
            return 'slds-box slds-theme_success verdict';
        }
        return this.result.verdict === 'AlreadyAssigned'
            ? 'slds-box slds-theme_info verdict'
            : 'slds-box slds-theme_error verdict';
    }

    get verdictIcon(): string {
        if (!this.result) {
            return 'utility:info';
        }
        if (this.result.canAssign) {
            return 'utility:success';
        }
        return this.result.verdict === 'AlreadyAssigned' ? 'utility:info' : 'utility:error';
    }

    get blockingLicense(): LicenseView | null {
        return this.viewOf(this.result?.blockingLicense ?? null);
    }

    /** The required license when it is not the blocking one (shown for information). */
    get requiredLicense(): LicenseView | null {
        if (!this.result || this.result.blockingLicense) {
            return null;
        }
        return this.viewOf(this.result.requiredLicense);
    }

    get requiredText(): string {
        const result = this.result;
        if (!result) {
            return '';
        }
        if (result.requiredLicenseKind === 'None') {
            return `${result.permissionSetLabel} needs no license.`;
        }
        const holds = result.userHoldsRequiredLicense ? ' The user already holds a seat of it.' : '';
        return `${result.permissionSetLabel} needs a ${LICENSE_KIND_TEXT[result.requiredLicenseKind]}.${holds}`;
    }

    get hasFreeingFindings(): boolean {
        return (this.result?.freeingFindings.length ?? 0) > 0;
    }

    get freeingTitle(): string {
        const count = this.result?.freeingFindingCount ?? 0;
        return `${plural(count, 'finding')} of the latest scan could free a seat`;
    }

    get freeingRows() {
        return (this.result?.freeingFindings ?? []).map((finding) => ({
            key: finding.id,
            user: finding.userFullName ?? '—',
            username: finding.username ?? '',
            reason: finding.reasonLabel,
            detail: finding.detail ?? ''
        }));
    }

    get moreFreeingText(): string {
        const result = this.result;
        if (!result) {
            return '';
        }
        const more = result.freeingFindingCount - result.freeingFindings.length;
        return more > 0 ? `and ${formatNumber(more)} more in the findings drill-down` : '';
    }

    get noFreeingFindings(): boolean {
        const result = this.result;
        return (
            !!result &&
            (result.verdict === 'LicenseExhausted' || result.verdict === 'LicenseExpired') &&
            result.freeingFindingCount === 0
        );
    }

    // ---- helpers ----

    private viewOf(license: LicenseUsageDto | null): LicenseView | null {
        if (!license) {
            return null;
        }
        const label = license.label ?? license.developerName ?? license.id;
        const status = licenseStatusView(license.status, license.expiringSoon);
        return {
            label,
            developerName: license.developerName ?? '',
            kind: license.kind === 'UserLicense' ? 'User license' : 'Permission set license',
            total: formatNumber(license.total),
            used: formatNumber(license.used),
            remaining: formatNumber(license.remaining),
            percent: license.percentUsed,
            percentText: formatPercent(license.percentUsed),
            licenseStatus: license.status,
            statusLabel: status.label,
            statusClass: status.badgeClass,
            barLabel: `${label} usage`
        };
    }
}
