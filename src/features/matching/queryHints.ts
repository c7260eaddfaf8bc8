import type { TransferMode } from './signals';

/**
 * What a plain-words demand says besides its technology, pure: the ways of cooperation it names
 * ("希望独占许可") and its budget ("预算50万"), so an ad-hoc query is matched and explained like a filled-in
 * questionnaire. Only explicit wording counts; nothing is guessed.
 */
export interface QueryHints {
  modes: TransferMode[];
  /** The words of the text naming each mode (for explanations). */
  modeWords: Partial<Record<TransferMode, string>>;
  /** Budget in fen, when stated; a single amount is an upper bound. */
  budget: { minFen: number | null; maxFen: number; words: string } | null;
}

// Longest phrases first, so "普通许可" is not read as a bare "许可".
const MODE_PATTERNS: [RegExp, TransferMode][] = [
  [/独占(?:实施)?许可|独家许可|独占/, 'exclusive_licence'],
  [/排他(?:实施)?许可|排他/, 'sole_licence'],
  [/普通(?:实施)?许可/, 'ordinary_licence'],
  [/开放许可/, 'open_licence'],
  [/(?:专利(?:权)?)?转让|买断|购买专利/, 'transfer'],
  [/作价入股|作价投资|技术入股|入股/, 'equity'],
  [/合作开发|联合开发|共同开发|联合攻关|产学研合作/, 'joint_development'],
];

const UNIT_FEN: Record<string, number> = { 亿: 10_000_000_000, 万: 1_000_000, 千: 100_000, 元: 100 };

/** An amount with its unit in fen, exactly: '50' + '万' → 50 万元 = 50,000,000 fen; null if not whole fen. */
export function amountToFen(number: string, unit: string): number | null {
  const m = /^(\d{1,9})(?:\.(\d{1,4}))?$/.exec(number);
  if (!m) return null;
  const scale = UNIT_FEN[unit[0] ?? '元'] ?? 100;
  const decimals = m[2] ?? '';
  // integer part × scale + decimals × scale / 10^len, computed in integers
  const frac = decimals ? (Number(decimals) * scale) / 10 ** decimals.length : 0;
  if (!Number.isInteger(frac)) return null;
  return Number(m[1]) * scale + frac;
}

export function queryHints(text: string): QueryHints {
  const t = text.normalize('NFKC');
  const modes: TransferMode[] = [];
  const modeWords: Partial<Record<TransferMode, string>> = {};
  let rest = t;
  for (const [re, mode] of MODE_PATTERNS) {
    const m = re.exec(rest);
    if (!m) continue;
    if (!modes.includes(mode)) modes.push(mode);
    modeWords[mode] = m[0];
    rest = rest.replace(m[0], ' ');
  }
  let budget: QueryHints['budget'] = null;
  const range =
    /(?:预算|经费|投入|资金)[^\d]{0,6}(\d+(?:\.\d+)?)\s*(?:[-–~～至到])\s*(\d+(?:\.\d+)?)\s*(亿|万|千)?元?/.exec(
      t,
    );
  const single = /(?:预算|经费|投入|资金)[^\d]{0,6}(\d+(?:\.\d+)?)\s*(亿|万|千)?元?/.exec(t);
  if (range) {
    const unit = range[3] ?? '元';
    const lo = amountToFen(range[1]!, unit);
    const hi = amountToFen(range[2]!, unit);
    if (lo !== null && hi !== null && lo <= hi) budget = { minFen: lo, maxFen: hi, words: range[0] };
  } else if (single) {
    const fen = amountToFen(single[1]!, single[2] ?? '元');
    if (fen !== null) budget = { minFen: null, maxFen: fen, words: single[0] };
  }
  return { modes, modeWords, budget };
}
