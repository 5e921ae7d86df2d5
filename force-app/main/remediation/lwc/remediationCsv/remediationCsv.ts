import type { RemediationSnapshotItemDto } from '@apex-types/remediation';
import { columnsToCsv } from 'c/lsCsv';
import type { CsvColumn } from 'c/lsCsv';

const KIND_LABELS: Record<string, string> = {
    USER: 'User',
    CONNECTED_APP: 'Connected app',
    PSL_ASSIGNMENT: 'License assignment',
    PACKAGE_SEAT: 'Package seat'
};

/** Readable name of a snapshot kind. */
export function kindLabel(kind: string | null | undefined): string {
    return (kind && KIND_LABELS[kind]) || kind || '';
}

function yesNo(value: boolean | null): string {
    if (value === null || value === undefined) {
        return '';
    }
    return value ? 'Yes' : 'No';
}

/** Columns of the snapshot export (one row per user, connected app or license assignment). */
export const SNAPSHOT_COLUMNS: CsvColumn<RemediationSnapshotItemDto>[] = [
    { header: 'Kind', value: (item) => kindLabel(item.kind) },
    { header: 'Name', value: (item) => item.name },
    { header: 'Detail', value: (item) => item.detail },
    { header: 'Record Id', value: (item) => item.recordId },
    { header: 'Active', value: (item) => yesNo(item.isActive) },
    { header: 'Keeps license', value: (item) => yesNo(item.keepsLicense) },
    { header: 'State', value: (item) => item.state },
    { header: 'Assignment Id', value: (item) => item.assignmentId }
];

/** CSV of snapshot items (c/lsCsv rules; every cell quoted, as the snapshot export has always been written). */
export function snapshotCsv(items: RemediationSnapshotItemDto[]): string {
    return columnsToCsv(SNAPSHOT_COLUMNS, items, { quoteAll: true });
}
