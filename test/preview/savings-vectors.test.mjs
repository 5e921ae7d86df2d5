// The preview's money rule (preview/adapters/_savingsRules.mjs) against the vectors SavingsMathTest runs in Apex
// (force-app/main/savings/staticresources/SavingsScenarios.json): one rule, two implementations, one set of answers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addSeats, newTally, realisedSeats, toGroupDto } from '../../preview/adapters/_savingsRules.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const VECTORS = JSON.parse(
    readFileSync(join(ROOT, 'force-app/main/savings/staticresources/SavingsScenarios.json'), 'utf8')
);

test('potential savings vectors', () => {
    assert.ok(VECTORS.potential.length >= 5);
    for (const scenario of VECTORS.potential) {
        const tally = newTally();
        for (const item of scenario.items) {
            addSeats(tally, item.seats, item.price, item.currency, scenario.orgCurrency, scenario.rates);
        }
        const shown = toGroupDto('total', scenario.name, 0, tally, scenario.orgCurrency);
        const { expected } = scenario;
        assert.equal(shown.seats, expected.seats, `${scenario.name}: seats`);
        assert.equal(tally.pricedSeats, expected.pricedSeats, `${scenario.name}: priced seats`);
        assert.equal(shown.unpricedSeats, expected.unpricedSeats, `${scenario.name}: unpriced seats`);
        assert.equal(shown.unconvertedSeats, expected.unconvertedSeats, `${scenario.name}: unconverted seats`);
        assert.equal(shown.monthly, expected.monthly, `${scenario.name}: monthly`);
        assert.equal(shown.annual, expected.annual, `${scenario.name}: annual`);
        assert.deepEqual(shown.unconverted, expected.unconverted, `${scenario.name}: unconverted, never summed`);
    }
});

test('realised seats vectors, undo included', () => {
    assert.ok(VECTORS.realised.length >= 8);
    for (const s of VECTORS.realised) {
        assert.equal(
            realisedSeats(s.planType, s.status, s.direction, s.usedBefore, s.usedAfter, s.expectedToFree),
            s.seats,
            s.name
        );
    }
});
