import fs from 'node:fs';
import readline from 'node:readline';
import { Readable } from 'node:stream';
import { parse as parseCsv } from 'csv-parse';
import ExcelJS from 'exceljs';
import { decodingStream, detectEncoding, type TextEncoding } from './decode';

export type ImportFormat = 'csv' | 'xlsx' | 'jsonl';

/** One record of the file: `row` is the number a user sees (spreadsheet row; JSONL line). */
export type SourceRow =
  | { row: number; kind: 'cells'; cells: string[] }
  | { row: number; kind: 'object'; values: Record<string, unknown> }
  | { row: number; kind: 'unreadable'; reason: { zh: string; en: string } };

export interface OpenedFile {
  format: ImportFormat;
  encoding: TextEncoding | null;
  /** Header cells for csv/xlsx; null for JSONL, whose records name their own fields. */
  header: string[] | null;
  rows: AsyncIterable<SourceRow>;
}

export class FileLevelError extends Error {
  constructor(readonly reason: { zh: string; en: string }) {
    super(reason.en);
  }
}

const SAMPLE_BYTES = 256 * 1024;

function readSample(file: string): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(SAMPLE_BYTES);
    const n = fs.readSync(fd, buf, 0, SAMPLE_BYTES, 0);
    return buf.subarray(0, n);
  } finally {
    fs.closeSync(fd);
  }
}

/** By content first (an .xlsx is a zip; JSONL starts with '{'), the file name second. */
export function detectFormat(sample: Uint8Array, fileName: string): ImportFormat {
  if (sample[0] === 0x50 && sample[1] === 0x4b && sample[2] === 0x03 && sample[3] === 0x04) return 'xlsx';
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.xlsx')) return 'xlsx';
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return 'jsonl';
  const text = Buffer.from(sample.subarray(0, 64))
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (text.startsWith('{')) return 'jsonl';
  return 'csv';
}

export async function openImportFile(
  file: string,
  fileName: string,
  format: ImportFormat | 'auto' = 'auto',
): Promise<OpenedFile> {
  const size = fs.statSync(file).size;
  if (size === 0) throw new FileLevelError({ zh: '文件为空（0 字节）', en: 'The file is empty (0 bytes)' });
  const sample = readSample(file);
  const chosen = format === 'auto' ? detectFormat(sample, fileName) : format;
  if (chosen === 'xlsx') return openXlsx(file, sample);
  const encoding = detectEncoding(sample);
  if (chosen === 'jsonl') return { format: 'jsonl', encoding, header: null, rows: jsonlRows(file, encoding) };
  return openCsv(file, encoding);
}

async function openCsv(file: string, encoding: TextEncoding): Promise<OpenedFile> {
  const parser = fs
    .createReadStream(file)
    .pipe(decodingStream(encoding))
    .pipe(
      parseCsv({
        relax_column_count: true,
        relax_quotes: true,
        skip_empty_lines: true,
        delimiter: [',', '\t'],
        max_record_size: 4 * 1024 * 1024,
      }),
    );
  const iterator = parser[Symbol.asyncIterator]() as AsyncIterator<string[]>;
  let first: IteratorResult<string[]>;
  try {
    first = await iterator.next();
  } catch (err) {
    throw new FileLevelError({
      zh: `无法解析 CSV：${(err as Error).message}`,
      en: `Cannot parse the CSV file: ${(err as Error).message}`,
    });
  }
  if (first.done) throw new FileLevelError({ zh: '文件没有表头行', en: 'The file has no header row' });
  const header = first.value.map((h) => h.trim());
  async function* rows(): AsyncIterable<SourceRow> {
    let row = 1;
    try {
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        row++;
        yield { row, kind: 'cells', cells: next.value };
      }
    } catch (err) {
      // A malformed record ends the readable part of a CSV file: report it against the next row.
      yield {
        row: row + 1,
        kind: 'unreadable',
        reason: {
          zh: `CSV 格式错误，此行及其后内容无法读取：${(err as Error).message}`,
          en: `Malformed CSV; this row and the rest of the file cannot be read: ${(err as Error).message}`,
        },
      };
    }
  }
  return { format: 'csv', encoding, header, rows: rows() };
}

async function* jsonlRows(file: string, encoding: TextEncoding): AsyncIterable<SourceRow> {
  const lines = readline.createInterface({
    input: fs.createReadStream(file).pipe(decodingStream(encoding)),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let row = 0;
  for await (const line of lines) {
    row++;
    if (line.trim() === '') continue;
    try {
      const value: unknown = JSON.parse(line);
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        yield {
          row,
          kind: 'unreadable',
          reason: { zh: '该行不是 JSON 对象', en: 'The line is not a JSON object' },
        };
      } else {
        yield { row, kind: 'object', values: value as Record<string, unknown> };
      }
    } catch (err) {
      yield {
        row,
        kind: 'unreadable',
        reason: {
          zh: `JSON 解析失败：${(err as Error).message}`,
          en: `Invalid JSON: ${(err as Error).message}`,
        },
      };
    }
  }
}

/** Spreadsheet cell → text as a user sees it; dates as YYYY-MM-DD. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(value);
  if (typeof value === 'string' || typeof value === 'boolean') return String(value);
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText))
      return value.richText.map((t) => t.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('error' in value) return '';
  }
  return String(value);
}

async function openXlsx(file: string, sample: Uint8Array): Promise<OpenedFile> {
  if (!(sample[0] === 0x50 && sample[1] === 0x4b)) {
    throw new FileLevelError({
      zh: '文件不是有效的 XLSX（Excel 2007 及以上）文件；旧版 .xls 请另存为 .xlsx 或 CSV',
      en: 'Not a valid XLSX (Excel 2007+) file; save old .xls files as .xlsx or CSV',
    });
  }
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(fs.createReadStream(file), {
    entries: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
  });
  const rowsOfFirstSheet = async function* (): AsyncIterable<{ number: number; cells: string[] }> {
    try {
      for await (const sheet of reader) {
        for await (const row of sheet as unknown as AsyncIterable<ExcelJS.Row>) {
          const values = row.values as ExcelJS.CellValue[];
          const cells: string[] = [];
          for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]).trim());
          if (cells.some((c) => c !== '')) yield { number: row.number, cells };
        }
        return; // the first worksheet only
      }
    } catch (err) {
      throw new FileLevelError({
        zh: `无法读取 XLSX 文件：${(err as Error).message}`,
        en: `Cannot read the XLSX file: ${(err as Error).message}`,
      });
    }
  };
  const iterator = rowsOfFirstSheet()[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) throw new FileLevelError({ zh: '工作表没有表头行', en: 'The worksheet has no header row' });
  const header = first.value.cells;
  async function* rows(): AsyncIterable<SourceRow> {
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield { row: next.value.number, kind: 'cells', cells: next.value.cells };
    }
  }
  return { format: 'xlsx', encoding: null, header, rows: rows() };
}

/** For tests and the upload route: wraps an in-memory buffer as a readable stream. */
export function bufferStream(buf: Buffer): Readable {
  return Readable.from([buf]);
}
