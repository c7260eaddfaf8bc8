import { type SystemActor, systemActor } from '../audit';
import { applyTransition, evaluateDeclaration } from './declarationService';
import * as repo from './repository';
import { loadPatent, loadSettings, type OpenLicenceDeps, today } from './serviceContext';
import { sendFilingReminders } from './uptakeService';

/**
 * Re-runs the eligibility rules on published and suspended declarations (issue: "when a patent lapses,
 * gets pledged or is invalidated, its declaration is suspended automatically and the patentee is told
 * why"). A declaration with a bar is suspended by the system; one the system suspended is reinstated
 * when the bar is gone (a verifier's own suspension is lifted only by a person); one whose term is over
 * ends. Each declaration is handled in its own transaction.
 */
export const REVERIFICATION_ACTOR: SystemActor = systemActor('open-licence-reverification');

export interface ReverificationReport {
  checked: number;
  suspended: number[];
  reinstated: number[];
  ended: number[];
}

/** Call with the ids of patents whose data changed, or with no ids to re-check every published declaration. */
export async function reverifyDeclarations(
  deps: OpenLicenceDeps,
  patentIds?: readonly number[],
): Promise<ReverificationReport> {
  const ids = await repo.declarationIdsToReverify(deps.db, patentIds ? [...patentIds] : null);
  const report: ReverificationReport = { checked: 0, suspended: [], reinstated: [], ended: [] };
  const caller = { actor: REVERIFICATION_ACTOR };
  for (const id of ids) {
    await deps.db.transaction(async (tx) => {
      const row = await repo.getDeclaration(tx, id, { forUpdate: true });
      if (!row || (row.state !== 'published' && row.state !== 'suspended')) return;
      report.checked++;
      const patent = await loadPatent(tx, row.patentId);
      const onDate = today(deps);
      if (row.termEnd < onDate) {
        await applyTransition(tx, deps, caller, row, patent, 'end', {
          reason: `声明的许可期限已于 ${row.termEnd} 届满 | The declared term ended on ${row.termEnd}`,
        });
        report.ended.push(id);
        return;
      }
      const check = await evaluateDeclaration(tx, deps, row, patent);
      const reason = check.refusals.map((r) => r.message.zh).join('；');
      if (row.state === 'published' && check.refusals.length > 0) {
        await applyTransition(tx, deps, caller, row, patent, 'suspend', { reason });
        await repo.recordCheck(tx, id, check, onDate);
        report.suspended.push(id);
      } else if (row.state === 'suspended' && row.suspendedBy === 'system' && check.refusals.length === 0) {
        await applyTransition(
          tx,
          deps,
          caller,
          row,
          patent,
          'reinstate',
          { reason: '复核通过：导致中止的情形已消除 | Re-check passed: the bar is gone' },
          check,
        );
        report.reinstated.push(id);
      } else {
        await repo.recordCheck(tx, id, check, onDate);
      }
    });
  }
  return report;
}

export interface OpenLicenceJobs {
  /** Runs one round now (re-verification, then filing reminders). */
  runOnce(): Promise<{ reverification: ReverificationReport; reminders: number }>;
  stop(): void;
}

/**
 * Schedules re-verification and filing reminders at the configured interval
 * (settings.reverifyIntervalMinutes, default daily). Also catches up with patents changed since the last
 * round through the catalogue's change sequence, so an import is re-checked without waiting a day.
 */
export function startOpenLicenceJobs(
  deps: OpenLicenceDeps,
  options: { log?: (msg: string, err?: unknown) => void; pollMinutes?: number } = {},
): OpenLicenceJobs {
  let lastFull = 0;
  let watermark = -1;
  let running: Promise<unknown> | null = null;
  const log = options.log ?? (() => {});

  async function changedPatents(): Promise<number[] | undefined> {
    const res = await deps.db.query<{ max: number | null }>(
      'SELECT max(change_seq)::bigint AS max FROM patents',
    );
    const max = res.rows[0]?.max ?? 0;
    if (watermark < 0) {
      watermark = max;
      return undefined;
    }
    const ids = await repo.patentIdsChangedSince(deps.db, watermark);
    watermark = max;
    return ids;
  }

  async function round(full: boolean) {
    const changed = await changedPatents();
    const reverification =
      full || changed === undefined
        ? await reverifyDeclarations(deps)
        : changed.length > 0
          ? await reverifyDeclarations(deps, changed)
          : { checked: 0, suspended: [], reinstated: [], ended: [] };
    const reminders = full ? await sendFilingReminders(deps) : 0;
    return { reverification, reminders };
  }

  async function tick() {
    if (running) return;
    const settings = await loadSettings(deps.db);
    const due = Date.now() - lastFull >= settings.reverifyIntervalMinutes * 60_000;
    running = round(due)
      .then(() => {
        if (due) lastFull = Date.now();
      })
      .catch((err) => log('open-licence jobs failed', err))
      .finally(() => {
        running = null;
      });
    await running;
  }

  const timer = setInterval(() => void tick(), (options.pollMinutes ?? 5) * 60_000);
  timer.unref();
  void tick();
  return {
    runOnce: () => round(true),
    stop: () => clearInterval(timer),
  };
}
