// The money rule of SavingsMath (force-app/main/savings/classes/services/SavingsMath.cls) for the preview, pinned to
// the Apex by the shared vectors force-app/main/savings/staticresources/SavingsScenarios.json
// (test/preview/savings-vectors.test.mjs runs them here, SavingsMathTest runs them in Apex).
export const MONTHS_PER_YEAR = 12;
export const SEAT_FREEING_PLANS = new Set(['VOICE_PSL_FIX', 'RECLAIM_UNNEEDED_PSL']);

/** Half-up to cents, once (Number.EPSILON keeps 1.005-style binary fractions from rounding down). */
export function money(exact) {
    const value = exact ?? 0;
    return Math.sign(value) * (Math.round((Math.abs(value) + Number.EPSILON) * 100) / 100);
}

export function annual(monthlyExact) {
    return money((monthlyExact ?? 0) * MONTHS_PER_YEAR);
}

export function newTally() {
    return { seats: 0, pricedSeats: 0, unpricedSeats: 0, unconvertedSeats: 0, monthlyExact: 0, unconvertedExact: {} };
}

/** price ÷ the currency's rate to the corporate currency; null without a rate. */
export function toOrgCurrency(amount, isoCode, orgCurrency, rates) {
    if (amount === null || amount === undefined) return null;
    if (isoCode === orgCurrency) return amount;
    const rate = isoCode ? rates?.[isoCode] : undefined;
    if (!(rate > 0)) return null;
    return amount / rate;
}

export function addSeats(tally, seats, monthlyPrice, isoCode, orgCurrency, rates) {
    if (!(seats > 0)) return;
    tally.seats += seats;
    if (monthlyPrice === null || monthlyPrice === undefined) {
        tally.unpricedSeats += seats;
        return;
    }
    const converted = toOrgCurrency(monthlyPrice, isoCode, orgCurrency, rates);
    if (converted === null) {
        tally.unconvertedSeats += seats;
        tally.unconvertedExact[isoCode] = (tally.unconvertedExact[isoCode] ?? 0) + seats * monthlyPrice;
        return;
    }
    tally.pricedSeats += seats;
    tally.monthlyExact += seats * converted;
}

/** SavingsService.toDto: a SavingsGroupDto. */
export function toGroupDto(key, label, itemCount, tally, currencyIsoCode) {
    return {
        key,
        label,
        itemCount,
        seats: tally.seats,
        unpricedSeats: tally.unpricedSeats,
        unconvertedSeats: tally.unconvertedSeats,
        currencyIsoCode,
        monthly: money(tally.monthlyExact),
        annual: annual(tally.monthlyExact),
        unconverted: Object.keys(tally.unconvertedExact)
            .sort()
            .map((code) => `${code} ${money(tally.unconvertedExact[code]).toFixed(2)}`)
    };
}

/** SavingsMath.realisedSeats. */
export function realisedSeats(planType, status, direction, usedBefore, usedAfter, expectedToFree) {
    if (!SEAT_FREEING_PLANS.has(planType) || status !== 'Completed' || direction !== 'Forward') return 0;
    if (usedBefore === null || usedBefore === undefined || usedAfter === null || usedAfter === undefined) return 0;
    const freed = Math.max(usedBefore - usedAfter, 0);
    return expectedToFree === null || expectedToFree === undefined
        ? freed
        : Math.min(freed, Math.max(expectedToFree, 0));
}
