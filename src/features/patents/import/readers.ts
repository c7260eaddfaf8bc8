import fs from 'node:fs';
import readline from 'node:readline';
import { pipeline, type Readable, Transform } from 'node:stream';
import ExcelJS from 'exceljs';
import { csvRecords } from './csvRecords';
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
    super(`${reason.zh} / ${reason.en}`);
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

/** Reads the file through a counting pass-through so callers can show progress by bytes. */
function countingStream(file: string, onBytes?: (n: number) => void): Readable {
  const source = fs.createReadStream(file, { highWaterMark: 256 * 1024 });
  if (!onBytes) return source;
  let n = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      n += chunk.length;
      onBytes(n);
      done(null, chunk);
    },
  });
  pipeline(source, counter, () => {});
  return counter;
}

export async function openImportFile(
  file: string,
  fileName: string,
  format: ImportFormat | 'auto' = 'auto',
  onBytes?: (n: number) => void,
): Promise<OpenedFile> {
  const size = fs.statSync(file).size;
  if (size === 0) throw new FileLevelError({ zh: '文件为空（0 字节）', en: 'The file is empty (0 bytes)' });
  const sample = readSample(file);
  const chosen = format === 'auto' ? detectFormat(sample, fileName) : format;
  if (chosen === 'xlsx') return openXlsx(countingStream(file, onBytes), sample, size);
  const encoding = detectEncoding(sample);
  if (chosen === 'jsonl')
    return {
      format: 'jsonl',
      encoding,
      header: null,
      rows: jsonlRows(countingStream(file, onBytes), encoding),
    };
  return openCsv(countingStream(file, onBytes), encoding, detectDelimiter(sample, encoding));
}

/** Comma, unless the header line has tabs and no commas (Excel "Unicode text" and TSV exports). */
export function detectDelimiter(sample: Uint8Array, encoding: TextEncoding): ',' | '\t' {
  const label = encoding === 'utf-8-bom' ? 'utf-8' : encoding;
  const decoded = new TextDecoder(label).decode(sample.subarray(0, 8192));
  const firstLine = decoded.split(/\r?\n/, 1)[0] ?? '';
  return firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
}

async function openCsv(input: Readable, encoding: TextEncoding, delimiter: ',' | '\t'): Promise<OpenedFile> {
  const iterator = csvRecords(input.pipe(decodingStream(encoding)), delimiter)[Symbol.asyncIterator]();
  const unreadable = (err: unknown) => ({
    zh: `CSV 格式错误，此行及其后内容无法读取：${(err as Error).message}`,
    en: `Malformed CSV; this row and the rest of the file cannot be read: ${(err as Error).message}`,
  });
  let first: IteratorResult<string[]>;
  try {
    first = await iterator.next();
  } catch (err) {
    throw new FileLevelError(unreadable(err));
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
      // An unterminated quote ends the readable part of a CSV file: report it against the next row.
      yield { row: row + 1, kind: 'unreadable', reason: unreadable(err) };
    }
  }
  return { format: 'csv', encoding, header, rows: rows() };
}

async function* jsonlRows(input: Readable, encoding: TextEncoding): AsyncIterable<SourceRow> {
  const lines = readline.createInterface({
    input: input.pipe(decodingStream(encoding)),
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

/** Larger spreadsheets should be saved as CSV, which streams: a workbook is read into memory whole. */
export const MAX_XLSX_BYTES = 100 * 1024 * 1024;

async function openXlsx(input: Readable, sample: Uint8Array, size: number): Promise<OpenedFile> {
  if (!(sample[0] === 0x50 && sample[1] === 0x4b)) {
    throw new FileLevelError({
      zh: '文件不是有效的 XLSX（Excel 2007 及以上）文件；旧版 .xls 请另存为 .xlsx 或 CSV',
      en: 'Not a valid XLSX (Excel 2007+) file; save old .xls files as .xlsx or CSV',
    });
  }
  if (size > MAX_XLSX_BYTES) {
    throw new FileLevelError({
      zh: `XLSX 文件超过 ${MAX_XLSX_BYTES / 1024 / 1024} MB，请另存为 CSV（UTF-8）后导入`,
      en: `XLSX files over ${MAX_XLSX_BYTES / 1024 / 1024} MB must be saved as CSV (UTF-8) first`,
    });
  }
  // Not exceljs's streaming WorkbookReader: it splits multi-byte UTF-8 characters at chunk boundaries and
  // turns Chinese text into U+FFFD (exceljs issues #2063, #2084, #2316). The whole-workbook reader decodes
  // every part as a string first and is correct.
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.read(input);
  } catch (err) {
    throw new FileLevelError({
      zh: `无法读取 XLSX 文件：${(err as Error).message}`,
      en: `Cannot read the XLSX file: ${(err as Error).message}`,
    });
  }
  const sheet = workbook.worksheets[0];
  const all: { number: number; cells: string[] }[] = [];
  sheet?.eachRow({ includeEmpty: false }, (row) => {
    const values = row.values as ExcelJS.CellValue[];
    const cells: string[] = [];
    for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]).trim());
    if (cells.some((c) => c !== '')) all.push({ number: row.number, cells });
  });
  const first = all.shift();
  if (!first) throw new FileLevelError({ zh: '工作表没有表头行', en: 'The worksheet has no header row' });
  async function* rows(): AsyncIterable<SourceRow> {
    for (const r of all) yield { row: r.number, kind: 'cells', cells: r.cells };
  }
  return { format: 'xlsx', encoding: null, header: first.cells, rows: rows() };
}
