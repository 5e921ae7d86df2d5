/**
 * Formatting shared by the License Steward components (plain functions, no component). One clock: every number,
 * date and time is formatted in the viewer's Salesforce locale and time zone (`@salesforce/i18n/locale`,
 * `@salesforce/i18n/timeZone`), dates carry the year only where it is not the current one, and relative texts
 * ("in 3 days", "10 days ago") are computed from `now` when the page renders, never stored at scan time.
 */
import LOCALE from '@salesforce/i18n/locale';
import TIME_ZONE from '@salesforce/i18n/timeZone';

/** The viewer's locale (BCP 47, e.g. `en-US`, `de-DE`); undefined lets Intl use the browser's. */
export const VIEWER_LOCALE: string | undefined = LOCALE || undefined;
/** The viewer's Salesforce time zone (IANA, e.g. `America/Los_Angeles`); undefined = the browser's. */
export const VIEWER_TIME_ZONE: string | undefined = TIME_ZONE || undefined;

const DAY_MS = 24 * 60 * 60 * 1000;

const numberFormat = new Intl.NumberFormat(VIEWER_LOCALE);
const percentFormat = new Intl.NumberFormat(VIEWER_LOCALE, { style: 'percent', maximumFractionDigits: 1 });
const pluralRules = new Intl.PluralRules(VIEWER_LOCALE);

/** `10787` → `10,787` (en-US), `10.787` (de-DE); null → em dash. */
export function formatNumber(value: number | null | undefined): string {
    return value === null || value === undefined ? '—' : numberFormat.format(value);
}

/** A percentage given as 0-100: `92.31` → `92.3%` (en-US), `92,3 %` (de-DE); null → em dash. */
export function formatPercent(value: number | null | undefined): string {
    return value === null || value === undefined ? '—' : percentFormat.format(value / 100);
}

/** An Apex Datetime (ISO string) as a Date; null when missing or not a date. */
function parseDateTime(value: string | null | undefined): Date | null {
    const date = value ? new Date(value) : null;
    return date && !Number.isNaN(date.getTime()) ? date : null;
}

/** The calendar day of an instant in a time zone, as `YYYY-MM-DD`. */
export function dayInZone(date: Date, timeZone: string | undefined = VIEWER_TIME_ZONE): string {
    const parts = new Intl.DateTimeFormat('en-US', {
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        timeZone
    }).formatToParts(date);
    const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
    return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * `2026-11-23T16:20:00.000Z` → `Nov 23, 8:20 AM` in the viewer's locale and time zone, with the year
 * (`Nov 23, 2025, 8:20 AM`) when it is not the current year there; null → em dash.
 */
export function formatDateTime(
    value: string | null | undefined,
    timeZone: string | undefined = VIEWER_TIME_ZONE,
    now: Date = new Date()
): string {
    const date = parseDateTime(value);
    if (!date) {
        return value || '—';
    }
    const sameYear = dayInZone(date, timeZone).slice(0, 4) === dayInZone(now, timeZone).slice(0, 4);
    return new Intl.DateTimeFormat(VIEWER_LOCALE, {
        year: sameYear ? undefined : 'numeric',
        month: 'short',
        day: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
        timeZone
    }).format(date);
}

/**
 * A time the admin schedules around (remediation windows and runs): weekday, day, time and the zone's name in the
 * viewer's locale and time zone, e.g. `Mon, Nov 23, 04:20 PM PST` (the year is added when it is not the current
 * one); '' for null or garbage.
 */
export function formatZonedDateTime(value: string | null | undefined, now: Date = new Date()): string {
    const date = parseDateTime(value);
    if (!date) {
        return '';
    }
    const sameYear = dayInZone(date).slice(0, 4) === dayInZone(now).slice(0, 4);
    return new Intl.DateTimeFormat(VIEWER_LOCALE, {
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        year: sameYear ? undefined : 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        timeZoneName: 'short',
        timeZone: VIEWER_TIME_ZONE
    }).format(date);
}

/** `2026-11-23` (Apex Date: a calendar day, no zone) → `Nov 23` (`Nov 23, 2025` in another year); null → em dash. */
export function formatDate(value: string | null | undefined, now: Date = new Date()): string {
    if (!value) {
        return '—';
    }
    const date = new Date(`${value.slice(0, 10)}T00:00:00.000Z`);
    if (Number.isNaN(date.getTime())) {
        return value;
    }
    const sameYear = value.slice(0, 4) === dayInZone(now).slice(0, 4);
    return new Intl.DateTimeFormat(VIEWER_LOCALE, {
        year: sameYear ? undefined : 'numeric',
        month: 'short',
        day: 'numeric',
        timeZone: 'UTC'
    }).format(date);
}

/**
 * Whole calendar days from the viewer's today to an Apex Date (`2026-12-10`): 0 today, 7 in a week, -3 three days
 * ago; null when missing or not a date. Computed when called (the page renders), never at scan time.
 */
export function daysUntil(value: string | null | undefined, now: Date = new Date()): number | null {
    if (!value) {
        return null;
    }
    const target = Date.parse(`${value.slice(0, 10)}T00:00:00.000Z`);
    const today = Date.parse(`${dayInZone(now)}T00:00:00.000Z`);
    return Number.isNaN(target) ? null : Math.round((target - today) / DAY_MS);
}

const relativeDays = new Intl.RelativeTimeFormat(VIEWER_LOCALE, { numeric: 'auto' });

/** Days from today as words in the viewer's locale: `today`, `tomorrow`, `in 7 days`, `3 days ago`. */
export function formatRelativeDays(days: number): string {
    return relativeDays.format(days, 'day');
}

/**
 * How long ago an instant was, in the largest whole unit: `just now` (under a minute), `5 minutes ago`,
 * `3 hours ago`, `10 days ago`; '' for null or garbage.
 */
export function formatAge(value: string | null | undefined, now: Date = new Date()): string {
    const date = parseDateTime(value);
    if (!date) {
        return '';
    }
    const seconds = Math.max(0, Math.floor((now.getTime() - date.getTime()) / 1000));
    const relative = new Intl.RelativeTimeFormat(VIEWER_LOCALE, { numeric: 'always' });
    if (seconds < 60) {
        return new Intl.RelativeTimeFormat(VIEWER_LOCALE, { numeric: 'auto' }).format(0, 'second');
    }
    if (seconds < 3600) {
        return relative.format(-Math.floor(seconds / 60), 'minute');
    }
    if (seconds < 86400) {
        return relative.format(-Math.floor(seconds / 3600), 'hour');
    }
    return relative.format(-Math.floor(seconds / 86400), 'day');
}

/**
 * An instant as ISO 8601 with the viewer's UTC offset, for CSV files: `2026-11-23T08:20:00-08:00`; '' for null or
 * garbage. Spreadsheets and scripts read it without guessing the zone.
 */
export function isoWithOffset(
    value: string | null | undefined,
    timeZone: string | undefined = VIEWER_TIME_ZONE
): string {
    const date = parseDateTime(value);
    if (!date) {
        return '';
    }
    const parts = new Intl.DateTimeFormat('en-US', {
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        hourCycle: 'h23',
        timeZone
    }).formatToParts(date);
    const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
    const local = Date.UTC(
        Number(part('year')),
        Number(part('month')) - 1,
        Number(part('day')),
        Number(part('hour')),
        Number(part('minute')),
        Number(part('second'))
    );
    const offsetMinutes = Math.round((local - Math.floor(date.getTime() / 1000) * 1000) / 60000);
    const sign = offsetMinutes < 0 ? '-' : '+';
    const abs = Math.abs(offsetMinutes);
    const offset = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
    return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}:${part('second')}${offset}`;
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

/**
 * `1 finding`, `2 findings`, `1,994 findings`: the count in the viewer's number format and the noun chosen by the
 * locale's plural rules (English: "one" for exactly 1, "other" otherwise, including 0).
 */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
    return `${formatNumber(count)} ${pluralRules.select(count) === 'one' ? singular : pluralForm}`;
}

/** Records a Performance API mark (the preview's Playwright test reads them); no-op where unsupported. */
export function markPerformance(name: string): void {
    if (typeof performance !== 'undefined' && typeof performance.mark === 'function') {
        performance.mark(name);
    }
}
