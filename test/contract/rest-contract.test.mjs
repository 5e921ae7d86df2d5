// The REST API v1 contract (scripts/contract/check-rest-contract.mjs) can fail: a preview answer with a property the
// Apex RestV1*Dto lacks, without one it has, or of the wrong type is reported. project.test.mjs runs it for real.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readApexModel, parseApexType } from '../../scripts/contract/apex-model.mjs';
import { checkValue } from '../../scripts/contract/check-contract.mjs';
import { ROUTE_DTOS } from '../../scripts/contract/check-rest-contract.mjs';
import { createPreviewApex } from '../../scripts/preview/apex-dispatch.mjs';
import { answerRestV1 } from '../../scripts/preview/rest-v1.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const model = readApexModel(ROOT);
const apex = createPreviewApex({ root: ROOT, generatedRoot: join(ROOT, 'no-generated-orgs') });

function errorsOf(body, dto = ROUTE_DTOS.summary) {
    const errors = [];
    checkValue(model, body, parseApexType(dto), '$', 'answer', errors);
    return errors;
}

test('REST DTOs are read from Apex with every public field (no @AuraEnabled needed)', () => {
    const summary = model.dtos.get('restv1summarydto');
    assert.ok(summary, 'RestV1SummaryDto is a DTO of the model');
    assert.deepEqual(
        [...summary.props.keys()],
        ['schemaVersion', 'generatedAt', 'org', 'inventory', 'findings', 'alerts', 'savings', 'budget']
    );
    assert.ok(model.dtos.get('restv1licensedto').props.has('percentUsed'));
});

test('a planted extra, missing or mistyped property in a preview REST answer is reported', async () => {
    const { status, body } = await answerRestV1({
        apex,
        org: 'kb-example',
        route: 'summary',
        searchParams: new URLSearchParams()
    });
    assert.equal(status, 200);
    assert.deepEqual(errorsOf(body), [], 'the real answer matches');

    const extra = structuredClone(body);
    extra.inventory.licenses[0].seatsFree = 1;
    assert.deepEqual(errorsOf(extra), [
        "answer: $.inventory.licenses[0]: property 'seatsFree' is not in Apex RestV1LicenseDto " +
            '(force-app/main/rollup-api/classes/dto/RestV1LicenseDto.cls)'
    ]);

    const missing = structuredClone(body);
    delete missing.savings.annualPotential;
    assert.equal(errorsOf(missing).length, 1);
    assert.match(errorsOf(missing)[0], /misses property 'annualPotential' of Apex RestV1SavingsDto/);

    const mistyped = structuredClone(body);
    mistyped.findings.totalReclaimableSeats = '5';
    assert.match(errorsOf(mistyped)[0], /\$\.findings\.totalReclaimableSeats: expected Apex Integer/);
});
