import fs from 'node:fs';
import path from 'node:path';
import { systemActor } from '../features/audit';
import { reverifyDeclarations } from '../features/openLicence';
import { importPatentFile } from '../features/patents/import/importer';
import { FileLevelError, type ImportFormat } from '../features/patents/import/readers';
import type { Language } from '../platform/http/problem';
import { CliError, progressBar } from './output';
import { cliRuntime } from './runtimeForCli';

export interface ImportCommandOptions {
  format: ImportFormat | 'auto';
  report?: string;
  lang: Language;
}

/**
 * `zhuanhua import FILE`: validates and upserts every row, shows a progress bar, prints a summary, writes
 * `{"accepted", "updated", "rejected": [{row, field, reason}]}` to --report, updates the search index.
 */
export async function importCommand(file: string, options: ImportCommandOptions): Promise<void> {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
    throw new CliError(`找不到文件 / file not found: ${file}`, 2);
  }
  const runtime = await cliRuntime('import');
  try {
    const total = fs.statSync(file).size;
    const bar = progressBar(`导入 ${path.basename(file)}`, total);
    const started = performance.now();
    let report: Awaited<ReturnType<typeof importPatentFile>>;
    try {
      report = await importPatentFile(runtime.db, file, {
        format: options.format,
        reference: runtime.reference,
        source: `cli:${path.basename(file)}`,
        audit: { actor: systemActor(`cli:import:${process.env.USER ?? 'unknown'}`) },
        onProgress: (p) =>
          bar.update(p.bytesRead, { rows: p.processedRows, accepted: p.accepted, rejected: p.rejected }),
      });
      bar.update(total, {
        rows: report.totalRows,
        accepted: report.accepted,
        rejected: report.rejected.length,
      });
    } finally {
      bar.stop();
    }
    const seconds = (performance.now() - started) / 1000;
    const indexed = await runtime.catalogue.catchUp();
    // Published open licences on changed patents are re-checked now (Regs Art. 86), not at the next round.
    if (report.changedPatentIds.length) {
      await reverifyDeclarations(
        { db: runtime.db, publicUrl: runtime.config.publicUrl },
        report.changedPatentIds,
      );
    }
    const lang = options.lang;
    const json = {
      accepted: report.accepted,
      updated: report.updated,
      rejected: report.rejected.map((r) => ({ row: r.row, field: r.field, reason: r.reason[lang] })),
    };
    if (options.report) fs.writeFileSync(options.report, `${JSON.stringify(json, null, 2)}\n`);
    const out = process.stdout;
    out.write(
      `${report.fileName}: ${report.layoutLabel?.[lang] ?? ''} · ${report.format}${report.encoding ? ` · ${report.encoding}` : ''}\n` +
        `  行数 rows       ${report.totalRows}\n` +
        `  接受 accepted   ${report.accepted}（新增 created ${report.created}，更新 updated ${report.updated}，未变 unchanged ${report.unchanged}）\n` +
        `  拒绝 rejected   ${report.rejected.length}\n` +
        `  用时 time       ${seconds.toFixed(1)} s（${Math.round(report.totalRows / Math.max(seconds, 0.001))} 行/秒 rows/s）\n` +
        `  索引 index      +${indexed.upserts} 篇，共 ${runtime.catalogue.size} 篇\n`,
    );
    for (const r of report.rejected.slice(0, 20)) {
      out.write(`  第 ${r.row} 行 row ${r.row}${r.field ? ` [${r.field}]` : ''}: ${r.reason[lang]}\n`);
    }
    if (report.rejected.length > 20) {
      out.write(
        `  …… 另有 ${report.rejected.length - 20} 行 / ${report.rejected.length - 20} more${options.report ? `，见 ${options.report}` : '（用 --report 保存全部）'}\n`,
      );
    }
  } catch (err) {
    if (err instanceof FileLevelError) throw new CliError(err.reason[options.lang], 1);
    throw err;
  } finally {
    await runtime.close();
  }
}
