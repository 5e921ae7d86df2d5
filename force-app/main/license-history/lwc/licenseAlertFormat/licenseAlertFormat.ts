import type { LicenseAlertDto } from '@apex-types/alerts';
import { badgeClassOf } from 'c/lsStatus';

/** One alert row as the alert tables and Home show it. */
export interface AlertView {
    key: string;
    label: string;
    ruleLabel: string;
    levelLabel: string;
    badgeClass: string;
    state: string;
    day: string;
    detail: string;
    delivery: string;
    deliveryFailed: boolean;
    notificationResult: string;
    emailResult: string;
}

/** "Sent to 3 users", or what failed, in words (a failed send is shown, never hidden). */
export function deliveryText(alert: LicenseAlertDto): string {
    if (!alert.sentAt) return 'Not sent';
    if (!alert.deliveryFailed) {
        const count = alert.recipientCount ?? 0;
        return `Sent to ${count} ${count === 1 ? 'user' : 'users'}`;
    }
    const failures = [
        alert.notificationResult !== 'Sent' ? `notification: ${alert.notificationResult ?? 'no answer'}` : null,
        !(alert.emailResult ?? '').startsWith('Sent') ? `email: ${alert.emailResult ?? 'no answer'}` : null
    ].filter((text): text is string => text !== null);
    return `Not delivered (${failures.join('; ')})`;
}

/** The view of an alert row (LicenseAlertDto from LicenseAlertController or HomeOverviewController). */
export function alertView(alert: LicenseAlertDto): AlertView {
    const critical = alert.level === 'critical';
    return {
        key: alert.id,
        label: alert.licenseLabel ?? alert.licenseName,
        ruleLabel: alert.ruleLabel,
        levelLabel: critical ? 'Critical' : 'Warning',
        badgeClass: badgeClassOf(critical ? 'error' : 'warning'),
        state: alert.state,
        day: alert.snapshotDate,
        detail: alert.detail ?? '',
        delivery: deliveryText(alert),
        deliveryFailed: alert.deliveryFailed === true,
        notificationResult: alert.notificationResult ?? '',
        emailResult: alert.emailResult ?? ''
    };
}
