/** Formatting shared by the License Steward dashboard components (plain functions, no component). */
export type LicenseStatus = 'ok' | 'warning' | 'exhausted' | 'expired';

const STATUS_LABELS: Record<LicenseStatus, string> = {
    ok: 'OK',
    warning: 'Near limit',
    exhausted: 'Exhausted',
    expired: 'Expired'
};

const numberFormat = new Intl.NumberFormat('en-US');
const percentFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

export function formatNumber(value: number | null | undefined): string {
    return value === null || value === undefined ? '—' : numberFormat.format(value);
}

export function formatPercent(value: number | null | undefined): string {
    return value === null || value === undefined ? '—' : `${percentFormat.format(value)} %`;
}

/** An Apex Datetime (ISO string) as a Date; null when missing or not a date. */
function parseDateTime(value: string | null | undefined): Date | null {
    const date = value ? new Date(value) : null;
    return date && !Number.isNaN(date.getTime()) ? date : null;
}

/** `2026-11-23T16:20:00.000Z` → `Nov 23, 2026, 4:20 PM` in the browser's time zone; null → em dash. */
export function formatDateTime(value: string | null | undefined, timeZone?: string): string {
    const date = parseDateTime(value);
    if (!date) {
        return value || '—';
    }
    return new Intl.DateTimeFormat('en-US', {
        year: 'numeric',
        month: 'short',
        day: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
        timeZone
    }).format(date);
}

const ZONED_DATE_TIME = new Intl.DateTimeFormat(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short'
});

/**
 * A time the admin schedules around (remediation windows and runs): weekday, day, time and the zone's name in the
 * viewer's locale and time zone, e.g. `Mon, Nov 23, 04:20 PM PST`; '' for null or garbage.
 */
export function formatZonedDateTime(value: string | null | undefined): string {
    const date = parseDateTime(value);
    return date ? ZONED_DATE_TIME.format(date) : '';
}

/** `2026-11-23` (Apex Date) → `Nov 23, 2026`; null → em dash. */
export function formatDate(value: string | null | undefined): string {
    if (!value) {
        return '—';
    }
    const date = new Date(`${value.slice(0, 10)}T00:00:00.000Z`);
    if (Number.isNaN(date.getTime())) {
        return value;
    }
    return new Intl.DateTimeFormat('en-US', {
        year: 'numeric',
        month: 'short',
        day: 'numeric',
        timeZone: 'UTC'
    }).format(date);
}

/** `1 h 4 min`, `41 s` between two ISO datetimes; null when either is missing. */
export function formatDuration(start: string | null | undefined, end: string | null | undefined): string | null {
    if (!start || !end) {
        return null;
    }
    const seconds = Math.max(0, Math.round((Date.parse(end) - Date.parse(start)) / 1000));
    if (Number.isNaN(seconds)) {
        return null;
    }
    if (seconds < 60) {
        return `${seconds} s`;
    }
    const minutes = Math.floor(seconds / 60);
    if (minutes < 60) {
        return `${minutes} min ${seconds % 60} s`;
    }
    return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

export function statusLabel(status: LicenseStatus): string {
    return STATUS_LABELS[status] ?? status;
}

/** SLDS badge classes per status (text label always shown too: colour is never the only signal). */
export function statusBadgeClass(status: LicenseStatus): string {
    switch (status) {
        case 'warning':
            return 'slds-badge slds-theme_warning';
        case 'exhausted':
            return 'slds-badge slds-theme_error';
        case 'expired':
            return 'slds-badge slds-badge_inverse';
        default:
            return 'slds-badge slds-theme_success';
    }
}

/** `1 finding`, `2 findings`. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
    return `${formatNumber(count)} ${count === 1 ? singular : pluralForm}`;
}

/** Records a Performance API mark (the preview's Playwright test reads them); no-op where unsupported. */
export function markPerformance(name: string): void {
    if (typeof performance !== 'undefined' && typeof performance.mark === 'function') {
        performance.mark(name);
    }
}
