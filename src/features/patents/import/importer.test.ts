import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../../../test/support/databases';
import type { Database } from '../../../platform/db/database';
import { loadReferenceCatalog, type ReferenceCatalog } from '../../reference';
import { importPatentFile } from './importer';
import { FileLevelError } from './readers';

const SAMPLES = path.resolve(import.meta.dirname, '../../../../data/samples');
const sample = (name: string) => path.join(SAMPLES, name);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zh-import-'));
function tmpFile(name: string, content: string | Buffer): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, content);
  return file;
}

const EXPORT61 = fs.readFileSync(sample('export-61col-sample.csv'), 'utf8');
const [HEADER, ...LINES] = EXPORT61.replace(/^\uFEFF/, '')
  .trimEnd()
  .split(/\r?\n/);

async function patentCount(db: Database): Promise<number> {
  return (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM patents')).rows[0]!.n;
}

describeEachEngine('patent import', (db) => {
  let ref: ReferenceCatalog;
  beforeAll(async () => {
    ref = await loadReferenceCatalog(db());
  });
  const run = (
    file: string,
    extra: Parameters<typeof importPatentFile>[2] extends infer O ? Partial<O> : never = {},
  ) => importPatentFile(db(), file, { reference: ref, ...extra });

  it('imports the real 61-column export with every field, and a second run changes nothing', async () => {
    const first = await run(sample('export-61col-sample.csv'));
    expect(first).toMatchObject({
      layout: 'export61',
      encoding: 'utf-8',
      totalRows: 10,
      accepted: 10,
      created: 10,
    });
    expect(first.rejected).toEqual([]);
    const before = await db().query('SELECT id, change_seq FROM patents ORDER BY id');
    const second = await run(sample('export-61col-sample.csv'));
    expect(second).toMatchObject({ accepted: 10, created: 0, updated: 0, unchanged: 10, rejected: [] });
    expect((await db().query('SELECT id, change_seq FROM patents ORDER BY id')).rows).toEqual(before.rows);

    const { rows } = await db().query<Record<string, unknown>>(
      `SELECT application_number, publication_number, grant_number, patent_type, legal_status, legal_status_raw,
              filing_date, grant_date, expiry_date, main_ipc, ipc_codes, region_code, applicant_type, patentees,
              inventors, sei_codes
         FROM patents WHERE application_number = '202211359874.7'`,
    );
    expect(rows[0]).toMatchObject({
      publication_number: 'CN115883397A',
      grant_number: 'CN115883397B',
      patent_type: 'invention',
      legal_status: 'in_force',
      legal_status_raw: '有权-审定授权',
      applicant_type: 'institute',
      patentees: ['中科大数据研究院'],
    });
    const uav = await db().query<Record<string, unknown>>(
      `SELECT filing_date, expiry_date, main_ipc, ipc_codes, region_code FROM patents WHERE application_number = '202223220665.2'`,
    );
    // Utility model filed 2022-12-02: protected to 2032-12-01 (Art. 42); 郑州市 from the address.
    expect(uav.rows[0]).toMatchObject({
      filing_date: '2022-12-02',
      expiry_date: '2032-12-01',
      main_ipc: 'B64U20/80',
      ipc_codes: ['B64U20/80', 'B64U101/30'],
      region_code: expect.stringMatching(/^4101/),
    });
    const org = await db().query<{ kind: string; n: number }>(
      `SELECT o.kind, count(*)::int AS n FROM patent_owners po JOIN organisations o ON o.id = po.organisation_id
        WHERE o.name = '中科大数据研究院' GROUP BY o.kind`,
    );
    expect(org.rows).toEqual([{ kind: 'institute', n: 10 }]);
  });

  it('reads GB18030, UTF-8 with BOM, UTF-16 and XLSX copies of the same export identically', async () => {
    const gbk = tmpFile('gbk.csv', iconv.encode(EXPORT61, 'gb18030'));
    const bom = tmpFile('bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(EXPORT61)]));
    const utf16 = tmpFile(
      'utf16.csv',
      Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(EXPORT61, 'utf16le')]),
    );
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('导出');
    for (const line of [HEADER!, ...LINES]) ws.addRow(parseCsvLine(line));
    const xlsx = path.join(tmp, 'export.xlsx');
    await wb.xlsx.writeFile(xlsx);
    for (const [file, encoding] of [
      [gbk, 'gb18030'],
      [bom, 'utf-8-bom'],
      [utf16, 'utf-16le'],
      [xlsx, null],
    ] as const) {
      const r = await run(file);
      expect(r, file).toMatchObject({
        encoding,
        layout: 'export61',
        accepted: 10,
        created: 0,
        updated: 0,
        unchanged: 10,
      });
      expect(r.rejected).toEqual([]);
    }
  });

  it('imports the CNKI university sample keyed by publication number, with universities as owners', async () => {
    const r = await run(sample('cnki-university-sample.csv'));
    expect(r).toMatchObject({ layout: 'cnki', accepted: 33, rejected: [] });
    const zju = await db().query<Record<string, unknown>>(
      `SELECT p.application_number, p.patent_type, p.filing_date, o.kind
         FROM patents p JOIN patent_owners po ON po.patent_id = p.id JOIN organisations o ON o.id = po.organisation_id
        WHERE p.publication_number = 'CN108982325A'`,
    );
    expect(zju.rows[0]).toEqual({
      application_number: null,
      patent_type: 'invention',
      filing_date: '2018-07-30',
      kind: 'university',
    });
  });

  it('keeps abstracts when a title-only data set is imported over richer records', async () => {
    const abstracts = await run(sample('cn-abstracts-cpc.csv'));
    expect(abstracts).toMatchObject({ layout: 'abstractsCpc', accepted: 57, rejected: [] });
    const titles = tmpFile(
      'titles.csv',
      'publication_number,kind,title,ipc_subclasses\nCN117151122A,发明公开,一种基于自然语言处理的银行客服会话问答处理方法及系统,G06F|G06Q\n',
    );
    const r = await run(titles);
    expect(r).toMatchObject({ accepted: 1, updated: 1 });
    const { rows } = await db().query<{ abstract: string; ipc_codes: string[]; cpc_codes: string[] }>(
      "SELECT abstract, ipc_codes, cpc_codes FROM patents WHERE publication_number = 'CN117151122A'",
    );
    expect(rows[0]!.abstract).toMatch(/^本发明涉及人工智能技术领域/);
    expect(rows[0]!.ipc_codes).toEqual(['G06F', 'G06Q']);
    expect(rows[0]!.cpc_codes).toContain('G06F16/3329');
  });

  it('gives a record known by publication number its application number when one arrives', async () => {
    await run(tmpFile('pub.csv', '公开号,专利名称,专利类型\nCN116245100A,仅有公开号的记录,发明\n'));
    const id = (
      await db().query<{ id: number }>("SELECT id FROM patents WHERE publication_number = 'CN116245100A'")
    ).rows[0]!.id;
    // The full export row for the same publication carries application number 202310605823.6? no: 202211740332.4
    const row = LINES.find((l) => l.includes('CN116245100A'))!;
    const r = await run(tmpFile('full.csv', `${HEADER}\n${row}\n`));
    expect(r).toMatchObject({ accepted: 1, created: 0 });
    const after = await db().query<{ id: number; application_number: string; title: string }>(
      "SELECT id, application_number, title FROM patents WHERE publication_number = 'CN116245100A'",
    );
    expect(after.rows).toHaveLength(1);
    expect(after.rows[0]!.id).toBe(id);
    expect(after.rows[0]!.application_number).toMatch(/^\d{12}\.[\dX]$/);
    expect(after.rows[0]!.title).not.toBe('仅有公开号的记录');
  });

  it('reports every bad row with row, field and reason and still imports the good rows', async () => {
    const good = LINES[0]!;
    const bad = [
      good.replace('CN202223220665.2', 'CN202223220665.3'), // row 3: check digit
      good.replace('CN202223220665.2', 'CN202223220666.X').replace(',20221202,', ',20221332,'), // row 4: date
      good.replace('CN202223220665.2', 'CN202123220665.6').replace(',实用新型,', ',发明,'), // row 5: conflicting type
      good.replace('CN202223220665.2', 'CN202223220667.0').replace(/,0,0,0,,/, ',-1,0,0,,'), // row 6: count
    ];
    const file = tmpFile('broken.csv', [HEADER, good, ...bad, good].join('\n'));
    const r = await run(file);
    expect(r.totalRows).toBe(6);
    expect(r.accepted).toBe(1);
    const byRow = new Map(r.rejected.map((e) => [e.row, e]));
    expect(byRow.get(3)).toMatchObject({
      field: '申请号',
      reason: { zh: expect.stringContaining('校验位') },
    });
    expect(byRow.get(4)).toMatchObject({
      field: '申请日',
      reason: { zh: expect.stringContaining('20221332') },
    });
    expect(byRow.get(5)).toMatchObject({
      field: '专利类型',
      reason: { zh: expect.stringContaining('不一致') },
    });
    expect([...byRow.keys()]).toEqual(expect.arrayContaining([3, 4, 5, 7]));
    expect(byRow.get(7)).toMatchObject({ reason: { zh: expect.stringContaining('第 2 行') } }); // duplicate
  });

  it('refuses a 0-byte file, a file without the required columns and an unreadable spreadsheet', async () => {
    const n = await patentCount(db());
    await expect(run(tmpFile('empty.csv', ''))).rejects.toThrow(FileLevelError);
    await expect(run(tmpFile('cols.csv', '序号,备注\n1,无\n'))).rejects.toThrow(/申请号 或 公开号|专利名称/);
    await expect(run(tmpFile('fake.xlsx', 'not a zip'))).rejects.toThrow(/XLSX/);
    expect(await patentCount(db())).toBe(n);
    const failed = await db().query<{ status: string; failure: string }>(
      "SELECT status, failure FROM import_runs WHERE file_name = 'cols.csv'",
    );
    expect(failed.rows[0]!.status).toBe('failed');
    expect(failed.rows[0]!.failure).toMatch(/缺少必需列/);
  });

  it('imports JSONL with English field names and reports unreadable lines', async () => {
    const lines = [
      JSON.stringify({
        applicationNumber: 'CN202310605823.6',
        title: 'JSONL 记录',
        patentType: '发明',
        filingDate: '2023-05-26',
        ipcCodes: ['G06F 16/35'],
      }),
      '{not json',
      JSON.stringify({ publicationNumber: 'CN999999999Z', title: 'x' }),
    ];
    const r = await run(tmpFile('rows.jsonl', lines.join('\n')));
    expect(r).toMatchObject({ format: 'jsonl', accepted: 1 });
    expect(r.rejected.map((e) => [e.row, e.field])).toEqual([
      [2, ''],
      [3, 'publicationNumber'],
    ]);
  });

  it('writes a whole batch or, if the database refuses one row, every other row of it', async () => {
    await db().exec(`
      CREATE FUNCTION refuse_marked_title() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.title LIKE '%拒收%' THEN RAISE EXCEPTION 'refused by test trigger'; END IF; RETURN NEW; END $$;
      CREATE TRIGGER refuse_marked BEFORE INSERT OR UPDATE ON patents FOR EACH ROW EXECUTE FUNCTION refuse_marked_title();`);
    try {
      const rows = [
        '公开号,专利名称,专利类型',
        'CN200000001A,批次甲,发明',
        'CN200000002A,拒收的一行,发明',
        'CN200000003A,批次丙,发明',
      ];
      const r = await run(tmpFile('tx.csv', rows.join('\n')));
      expect(r).toMatchObject({ accepted: 2, created: 2 });
      expect(r.rejected).toEqual([
        expect.objectContaining({
          row: 3,
          reason: expect.objectContaining({ en: expect.stringContaining('refused by test trigger') }),
        }),
      ]);
      const titles = await db().query<{ title: string }>(
        "SELECT title FROM patents WHERE publication_number LIKE 'CN20000000%' ORDER BY 1",
      );
      expect(titles.rows.map((t) => t.title)).toEqual(['批次丙', '批次甲']);
    } finally {
      await db().exec('DROP TRIGGER refuse_marked ON patents; DROP FUNCTION refuse_marked_title();');
    }
  });
});

/** Minimal RFC 4180 line splitter for the sample (quoted fields, doubled quotes). */
function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}
