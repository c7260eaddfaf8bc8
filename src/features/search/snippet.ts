import { normalizeText } from './segment';

/**
 * Highlighted snippets for search results. Matching is done on the same normalisation as the index
 * (NFKC + lower-case), so the query term `cpu` highlights `ＣＰＵ` in the original text, and Chinese terms
 * match as substrings (the term 无人 highlights the 无人 inside 无人机). Latin/digit terms only match at
 * word boundaries, so `led` does not light up inside `controlled`.
 *
 * Output is safe to insert as HTML: all source text is escaped, and the only markup is `<mark>`.
 */

export interface SnippetSegment {
  readonly text: string;
  readonly hit: boolean;
}

export interface Snippet {
  /** Escaped text with `<mark>…</mark>` around hits and `…` where the text was cut. */
  readonly html: string;
  /** The same content as unescaped pieces (an ellipsis is a non-hit piece), for non-HTML renderers. */
  readonly segments: SnippetSegment[];
  /** How many term occurrences the snippet shows. */
  readonly hits: number;
}

export interface SnippetOptions {
  /** Target length in characters (default 120). 0 or a length ≥ the text keeps the whole text. */
  readonly window?: number;
}

const ELLIPSIS = '…';
const SENTENCE_END = /[。！？；;!?\n]/;
const ASCII_WORD = /[a-z0-9]/;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;',
  );
}

/** Normalised text plus, for each normalised UTF-16 unit, the raw [start, end) of the character it came from. */
function normaliseWithMap(raw: string): { norm: string; rawStart: Int32Array; rawEnd: Int32Array } {
  let norm = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  for (const ch of raw) {
    const code = ch.charCodeAt(0);
    // Fast path for what patent text is mostly made of: CJK unified ideographs and ASCII are their own NFKC
    // form (compatibility ideographs live in U+F900–FAFF), and only A–Z change under lower-casing.
    const n =
      (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x20 && code < 0x7f && (code < 0x41 || code > 0x5a))
        ? ch
        : code >= 0x41 && code <= 0x5a
          ? String.fromCharCode(code + 32)
          : normalizeText(ch);
    for (let k = 0; k < n.length; k++) {
      starts.push(i);
      ends.push(i + ch.length);
    }
    norm += n;
    i += ch.length;
  }
  return { norm, rawStart: Int32Array.from(starts), rawEnd: Int32Array.from(ends) };
}

interface Hit {
  readonly start: number;
  readonly end: number;
  readonly term: number;
}

/** Occurrences of the terms in raw coordinates, sorted by start. */
function findHits(raw: string, terms: readonly string[]): Hit[] {
  const { norm, rawStart, rawEnd } = normaliseWithMap(raw);
  const hits: Hit[] = [];
  terms.forEach((term, t) => {
    const wordLike = ASCII_WORD.test(term[0]!) || ASCII_WORD.test(term[term.length - 1]!);
    for (let at = norm.indexOf(term); at >= 0; at = norm.indexOf(term, at + 1)) {
      const end = at + term.length;
      if (wordLike) {
        const before = at > 0 ? norm[at - 1]! : '';
        const after = end < norm.length ? norm[end]! : '';
        if ((before && ASCII_WORD.test(before)) || (after && ASCII_WORD.test(after))) continue;
      }
      hits.push({ start: rawStart[at]!, end: rawEnd[end - 1]!, term: t });
    }
  });
  return hits.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Merges overlapping or touching hits into highlight ranges. */
function mergeRanges(hits: readonly Hit[]): [number, number][] {
  const out: [number, number][] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (last && h.start <= last[1]) last[1] = Math.max(last[1], h.end);
    else out.push([h.start, h.end]);
  }
  return out;
}

function prepareTerms(terms: readonly string[]): string[] {
  const out = new Set<string>();
  for (const t of terms) {
    const n = normalizeText(t).trim();
    if (n !== '') out.add(n);
  }
  return [...out];
}

/** Does not split a surrogate pair at `i`. */
function safeBoundary(text: string, i: number): number {
  if (i > 0 && i < text.length) {
    const code = text.charCodeAt(i);
    if (code >= 0xdc00 && code <= 0xdfff) return i - 1;
  }
  return i;
}

/** Picks the window [start, end) showing the most distinct terms, then the most occurrences. */
function chooseWindow(text: string, hits: readonly Hit[], window: number): [number, number] {
  if (window <= 0 || text.length <= window) return [0, text.length];
  if (hits.length === 0) return [0, safeBoundary(text, window)];
  const lead = Math.min(20, Math.floor(window / 6));
  let best: [number, number] = [0, window];
  let bestScore = -1;
  for (const h of hits) {
    let start = Math.max(0, Math.min(h.start - lead, text.length - window));
    // Prefer to begin right after a sentence end shortly before the hit.
    for (let i = h.start - 1; i >= Math.max(0, h.start - lead * 2); i--) {
      if (SENTENCE_END.test(text[i]!)) {
        start = i + 1;
        break;
      }
    }
    const end = start + window;
    const inside = hits.filter((x) => x.start >= start && x.end <= end);
    const score = new Set(inside.map((x) => x.term)).size * 1000 + inside.length;
    if (score > bestScore) {
      bestScore = score;
      best = [start, end];
    }
  }
  return [safeBoundary(text, best[0]), safeBoundary(text, best[1])];
}

function build(text: string, ranges: readonly [number, number][], start: number, end: number): Snippet {
  const segments: SnippetSegment[] = [];
  const push = (piece: string, hit: boolean) => {
    if (piece === '') return;
    const last = segments[segments.length - 1];
    if (last && last.hit === hit) segments[segments.length - 1] = { text: last.text + piece, hit };
    else segments.push({ text: piece, hit });
  };
  if (start > 0) push(ELLIPSIS, false);
  let at = start;
  let hits = 0;
  for (const [s, e] of ranges) {
    if (e <= start || s >= end) continue;
    const from = Math.max(s, at);
    push(text.slice(at, from), false);
    push(text.slice(from, e), true);
    at = e;
    hits++;
  }
  push(text.slice(at, Math.max(at, end)), false);
  if (Math.max(at, end) < text.length) push(ELLIPSIS, false);
  const html = segments
    .map((g) => (g.hit ? `<mark>${escapeHtml(g.text)}</mark>` : escapeHtml(g.text)))
    .join('');
  return { html, segments, hits };
}

/**
 * The best ~`window`-character passage of `text` for these query terms (e.g. a search result's `terms`),
 * with hits marked. A hit cut by the window end is shown whole.
 */
export function snippet(text: string, terms: readonly string[], options: SnippetOptions = {}): Snippet {
  const hits = findHits(text, prepareTerms(terms));
  const [start, end] = chooseWindow(text, hits, options.window ?? 120);
  return build(text, mergeRanges(hits), start, end);
}

/** The whole text with every hit marked (for short fields such as titles). */
export function highlight(text: string, terms: readonly string[]): Snippet {
  return snippet(text, terms, { window: 0 });
}
