import { normaliseIpc } from './ipc';

/**
 * 战略性新兴产业分类与国际专利分类参照关系表（2021）（试行）: maps IPC codes to categories of the
 * 战略性新兴产业分类（2018）. Each category ('1.2' 电子核心产业, under domain '1' 新一代信息技术产业) has
 * several rules; a rule lists IPC patterns, exclusions ("不含") and a keyword phrase.
 *
 * How a pattern reads (decided here, once, for the whole platform):
 *  - 'G06F*', 'G16*', 'H*'      every code in that subclass / class / section.
 *  - 'G06F11*'                  main group G06F11 with all its subgroups (G06F11/00 … G06F11/3698),
 *                               never G06F110/… : the star follows a complete group number.
 *  - 'G06F12/00'                the main-group entry itself only. The table relies on this: 1.4 lists
 *                               'G06F12*' but excludes 'G06F12/00', '/02', '/08', '/14', which 1.1 takes;
 *                               if '/00' meant the whole group the 1.4 rule would be empty.
 *  - 'G06F3/041'                (default, `exactCodes: 'subtree'`) the subgroup and the subgroups whose
 *                               number extends its digits (G06F3/0412, G06F3/0416 …), i.e. its
 *                               subdivisions as far as the numbering shows them. IPC references to a
 *                               group include its subdivisions, and the table's splits only make sense
 *                               that way (1.1 excludes G06F3/06 so that storage interfaces G06F3/0601–
 *                               G06F3/0689 fall to 1.4 互联网与云计算、大数据服务). The true dot-depth is
 *                               not in our IPC data, so a rare renumbered sibling may be included.
 *                               `exactCodes: 'exact'` reads such codes literally (as roy-tian/cn-patent-ipc
 *                               does).
 *  - Two printing defects are read as evidently meant: 'G16H' (a subclass without '*') as 'G16H*', and
 *    'H03M13' (a main group number without '/00' or '*') as 'H03M13*'.
 *
 * Exclusions act inside their own rule only, and the most specific entry wins: a code is matched by a
 * rule when its longest matching pattern is at least as long as its longest matching exclusion. So
 * 'H04W4*' with exclusion 'H04W4/02' leaves H04W4/02 out, while a rule that lists 'G01S1/02' both as a
 * pattern and as an exclusion (the source merged a row of exact codes into a row with exclusions) still
 * matches G01S1/02. An exclusion never removes a code from another rule, even of the same category: 1.1
 * rule 3 excludes H04W4/00 but 1.1 rule 4 includes it, so H04W4/00 is in 1.1. A category matches when any
 * of its rules matches; a code may fall into several categories (G16H… is in 1.3 and 1.5).
 *
 * A code coarser than a pattern never matches it: a subclass-only symbol ('G06F', as in title data sets)
 * matches only subclass-wide patterns.
 */
export interface SeiCategory {
  code: string;
  name: string;
  /** Domain code for a second-level category, null for a domain. */
  parent: string | null;
}

export interface SeiRule {
  id: number;
  seiCode: string;
  patterns: readonly string[];
  exclusions: readonly string[];
  keywords: string | null;
  /** Page of the table the rule is printed on. */
  page: number | null;
}

export type ExactCodeReading = 'subtree' | 'exact';

export interface SeiCompileOptions {
  exactCodes?: ExactCodeReading;
}

/** How a pattern matched: through a '*' (or an implied one), literally, or as a subdivision of an exact code. */
export type SeiMatchHow = 'wildcard' | 'exact' | 'subdivision';

export interface SeiRuleHit {
  ruleId: number;
  seiCode: string;
  pattern: string;
  how: SeiMatchHow;
  page: number | null;
  keywords: string | null;
}

export interface SeiExclusionHit {
  ruleId: number;
  seiCode: string;
  /** The pattern of the rule that would have matched. */
  pattern: string;
  exclusion: string;
  page: number | null;
}

export interface SeiCategoryMatch {
  code: string;
  name: string;
  domain: { code: string; name: string };
  hits: SeiRuleHit[];
}

export interface SeiExplanation {
  /** Canonical IPC code, or null when the input is not an IPC code. */
  ipc: string | null;
  categories: SeiCategoryMatch[];
  /** Rules whose pattern matched but whose exclusion took the code out. */
  excluded: SeiExclusionHit[];
}

export type CompiledPattern =
  | { ok: true; key: string; scope: 'prefix' | 'exact'; wildcard: boolean; note: string | null }
  | { ok: false; reason: string };

/** Reads one pattern or exclusion of the table. */
export function compileSeiPattern(text: string, exactCodes: ExactCodeReading = 'subtree'): CompiledPattern {
  const t = text.normalize('NFKC').toUpperCase().replace(/\s+/g, '');
  const star = t.endsWith('*');
  const body = star ? t.slice(0, -1) : t;
  if (/^[A-H](\d\d([A-Z])?)?$/.test(body)) {
    if (star) return { ok: true, key: body, scope: 'prefix', wildcard: true, note: null };
    if (body.length === 4) {
      return {
        ok: true,
        key: body,
        scope: 'prefix',
        wildcard: true,
        note: 'subclass written without "*": read as the whole subclass',
      };
    }
    return { ok: false, reason: `"${text}": a section or class needs "*"` };
  }
  const group = /^([A-H]\d\d[A-Z])0*(\d{1,4})$/.exec(body);
  if (group) {
    const key = `${group[1]}${group[2]}/`;
    return star
      ? { ok: true, key, scope: 'prefix', wildcard: true, note: null }
      : {
          ok: true,
          key,
          scope: 'prefix',
          wildcard: true,
          note: 'main group number without "/00" or "*": read as the whole main group',
        };
  }
  const code = normaliseIpc(body);
  if (!code?.includes('/')) return { ok: false, reason: `"${text}" is not an IPC group pattern` };
  if (!code) return { ok: false, reason: `"${text}" is not an IPC group pattern` };
  if (star) return { ok: true, key: code, scope: 'prefix', wildcard: true, note: null };
  if (code.endsWith('/00')) return { ok: true, key: code, scope: 'exact', wildcard: false, note: null };
  return {
    ok: true,
    key: code,
    scope: exactCodes === 'subtree' ? 'prefix' : 'exact',
    wildcard: false,
    note: null,
  };
}

interface Entry {
  rule: number;
  exclude: boolean;
  length: number;
  text: string;
  wildcard: boolean;
}

interface TrieNode {
  children: Map<string, TrieNode>;
  prefix: Entry[];
  exact: Entry[];
}

const newNode = (): TrieNode => ({ children: new Map(), prefix: [], exact: [] });

export interface SeiPatternProblem {
  ruleId: number;
  text: string;
  reason: string;
}

const MEMO_LIMIT = 200_000;

/**
 * The compiled table: a character trie over canonical IPC codes holding every pattern and exclusion, so
 * matching a code walks at most its length (≤ 14 nodes) whatever the number of rules. Results per code
 * are memoised (a catalogue holds a few tens of thousands of distinct codes).
 */
export class SeiConcordance {
  readonly categories: readonly SeiCategory[];
  readonly rules: readonly SeiRule[];
  readonly options: Required<SeiCompileOptions>;
  /** Patterns that could not be read (none in the vendored table); they match nothing. */
  readonly problems: readonly SeiPatternProblem[];
  /** Patterns read with a correction (see the class comment). */
  readonly notes: readonly SeiPatternProblem[];
  private readonly root = newNode();
  private readonly byCode = new Map<string, SeiCategory>();
  private readonly memo = new Map<string, readonly number[]>();
  /** Every category code in order ('1' < '1.1' < … < '9.2') and each code's position in it. */
  private readonly sortedCodes: string[];
  private readonly rank = new Map<string, number>();
  /** Reused flags for `codesFor` (one per category; always left all-zero). */
  private readonly scratch: Uint8Array;

  private constructor(
    categories: readonly SeiCategory[],
    rules: readonly SeiRule[],
    options: SeiCompileOptions,
  ) {
    this.categories = categories;
    this.rules = rules;
    this.options = { exactCodes: options.exactCodes ?? 'subtree' };
    for (const c of categories) this.byCode.set(c.code, c);
    this.sortedCodes = categories.map((c) => c.code).sort(compareSeiCodes);
    for (const [i, code] of this.sortedCodes.entries()) this.rank.set(code, i);
    this.scratch = new Uint8Array(this.sortedCodes.length);
    const problems: SeiPatternProblem[] = [];
    const notes: SeiPatternProblem[] = [];
    rules.forEach((rule, index) => {
      if (!this.byCode.has(rule.seiCode)) {
        problems.push({ ruleId: rule.id, text: rule.seiCode, reason: 'unknown SEI category' });
        return;
      }
      const add = (text: string, exclude: boolean) => {
        const p = compileSeiPattern(text, this.options.exactCodes);
        if (!p.ok) {
          problems.push({ ruleId: rule.id, text, reason: p.reason });
          return;
        }
        if (p.note) notes.push({ ruleId: rule.id, text, reason: p.note });
        let node = this.root;
        for (const ch of p.key) {
          let next = node.children.get(ch);
          if (!next) {
            next = newNode();
            node.children.set(ch, next);
          }
          node = next;
        }
        const entry: Entry = { rule: index, exclude, length: p.key.length, text, wildcard: p.wildcard };
        (p.scope === 'prefix' ? node.prefix : node.exact).push(entry);
      };
      for (const t of rule.patterns) add(t, false);
      for (const t of rule.exclusions) add(t, true);
    });
    this.problems = problems;
    this.notes = notes;
  }

  static compile(
    categories: readonly SeiCategory[],
    rules: readonly SeiRule[],
    options: SeiCompileOptions = {},
  ): SeiConcordance {
    return new SeiConcordance(categories, rules, options);
  }

  category(code: string): SeiCategory | undefined {
    return this.byCode.get(code);
  }

  /** Per rule, the most specific pattern and exclusion matching a canonical code. */
  private collect(code: string): Map<number, { include?: Entry; exclude?: Entry }> {
    const best = new Map<number, { include?: Entry; exclude?: Entry }>();
    const take = (entries: Entry[]) => {
      for (const e of entries) {
        const slot = best.get(e.rule) ?? {};
        const key = e.exclude ? 'exclude' : 'include';
        const current = slot[key];
        if (!current || e.length > current.length) slot[key] = e;
        best.set(e.rule, slot);
      }
    };
    let node: TrieNode | undefined = this.root;
    for (let i = 0; i < code.length && node; i++) {
      node = node.children.get(code[i]!);
      if (!node) break;
      take(node.prefix);
      if (i === code.length - 1) take(node.exact);
    }
    return best;
  }

  /** Every category and the rules that place the code in it, plus the rules whose exclusion applied. */
  explain(rawIpc: string): SeiExplanation {
    const ipc = normaliseIpc(rawIpc);
    if (!ipc) return { ipc: null, categories: [], excluded: [] };
    const categories = new Map<string, SeiCategoryMatch>();
    const excluded: SeiExclusionHit[] = [];
    const ordered = [...this.collect(ipc)].sort((a, b) => a[0] - b[0]);
    for (const [index, { include, exclude }] of ordered) {
      if (!include) continue;
      const rule = this.rules[index]!;
      if (exclude && exclude.length > include.length) {
        excluded.push({
          ruleId: rule.id,
          seiCode: rule.seiCode,
          pattern: include.text,
          exclusion: exclude.text,
          page: rule.page,
        });
        continue;
      }
      let match = categories.get(rule.seiCode);
      if (!match) {
        const cat = this.byCode.get(rule.seiCode)!;
        const domain = this.byCode.get(cat.parent ?? '') ?? cat;
        match = {
          code: cat.code,
          name: cat.name,
          domain: { code: domain.code, name: domain.name },
          hits: [],
        };
        categories.set(rule.seiCode, match);
      }
      match.hits.push({
        ruleId: rule.id,
        seiCode: rule.seiCode,
        pattern: include.text,
        how: include.wildcard ? 'wildcard' : include.length === ipc.length ? 'exact' : 'subdivision',
        page: rule.page,
        keywords: rule.keywords,
      });
    }
    return {
      ipc,
      categories: [...categories.values()].sort((a, b) => compareSeiCodes(a.code, b.code)),
      excluded,
    };
  }

  /** Category codes (second level) of one IPC code. Invalid codes map to none. */
  categoriesOf(rawIpc: string): string[] {
    return this.explain(rawIpc).categories.map((c) => c.code);
  }

  /** Ranks (positions in `sortedCodes`) of the second-level codes of one IPC code and their domains; memoised. */
  private ranksOf(rawIpc: string): readonly number[] {
    const hit = this.memo.get(rawIpc);
    if (hit) return hit;
    const ranks = new Set<number>();
    for (const code of this.categoriesOf(rawIpc)) {
      ranks.add(this.rank.get(code)!);
      const parent = this.byCode.get(code)?.parent;
      if (parent) ranks.add(this.rank.get(parent)!);
    }
    const list = [...ranks].sort((a, b) => a - b);
    if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
    this.memo.set(rawIpc, list);
    return list;
  }

  /**
   * The SEI codes of a patent: every second-level category any of its IPC codes falls into, plus their
   * domains, sorted ('1', '1.2', '8', '8.1'). Invalid IPC codes contribute nothing.
   */
  codesFor(ipcCodes: readonly string[]): string[] {
    if (ipcCodes.length === 1) return this.ranksOf(ipcCodes[0]!).map((r) => this.sortedCodes[r]!);
    const seen = this.scratch;
    let any = false;
    for (const ipc of ipcCodes) {
      for (const r of this.ranksOf(ipc)) {
        seen[r] = 1;
        any = true;
      }
    }
    if (!any) return [];
    const out: string[] = [];
    for (let r = 0; r < seen.length; r++) {
      if (seen[r]) {
        out.push(this.sortedCodes[r]!);
        seen[r] = 0;
      }
    }
    return out;
  }
}

/** '1' < '1.1' < '1.2' < '2' < '10' (numeric per segment). */
export function compareSeiCodes(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? -1;
    const y = pb[i] ?? -1;
    if (x !== y) return x - y;
  }
  return 0;
}
