import { addDays, daysBetween, forecast, forecastMethod, MIN_POINTS } from 'c/licenseForecastRules';
import type { ForecastPoint, ForecastResult } from 'c/licenseForecastRules';

// The one file of vectors, shared with the Apex tests (LicenseForecastTest reads it as a static resource).
const vectors = require('../../../staticresources/LicenseForecastVectors.json');

/** A vector of the JSON file; its `name` is read with vectorName (a `name` member trips no-restricted-globals). */
interface VectorCase {
    windowDays: number;
    start: string;
    used: Array<number | null>;
    total: number | null;
    unlimited: boolean;
    expected: ForecastResult;
}
const vectorName = (vector: VectorCase): string => (vector as unknown as Record<string, string>).name;

const pointsOf = (vector: VectorCase): ForecastPoint[] =>
    vector.used.map((used, index) => ({
        day: addDays(vector.start, index),
        used,
        total: vector.total,
        unlimited: vector.unlimited
    }));

describe('licenseForecastRules', () => {
    it('has a dozen shared vectors covering every status', () => {
        const statuses = new Set((vectors.cases as VectorCase[]).map((c) => c.expected.status));
        expect([...statuses].sort()).toEqual(['Exhausted', 'NoLimit', 'NotEnoughData', 'NotGrowing', 'Projected']);
    });

    it.each((vectors.cases as VectorCase[]).map((c) => [vectorName(c), c]))('%s', (_name, vector) => {
        expect(forecast(pointsOf(vector as VectorCase), (vector as VectorCase).windowDays)).toEqual(
            (vector as VectorCase).expected
        );
    });

    it('does not depend on the order of the days', () => {
        const vector = (vectors.cases as VectorCase[])[0];
        const reversed = pointsOf(vector).reverse();
        expect(forecast(reversed, vector.windowDays)).toEqual(vector.expected);
    });

    it('needs at least MIN_POINTS days', () => {
        const days = Array.from({ length: MIN_POINTS }, (_, i) => ({
            day: addDays('2026-01-01', i),
            used: i,
            total: 100
        }));
        expect(forecast(days, 90).status).toBe('Projected');
        expect(forecast(days.slice(1), 90).status).toBe('NotEnoughData');
        expect(forecast([], 90)).toEqual({
            status: 'NotEnoughData',
            exhaustionDate: null,
            slopePerDay: null,
            pointCount: 0
        });
    });

    it('counts whole UTC days across month and year ends', () => {
        expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
        expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
        expect(addDays('2026-03-29', -1)).toBe('2026-03-28');
    });

    it('states the method with the window', () => {
        expect(forecastMethod(90)).toContain('last 90 days');
    });
});
