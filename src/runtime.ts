import path from 'node:path';
import type { Logger } from 'pino';
import { CatalogueIndex } from './features/catalogue/catalogueIndex';
import { type Embedder, MatchingService } from './features/matching';
import { seedSampleCatalogue } from './features/patents/samples';
import { loadReferenceCatalog, type ReferenceCatalog, seedReferenceData } from './features/reference';
import type { PlatformConfig } from './platform/config';
import { acquireDataDir, type DataDirLock } from './platform/dataDirLock';
import type { Database } from './platform/db/database';
import { migrate } from './platform/db/migrate';
import { openDatabase } from './platform/db/openDatabase';

/** What every entry point (server, CLI commands) works with. */
export interface Runtime {
  config: PlatformConfig;
  db: Database;
  reference: ReferenceCatalog;
  catalogue: CatalogueIndex;
  /** Demand ↔ patent matching: its index (facts, embeddings, ANN graph) caught up like the catalogue's. */
  matching: MatchingService;
  log: Logger;
  lock: DataDirLock;
  close(): Promise<void>;
}

export interface RuntimeOptions {
  /** Names the owner of the data directory (shown to other processes). */
  command: string;
  log: Logger;
  /** Seed the real sample catalogue into an empty database (first start). */
  seedSamples?: boolean;
  /** An already open database (tests); closed with the runtime. */
  db?: Database;
  /** An embedder instead of the model in ZHUANHUA_MODEL_DIR, or null for lexical-only matching (tests). */
  embedder?: Embedder | null;
}

/**
 * Opens the platform: takes the data directory, opens the database (embedded PGlite in `<dataDir>/pgdata`,
 * or PostgreSQL at DATABASE_URL), applies migrations, loads reference code lists, seeds the sample catalogue
 * on first start, and opens the persisted search index (catching up only with rows changed since it was saved).
 */
export async function openRuntime(config: PlatformConfig, options: RuntimeOptions): Promise<Runtime> {
  const { log } = options;
  const lock = acquireDataDir(config.dataDir, options.command);
  let db: Database | undefined;
  try {
    const t0 = performance.now();
    db = options.db ?? (await openDatabase(config));
    const applied = await migrate(db);
    if (applied.length) log.info({ applied }, 'database migrated');
    const seeded = await seedReferenceData(db);
    log.debug({ seeded }, 'reference data checked');
    const reference = await loadReferenceCatalog(db);
    if (options.seedSamples && config.seedOnFirstStart) {
      const reports = await seedSampleCatalogue(db, reference, (file, r) =>
        log.info({ file, accepted: r.accepted, rejected: r.rejected.length }, 'sample catalogue seeded'),
      );
      if (reports) log.info('first start: the real sample catalogue was imported (see NOTICE for sources)');
    }
    const catalogue = await CatalogueIndex.open(db, config.dataDir);
    const matching = await MatchingService.open(db, reference, catalogue, {
      dataDir: config.dataDir,
      modelDir: config.modelDir,
      ...(options.embedder !== undefined ? { embedder: options.embedder } : {}),
    }).catch(async (err) => {
      await catalogue.close();
      throw err;
    });
    log.info(
      {
        engine: db.kind,
        dataDir: config.dataDir,
        indexDir: path.join(config.dataDir, 'index'),
        documents: catalogue.size,
        openedFrom: catalogue.store.opened.from,
        matching: { patents: matching.index.store.size, embedded: matching.index.store.vectorCount },
        ms: Math.round(performance.now() - t0),
      },
      'platform opened',
    );
    const opened = db;
    return {
      config,
      db: opened,
      reference,
      catalogue,
      matching,
      log,
      lock,
      async close() {
        await matching.close();
        await catalogue.close();
        await opened.close();
        lock.release();
      },
    };
  } catch (err) {
    await db?.close().catch(() => {});
    lock.release();
    throw err;
  }
}
