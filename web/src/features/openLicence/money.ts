/** Money is integer fen and rates are basis points on the wire; forms speak yuan and percent. */

/** 5000000 → '50,000'; 1200050 → '12,000.50'. */
export function formatYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100);
  const cents = abs % 100;
  const grouped = String(yuan).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${grouped}${cents ? `.${String(cents).padStart(2, '0')}` : ''}`;
}

/** '12000.5' → 1200050; null for anything that is not yuan with at most two decimals. */
export function yuanToFen(text: string | number | null | undefined): number | null {
  if (text === null || text === undefined) return null;
  const m = /^(\d{1,13})(?:\.(\d{1,2}))?$/.exec(String(text).replace(/[,\s]/g, ''));
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

/** 350 → '3.5%'. */
export function formatRate(bp: number): string {
  const whole = Math.floor(bp / 100);
  const frac = bp % 100;
  return `${whole}${frac ? `.${String(frac).padStart(2, '0').replace(/0$/, '')}` : ''}%`;
}

/** '3.5' → 350; null unless a percentage with at most two decimals. */
export function percentToBp(text: string | number | null | undefined): number | null {
  if (text === null || text === undefined) return null;
  const m = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(String(text).trim());
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}
