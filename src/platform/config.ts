import path from 'node:path';

/** Runtime configuration, read once from the environment. Nothing here knows about patents. */
export interface PlatformConfig {
  /** Directory for the embedded database, search indexes and uploads (`ZHUANHUA_DATA_DIR`, default `./var`). */
  dataDir: string;
  /** When set, PostgreSQL server instead of the embedded PGlite database. */
  databaseUrl: string | undefined;
  host: string;
  port: number;
  logLevel: string;
  /** Directory that holds `bge-small-zh-v1.5/` (`ZHUANHUA_MODEL_DIR`, default `./models`). */
  modelDir: string;
  /** Public base URL used in links (feeds, e-mails). */
  publicUrl: string;
  /** Seed the sample catalogue on first start of an empty database. */
  seedOnFirstStart: boolean;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): PlatformConfig {
  const dataDir = path.resolve(env.ZHUANHUA_DATA_DIR || './var');
  const port = Number(env.PORT || 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be an integer between 0 and 65535, got "${env.PORT}"`);
  }
  const host = env.HOST || 'localhost';
  return {
    dataDir,
    databaseUrl: env.DATABASE_URL || undefined,
    host,
    port,
    logLevel: env.LOG_LEVEL || 'info',
    modelDir: path.resolve(env.ZHUANHUA_MODEL_DIR || './models'),
    publicUrl: env.ZHUANHUA_PUBLIC_URL || `http://${host}:${port}`,
    seedOnFirstStart: env.ZHUANHUA_SEED !== 'none',
  };
}
