import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { checkDigitFor, parseApplicationNumber } from './applicationNumber';
import { parsePublicationNumber } from './publicationNumber';

const exportRows: Record<string, string>[] = parse(
  fs.readFileSync(new URL('../../../data/samples/export-61col-sample.csv', import.meta.url)),
  { columns: true, bom: true },
);

describe('application numbers (申请号)', () => {
  it('accepts every real number in the 61-column export sample and derives its type', () => {
    expect(exportRows.length).toBe(10);
    for (const row of exportRows) {
      const r = parseApplicationNumber(row.申请号);
      expect(r.ok, row.申请号).toBe(true);
      if (!r.ok) continue;
      expect(`CN${r.value.canonical}`).toBe(row.申请号);
      expect(r.value.checkDigitStatus).toBe('verified');
      const typeCol = row.专利类型!;
      expect(r.value.patentType).toBe(typeCol.startsWith('实用新型') ? 'utility_model' : 'invention');
    }
  });

  it.each([
    ['CN202122975192.6', '202122975192.6'],
    ['202122975192.6', '202122975192.6'],
    ['ZL202122975192.6', '202122975192.6'],
    ['zl 2021 2297 5192.6', '202122975192.6'],
    ['２０２１２２９７５１９２．６', '202122975192.6'],
    ['CN２０２１２１６３５２３５．Ｘ', '202121635235.X'],
    ['2021216352 35X', '202121635235.X'],
    ['2021229751926', '202122975192.6'],
  ])('normalises %s to %s', (raw, canonical) => {
    const r = parseApplicationNumber(raw);
    expect(r.ok && r.value.canonical).toBe(canonical);
  });

  it('computes a missing check digit and says so', () => {
    const r = parseApplicationNumber('202122975192');
    expect(r.ok && r.value).toMatchObject({ canonical: '202122975192.6', checkDigitStatus: 'computed' });
  });

  it.each([
    ['202122975192.5', 'CHECK_DIGIT_MISMATCH'],
    ['202121635235.0', 'CHECK_DIGIT_MISMATCH'],
    ['202142975192.6', 'UNKNOWN_TYPE_DIGIT'],
    ['20212297519.6', 'MALFORMED'],
    ['CN218751475U', 'MALFORMED'],
    ['abc', 'MALFORMED'],
    ['', 'EMPTY'],
    ['   ', 'EMPTY'],
  ])('refuses %s (%s) with a reason in both languages', (raw, code) => {
    const r = parseApplicationNumber(raw);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe(code);
    expect(r.reason.zh).toMatch(/申请号/);
    expect(r.reason.en).toMatch(/pplication number/);
  });

  it.each([
    ['202110012345', 'invention', false],
    ['202120012345', 'utility_model', false],
    ['202130012345', 'design', false],
    ['202180012345', 'invention', true],
    ['202190012345', 'utility_model', true],
  ])('reads the type digit of %s', (digits, type, pct) => {
    const r = parseApplicationNumber(digits);
    expect(r.ok && [r.value.patentType, r.value.pct]).toEqual([type, pct]);
  });

  it('checks old 8-digit numbers with weights 2–9 and reads the type from the third digit', () => {
    const digits = '98123456';
    const check = checkDigitFor(digits); // 2·9+3·8+4·1+5·2+6·3+7·4+8·5+9·6 = 196 → 196 mod 11 = 9
    expect(check).toBe('9');
    const r = parseApplicationNumber(`${digits}.${check}`);
    expect(r.ok && r.value).toMatchObject({
      canonical: '98123456.9',
      format: 'legacy',
      filingYear: 1998,
      patentType: 'invention',
    });
    const wrong = parseApplicationNumber('98123456.1');
    expect(wrong.ok).toBe(false);
    const design = parseApplicationNumber('03301234');
    expect(design.ok && [design.value.patentType, design.value.filingYear]).toEqual(['design', 2003]);
  });

  it('computes the check digit 10 as X', () => {
    expect(checkDigitFor('202121635235')).toBe('X');
  });
});

describe('publication numbers (公开号)', () => {
  it.each([
    ['CN114081026A', 'invention', false],
    ['CN111464778B', 'invention', true],
    ['CN215667380U', 'utility_model', true],
    ['cn 218751475 u', 'utility_model', true],
    ['CN306123456S', 'design', true],
    ['CN1234567C', 'invention', true],
  ])('%s is a %s publication (grant: %s)', (raw, type, grant) => {
    const r = parsePublicationNumber(raw);
    expect(r.ok && [r.value.patentType, r.value.isGrant]).toEqual([type, grant]);
  });

  it.each(['CN114081026', 'CN114081026Z', '202122975192.6', ''])('refuses %s', (raw) => {
    expect(parsePublicationNumber(raw).ok).toBe(false);
  });

  it('parses every publication number in the titles data set', () => {
    const rows: { publication_number: string; kind: string }[] = parse(
      fs.readFileSync(new URL('../../../data/samples/cn-titles-ipc.csv', import.meta.url)),
      { columns: true, bom: true },
    );
    const kindToType: Record<string, string> = {
      发明公开: 'invention',
      发明授权: 'invention',
      实用新型: 'utility_model',
    };
    const failures = rows.filter((r) => {
      const p = parsePublicationNumber(r.publication_number);
      return !p.ok || p.value.patentType !== kindToType[r.kind];
    });
    expect(failures).toEqual([]);
    expect(rows.length).toBe(7798);
  });
});
