import fs from 'node:fs';
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../../platform/db/database';
import type { AuditActor } from '../../audit';
import { type CatalogueReference, createImportRun, type ImportReport, importPatentFile } from './importer';
import type { ImportFormat } from './readers';

/**
 * Imports started from the web run in the background: the upload answers at once with the run's id, the
 * page polls the run row for progress. Shutdown waits for running imports so none is cut mid-batch.
 */
export class ImportJobs {
  private readonly running = new Set<Promise<unknown>>();

  constructor(
    private readonly db: Database,
    private readonly reference: CatalogueReference,
    private readonly afterImport: (report: ImportReport) => Promise<unknown>,
    private readonly log: FastifyBaseLogger,
  ) {}

  async start(
    file: string,
    fileName: string,
    format: ImportFormat | 'auto',
    source: string,
    restrictToHolder: string | null,
    audit: { actor: AuditActor; request: { ip: string; id: string } },
  ): Promise<number> {
    const runId = await createImportRun(this.db, fileName, format);
    const job = importPatentFile(this.db, file, {
      fileName,
      format,
      reference: this.reference,
      runId,
      source,
      ...(restrictToHolder ? { restrictToHolder } : {}),
      audit,
    })
      .then((report) => this.afterImport(report))
      .catch((err) => this.log.warn({ err, runId }, 'import failed'))
      .finally(() => {
        fs.rmSync(file, { force: true });
        this.running.delete(job);
      });
    this.running.add(job);
    return runId;
  }

  get active(): number {
    return this.running.size;
  }

  async drain(): Promise<void> {
    await Promise.allSettled([...this.running]);
  }
}
