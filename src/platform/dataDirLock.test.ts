import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { acquireDataDir, currentOwner, DataDirLockedError, lockPath } from './dataDirLock';

function tempDir() {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'zh-lock-'));
}

it('lets one process own a data directory and names the owner to others', () => {
  const dir = tempDir();
  const lock = acquireDataDir(dir, 'serve');
  lock.update({ url: 'http://localhost:3000' });
  expect(currentOwner(dir)).toMatchObject({
    pid: process.pid,
    command: 'serve',
    url: 'http://localhost:3000',
  });
  // Another live process holds it: simulate with the parent process id.
  fs.writeFileSync(lockPath(dir), JSON.stringify({ pid: process.ppid, command: 'serve', startedAt: '' }));
  expect(() => acquireDataDir(dir, 'import')).toThrow(DataDirLockedError);
  lock.release();
  expect(fs.existsSync(lockPath(dir))).toBe(true); // not ours any more: left alone
});

it('takes over a lock left by a process that no longer exists', () => {
  const dir = tempDir();
  fs.writeFileSync(lockPath(dir), JSON.stringify({ pid: 2 ** 22 + 12345, command: 'serve', startedAt: '' }));
  expect(currentOwner(dir)).toBeNull();
  const lock = acquireDataDir(dir, 'import');
  expect(currentOwner(dir)?.pid).toBe(process.pid);
  lock.release();
  expect(fs.existsSync(lockPath(dir))).toBe(false);
});
