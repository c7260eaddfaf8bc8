import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, InvalidArgumentError, Option } from 'commander';
import { loadConfig } from '../platform/config';
import { classifyCommand } from './classifyCommand';
import { importCommand } from './importCommand';
import { CliError, fail } from './output';
import { cliRuntime } from './runtimeForCli';
import { searchCommand } from './searchCommand';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  version: string;
};

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 1000)
    throw new InvalidArgumentError('应为 1–1000 的整数 / an integer 1–1000');
  return n;
}

const program = new Command()
  .name('zhuanhua')
  .description(
    '专利转化运用服务平台 Zhuanhua — patent transformation and licensing platform.\n' +
      'Data directory: ZHUANHUA_DATA_DIR (default ./var); PostgreSQL server instead of the embedded database: DATABASE_URL.',
  )
  .version(version)
  .showHelpAfterError();

program
  .command('serve')
  .description(
    '启动平台（首次启动时建库并导入真实样例数据）/ start the platform (first start seeds the real sample catalogue)',
  )
  .option('-p, --port <port>', 'port (default PORT or 3000)')
  .option('-H, --host <host>', 'host (default HOST or localhost)')
  .action(async (opts: { port?: string; host?: string }) => {
    const { startServer } = await import('../server');
    const config = loadConfig({
      ...process.env,
      ...(opts.port ? { PORT: opts.port } : {}),
      ...(opts.host ? { HOST: opts.host } : {}),
    });
    const server = await startServer({ config });
    process.stdout.write(
      `专利转化运用服务平台已启动 / Zhuanhua is running: ${server.url}  (API docs: ${server.url}/api/docs)\n`,
    );
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      process.stderr.write(`${signal}: 正在停止（完成进行中的请求）/ stopping after in-flight requests…\n`);
      server.close().then(
        () => process.exit(0),
        (err) => fail(err),
      );
    };
    process.on('SIGINT', () => stop('SIGINT'));
    process.on('SIGTERM', () => stop('SIGTERM'));
  });

program
  .command('import')
  .description('导入专利文件（CSV / XLSX / JSONL，UTF-8 或 GB18030）/ import a patent file')
  .argument('<file>', 'CSV, XLSX or JSONL file')
  .addOption(
    new Option('--format <format>', 'file format').choices(['auto', 'csv', 'xlsx', 'jsonl']).default('auto'),
  )
  .option('--report <report.json>', 'write {"accepted","updated","rejected":[{"row","field","reason"}]} here')
  .addOption(new Option('--lang <lang>', 'language of reasons').choices(['zh', 'en']).default('zh'))
  .action(
    async (
      file: string,
      opts: { format: 'auto' | 'csv' | 'xlsx' | 'jsonl'; report?: string; lang: 'zh' | 'en' },
    ) => {
      await importCommand(file, opts);
    },
  );

program
  .command('search')
  .description('检索专利目录 / search the catalogue')
  .argument('<query>', '中文检索词或专利号 / Chinese query or a patent number')
  .option('--limit <n>', 'number of hits', positiveInt, 10)
  .option('--json', 'JSON output', false)
  .action(async (query: string, opts: { limit: number; json: boolean }) => {
    await searchCommand(query, opts);
  });

program
  .command('classify')
  .description(
    'IPC 小类预测：以目录中的专利为知识，输出 CSV（行号, 小类|…, 分数|…）/ predict IPC subclasses from the catalogue; CSV to stdout',
  )
  .requiredOption('--input <file>', 'CSV or XLSX file with a header row')
  .requiredOption('--column <name>', 'the column holding the text (e.g. title)')
  .option(
    '--top <k>',
    'at most this many subclasses per row (the decision rule may keep fewer)',
    positiveInt,
    3,
  )
  .action(async (opts: { input: string; column: string; top: number }) => {
    await classifyCommand(opts);
  });

program
  .command('migrate')
  .description(
    '建库/升级数据库并载入参考代码表 / create or upgrade the database and load the reference code lists',
  )
  .action(async () => {
    const runtime = await cliRuntime('migrate');
    process.stdout.write(`ok: ${runtime.db.kind}, ${runtime.catalogue.size} patents indexed\n`);
    await runtime.close();
  });

const index = program.command('index').description('检索索引 / the search index');
index
  .command('status')
  .description('索引状态 / index status')
  .action(async () => {
    const runtime = await cliRuntime('index');
    const s = runtime.catalogue.store.index.stats();
    process.stdout.write(
      `${JSON.stringify({ documents: s.documents, tombstones: s.tombstones, terms: s.terms, memoryBytes: s.memoryBytes, watermark: runtime.catalogue.watermark, logBytes: runtime.catalogue.store.logBytes }, null, 2)}\n`,
    );
    await runtime.close();
  });
index
  .command('compact')
  .description('写入新快照并清空变更日志 / write a fresh snapshot and empty the change log')
  .action(async () => {
    const runtime = await cliRuntime('index');
    runtime.catalogue.store.compact({ dropTombstones: true });
    process.stdout.write(`ok: ${runtime.catalogue.size} documents\n`);
    await runtime.close();
  });

program.parseAsync(process.argv).catch((err: unknown) => {
  if (err instanceof CliError) fail(err);
  fail(err);
});
