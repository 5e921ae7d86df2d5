// Business hours for the preview of RemediationController (helper, not an adapter): what Apex gets from
// BusinessHours.isWithin / nextStartDate, computed from a weekly definition and holidays in the record's time zone.
//
// A business hours definition (preview/demo-orgs/<org>/remediation-org.json, `businessHours[]`):
//   { "id", "name", "isDefault", "timeZone": "America/New_York", "summary": "Mon–Fri 08:00–18:00",
//     "days": { "Mon": ["08:00", "18:00"], ... },          // missing day = closed; "24:00" = until midnight
//     "holidays": [{ "date": "2026-11-26", "name": "Thanksgiving" }] }   // closed all day (local date)

const MINUTE = 60 * 1000;
const DAY = 24 * 60 * MINUTE;
/** How far ahead windows are looked for (the API: 14 days). */
export const HORIZON_DAYS = 14;
/** Margin added to the estimate when a window must fit a run (the API: 30 minutes). */
export const WINDOW_MARGIN_MINUTES = 30;
/** Cap of an endless window (one week). */
export const ENDLESS_MINUTES = 10080;

const formatters = new Map();
function formatter(timeZone) {
    if (!formatters.has(timeZone)) {
        formatters.set(
            timeZone,
            new Intl.DateTimeFormat('en-GB', {
                timeZone,
                hourCycle: 'h23',
                weekday: 'short',
                year: 'numeric',
                month: 'short',
                day: '2-digit',
                hour: '2-digit',
                minute: '2-digit'
            })
        );
    }
    return formatters.get(timeZone);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Local calendar parts of an instant in a time zone. */
export function zonedParts(ms, timeZone) {
    const parts = Object.fromEntries(
        formatter(timeZone)
            .formatToParts(new Date(ms))
            .map((p) => [p.type, p.value])
    );
    return {
        year: Number(parts.year),
        month: MONTHS.indexOf(parts.month) + 1,
        day: Number(parts.day),
        hour: Number(parts.hour) % 24,
        minute: Number(parts.minute),
        weekday: parts.weekday.slice(0, 3),
        monthName: parts.month
    };
}

function offsetAt(ms, timeZone) {
    const p = zonedParts(ms, timeZone);
    const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
    return asUtc - Math.floor(ms / MINUTE) * MINUTE;
}

/** The instant of a local wall-clock time in a time zone (minutes past midnight may be 1440 = next midnight). */
export function zonedToUtc(year, month, day, minutes, timeZone) {
    const wall = Date.UTC(year, month - 1, day) + minutes * MINUTE;
    let guess = wall - offsetAt(wall, timeZone);
    guess = wall - offsetAt(guess, timeZone);
    return guess;
}

/** "Mon 23 Nov 2026 18:00" in the time zone (RemediationScheduling.format: 'EEE d MMM yyyy HH:mm'). */
export function shortLabel(ms, timeZone) {
    const p = zonedParts(ms, timeZone);
    const pad = (n) => String(n).padStart(2, '0');
    return `${p.weekday} ${p.day} ${p.monthName} ${p.year} ${pad(p.hour)}:${pad(p.minute)}`;
}

function toMinutes(text) {
    const [h, m] = String(text).split(':').map(Number);
    return h * 60 + (m || 0);
}

/**
 * Open intervals [start, end) in ms of the business hours from one day before `fromMs` to `days` days after it,
 * adjacent intervals merged (24x7 hours become one long interval).
 */
export function openIntervals(hours, fromMs, days = HORIZON_DAYS + 2) {
    const holidays = new Set((hours.holidays ?? []).map((h) => h.date));
    const intervals = [];
    for (let offset = -1; offset <= days; offset++) {
        const p = zonedParts(fromMs + offset * DAY, hours.timeZone);
        const date = `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
        const span = hours.days?.[p.weekday];
        if (!span || holidays.has(date)) continue;
        const start = zonedToUtc(p.year, p.month, p.day, toMinutes(span[0]), hours.timeZone);
        const end = zonedToUtc(p.year, p.month, p.day, toMinutes(span[1]), hours.timeZone);
        if (end > start) intervals.push([start, end]);
    }
    intervals.sort((a, b) => a[0] - b[0]);
    const merged = [];
    for (const interval of intervals) {
        const last = merged[merged.length - 1];
        if (last && interval[0] <= last[1]) last[1] = Math.max(last[1], interval[1]);
        else merged.push([...interval]);
    }
    return merged;
}

/** BusinessHours.isWithin. */
export function isWithin(hours, ms) {
    return openIntervals(hours, ms, 2).some(([start, end]) => ms >= start && ms < end);
}

/** BusinessHours.nextStartDate for an instant outside hours: when business hours next begin (null = never). */
export function nextOpening(hours, ms) {
    const next = openIntervals(hours, ms).find(([start]) => start > ms);
    return next ? next[0] : null;
}

/** Now rounded up to the next 5 minutes, at least 5 minutes ahead (the API's earliest start). */
export function earliestStart(nowMs) {
    const step = 5 * MINUTE;
    return Math.ceil((nowMs + step) / step) * step;
}

/**
 * The next `count` out-of-hours windows longer than `estimatedMinutes` + the margin, starting no earlier than
 * earliestStart(now), looking HORIZON_DAYS ahead. Each: { start, end (null = never opens again), availableMinutes }.
 */
export function outOfHoursWindows(hours, nowMs, estimatedMinutes, count) {
    const intervals = openIntervals(hours, nowMs);
    const horizon = nowMs + HORIZON_DAYS * DAY;
    const windows = [];
    let cursor = earliestStart(nowMs);
    while (windows.length < count && cursor < horizon) {
        const inside = intervals.find(([start, end]) => cursor >= start && cursor < end);
        if (inside) {
            cursor = inside[1];
            continue;
        }
        const next = intervals.find(([start]) => start > cursor);
        const end = next ? next[0] : null;
        const availableMinutes = end === null ? ENDLESS_MINUTES : Math.floor((end - cursor) / MINUTE);
        if (availableMinutes >= estimatedMinutes + WINDOW_MARGIN_MINUTES) {
            windows.push({ start: cursor, end, availableMinutes: Math.min(availableMinutes, ENDLESS_MINUTES) });
        }
        if (end === null) break;
        cursor = end;
    }
    return windows;
}

/** The window's label as the Apex writes it: "Sat 22 Nov 2026 19:00 - Mon 24 Nov 2026 08:00 (Europe/Paris)". */
export function windowLabel(hours, window) {
    const end = window.end === null ? 'no business hours ahead' : shortLabel(window.end, hours.timeZone);
    return `${shortLabel(window.start, hours.timeZone)} - ${end} (${hours.timeZone})`;
}
