import cliProgress from 'cli-progress';

/** The CLI contract: exit 0 on success; otherwise a one-line reason on stderr and a non-zero code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

export function fail(err: unknown): never {
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`zhuanhua: ${message.split('\n')[0]}\n`);
  process.exit(err instanceof CliError ? err.exitCode : 1);
}

/** A progress bar on stderr when it is a terminal; periodic plain lines otherwise (CI logs, pipes). */
export function progressBar(label: string, total: number) {
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        format: `${label} [{bar}] {percentage}% | {rows} 行 | 接受 {accepted} | 拒绝 {rejected} | {eta_formatted}`,
        stream: process.stderr,
        hideCursor: true,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { rows: 0, accepted: 0, rejected: 0 });
    return {
      update(value: number, payload: Record<string, number>) {
        bar.update(value, payload);
      },
      stop() {
        bar.stop();
      },
    };
  }
  let lastPrinted = -1;
  return {
    update(value: number, payload: Record<string, number>) {
      const pct = total > 0 ? Math.floor((value / total) * 100) : 100;
      if (pct >= lastPrinted + 10 || pct === 100) {
        lastPrinted = pct;
        process.stderr.write(
          `${label} ${pct}% rows=${payload.rows} accepted=${payload.accepted} rejected=${payload.rejected}\n`,
        );
      }
    },
    stop() {},
  };
}
