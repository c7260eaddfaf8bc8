import type { Bilingual } from '../../platform/http/problem';
import { problem } from '../../platform/http/problem';
import { type Actor, assertAllowed } from '../accounts';
import { recordAudit } from '../audit';
import { FileLevelError, openImportFile } from '../patents/import/readers';
import { columnLabel, FIELD_COLUMN, mapSheetHeader, parseSheetRow, type SheetField } from './importSheet';
import { type DemandInput, demandInputSchema } from './questionnaire';
import * as repo from './repository';
import { type DemandsDeps, prepareInput, type RequestInfo, rowAsInput } from './service';

/**
 * Batch import of demands from a CSV or XLSX sheet (the readers of the patent import). An enterprise imports
 * its own demands (`demand.create`); a service organisation or the IP administration imports the sheets of the
 * enterprise survey (企业专利技术需求调查问卷) for enterprises that have no account yet
 * (`demand.importForOthers`): each row names its enterprise by name and credit code, the demand has no owner
 * organisation (organisation_id NULL) and a private one is seen by the service organisations and the
 * administration only (accounts/permissions.ts, `demand.read`). A row whose credit code belongs to an
 * enterprise registered on the platform is refused: that enterprise files its own demands. All or nothing: every row is checked first with the form's rules; only when no row is refused
 * are the rows written, in one transaction, each audited. A row already imported (same enterprise, credit code
 * and title) with the same content is left alone, so re-running a sheet changes nothing; with other content it
 * is updated. `dryRun` checks without writing.
 */
export const MAX_IMPORT_ROWS = 1000;

export type RowAction = 'create' | 'update' | 'unchanged' | 'reject';

export interface ImportRowResult {
  row: number;
  title: string;
  action: RowAction;
  demandId: number | null;
  errors: { field: SheetField | 'row'; column: string | null; reason: Bilingual }[];
}

export interface DemandImportReport {
  fileName: string;
  format: string;
  /** 'own': the importing enterprise's demands; 'unclaimed': for enterprises without an account. */
  importedFor: 'own' | 'unclaimed';
  /** Whether the rows were written (false: a row was refused, or a dry run). */
  written: boolean;
  dryRun: boolean;
  total: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Every refusal, flat: row, field (sheet column), reason — the CLI import's contract. */
  rejected: { row: number; field: string | null; reason: Bilingual }[];
  rows: ImportRowResult[];
}

function sameContent(a: DemandInput, b: DemandInput): boolean {
  const norm = (d: DemandInput) =>
    JSON.stringify(repo.questionnaireParams(d), (_k, v) => (v === undefined ? null : v));
  return norm(a) === norm(b);
}

export async function importDemandSheet(
  deps: DemandsDeps,
  actor: Actor,
  request: RequestInfo,
  file: string,
  fileName: string,
  options: { dryRun?: boolean } = {},
): Promise<DemandImportReport> {
  // An enterprise imports its own demands; anyone else imports for enterprises without an account, if allowed.
  const forOthers = actor.kind === 'user' && actor.organisationKind !== 'enterprise';
  if (forOthers) assertAllowed(actor, 'demand.importForOthers', {});
  else
    assertAllowed(actor, 'demand.create', {
      ownerOrganisationId: actor.kind === 'user' ? (actor.organisationId ?? -1) : -1,
    });
  // The owner of what is written: the importing enterprise, or none.
  const orgId = forOthers || actor.kind !== 'user' ? null : actor.organisationId;
  const userId = actor.kind === 'user' ? actor.userId : null;
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
  const { columns, missing } = mapSheetHeader(opened.header);
  if (missing.length)
    throw problem.unprocessable(
      {
        zh: `表头缺少必需的列：${missing.map(columnLabel).join('、')}`,
        en: `The header lacks required columns: ${missing.join(', ')}`,
      },
      missing.map((m) => ({
        path: `body.file.header.${m}`,
        message: { zh: `缺少「${columnLabel(m)}」列`, en: `Column "${columnLabel(m)}" missing` },
      })),
    );
  const org = orgId === null ? null : await repo.organisation(deps.db, orgId);

  const rows: ImportRowResult[] = [];
  const plans: { result: ImportRowResult; input: DemandInput; existing: repo.DemandRow | null }[] = [];
  const seen = new Map<string, number>();
  for await (const source of opened.rows) {
    if (rows.length >= MAX_IMPORT_ROWS)
      throw problem.tooLarge({
        zh: `一次最多导入 ${MAX_IMPORT_ROWS} 条需求，请拆分文件`,
        en: `At most ${MAX_IMPORT_ROWS} demands per file; split the file`,
      });
    if (source.kind === 'cells' && source.cells.every((c) => !c.trim())) continue;
    const result: ImportRowResult = {
      row: source.row,
      title: '',
      action: 'reject',
      demandId: null,
      errors: [],
    };
    rows.push(result);
    if (source.kind !== 'cells') {
      result.errors.push({
        field: 'row',
        column: null,
        reason: source.kind === 'unreadable' ? source.reason : { zh: '无法读取该行', en: 'Row unreadable' },
      });
      continue;
    }
    const parsed = parseSheetRow(source.cells, columns);
    for (const e of parsed.errors)
      result.errors.push({ field: e.field, column: columnLabel(e.field), reason: e.message });
    const raw = parsed.raw;
    result.title = String(raw.title ?? '');
    // The importing enterprise's own record fills what the sheet leaves out.
    if (!raw.enterpriseName && org) raw.enterpriseName = org.name;
    if (!raw.creditCode && org?.credit_code) raw.creditCode = org.credit_code;
    let regionCode: string | null = null;
    if (parsed.regionText) {
      regionCode = deps.reference.regionFrom(parsed.regionText, null);
      if (!regionCode)
        result.errors.push({
          field: 'region',
          column: columnLabel('region'),
          reason: {
            zh: `无法识别的地区「${parsed.regionText}」（GB/T 2260 代码或名称）`,
            en: `Unknown region "${parsed.regionText}" (GB/T 2260 code or name)`,
          },
        });
    } else if (org?.region_code) regionCode = org.region_code;
    raw.regionCode = regionCode;
    const schema = demandInputSchema.safeParse(raw);
    if (!schema.success) {
      for (const issue of schema.error.issues) {
        const key = String(issue.path[0] ?? '');
        const field = FIELD_COLUMN[key] ?? 'row';
        if (result.errors.some((e) => e.field === field)) continue; // the cell error says it better
        const [zh, en] = issue.message.includes(' | ')
          ? issue.message.split(' | ')
          : [issue.message, issue.message];
        result.errors.push({
          field,
          column: field === 'row' ? null : columnLabel(field),
          reason: { zh: zh!, en: en! },
        });
      }
      continue;
    }
    if (result.errors.length) continue;
    const prepared = await prepareInput(deps.db, deps.reference, orgId, schema.data);
    if (!prepared.ok) {
      for (const i of prepared.issues) {
        const field = FIELD_COLUMN[i.path.split('.')[0]!] ?? 'row';
        result.errors.push({ field, column: field === 'row' ? null : columnLabel(field), reason: i.message });
      }
      continue;
    }
    if (forOthers) {
      const registered = await repo.organisationByCreditCode(deps.db, prepared.value.creditCode);
      if (registered) {
        result.errors.push({
          field: 'creditCode',
          column: columnLabel('creditCode'),
          reason: {
            zh: `统一社会信用代码 ${prepared.value.creditCode} 的企业已在平台注册（${registered.name}），请由该企业自行发布或导入需求`,
            en: `The enterprise with credit code ${prepared.value.creditCode} has an account (${registered.name}): it files its own demands`,
          },
        });
        continue;
      }
    }
    const key = `${prepared.value.creditCode}\u0000${prepared.value.title}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      result.errors.push({
        field: 'title',
        column: columnLabel('title'),
        reason: {
          zh: `与第 ${earlier} 行是同一企业的同名需求`,
          en: `Same enterprise and title as row ${earlier}`,
        },
      });
      continue;
    }
    seen.set(key, source.row);
    const existing = await repo.findImported(deps.db, orgId, prepared.value.creditCode, prepared.value.title);
    const action: RowAction = !existing
      ? 'create'
      : sameContent(rowAsInput(existing), prepared.value)
        ? 'unchanged'
        : 'update';
    if (action === 'update' && existing!.state === 'closed') {
      result.errors.push({
        field: 'row',
        column: null,
        reason: {
          zh: `该行对应的需求（编号 ${existing!.id}）已关闭，不能再修改`,
          en: `The demand of this row (id ${existing!.id}) is closed and cannot be changed`,
        },
      });
      continue;
    }
    result.action = action;
    result.demandId = existing?.id ?? null;
    plans.push({ result, input: prepared.value, existing });
  }

  const refused = rows.some((r) => r.action === 'reject');
  const dryRun = options.dryRun ?? false;
  const written = !refused && !dryRun && plans.some((p) => p.result.action !== 'unchanged');
  if (written) {
    await deps.db.transaction(async (tx) => {
      const audits: Parameters<typeof recordAudit>[1][] = [];
      for (const p of plans) {
        if (p.result.action === 'create') {
          p.result.demandId = await repo.insertDemand(tx, p.input, {
            organisationId: orgId,
            userId,
            source: `import:${fileName}`.slice(0, 200),
            sourceRow: p.result.row,
          });
          audits.push({
            actor,
            request,
            action: 'demand.create',
            objectType: 'demand',
            objectId: p.result.demandId,
            after: { ...p.input, source: `import:${fileName}`, sourceRow: p.result.row },
          });
        } else if (p.result.action === 'update') {
          const current = await repo.getDemandRow(tx, p.existing!.id, { forUpdate: true });
          if (current?.state === 'closed') {
            // Closed meanwhile: refuse the whole file rather than write half of it.
            throw problem.conflict({
              zh: `第 ${p.result.row} 行对应的需求已关闭，不能再修改`,
              en: `The demand of row ${p.result.row} is closed and cannot be changed`,
            });
          }
          await repo.updateDemandQuestionnaire(tx, p.existing!.id, p.input);
          audits.push({
            actor,
            request,
            action: 'demand.update',
            objectType: 'demand',
            objectId: p.existing!.id,
            before: rowAsInput(p.existing!),
            after: { ...p.input, source: `import:${fileName}`, sourceRow: p.result.row },
          });
        }
      }
      // Audit entries last: they hold the chain lock until commit.
      for (const a of audits) await recordAudit(tx, a);
    });
    await deps.afterWrite?.();
  }
  const count = (a: RowAction) => rows.filter((r) => r.action === a).length;
  return {
    fileName,
    format: opened.format,
    importedFor: forOthers ? 'unclaimed' : 'own',
    written,
    dryRun,
    total: rows.length,
    created: written ? count('create') : 0,
    updated: written ? count('update') : 0,
    unchanged: count('unchanged'),
    rejected: rows.flatMap((r) => r.errors.map((e) => ({ row: r.row, field: e.column, reason: e.reason }))),
    rows,
  };
}
