// Renders a Rollup as a terminal table, CSV, JSON or a self-contained HTML report (inline CSS and SVG, no
// external loads).
import type { AtRiskRow, OrgRow, Rollup } from './aggregate';

const NOT_AVAILABLE = 'not available';

const percent = (value: number | null) => (value === null ? '-' : `${Number(value.toFixed(1))}%`);
const count = (value: number | null) => (value === null ? '-' : String(value));
const money = (value: number | null, currency: string | null) =>
    value === null ? NOT_AVAILABLE : `${value.toFixed(2)} ${currency ?? ''}`.trim();

function table(headers: string[], rows: string[][]): string {
    const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells: string[]) =>
        cells
            .map((c, i) => c.padEnd(widths[i]))
            .join('  ')
            .trimEnd();
    return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

const clip = (text: string | null, max: number) =>
    text === null ? '-' : text.length > max ? `${text.slice(0, max - 1)}…` : text;

function orgCells(o: OrgRow): string[] {
    if (!o.ok) return [o.label, 'FAILED', '-', '-', '-', '-', '-', '-', '-', '-', `${o.ms}ms`];
    return [
        o.label,
        clip(o.orgName, 34),
        `${count(o.licenses)}${o.licensesTruncated ? '+' : ''}`,
        count(o.exhausted),
        count(o.warning),
        o.findingsNote ? 'no scan' : count(o.findings),
        o.findingsNote ? '-' : count(o.reclaimableSeats),
        o.level ?? 'none',
        o.alerts === null ? 'n/a' : String(o.alerts),
        o.savingsMonthly === null ? 'n/a' : money(o.savingsMonthly, o.savingsCurrency),
        `${o.ms}ms`
    ];
}

function atRiskCells(r: AtRiskRow): string[] {
    return [
        r.org,
        clip(r.label, 40),
        `${r.used}/${r.total}`,
        percent(r.percentUsed),
        String(r.remaining),
        r.status ?? '-'
    ];
}

export function renderTable(rollup: Rollup): string {
    const { totals } = rollup;
    const out: string[] = [];
    out.push(
        `License Steward rollup: ${totals.orgs} org(s), ${totals.orgsOk} answered, ${totals.orgsFailed} failed (${rollup.generatedAt})`,
        ''
    );
    out.push(
        table(
            [
                'ORG',
                'NAME',
                'LICENSES',
                'EXHAUSTED',
                'WARNING',
                'FINDINGS',
                'RECLAIMABLE',
                'LEVEL',
                'ALERTS',
                'SAVINGS/MO',
                'TIME'
            ],
            [
                ...rollup.orgs.map(orgCells),
                [
                    'TOTAL',
                    `${totals.orgsOk} of ${totals.orgs} orgs`,
                    '',
                    String(totals.exhaustedLicenses),
                    String(totals.warningLicenses),
                    String(totals.findings),
                    String(totals.reclaimableSeats),
                    totals.highestLevel ?? 'none',
                    '',
                    totals.savings.available ? money(totals.savings.monthly, totals.savings.currency) : 'n/a',
                    ''
                ]
            ]
        )
    );
    out.push('', 'Closest to running out:');
    out.push(
        rollup.closestToRunningOut.length === 0
            ? '  (no license with seats)'
            : table(
                  ['ORG', 'LICENSE', 'USED/TOTAL', 'USED %', 'REMAINING', 'STATUS'],
                  rollup.closestToRunningOut.map(atRiskCells)
              )
    );
    out.push(
        '',
        `Potential savings: ${totals.savings.available ? money(totals.savings.monthly, totals.savings.currency) + ' per month' : `${NOT_AVAILABLE} (${totals.savings.reason})`}`
    );
    const alertNote = rollup.orgs.find((o) => o.ok && o.alertsNote)?.alertsNote;
    if (alertNote) out.push(`Alerts: ${NOT_AVAILABLE} (${alertNote}) Levels come from the license statuses.`);
    const noScan = rollup.orgs.filter((o) => o.ok && o.findingsNote);
    if (noScan.length > 0) out.push(`No completed findings scan yet: ${noScan.map((o) => o.label).join(', ')}`);
    if (rollup.orgs.some((o) => o.licensesTruncated))
        out.push('+ = the org has more licenses than --max-rows; the most used ones are shown.');
    const failed = rollup.orgs.filter((o) => !o.ok);
    if (failed.length > 0) {
        out.push('', 'Failures:');
        for (const o of failed) out.push(`  ${o.label}: ${o.reason}`);
    }
    return out.join('\n') + '\n';
}

function csvCell(value: unknown): string {
    const text = value === null || value === undefined ? '' : String(value);
    // A leading =, +, -, @ would be a formula in a spreadsheet.
    const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
    return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function renderCsv(rollup: Rollup): string {
    const header = [
        'org',
        'status',
        'org_name',
        'org_id',
        'is_sandbox',
        'licenses',
        'licenses_truncated',
        'exhausted',
        'warning',
        'findings',
        'reclaimable_seats',
        'level',
        'alerts',
        'savings_monthly',
        'savings_currency',
        'reason',
        'findings_note',
        'ms',
        'attempts'
    ];
    const rows = rollup.orgs.map((o) => [
        o.label,
        o.ok ? 'ok' : 'failed',
        o.orgName,
        o.orgId,
        o.isSandbox,
        o.licenses,
        o.licensesTruncated,
        o.exhausted,
        o.warning,
        o.findings,
        o.reclaimableSeats,
        o.level,
        o.alerts,
        o.savingsMonthly,
        o.savingsCurrency,
        o.reason,
        o.findingsNote,
        o.ms,
        o.attempts
    ]);
    return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function renderJson(rollup: Rollup): string {
    return JSON.stringify(rollup, null, 2) + '\n';
}

const escapeHtml = (value: unknown) =>
    String(value ?? '').replace(
        /[&<>"']/g,
        (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!
    );

/** Horizontal bar chart in inline SVG, with role="img" and a summary label (the table below holds the numbers). */
function barChart(
    title: string,
    bars: { label: string; value: number; text: string; tone: string }[],
    max: number
): string {
    if (bars.length === 0) return `<p class="muted">${escapeHtml(title)}: nothing to chart.</p>`;
    const rowHeight = 26;
    const labelWidth = 260;
    const barWidth = 420;
    const height = bars.length * rowHeight + 10;
    const summary = `${title}: ` + bars.map((b) => `${b.label} ${b.text}`).join('; ');
    const rows = bars
        .map((b, i) => {
            const y = 5 + i * rowHeight;
            const width = max > 0 ? Math.max(2, Math.round((Math.min(b.value, max) / max) * barWidth)) : 2;
            return (
                `<text x="${labelWidth - 8}" y="${y + 16}" text-anchor="end">${escapeHtml(b.label)}</text>` +
                `<rect x="${labelWidth}" y="${y + 3}" width="${width}" height="18" rx="3" class="${b.tone}"/>` +
                `<text x="${labelWidth + width + 6}" y="${y + 16}">${escapeHtml(b.text)}</text>`
            );
        })
        .join('');
    return (
        `<figure><figcaption>${escapeHtml(title)}</figcaption>` +
        `<svg role="img" aria-label="${escapeHtml(summary)}" viewBox="0 0 ${labelWidth + barWidth + 90} ${height}" width="100%">${rows}</svg></figure>`
    );
}

const toneOf = (status: string | null) =>
    status === 'exhausted' ? 'critical' : status === 'warning' || status === 'expired' ? 'warning' : 'ok';

export function renderHtml(rollup: Rollup): string {
    const { totals } = rollup;
    const orgRows = rollup.orgs
        .map((o) =>
            o.ok
                ? `<tr><td>${escapeHtml(o.label)}</td><td>${escapeHtml(o.orgName)}${o.isSandbox ? ' (sandbox)' : ''}</td>` +
                  `<td class="n">${count(o.licenses)}${o.licensesTruncated ? '+' : ''}</td><td class="n">${count(o.exhausted)}</td>` +
                  `<td class="n">${count(o.warning)}</td><td class="n">${o.findingsNote ? 'no scan yet' : count(o.findings)}</td>` +
                  `<td class="n">${o.findingsNote ? '-' : count(o.reclaimableSeats)}</td><td><span class="level ${o.level ?? 'none'}">${o.level ?? 'none'}</span></td>` +
                  `<td>${o.alerts === null ? NOT_AVAILABLE : o.alerts}</td><td>${escapeHtml(money(o.savingsMonthly, o.savingsCurrency))}</td></tr>`
                : `<tr class="failed"><td>${escapeHtml(o.label)}</td><td colspan="9">Failed: ${escapeHtml(o.reason)}</td></tr>`
        )
        .join('\n');
    const riskRows = rollup.closestToRunningOut
        .map(
            (r) =>
                `<tr><td>${escapeHtml(r.org)}</td><td>${escapeHtml(r.label)}</td><td class="n">${r.used} / ${r.total}</td>` +
                `<td class="n">${percent(r.percentUsed)}</td><td class="n">${r.remaining}</td><td>${escapeHtml(r.status)}</td></tr>`
        )
        .join('\n');
    const reclaimChart = barChart(
        'Reclaimable seats per org',
        rollup.orgs
            .filter((o) => o.ok && !o.findingsNote)
            .map((o) => ({
                label: o.label,
                value: o.reclaimableSeats ?? 0,
                text: `${o.reclaimableSeats ?? 0} seats`,
                tone: 'ok'
            })),
        Math.max(1, ...rollup.orgs.map((o) => o.reclaimableSeats ?? 0))
    );
    const riskChart = barChart(
        'Closest to running out (% of seats used)',
        rollup.closestToRunningOut.map((r) => ({
            label: `${r.org}: ${r.label}`.slice(0, 40),
            value: r.percentUsed ?? 0,
            text: `${percent(r.percentUsed)} (${r.remaining} left)`,
            tone: toneOf(r.status)
        })),
        Math.max(100, ...rollup.closestToRunningOut.map((r) => r.percentUsed ?? 0))
    );
    const savings = totals.savings.available
        ? `${escapeHtml(money(totals.savings.monthly, totals.savings.currency))} per month`
        : `${NOT_AVAILABLE}: ${escapeHtml(totals.savings.reason)}`;
    return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>License Steward rollup</title>
<style>
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:24px;color:#181818;max-width:1100px}
h1{font-size:22px}h2{font-size:17px;margin-top:28px}table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid #ddd;padding:5px 8px;text-align:left}th{background:#f3f3f3}.n{text-align:right}
.cards{display:flex;gap:12px;flex-wrap:wrap}.card{border:1px solid #ddd;border-radius:6px;padding:10px 14px;min-width:150px}
.card b{display:block;font-size:22px}.muted{color:#666}tr.failed td{color:#8c1b13;background:#fdf0ef}
.level{padding:1px 6px;border-radius:8px}.level.critical{background:#fddde0;color:#8c1b13}.level.warning{background:#fef1c8;color:#6b4c00}
.level.info{background:#e3efff;color:#0b4a8b}svg text{font-size:12px;fill:#181818}rect.ok{fill:#0176d3}rect.warning{fill:#dd7a01}rect.critical{fill:#ba0517}
figure{margin:12px 0}figcaption{font-weight:600;margin-bottom:4px}
</style></head><body>
<h1>License Steward rollup</h1>
<p class="muted">Generated ${escapeHtml(rollup.generatedAt)} from ${totals.orgs} org(s): ${totals.orgsOk} answered, ${totals.orgsFailed} failed.</p>
<section class="cards" aria-label="Totals across orgs">
<div class="card"><b>${totals.orgsOk} / ${totals.orgs}</b>orgs answered</div>
<div class="card"><b>${totals.exhaustedLicenses}</b>exhausted licenses</div>
<div class="card"><b>${totals.warningLicenses}</b>licenses near the threshold</div>
<div class="card"><b>${totals.findings}</b>findings</div>
<div class="card"><b>${totals.reclaimableSeats}</b>reclaimable seats</div>
<div class="card"><b>${totals.savings.available ? escapeHtml(money(totals.savings.monthly, totals.savings.currency)) : NOT_AVAILABLE}</b>potential savings / month</div>
</section>
<h2>Orgs</h2>
<table><thead><tr><th>Org</th><th>Name</th><th class="n">Licenses</th><th class="n">Exhausted</th><th class="n">Warning</th><th class="n">Findings</th><th class="n">Reclaimable seats</th><th>Level</th><th>Alerts</th><th>Savings / month</th></tr></thead>
<tbody>
${orgRows}
</tbody></table>
${reclaimChart}
<h2>Closest to running out</h2>
${riskChart}
<table><thead><tr><th>Org</th><th>License</th><th class="n">Used / total</th><th class="n">Used %</th><th class="n">Remaining</th><th>Status</th></tr></thead>
<tbody>
${riskRows || '<tr><td colspan="6">No license with seats.</td></tr>'}
</tbody></table>
<h2>Potential savings</h2>
<p>${savings}</p>
</body></html>
`;
}
