// Projected exhaustion of a licence: the TypeScript twin of the Apex LicenseForecast (same rule, same doubles), used
// by the preview adapter and tested on the shared vectors (staticresources/LicenseForecastVectors.json).
// Days are 'YYYY-MM-DD' strings, counted in whole UTC days.

import type { LicenseForecastDto } from '@apex-types/history';

export type ForecastStatus = LicenseForecastDto['status'];

export interface ForecastPoint {
    day: string;
    used: number | null | undefined;
    total: number | null | undefined;
    unlimited?: boolean | null;
}

/** A forecast: the fields of the Apex LicenseForecast.Result (LicenseForecastDto without the display fields). */
export type ForecastResult = Pick<LicenseForecastDto, 'status' | 'exhaustionDate' | 'slopePerDay' | 'pointCount'>;

/** Fewest days with data for a fit (Apex LicenseForecast.MIN_POINTS). */
export const MIN_POINTS = 7;

/** The method, as stated on the chart (Apex LicenseForecast.METHOD). */
export function forecastMethod(windowDays: number): string {
    return `Least-squares straight line through the daily used count of the last ${windowDays} days, extended to the newest total.`;
}

const DAY_MS = 86400000;

/** Whole days from a to b ('YYYY-MM-DD'). */
export function daysBetween(a: string, b: string): number {
    return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
}

/** The day n days after a day ('YYYY-MM-DD'). */
export function addDays(day: string, n: number): string {
    return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

function roundHalfUp4(value: number): number {
    const rounded = Math.round(Math.abs(value) * 10000) / 10000;
    return value < 0 ? -rounded : rounded;
}

/** Forecasts one licence from its days (any order) over the window ending on the newest day. */
export function forecast(points: ForecastPoint[], windowDays: number): ForecastResult {
    let newest: ForecastPoint | null = null;
    for (const point of points) {
        if (newest == null || point.day > newest.day) newest = point;
    }
    const result: ForecastResult = { status: 'NotEnoughData', exhaustionDate: null, slopePerDay: null, pointCount: 0 };
    if (newest == null) return result;
    if (newest.unlimited === true || newest.total == null) return { ...result, status: 'NoLimit' };
    if (newest.used != null && newest.used >= newest.total) {
        return { ...result, status: 'Exhausted', exhaustionDate: newest.day };
    }
    const windowStart = addDays(newest.day, 1 - windowDays);
    let count = 0;
    let sumX = 0;
    let sumY = 0;
    let sumXX = 0;
    let sumXY = 0;
    for (const point of points) {
        if (point.used == null || point.day < windowStart) continue;
        const x = daysBetween(windowStart, point.day);
        count += 1;
        sumX += x;
        sumY += point.used;
        sumXX += x * x;
        sumXY += x * point.used;
    }
    result.pointCount = count;
    const denominator = count * sumXX - sumX * sumX;
    if (count < MIN_POINTS || denominator === 0) return result;
    const slope = (count * sumXY - sumX * sumY) / denominator;
    const intercept = (sumY - slope * sumX) / count;
    result.slopePerDay = roundHalfUp4(slope);
    if (slope <= 0) return { ...result, status: 'NotGrowing' };
    const crossing = Math.ceil((newest.total - intercept) / slope);
    const projected = addDays(windowStart, crossing);
    // A line that crossed in the past while the newest day is still below the total: the next day (early, never late).
    const exhaustionDate = projected > newest.day ? projected : addDays(newest.day, 1);
    return { ...result, status: 'Projected', exhaustionDate };
}
