/** One field of an audit entry's before/after pair. */
export interface DiffRow {
  /** Dot path of the field (`term.endDate`); empty for a value that is not an object. */
  path: string;
  before: unknown;
  after: unknown;
  change: 'added' | 'removed' | 'changed' | 'same';
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Field-by-field comparison of the state before and after a write. Objects are walked to `depth` levels
 * (deeper values and arrays are compared whole); a field missing on one side is added or removed.
 */
export function diffEntries(before: unknown, after: unknown, depth = 3): DiffRow[] {
  const rows: DiffRow[] = [];
  const walk = (b: unknown, a: unknown, path: string, level: number) => {
    if (
      level < depth &&
      (isPlainObject(b) || isPlainObject(a)) &&
      (b == null || isPlainObject(b)) &&
      (a == null || isPlainObject(a))
    ) {
      const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])].sort();
      for (const k of keys) {
        const bv = (b as Record<string, unknown> | null | undefined)?.[k];
        const av = (a as Record<string, unknown> | null | undefined)?.[k];
        const p = path ? `${path}.${k}` : k;
        const inB = b != null && Object.hasOwn(b as object, k);
        const inA = a != null && Object.hasOwn(a as object, k);
        if (isPlainObject(bv) || isPlainObject(av))
          walk(inB ? bv : undefined, inA ? av : undefined, p, level + 1);
        else
          rows.push({
            path: p,
            before: bv,
            after: av,
            change: !inB ? 'added' : !inA ? 'removed' : same(bv, av) ? 'same' : 'changed',
          });
      }
      return;
    }
    const has = (v: unknown) => v !== undefined && v !== null;
    rows.push({
      path,
      before: b,
      after: a,
      change: !has(b) && has(a) ? 'added' : has(b) && !has(a) ? 'removed' : same(b, a) ? 'same' : 'changed',
    });
  };
  if (before == null && after == null) return [];
  walk(before, after, '', 0);
  return rows;
}

/** A value as one line of text for the diff table. */
export function showValue(v: unknown): string {
  if (v === undefined) return '';
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
}
