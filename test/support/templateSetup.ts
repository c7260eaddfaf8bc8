import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import type { Database } from '../../src/platform/db/database';
import { migrate } from '../../src/platform/db/migrate';
import { openPglite } from '../../src/platform/db/pglite';
import { openPostgres } from '../../src/platform/db/postgres';
import { prepareTemplate } from './prepareTemplate';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresTemplate: string | null;
  }
}

/** Builds one migrated, reference-seeded database per engine; every test file starts from a copy. */
export default async function setup(project: TestProject) {
  const started = Date.now();
  const dumpPath = path.join(os.tmpdir(), `zhuanhua-template-${process.pid}.tar`);
  const lite = await openPglite();
  await prepare(lite);
  fs.writeFileSync(dumpPath, Buffer.from(await (await lite.dump()).arrayBuffer()));
  await lite.close();
  project.provide('pgliteTemplate', dumpPath);

  let templateName: string | null = null;
  const url = process.env.DATABASE_URL;
  if (url) {
    templateName = `zh_template_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${templateName}`);
    await admin.query(`CREATE DATABASE ${templateName}`);
    const server = await openPostgres({ connectionString: withDatabase(url, templateName), max: 2 });
    await prepare(server);
    await server.close();
    await admin.end();
  }
  project.provide('postgresTemplate', templateName);
  console.log(`test databases ready in ${Date.now() - started} ms (pglite${url ? ' + postgres' : ''})`);

  return async () => {
    fs.rmSync(dumpPath, { force: true });
    if (url && templateName) {
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${templateName} WITH (FORCE)`);
      await admin.end();
    }
  };
}

async function prepare(db: Database) {
  await migrate(db);
  await prepareTemplate(db);
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
