// Combines the orgs' answers. No license or finding rule is computed here: statuses, findings and reclaimable seats
// come from each org's Apex (LicenseInventoryService, LicenseFindingsService) through the REST API.
import { LEVELS, type Level } from './args';
import type { OrgResult } from './fetch-org';
import type { RestV1License } from './schema';

/** Level of a license status, as the dashboard computed it (docs/api/rest.md, "Levels"). */
export function levelOfLicense(line: RestV1License): Level | null {
    if (line.status === 'exhausted') return 'critical';
    if (line.status === 'warning' || line.status === 'expired') return 'warning';
    if (line.expiringSoon) return 'info';
    return null;
}

export const rank = (level: Level | null): number => (level === null ? -1 : LEVELS.indexOf(level));

export interface OrgRow {
    label: string;
    ok: boolean;
    orgName: string | null;
    orgId: string | null;
    isSandbox: boolean | null;
    reason: string | null;
    licenses: number | null;
    licensesTruncated: boolean;
    exhausted: number | null;
    warning: number | null;
    findings: number | null;
    reclaimableSeats: number | null;
    findingsNote: string | null;
    alerts: number | null;
    alertsNote: string | null;
    level: Level | null;
    savingsMonthly: number | null;
    savingsCurrency: string | null;
    savingsNote: string | null;
    ms: number;
    attempts: number;
}

export interface AtRiskRow {
    org: string;
    developerName: string;
    label: string;
    kind: string;
    total: number;
    used: number;
    remaining: number;
    percentUsed: number | null;
    status: string | null;
}

export interface LicenseTotal {
    developerName: string;
    label: string;
    orgs: number;
    total: number;
    used: number;
    remaining: number;
}

export interface Rollup {
    generatedAt: string;
    orgs: OrgRow[];
    totals: {
        orgs: number;
        orgsOk: number;
        orgsFailed: number;
        findings: number;
        reclaimableSeats: number;
        exhaustedLicenses: number;
        warningLicenses: number;
        highestLevel: Level | null;
        savings: { available: boolean; reason: string | null; monthly: number | null; currency: string | null };
    };
    closestToRunningOut: AtRiskRow[];
    licenseTotals: LicenseTotal[];
}

export function combine(results: OrgResult[], top: number, now = new Date()): Rollup {
    const orgs: OrgRow[] = [];
    const atRisk: AtRiskRow[] = [];
    const totalsByKey = new Map<string, LicenseTotal>();
    for (const result of results) {
        if (!result.ok) {
            orgs.push({
                label: result.target.label,
                ok: false,
                orgName: null,
                orgId: null,
                isSandbox: null,
                reason: result.reason,
                licenses: null,
                licensesTruncated: false,
                exhausted: null,
                warning: null,
                findings: null,
                reclaimableSeats: null,
                findingsNote: null,
                alerts: null,
                alertsNote: null,
                level: null,
                savingsMonthly: null,
                savingsCurrency: null,
                savingsNote: null,
                ms: result.ms,
                attempts: result.attempts
            });
            continue;
        }
        const { summary } = result;
        let level: Level | null = null;
        const raise = (candidate: Level | null) => {
            if (rank(candidate) > rank(level)) level = candidate;
        };
        for (const line of summary.inventory.licenses) {
            raise(levelOfLicense(line));
            if ((line.total ?? 0) > 0) {
                atRisk.push({
                    org: result.target.label,
                    developerName: line.developerName,
                    label: line.label,
                    kind: line.kind,
                    total: line.total ?? 0,
                    used: line.used ?? 0,
                    remaining: line.remaining ?? 0,
                    percentUsed: line.percentUsed,
                    status: line.status
                });
            }
            const key = `${line.kind}|${line.developerName}`;
            const total = totalsByKey.get(key) ?? {
                developerName: line.developerName,
                label: line.label,
                orgs: 0,
                total: 0,
                used: 0,
                remaining: 0
            };
            total.orgs++;
            total.total += line.total ?? 0;
            total.used += line.used ?? 0;
            total.remaining += line.remaining ?? 0;
            totalsByKey.set(key, total);
        }
        const alerts = summary.alerts.available ? (summary.alerts.items ?? []) : [];
        for (const alert of alerts) {
            raise((LEVELS as readonly string[]).includes(alert.level) ? (alert.level as Level) : 'info');
        }
        const savings = summary.savings;
        orgs.push({
            label: result.target.label,
            ok: true,
            orgName: summary.org.orgName,
            orgId: summary.org.orgId,
            isSandbox: summary.org.isSandbox,
            reason: null,
            licenses: summary.inventory.totalLicenses,
            licensesTruncated: summary.inventory.truncated,
            exhausted: summary.inventory.licenses.filter((l) => l.status === 'exhausted').length,
            warning: summary.inventory.licenses.filter((l) => l.status === 'warning').length,
            findings: summary.findings.totalFindings,
            reclaimableSeats: summary.findings.totalReclaimableSeats,
            findingsNote: summary.findings.available ? null : summary.findings.reason,
            alerts: summary.alerts.available ? alerts.length : null,
            alertsNote: summary.alerts.available ? null : summary.alerts.reason,
            level,
            savingsMonthly: savings.available ? savings.monthlyPotential : null,
            savingsCurrency: savings.available ? savings.currencyIsoCode : null,
            savingsNote: savings.available ? null : savings.reason,
            ms: result.ms,
            attempts: result.attempts
        });
    }
    const ok = orgs.filter((o) => o.ok);
    const sum = (pick: (o: OrgRow) => number | null) => ok.reduce((total, o) => total + (pick(o) ?? 0), 0);
    const currencies = new Set(ok.map((o) => o.savingsCurrency));
    const savingsAvailable = ok.length > 0 && ok.every((o) => o.savingsNote === null) && currencies.size === 1;
    const highestLevel = ok.reduce<Level | null>((high, o) => (rank(o.level) > rank(high) ? o.level : high), null);
    atRisk.sort(
        (a, b) =>
            (b.percentUsed ?? -1) - (a.percentUsed ?? -1) || a.remaining - b.remaining || a.org.localeCompare(b.org)
    );
    return {
        generatedAt: now.toISOString(),
        orgs,
        totals: {
            orgs: orgs.length,
            orgsOk: ok.length,
            orgsFailed: orgs.length - ok.length,
            findings: sum((o) => o.findings),
            reclaimableSeats: sum((o) => o.reclaimableSeats),
            exhaustedLicenses: sum((o) => o.exhausted),
            warningLicenses: sum((o) => o.warning),
            highestLevel,
            savings: savingsAvailable
                ? { available: true, reason: null, monthly: sum((o) => o.savingsMonthly), currency: [...currencies][0] }
                : {
                      available: false,
                      reason:
                          ok.find((o) => o.savingsNote !== null)?.savingsNote ??
                          (ok.length === 0 ? 'no org answered' : 'orgs report savings in different currencies'),
                      monthly: null,
                      currency: null
                  }
        },
        closestToRunningOut: atRisk.slice(0, top),
        licenseTotals: [...totalsByKey.values()].sort((a, b) => a.label.localeCompare(b.label))
    };
}

/** Exit code (HELP, "Exit codes"). */
export function exitCodeOf(rollup: Rollup, failOn: Level | 'never'): number {
    if (rollup.totals.orgsOk === 0) return 3;
    if (failOn !== 'never' && rank(rollup.totals.highestLevel) >= rank(failOn)) return 1;
    if (rollup.totals.orgsFailed > 0) return 4;
    return 0;
}
