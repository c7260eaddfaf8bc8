import fs from 'node:fs';
import path from 'node:path';

/**
 * One process owns a data directory at a time: the embedded database (PGlite) and the search index files
 * cannot be shared between processes. The lock file names the owner and, for a running server, its URL,
 * so a command-line tool can talk to the server instead.
 */
export interface LockOwner {
  pid: number;
  command: string;
  url?: string;
  startedAt: string;
}

export class DataDirLockedError extends Error {
  constructor(
    readonly owner: LockOwner,
    dataDir: string,
  ) {
    super(
      `数据目录 ${dataDir} 正被进程 ${owner.pid}（${owner.command}${owner.url ? `，${owner.url}` : ''}）使用 / ` +
        `data directory ${dataDir} is in use by process ${owner.pid} (${owner.command}${owner.url ? `, ${owner.url}` : ''})`,
    );
  }
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function lockPath(dataDir: string): string {
  return path.join(dataDir, 'zhuanhua.lock');
}

/** The live owner of the directory, if any (a lock left by a dead process does not count). */
export function currentOwner(dataDir: string): LockOwner | null {
  try {
    const owner = JSON.parse(fs.readFileSync(lockPath(dataDir), 'utf8')) as LockOwner;
    return typeof owner.pid === 'number' && alive(owner.pid) ? owner : null;
  } catch {
    return null;
  }
}

export interface DataDirLock {
  update(patch: Partial<LockOwner>): void;
  release(): void;
}

export function acquireDataDir(dataDir: string, command: string): DataDirLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = lockPath(dataDir);
  let owner: LockOwner = { pid: process.pid, command, startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(owner), { flag: 'wx' });
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const current = currentOwner(dataDir);
      if (current && current.pid !== process.pid) throw new DataDirLockedError(current, dataDir);
      fs.rmSync(file, { force: true }); // stale: its process is gone
    }
  }
  let released = false;
  return {
    update(patch) {
      owner = { ...owner, ...patch };
      fs.writeFileSync(file, JSON.stringify(owner));
    },
    release() {
      if (released) return;
      released = true;
      const current = currentOwner(dataDir);
      if (current?.pid === process.pid) fs.rmSync(file, { force: true });
    },
  };
}
