import { randomUUID } from 'node:crypto';
import type { Bilingual } from '../../platform/http/problem';
import { HttpProblem, problem } from '../../platform/http/problem';
import { FileLevelError, openImportFile } from '../patents/import/readers';
import { parseNumberQuery } from '../patents/lookup';
import { type BatchField, mapBatchHeader, parseBatchRow } from './batchSheet';
import { createDeclaration, updateDraft } from './declarationService';
import * as repo from './repository';
import { type Caller, loadPatent, type OpenLicenceDeps, today } from './serviceContext';

/**
 * Batch declaration from an uploaded CSV or XLSX: each row is declared and submitted on its own (one
 * transaction per row), through the same checks as the wizard, and gets its own result.
 */
export const MAX_BATCH_ROWS = 1000;

export interface BatchRowResult {
  row: number;
  patentNumber: string;
  status: 'submitted' | 'refused' | 'invalid';
  declarationId: number | null;
  /** Legal refusals (status 'refused'): each with its article. */
  refusals: { code: string; article: string; message: Bilingual }[];
  /** Input errors (status 'invalid'). */
  errors: { field: BatchField | 'row'; message: Bilingual }[];
  warnings: { code: string; source: string; message: Bilingual }[];
}

export interface BatchResult {
  batchId: string;
  fileName: string;
  total: number;
  submitted: number;
  refused: number;
  invalid: number;
  rows: BatchRowResult[];
}

export async function declareFromSheet(
  deps: OpenLicenceDeps,
  caller: Caller,
  file: string,
  fileName: string,
): Promise<BatchResult> {
  let opened: Awaited<ReturnType<typeof openImportFile>>;
  try {
    opened = await openImportFile(file, fileName);
  } catch (err) {
    if (err instanceof FileLevelError)
      throw problem.unprocessable(err.reason, [{ path: 'body.file', message: err.reason }]);
    throw err;
  }
  if (opened.format === 'jsonl' || !opened.header)
    throw problem.unprocessable({ zh: '请上传 CSV 或 XLSX 表格', en: 'Upload a CSV or XLSX sheet' }, [
      { path: 'body.file', message: { zh: '不支持的格式', en: 'Unsupported format' } },
    ]);
  const { columns, missing } = mapBatchHeader(opened.header);
  if (missing.length > 0)
    throw problem.unprocessable(
      {
        zh: `表头缺少必需的列：${missing.join('、')}`,
        en: `The header lacks required columns: ${missing.join(', ')}`,
      },
      missing.map((m) => ({
        path: `body.file.header.${m}`,
        message: { zh: '缺少该列', en: 'Column missing' },
      })),
    );
  const batchId = randomUUID();
  const rows: BatchRowResult[] = [];
  for await (const source of opened.rows) {
    if (rows.length >= MAX_BATCH_ROWS)
      throw problem.tooLarge({
        zh: `一次最多 ${MAX_BATCH_ROWS} 行，请拆分文件`,
        en: `At most ${MAX_BATCH_ROWS} rows per file; split the file`,
      });
    const base = { row: source.row, declarationId: null, refusals: [], errors: [], warnings: [] };
    if (source.kind !== 'cells') {
      const reason =
        source.kind === 'unreadable' ? source.reason : { zh: '无法读取该行', en: 'Row unreadable' };
      rows.push({
        ...base,
        patentNumber: '',
        status: 'invalid',
        errors: [{ field: 'row', message: reason }],
      });
      continue;
    }
    if (source.cells.every((c) => !c.trim())) continue;
    rows.push(await declareRow(deps, caller, batchId, source.row, source.cells, columns));
  }
  return {
    batchId,
    fileName,
    total: rows.length,
    submitted: rows.filter((r) => r.status === 'submitted').length,
    refused: rows.filter((r) => r.status === 'refused').length,
    invalid: rows.filter((r) => r.status === 'invalid').length,
    rows,
  };
}

async function declareRow(
  deps: OpenLicenceDeps,
  caller: Caller,
  batchId: string,
  row: number,
  cells: string[],
  columns: ReturnType<typeof mapBatchHeader>['columns'],
): Promise<BatchRowResult> {
  const base = { row, declarationId: null, refusals: [], errors: [], warnings: [] };
  const parsed = parseBatchRow(cells, columns);
  if (!parsed.ok)
    return { ...base, patentNumber: parsed.patentNumber, status: 'invalid', errors: parsed.errors };
  const number = parseNumberQuery(parsed.patentNumber.replace(/^ZL/i, ''));
  const patentId =
    number.kind === 'none'
      ? null
      : await repo.findPatentIdByNumber(
          deps.db,
          number.kind === 'application'
            ? { applicationNumber: number.canonical }
            : { publicationNumber: number.canonical },
        );
  if (patentId === null)
    return {
      ...base,
      patentNumber: parsed.patentNumber,
      status: 'invalid',
      errors: [
        {
          field: 'patentNumber',
          message: {
            zh: `专利目录中没有专利号 ${parsed.patentNumber}`,
            en: `No patent ${parsed.patentNumber} in the catalogue`,
          },
        },
      ],
    };
  const patent = await loadPatent(deps.db, patentId);
  // A consent reference in the sheet stands for the written consent of every other co-owner.
  const consents = parsed.coOwnerConsentRef
    ? patent.patentees.map((name) => ({
        patenteeName: name,
        consentedOn: today(deps),
        documentRef: parsed.coOwnerConsentRef!,
      }))
    : [];
  try {
    const input = { ...parsed.input, patentId, coOwnerConsents: consents };
    // A draft left by an earlier upload (or the wizard) is corrected and submitted rather than duplicated.
    const existing = await repo.activeDeclarationOf(deps.db, patentId);
    const { declaration, check } =
      existing?.state === 'draft'
        ? await updateDraft(deps, caller, existing.id, input, { submit: true })
        : await createDeclaration(deps, caller, input, { batchId, batchRow: row, submit: true });
    return {
      ...base,
      patentNumber: parsed.patentNumber,
      declarationId: declaration.id,
      status: declaration.state === 'submitted' ? 'submitted' : 'refused',
      refusals: check.refusals,
      warnings: check.warnings,
    };
  } catch (err) {
    if (!(err instanceof HttpProblem) || err.status >= 500) throw err;
    const refusals = (err.extensions.refusals as BatchRowResult['refusals'] | undefined) ?? [
      {
        code: String(err.extensions.code ?? `HTTP_${err.status}`),
        article: String(err.extensions.article ?? ''),
        message: err.detail ?? err.title,
      },
    ];
    return { ...base, patentNumber: parsed.patentNumber, status: 'refused', refusals };
  }
}
