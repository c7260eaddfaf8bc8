import type { Queryable } from '../../platform/db/database';
import { industryAncestors, normaliseIndustryCode } from './industry';
import { IPC_TITLE_MISSING, ipcAncestors, normaliseIpc } from './ipc';
import { RegionDirectory } from './regions';
import {
  allIndustries,
  allRegions,
  type IndustryRow,
  type IpcRow,
  ipcHeadings,
  type RegionRow,
  seiCategories,
  seiRules,
} from './repository';
import {
  compareSeiCodes,
  type SeiCategory,
  SeiConcordance,
  type SeiExplanation,
  type SeiRule,
} from './seiConcordance';

export interface SeiTreeNode {
  code: string;
  name: string;
  children: { code: string; name: string; page: number | null; ruleCount: number }[];
}

export interface ReferenceCatalogParts {
  /** IPC entries above subgroup level (sections … main groups). */
  ipcHeadings: readonly IpcRow[];
  industries: readonly IndustryRow[];
  regions: readonly RegionRow[];
  seiCategories: readonly SeiCategory[];
  seiRules: readonly SeiRule[];
}

/**
 * In-memory look-ups over the reference tables, built once (at start-up, after seeding) and shared by
 * the features that label or derive things: search facets, patent detail, import. Holds IPC titles down
 * to main groups (≈8,300; subgroup titles are read from the database when a page needs them), the
 * industry and region trees, SEI names and the compiled SEI–IPC matcher. Read-only after construction.
 *
 * It satisfies the patents import's `CatalogueReference` (normaliseIpc, regionFrom, isIndustryCode,
 * seiCodesFor).
 */
export class ReferenceCatalog {
  readonly regions: RegionDirectory;
  readonly sei: SeiConcordance;
  private readonly ipc = new Map<string, IpcRow>();
  private readonly industries = new Map<string, IndustryRow>();

  constructor(parts: ReferenceCatalogParts) {
    for (const r of parts.ipcHeadings) this.ipc.set(r.code, r);
    for (const r of parts.industries) this.industries.set(r.code, r);
    this.regions = new RegionDirectory(parts.regions);
    this.sei = SeiConcordance.compile(parts.seiCategories, parts.seiRules);
  }

  // IPC -------------------------------------------------------------------------------------------

  /** Canonical IPC code or null (see ipc.ts for the accepted forms). */
  normaliseIpc(code: string): string | null {
    return normaliseIpc(code);
  }

  /** Section, class, subclass or main group entry; undefined for subgroups and unknown codes. */
  ipcHeading(code: string): IpcRow | undefined {
    return this.ipc.get(code);
  }

  /**
   * Title of a section, class, subclass or main group, null when unknown, for a subgroup, or when the
   * source lost the title (IPC_TITLE_MISSING).
   */
  ipcTitle(code: string): string | null {
    const t = this.ipc.get(code)?.title;
    return t && t !== IPC_TITLE_MISSING ? t : null;
  }

  /** The known headings above a code, broadest first ('H04N5/225' → H, H04, H04N, H04N5/00). */
  ipcPath(code: string): IpcRow[] {
    const canonical = normaliseIpc(code);
    if (!canonical) return [];
    return [...ipcAncestors(canonical), canonical]
      .map((c) => this.ipc.get(c))
      .filter((r): r is IpcRow => r !== undefined);
  }

  /** 'H04N 电视系统…' style label for a facet value: the code's own title or, failing that, the code. */
  ipcLabel(code: string): string {
    const title = this.ipcTitle(code);
    return title ? `${code} ${title}` : code;
  }

  // Industries (GB/T 4754-2017) -------------------------------------------------------------------

  /** Letter-prefixed code of an existing industry ('0111' → 'A0111'), else null. */
  industryCode(raw: string): string | null {
    const code = normaliseIndustryCode(raw);
    return code && this.industries.has(code) ? code : null;
  }

  isIndustryCode(code: string): boolean {
    return this.industryCode(code) !== null;
  }

  industry(code: string): IndustryRow | undefined {
    const c = normaliseIndustryCode(code);
    return c ? this.industries.get(c) : undefined;
  }

  industryName(code: string): string | null {
    return this.industry(code)?.name ?? null;
  }

  /** Section → division → group → class entries of a code, broadest first, the code itself last. */
  industryPath(code: string): IndustryRow[] {
    const c = normaliseIndustryCode(code);
    if (!c || !this.industries.has(c)) return [];
    return [...industryAncestors(c), c]
      .map((x) => this.industries.get(x))
      .filter((r): r is IndustryRow => !!r);
  }

  // Regions (GB/T 2260) ---------------------------------------------------------------------------

  regionName(code: string): string | null {
    return this.regions.get(code)?.name ?? null;
  }

  /** '410105' → ['河南省', '郑州市', '金水区']; grouping entries ('市辖区') are left out. */
  regionPathNames(code: string): string[] {
    return this.regions
      .path(code)
      .map((e) => e.name)
      .filter((n) => !['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划'].includes(n));
  }

  /** Most specific GB/T 2260 code from a province field ('河南(41)', '41', '410000') and/or an address. */
  regionFrom(regionField: string | null, address: string | null): string | null {
    return this.regions.regionFrom(regionField, address);
  }

  // SEI -------------------------------------------------------------------------------------------

  seiCategory(code: string): SeiCategory | undefined {
    return this.sei.category(code);
  }

  seiName(code: string): string | null {
    return this.sei.category(code)?.name ?? null;
  }

  /** SEI category and domain codes of a patent's IPC codes, sorted ('1', '1.2', …). */
  seiCodesFor(ipcCodes: readonly string[]): string[] {
    return this.sei.codesFor(ipcCodes);
  }

  explainSei(ipc: string): SeiExplanation {
    return this.sei.explain(ipc);
  }

  /** The 9 domains with their categories, in code order. */
  seiTree(): SeiTreeNode[] {
    const ruleCount = new Map<string, number>();
    for (const r of this.sei.rules) ruleCount.set(r.seiCode, (ruleCount.get(r.seiCode) ?? 0) + 1);
    const page = new Map<string, number | null>();
    for (const r of this.sei.rules) if (!page.has(r.seiCode)) page.set(r.seiCode, r.page);
    const sorted = [...this.sei.categories].sort((a, b) => compareSeiCodes(a.code, b.code));
    return sorted
      .filter((c) => c.parent === null)
      .map((d) => ({
        code: d.code,
        name: d.name,
        children: sorted
          .filter((c) => c.parent === d.code)
          .map((c) => ({
            code: c.code,
            name: c.name,
            page: page.get(c.code) ?? null,
            ruleCount: ruleCount.get(c.code) ?? 0,
          })),
      }));
  }
}

/** Reads the reference tables once and builds the catalogue (about 14,000 rows; well under a second). */
export async function loadReferenceCatalog(db: Queryable): Promise<ReferenceCatalog> {
  const [headings, industries, regions, categories, rules] = await Promise.all([
    ipcHeadings(db),
    allIndustries(db),
    allRegions(db),
    seiCategories(db),
    seiRules(db),
  ]);
  return new ReferenceCatalog({
    ipcHeadings: headings,
    industries,
    regions,
    seiCategories: categories,
    seiRules: rules,
  });
}
