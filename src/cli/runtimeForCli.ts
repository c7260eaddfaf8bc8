import { loadConfig } from '../platform/config';
import { currentOwner, DataDirLockedError } from '../platform/dataDirLock';
import { createLogger } from '../platform/log';
import { openRuntime, type Runtime } from '../runtime';
import { CliError } from './output';

/** Opens the platform for a command; explains in one line when a running server holds the data directory. */
export async function cliRuntime(command: string, options: { seedSamples?: boolean } = {}): Promise<Runtime> {
  const config = loadConfig();
  const log = createLogger(process.env.LOG_LEVEL || 'warn', `zhuanhua-${command}`);
  try {
    return await openRuntime(config, { command, log, seedSamples: options.seedSamples ?? false });
  } catch (err) {
    if (err instanceof DataDirLockedError) {
      const owner = currentOwner(config.dataDir);
      throw new CliError(
        `数据目录 ${config.dataDir} 正被运行中的平台使用（进程 ${err.owner.pid}${owner?.url ? `，${owner.url}` : ''}）：` +
          `请先停止它，或通过网页/API 导入 / the data directory is in use by a running platform; stop it or use the web/API`,
        3,
      );
    }
    throw err;
  }
}
