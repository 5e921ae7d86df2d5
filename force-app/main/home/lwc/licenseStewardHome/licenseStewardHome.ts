import { LightningElement, wire } from 'lwc';
import getAppContext from '@salesforce/apex/LicenseStewardAppController.getAppContext';
import type { AppContextDto } from '@apex-types/app';
import { reduceErrors } from 'c/lsErrors';

interface WiredContext {
    data?: AppContextDto;
    error?: unknown;
}

/** A feature card on the home page. */
interface FeatureLink {
    key: string;
    title: string;
    description: string;
    tabName: string;
}

const FEATURES: FeatureLink[] = [
    {
        key: 'dashboard',
        title: 'License dashboard',
        description: 'User licenses and permission set licenses: total, used, remaining, and the waste findings.',
        tabName: 'License_Dashboard'
    },
    {
        key: 'voiceFix',
        title: 'Voice PSL fix',
        description:
            'Stop partner-telephony users from consuming a second Salesforce Voice User license (KB 005316943).',
        tabName: 'Voice_PSL_Fix'
    },
    {
        key: 'voiceMinutes',
        title: 'Voice minutes',
        description: 'Salesforce Voice minutes vs telephony minutes, per call and per month.',
        tabName: 'Voice_Minutes'
    }
];

/**
 * Home tab of License Steward: tells the admin whether they have access and where to go next.
 */
export default class LicenseStewardHome extends LightningElement {
    context?: AppContextDto;
    errorMessages: string[] = [];
    isLoading = true;

    @wire(getAppContext)
    wiredContext({ data, error }: WiredContext): void {
        if (data) {
            this.context = data;
            this.errorMessages = [];
            this.isLoading = false;
        } else if (error) {
            this.context = undefined;
            this.errorMessages = reduceErrors(error);
            this.isLoading = false;
        }
    }

    get hasAccess(): boolean {
        return this.context?.hasAdminAccess === true;
    }

    get lacksAccess(): boolean {
        return this.context !== undefined && !this.context.hasAdminAccess;
    }

    get features(): FeatureLink[] {
        return FEATURES;
    }

    get orgSummary(): string {
        if (!this.context?.orgName) {
            return '';
        }
        const kind = this.context.isSandbox ? 'Sandbox' : 'Production';
        return `${this.context.orgName} · ${this.context.edition ?? ''} · ${kind}`;
    }
}
