// The REST API v1 body (docs/api/rest.md). The types mirror the Apex RestV1*Dto classes in types/apex/rest.d.ts,
// which the contract test checks against the Apex.
import type { RestV1SummaryDto } from '../../../types/apex/rest';

export type {
    RestV1AlertDto as RestV1Alert,
    RestV1LicenseDto as RestV1License,
    RestV1SummaryDto as RestV1Summary
} from '../../../types/apex/rest';
type RestV1Summary = RestV1SummaryDto;

/** Throws unless the body looks like a v1 summary (the fields the rollup reads). */
export function assertSummary(body: unknown): RestV1Summary {
    const value = body as RestV1Summary;
    const ok =
        !!value &&
        typeof value === 'object' &&
        typeof value.schemaVersion === 'string' &&
        value.schemaVersion.startsWith('1.') &&
        !!value.org &&
        !!value.inventory &&
        Array.isArray(value.inventory.licenses) &&
        !!value.findings &&
        !!value.alerts &&
        !!value.savings;
    if (!ok) throw new Error('the answer is not a License Steward REST v1 summary');
    return value;
}
