import {
    columnsToCsv,
    CSV_BLOB_TYPE,
    csvCell,
    csvFileName,
    csvLine,
    downloadCsv,
    safeFileName,
    toCsv,
    UTF8_BOM
} from 'c/lsCsv';
import { mockObjectUrls, readBlob, startsWithUtf8Bom } from '@test/lwcTestUtils';

describe('c/lsCsv', () => {
    it('leaves plain values alone and writes null as an empty cell', () => {
        expect(csvCell('Salesforce Voice User')).toBe('Salesforce Voice User');
        expect(csvCell(null)).toBe('');
        expect(csvCell(undefined)).toBe('');
        expect(csvCell(42)).toBe('42');
        expect(csvCell(true)).toBe('true');
        expect(csvCell("O'Brien")).toBe("O'Brien");
    });

    it('quotes cells with commas, quotes and line breaks (RFC 4180)', () => {
        expect(csvCell('a,b')).toBe('"a,b"');
        expect(csvCell('say "hi"')).toBe('"say ""hi"""');
        expect(csvCell('two\nlines')).toBe('"two\nlines"');
        expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
    });

    it('quotes every cell and doubles embedded quotes with quoteAll', () => {
        const all = { quoteAll: true };
        expect(csvCell('User-1', all)).toBe('"User-1"');
        expect(csvCell('say "hi", then\r\nleave', all)).toBe('"say ""hi"", then\r\nleave"');
        expect(csvCell(null, all)).toBe('""');
        expect(csvCell(undefined, all)).toBe('""');
    });

    it('neutralises spreadsheet formulas (=, +, -, @) with a leading quote', () => {
        expect(csvCell('=1+1')).toBe("'=1+1");
        expect(csvCell('+33 1 23')).toBe("'+33 1 23");
        expect(csvCell('-5')).toBe("'-5");
        expect(csvCell('@SUM(A1:A2)')).toBe("'@SUM(A1:A2)");
        expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
        expect(csvCell('a=b')).toBe('a=b');
    });

    it.each([['=HYPERLINK("http://evil")'], ['+1+1'], ['-2+3'], ['@SUM(A1)'], ['\t=1'], ['\r=1']])(
        'neutralises the formula %p with a leading apostrophe',
        (value) => {
            expect(csvCell(value, { quoteAll: true })).toBe(`"'${value.replace(/"/g, '""')}"`);
        }
    );

    it('neutralises a leading tab, and a leading carriage return inside quotes', () => {
        expect(csvCell('\t=1')).toBe("'\t=1");
        expect(csvCell('\r=1')).toBe('"\'\r=1"');
    });

    it.each([
        ['\u0000=1+1'],
        ['\u0000\u0000@SUM(A1)'],
        ['\u0000plain'],
        [' =1+1'],
        ['   +1'],
        ['\n-2+3'],
        ['\r\n=1'],
        ['\t @SUM(A1)'],
        ['\u00a0=1'],
        ['\ufeff=1'],
        [' \u0000 =cmd']
    ])('neutralises %j (leading NUL, or whitespace before a formula character)', (value) => {
        expect(csvCell(value, { quoteAll: true })).toBe(`"'${value}"`);
        expect(csvCell(value).startsWith("'") || csvCell(value).startsWith('"\'')).toBe(true);
    });

    it('leaves text whose leading whitespace is followed by no formula character alone', () => {
        expect(csvCell(' Anna')).toBe(' Anna');
        expect(csvCell('  a=b')).toBe('  a=b');
        expect(csvCell('Jean-Luc')).toBe('Jean-Luc');
    });

    it('keeps numbers and booleans as they are (a negative number is not a formula)', () => {
        expect(csvCell(-5)).toBe('-5');
        expect(csvCell(-5, { quoteAll: true })).toBe('"-5"');
        expect(csvCell(42, { quoteAll: true })).toBe('"42"');
        expect(csvCell(true, { quoteAll: true })).toBe('"true"');
    });

    it('builds CRLF lines and a whole file with its header', () => {
        expect(csvLine(['a', null, 'b,c'])).toBe('a,,"b,c"\r\n');
        expect(
            toCsv(
                ['Name', 'Seats'],
                [
                    ['User-2', 1],
                    ['=cmd', 0]
                ]
            )
        ).toBe("Name,Seats\r\nUser-2,1\r\n'=cmd,0\r\n");
        expect(toCsv(['Only'], [])).toBe('Only\r\n');
    });

    it('builds a file from column definitions', () => {
        const columns = [{ header: 'Name', value: (row: { name: string }) => row.name }];
        expect(columnsToCsv(columns, [{ name: 'a' }, { name: '=b' }], { quoteAll: true })).toBe(
            '"Name"\r\n"a"\r\n"\'=b"\r\n'
        );
        expect(columnsToCsv(columns, [{ name: 'a,b' }])).toBe('Name\r\n"a,b"\r\n');
    });

    it('makes safe file names', () => {
        const date = new Date('2026-11-23T10:00:00.000Z');
        expect(csvFileName('license-findings', date)).toBe('license-findings-2026-11-23.csv');
        expect(csvFileName('a/b c..', date)).toBe('a-b-c-2026-11-23.csv');
        expect(csvFileName('///', date)).toBe('export-2026-11-23.csv');
        expect(csvFileName('x')).toMatch(/^x-\d{4}-\d{2}-\d{2}\.csv$/);
        expect(safeFileName('RR-0002 snapshot/../x.csv')).toBe('RR-0002-snapshot-..-x.csv');
        expect(safeFileName('///')).toBe('export');
    });

    it('downloads the parts as one UTF-8 CSV blob (with byte order mark) through the anchor', async () => {
        jest.useFakeTimers();
        const { revokeObjectURL } = mockObjectUrls('blob:csv-1');
        const anchor = document.createElement('a');
        const click = jest.spyOn(anchor, 'click').mockImplementation(() => undefined);

        const blob = downloadCsv(anchor, 'x.csv', ['h\r\n', 'a,b\r\n']);

        expect(anchor.download).toBe('x.csv');
        expect(anchor.href).toBe('blob:csv-1');
        expect(click).toHaveBeenCalledTimes(1);
        // A MIME type Lightning Web Security allows for Blobs (text/csv is not on its list).
        expect(blob.type).toBe(CSV_BLOB_TYPE);
        expect(CSV_BLOB_TYPE).toBe('application/octet-stream');
        jest.advanceTimersByTime(10000);
        expect(revokeObjectURL).toHaveBeenCalledWith('blob:csv-1');
        jest.useRealTimers();
        const text = await readBlob(blob);
        expect(await startsWithUtf8Bom(blob)).toBe(true);
        expect(text.replace(UTF8_BOM, '')).toBe('h\r\na,b\r\n');
    });

    it('cleans the download file name and adds .csv when it lacks it', () => {
        mockObjectUrls();
        const anchor = document.createElement('a');
        jest.spyOn(anchor, 'click').mockImplementation(() => undefined);
        downloadCsv(anchor, 'RR-0002 snapshot', ['"a"\r\n']);
        expect(anchor.download).toBe('RR-0002-snapshot.csv');
    });
});
