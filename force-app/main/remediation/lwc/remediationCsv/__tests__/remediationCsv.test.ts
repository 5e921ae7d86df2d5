import { kindLabel, snapshotCsv } from 'c/remediationCsv';
import type { RemediationSnapshotItemDto } from '@apex-types/remediation';

const snapshot = require('../../remediationSnapshotTable/__tests__/data/snapshotAll.json');

describe('c/remediationCsv', () => {
    it('exports a snapshot with readable kinds and yes/no flags, every cell quoted', () => {
        const items: RemediationSnapshotItemDto[] = snapshot.items;
        const lines = snapshotCsv(items).trimEnd().split('\r\n');
        expect(lines[0]).toBe('"Kind","Name","Detail","Record Id","Active","Keeps license","State","Assignment Id"');
        expect(lines).toHaveLength(items.length + 1);
        expect(lines).toContain(
            '"Connected app","Amazon Connect SSO","","0H45g00000AmznSoAA","","","Recorded","0J05g00000AmznSaAA"'
        );
        expect(lines.some((line) => line.startsWith('"User","User-2","user2@acme-contact-center.example"'))).toBe(true);
        expect(lines.some((line) => line.startsWith('"License assignment","User-1","Salesforce Voice User"'))).toBe(
            true
        );
    });

    it('neutralises a user name crafted as a formula', () => {
        const item: RemediationSnapshotItemDto = { ...snapshot.items[0], name: "=cmd|'/C calc'!A0", detail: '-1' };
        const line = snapshotCsv([item]).split('\r\n')[1];
        expect(line).toContain("\"'=cmd|'/C calc'!A0\"");
        expect(line).toContain('"\'-1"');
    });

    it('neutralises a name hidden behind a leading NUL or whitespace', () => {
        const item: RemediationSnapshotItemDto = {
            ...snapshot.items[0],
            name: '\u0000=HYPERLINK("http://evil")',
            detail: '  @SUM(A1)',
            state: '\t+1'
        };
        const line = snapshotCsv([item]).split('\r\n')[1];
        expect(line).toContain('"\'\u0000=HYPERLINK(""http://evil"")"');
        expect(line).toContain('"\'  @SUM(A1)"');
        expect(line).toContain('"\'\t+1"');
    });

    it('names kinds', () => {
        expect(kindLabel('USER')).toBe('User');
        expect(kindLabel('PSL_ASSIGNMENT')).toBe('License assignment');
        expect(kindLabel('OTHER')).toBe('OTHER');
        expect(kindLabel(null)).toBe('');
    });
});
