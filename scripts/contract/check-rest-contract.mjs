// The REST API v1 part of the contract (docs/api/rest.md): the preview's answers to
// GET /orgs/<org>/services/apexrest/lsteward/v1/<route> (scripts/preview/rest-v1.mjs) must have the shape of the
// Apex DTO the route serializes (RestV1*Dto, read by apex-model.mjs), in every demo org, for the success and the
// error bodies; and the routes must be the same in the Apex (RollupApiV1Service.ROUTES), the preview and this map.
// Runs only in a project that has the REST service (the contract fixtures have none).
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findApexClasses, parseApexType } from './apex-model.mjs';
import { createPreviewApex } from '../preview/apex-dispatch.mjs';

/** Route → the Apex DTO its JSON is serialized from (RollupApiV1Service.build). */
export const ROUTE_DTOS = {
    summary: 'RestV1SummaryDto',
    org: 'RestV1OrgDto',
    licenses: 'RestV1InventoryDto',
    findings: 'RestV1FindingsDto',
    alerts: 'RestV1AlertsDto',
    savings: 'RestV1SavingsDto'
};
const ERROR_DTO = 'RestV1ErrorDto';

/**
 * @param {string} root project dir
 * @param {object} model readApexModel(root)
 * @param {(model, value, type, path, where, errors) => void} checkValue the contract's recursive shape check
 * @param {string} generatedRoot generated demo orgs
 * @returns {Promise<{ errors: string[], answers: number }>}
 */
export async function checkRestContract(root, model, checkValue, generatedRoot) {
    const errors = [];
    const service = findApexClasses(join(root, 'force-app')).find((f) => f.endsWith('/RollupApiV1Service.cls'));
    const restModule = join(root, 'scripts', 'preview', 'rest-v1.mjs');
    if (!service || !existsSync(restModule)) return { errors, answers: 0 };
    const where = relative(root, service);

    const routesText = /ROUTES\s*=\s*new\s+Set<String>\s*\{([^}]*)\}/.exec(readFileSync(service, 'utf8'))?.[1];
    const apexRoutes = routesText ? [...routesText.matchAll(/'([^']+)'/g)].map((m) => m[1]).sort() : [];
    const preview = await import(pathToFileURL(restModule).href);
    const mapped = Object.keys(ROUTE_DTOS).sort();
    if (apexRoutes.join() !== mapped.join()) {
        errors.push(
            `${where}: ROUTES (${apexRoutes.join(', ')}) differ from the REST contract map (${mapped.join(', ')})`
        );
    }
    if ([...preview.ROUTES].sort().join() !== mapped.join()) {
        errors.push(`scripts/preview/rest-v1.mjs: ROUTES (${preview.ROUTES.join(', ')}) differ from ${where}`);
    }
    for (const dto of [...Object.values(ROUTE_DTOS), ERROR_DTO]) {
        if (!model.dtos.has(dto.toLowerCase()))
            errors.push(`${where}: no Apex REST DTO ${dto} (force-app/**/classes/dto)`);
    }
    if (errors.length > 0) return { errors, answers: 0 };

    const apex = createPreviewApex({ root, generatedRoot });
    let answers = 0;
    const check = (body, dto, label) => {
        answers++;
        checkValue(model, body, parseApexType(dto), '$', `preview REST ${label}`, errors);
    };
    const orgs = apex.listOrgs().filter((o) => apex.orgDirs(o.id).length > 0);
    for (const { id } of orgs) {
        for (const [route, dto] of Object.entries(ROUTE_DTOS)) {
            const params = route === 'summary' || route === 'licenses' ? '?maxRows=2' : '';
            const answer = await preview.answerRestV1({
                apex,
                org: id,
                route,
                searchParams: new URLSearchParams(params)
            });
            const label = `GET /orgs/${id}/services/apexrest/lsteward/v1/${route}${params}`;
            if (answer.status !== 200) {
                errors.push(`${label}: HTTP ${answer.status}: ${answer.body?.message}`);
                continue;
            }
            check(answer.body, dto, label);
        }
    }
    const first = orgs[0]?.id ?? 'none';
    for (const [route, query] of [
        ['summary', '?maxRows=0'],
        ['nope', ''],
        ['org', '?maxRows=1']
    ]) {
        const answer = await preview.answerRestV1({
            apex,
            org: first,
            route,
            searchParams: new URLSearchParams(query)
        });
        check(
            answer.body,
            ERROR_DTO,
            `GET /orgs/${first}/services/apexrest/lsteward/v1/${route}${query} (HTTP ${answer.status})`
        );
    }
    return { errors, answers };
}
