import {
    formatDate,
    formatDateTime,
    formatDuration,
    formatNumber,
    formatPercent,
    formatZonedDateTime,
    markPerformance,
    plural,
    statusBadgeClass,
    statusLabel
} from 'c/lsFormat';

describe('c/lsFormat', () => {
    it('formats numbers and percentages', () => {
        expect(formatNumber(10787)).toBe('10,787');
        expect(formatNumber(0)).toBe('0');
        expect(formatNumber(null)).toBe('—');
        expect(formatNumber(undefined)).toBe('—');
        expect(formatPercent(92.31)).toBe('92.3 %');
        expect(formatPercent(100)).toBe('100 %');
        expect(formatPercent(null)).toBe('—');
    });

    it('formats dates and datetimes', () => {
        expect(formatDate('2026-12-10')).toBe('Dec 10, 2026');
        expect(formatDate(null)).toBe('—');
        expect(formatDate('not a date')).toBe('not a date');
        expect(formatDateTime('2026-11-23T16:20:00.000Z', 'UTC')).toBe('Nov 23, 2026, 4:20 PM');
        expect(formatDateTime(null)).toBe('—');
        expect(formatDateTime('garbage')).toBe('garbage');
        expect(formatDateTime('')).toBe('—');
    });

    it('formats zoned datetimes for schedules (weekday, time and zone name)', () => {
        expect(formatZonedDateTime('2026-11-23T23:00:00.000Z')).toMatch(/23|24/);
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

    it('labels statuses with text and a badge class (colour is never the only signal)', () => {
        expect(statusLabel('ok')).toBe('OK');
        expect(statusLabel('warning')).toBe('Near limit');
        expect(statusLabel('exhausted')).toBe('Exhausted');
        expect(statusLabel('expired')).toBe('Expired');
        expect(statusBadgeClass('ok')).toContain('slds-theme_success');
        expect(statusBadgeClass('warning')).toContain('slds-theme_warning');
        expect(statusBadgeClass('exhausted')).toContain('slds-theme_error');
        expect(statusBadgeClass('expired')).toContain('slds-badge_inverse');
    });

    it('pluralises', () => {
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
