import {
    daysUntil,
    dayInZone,
    formatAge,
    formatRelativeDays,
    isoWithOffset,
    formatDate,
    formatDateTime,
    formatDuration,
    formatNumber,
    formatPercent,
    formatZonedDateTime,
    markPerformance,
    plural
} from 'c/lsFormat';

// The Jest mocks of @salesforce/i18n: locale en-US, time zone America/Los_Angeles (the viewer's).
const NOW = new Date('2026-12-03T17:00:00.000Z');

describe('c/lsFormat', () => {
    it('formats numbers and percentages', () => {
        expect(formatNumber(10787)).toBe('10,787');
        expect(formatNumber(0)).toBe('0');
        expect(formatNumber(null)).toBe('—');
        expect(formatNumber(undefined)).toBe('—');
        expect(formatNumber(1994)).toBe('1,994');
        expect(formatPercent(92.31)).toBe('92.3%');
        expect(formatPercent(90)).toBe('90%');
        expect(formatPercent(100)).toBe('100%');
        expect(formatPercent(null)).toBe('—');
    });

    it('formats dates and datetimes in the viewer zone, with the year only where it is not the current one', () => {
        expect(formatDate('2026-12-10', NOW)).toBe('Dec 10');
        expect(formatDate('2027-01-10', NOW)).toBe('Jan 10, 2027');
        expect(formatDate(null)).toBe('—');
        expect(formatDate('not a date')).toBe('not a date');
        expect(formatDateTime('2026-11-23T16:20:00.000Z', 'UTC', NOW)).toBe('Nov 23, 4:20 PM');
        // The viewer's Salesforce time zone (America/Los_Angeles in the Jest mock), not the machine's.
        expect(formatDateTime('2026-11-23T16:20:00.000Z', undefined, NOW)).toBe('Nov 23, 8:20 AM');
        expect(formatDateTime('2025-11-23T16:20:00.000Z', undefined, NOW)).toBe('Nov 23, 2025, 8:20 AM');
        // New Year's Eve in Los Angeles is already next year in UTC: the viewer's year decides.
        expect(formatDateTime('2027-01-01T03:00:00.000Z', undefined, NOW)).toBe('Dec 31, 7:00 PM');
        expect(formatDateTime(null)).toBe('—');
        expect(formatDateTime('garbage')).toBe('garbage');
        expect(formatDateTime('')).toBe('—');
    });

    it('formats zoned datetimes for schedules (weekday, time and zone name)', () => {
        expect(formatZonedDateTime('2026-11-23T23:00:00.000Z', NOW)).toBe('Mon, Nov 23, 03:00 PM PST');
        expect(formatZonedDateTime('2025-11-23T23:00:00.000Z', NOW)).toContain('2025');
        expect(formatZonedDateTime(null)).toBe('');
        expect(formatZonedDateTime('not a date')).toBe('');
    });

    it('formats durations', () => {
        expect(formatDuration('2026-11-23T02:00:00.000Z', '2026-11-23T02:00:41.000Z')).toBe('41 s');
        expect(formatDuration('2026-11-23T02:00:00.000Z', '2026-11-23T02:14:37.000Z')).toBe('14 min 37 s');
        expect(formatDuration('2026-11-23T02:00:00.000Z', '2026-11-23T03:04:00.000Z')).toBe('1 h 4 min');
        expect(formatDuration(null, '2026-11-23T02:00:41.000Z')).toBeNull();
        expect(formatDuration('x', 'y')).toBeNull();
    });

    it('computes relative days and ages when called, from the viewer zone', () => {
        // 17:00 UTC on Dec 3 is 9:00 on Dec 3 in Los Angeles.
        expect(dayInZone(NOW)).toBe('2026-12-03');
        expect(daysUntil('2026-12-10', NOW)).toBe(7);
        expect(daysUntil('2026-12-03', NOW)).toBe(0);
        expect(daysUntil('2026-11-30', NOW)).toBe(-3);
        expect(daysUntil(null, NOW)).toBeNull();
        expect(daysUntil('garbage', NOW)).toBeNull();
        expect(formatRelativeDays(7)).toBe('in 7 days');
        expect(formatRelativeDays(1)).toBe('tomorrow');
        expect(formatRelativeDays(0)).toBe('today');
        expect(formatRelativeDays(-3)).toBe('3 days ago');
        expect(formatAge('2026-11-23T02:14:37.000Z', NOW)).toBe('10 days ago');
        expect(formatAge('2026-12-03T14:00:00.000Z', NOW)).toBe('3 hours ago');
        expect(formatAge('2026-12-03T16:55:00.000Z', NOW)).toBe('5 minutes ago');
        expect(formatAge('2026-12-03T16:59:30.000Z', NOW)).toBe('now');
        expect(formatAge(null, NOW)).toBe('');
    });

    it('writes ISO 8601 with the viewer offset for CSV files', () => {
        expect(isoWithOffset('2026-11-23T16:20:00.000Z')).toBe('2026-11-23T08:20:00-08:00');
        expect(isoWithOffset('2026-07-01T12:00:05.000Z')).toBe('2026-07-01T05:00:05-07:00');
        expect(isoWithOffset('2026-11-23T16:20:00.000Z', 'Asia/Kolkata')).toBe('2026-11-23T21:50:00+05:30');
        expect(isoWithOffset('2026-11-23T16:20:00.000Z', 'UTC')).toBe('2026-11-23T16:20:00+00:00');
        expect(isoWithOffset(null)).toBe('');
        expect(isoWithOffset('garbage')).toBe('');
    });

    it('pluralises with the locale rules and number format', () => {
        expect(plural(1994, 'finding')).toBe('1,994 findings');
        expect(plural(1, 'finding')).toBe('1 finding');
        expect(plural(2, 'finding')).toBe('2 findings');
        expect(plural(0, 'seat')).toBe('0 seats');
        expect(plural(3, 'entry', 'entries')).toBe('3 entries');
    });

    it('records Performance API marks when available', () => {
        const mark = jest.fn();
        const original = performance.mark;
        Object.defineProperty(performance, 'mark', { value: mark, configurable: true, writable: true });
        markPerformance('lsteward:test');
        expect(mark).toHaveBeenCalledWith('lsteward:test');
        Object.defineProperty(performance, 'mark', { value: undefined, configurable: true, writable: true });
        expect(() => markPerformance('lsteward:none')).not.toThrow();
        Object.defineProperty(performance, 'mark', { value: original, configurable: true, writable: true });
    });
});
