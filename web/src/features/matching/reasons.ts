import { type Breakdown, type Reason, SIGNAL_NAMES, type SignalName } from './api';

/**
 * Pure helpers that turn the server's explanations into what the match cards show: the words a reason rests on
 * marked in its text and in the patent title, the score breakdown as shares, and the verdicts by patent.
 */

export interface Segment {
  text: string;
  mark: boolean;
}

const fold = (s: string) => s.normalize('NFKC').toLowerCase();

/**
 * Splits `text` so every occurrence of one of `terms` is its own marked segment. Longer terms win where two
 * overlap ('正极材料' before '材料'); matching ignores case and full-width forms; terms shorter than two
 * characters are not marked (a single character would light up everywhere).
 */
export function markTerms(text: string, terms: readonly string[]): Segment[] {
  const wanted = [...new Set(terms.map((t) => t.trim()).filter((t) => [...t].length >= 2))].sort(
    (a, b) => b.length - a.length,
  );
  if (!text || wanted.length === 0) return text ? [{ text, mark: false }] : [];
  // NFKC can change lengths (e.g. ligatures); fold per character so indices stay those of `text`.
  const folded = [...text].map((ch) => fold(ch));
  const foldedText = folded.join('');
  const starts: number[] = [];
  let pos = 0;
  for (const ch of folded) {
    starts.push(pos);
    pos += ch.length;
  }
  const chars = [...text];
  // Which occurrence covers each character (-1: none), so two adjacent terms stay two marks.
  const covered = new Array<number>(chars.length).fill(-1);
  let occurrence = 0;
  for (const term of wanted) {
    const f = fold(term);
    let from = 0;
    for (;;) {
      const at = foldedText.indexOf(f, from);
      if (at < 0) break;
      from = at + Math.max(1, f.length);
      const first = starts.indexOf(at);
      if (first < 0) continue;
      let last = first;
      while (last < chars.length && starts[last]! < at + f.length) last++;
      if (covered.slice(first, last).some((c) => c >= 0)) continue;
      for (let i = first; i < last; i++) covered[i] = occurrence;
      occurrence++;
    }
  }
  const out: Segment[] = [];
  chars.forEach((ch, i) => {
    const id = covered[i]!;
    const prev = out[out.length - 1];
    if (prev && i > 0 && covered[i - 1] === id) prev.text += ch;
    else out.push({ text: ch, mark: id >= 0 });
  });
  return out;
}

/** The shared concepts of a match (the `concepts` reason's words), for marking the patent title. */
export function sharedConcepts(reasons: readonly Reason[]): string[] {
  return reasons.filter((r) => r.kind === 'concepts').flatMap((r) => r.patent);
}

/** Longer than this, a reference is a whole text (a title), not a word worth marking. */
const MAX_MARKED_CHARS = 16;

/**
 * What a reason's text should mark: the words and codes it names on both sides. A semantic reason rests on
 * the two titles as wholes, so nothing in it is marked (a marked title says nothing more than the title).
 */
export function reasonTerms(reason: Reason): string[] {
  if (reason.kind === 'semantic') return [];
  return [...new Set([...reason.demand, ...reason.patent])].filter((x) => [...x].length <= MAX_MARKED_CHARS);
}

export interface BreakdownRow {
  signal: SignalName;
  contribution: number;
  /** Share of the total, 0–100, rounded (for the bar and the label). */
  percent: number;
}

/** Signals that contributed, largest first; the bars show how the score was made up. */
export function breakdownRows(b: Breakdown): BreakdownRow[] {
  const total = Math.max(b.total, 0);
  return SIGNAL_NAMES.map((signal) => {
    const contribution = b.contributions[signal] ?? 0;
    return {
      signal,
      contribution,
      percent: total > 0 ? Math.round((contribution / total) * 100) : 0,
    };
  })
    .filter((r) => r.contribution > 0)
    .sort(
      (a, b2) =>
        b2.contribution - a.contribution || SIGNAL_NAMES.indexOf(a.signal) - SIGNAL_NAMES.indexOf(b2.signal),
    );
}

/** A 0–1 score as a whole percentage for reading ('匹配度 73%'). */
export function scorePercent(score: number): number {
  return Math.round(Math.max(0, Math.min(1, score)) * 100);
}

/** Points in favour first (by contribution), cautions after, the server's order otherwise. */
export function orderedReasons(reasons: readonly Reason[]): Reason[] {
  return reasons
    .map((r, i) => ({ r, i }))
    .sort(
      (a, b) => Number(a.r.caution) - Number(b.r.caution) || b.r.contribution - a.r.contribution || a.i - b.i,
    )
    .map(({ r }) => r);
}

/** The IPC subclass of the patent that fits, with its title if the reasons or the prediction name one. */
export function subclassTitle(
  subclass: string | null,
  predicted: readonly { subclass: string; title: string | null }[],
): string | null {
  if (!subclass) return null;
  return predicted.find((p) => p.subclass === subclass)?.title ?? null;
}
