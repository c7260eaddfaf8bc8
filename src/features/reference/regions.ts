/**
 * GB/T 2260 administrative divisions: province '41', city (prefecture level) '4101', county '410105'.
 * Codes are stored without trailing zeros; the six-digit forms used by statistics ('410000', '410100')
 * are accepted on input.
 *
 * Pure: a RegionDirectory is built from the list of divisions (the catalogue builds it from the
 * `regions` table). Every parse returns null rather than guess: an ambiguous name ('朝阳区' is in Beijing
 * and Changchun), a code that does not exist, or a name that contradicts its code ('河南(42)') gives null.
 */
export type RegionLevel = 'province' | 'city' | 'county';

export interface RegionEntry {
  code: string;
  name: string;
  level: RegionLevel;
  parent: string | null;
}

export interface RegionMatch {
  /** The most specific code found. */
  code: string;
  level: RegionLevel;
  provinceCode: string;
  cityCode: string | null;
  countyCode: string | null;
}

// Prefecture-level entries that are groupings, not places: a 直辖市's '市辖区'/'县', and the
// '省直辖县级行政区划' of Henan, Hubei, Hainan, Xinjiang. Their counties are matched directly.
const GROUPING_NAMES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

/** '河南省' → '河南', '广西壮族自治区' → '广西', '北京市' → '北京', '内蒙古自治区' → '内蒙古'. */
export function provinceShortName(name: string): string {
  return name.replace(/(?:壮族|回族|维吾尔)?自治区$/, '').replace(/[省市]$/, '');
}

/** '郑州市' → '郑州', '延边朝鲜族自治州' → '延边', '大兴安岭地区' → '大兴安岭', '阿拉善盟' → '阿拉善'. */
export function cityShortName(name: string): string {
  return name.replace(AUTONOMOUS_PREFECTURE, '').replace(/(?:市|地区|盟)$/, '');
}

// The peoples named in the 30 autonomous prefectures (自治州), longest first so that '哈萨克' is not read as
// something shorter; '蒙古' and '柯尔克孜' appear without '族' in some names (博尔塔拉蒙古自治州).
const PEOPLES = [
  '柯尔克孜',
  '哈萨克',
  '土家',
  '布依',
  '哈尼',
  '景颇',
  '傈僳',
  '朝鲜',
  '蒙古',
  '苗',
  '藏',
  '羌',
  '彝',
  '侗',
  '壮',
  '傣',
  '白',
  '回',
];
const AUTONOMOUS_PREFECTURE = new RegExp(`(?:(?:${PEOPLES.join('|')})族?)+自治州$`);

const STREET_WORD = /^(?:路|街|大街|大道|道|巷|弄|里|村|镇|号)/;

function clean(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u3000]+/g, '');
}

export class RegionDirectory {
  private readonly byCode = new Map<string, RegionEntry>();
  private readonly childrenOf = new Map<string | null, RegionEntry[]>();
  private readonly byName = new Map<string, RegionEntry[]>();

  constructor(entries: readonly RegionEntry[]) {
    for (const e of entries) {
      this.byCode.set(e.code, e);
      const siblings = this.childrenOf.get(e.parent) ?? [];
      siblings.push(e);
      this.childrenOf.set(e.parent, siblings);
      if (!GROUPING_NAMES.has(e.name)) {
        const names = new Set([e.name]);
        if (e.level === 'province') names.add(provinceShortName(e.name));
        if (e.level === 'city') names.add(cityShortName(e.name));
        for (const n of names) {
          if (n.length < 2) continue;
          const list = this.byName.get(n) ?? [];
          list.push(e);
          this.byName.set(n, list);
        }
      }
    }
    for (const list of this.childrenOf.values()) list.sort((a, b) => a.code.localeCompare(b.code));
  }

  get(code: string): RegionEntry | undefined {
    return this.byCode.get(code);
  }

  /** Provinces when `parent` is null, else the direct subdivisions of `parent`. */
  children(parent: string | null): readonly RegionEntry[] {
    return this.childrenOf.get(parent) ?? [];
  }

  /** Province, city, county chain of a code, broadest first (the code itself last). */
  path(code: string): RegionEntry[] {
    const out: RegionEntry[] = [];
    let e = this.byCode.get(code);
    while (e) {
      out.unshift(e);
      e = e.parent ? this.byCode.get(e.parent) : undefined;
    }
    return out;
  }

  private matchOf(entry: RegionEntry): RegionMatch {
    const chain = this.path(entry.code);
    const province = chain.find((e) => e.level === 'province')!;
    let city = chain.find((e) => e.level === 'city')?.code ?? null;
    // A 直辖市 such as Beijing has a single prefecture-level entry ('1101 市辖区'): it is implied.
    if (!city) {
      const cities = this.children(province.code);
      if (cities.length === 1) city = cities[0]!.code;
    }
    return {
      code: entry.code,
      level: entry.level,
      provinceCode: province.code,
      cityCode: city,
      countyCode: entry.level === 'county' ? entry.code : null,
    };
  }

  /** A code as stored ('41', '4101', '410105') or as printed with trailing zeros ('410000', '410100'). */
  fromCode(raw: string): RegionEntry | null {
    const digits = clean(raw);
    if (!/^\d{2}(\d{2}(\d{2})?)?$/.test(digits)) return null;
    let code = digits;
    if (digits.length === 6) {
      if (digits.endsWith('0000')) code = digits.slice(0, 2);
      else if (digits.endsWith('00') && this.byCode.has(digits.slice(0, 4))) code = digits.slice(0, 4);
    }
    return this.byCode.get(code) ?? null;
  }

  /**
   * A region field as data sources print it: '河南(41)', '河南（41）', '41', '410000', '河南', '河南省',
   * '郑州市', '郑州'. Null when unknown, ambiguous or self-contradictory.
   */
  parse(raw: string | null | undefined): RegionMatch | null {
    if (!raw) return null;
    const text = clean(raw);
    if (!text) return null;
    const withCode = /^([^()]*)\((\d{2,6})\)$/.exec(text);
    if (withCode) {
      const entry = this.fromCode(withCode[2]!);
      if (!entry) return null;
      const name = withCode[1]!;
      if (name && !this.path(entry.code).some((e) => this.nameMatches(e, name))) return null;
      return this.matchOf(entry);
    }
    if (/^\d+$/.test(text)) {
      const entry = this.fromCode(text);
      return entry ? this.matchOf(entry) : null;
    }
    let candidates = this.byName.get(text) ?? [];
    // A bare '吉林' or '海南' in a region field names the province, not the city or prefecture.
    if (candidates.length > 1) candidates = candidates.filter((e) => e.level === 'province');
    return candidates.length === 1 ? this.matchOf(candidates[0]!) : null;
  }

  private nameMatches(e: RegionEntry, name: string): boolean {
    return (
      e.name === name ||
      (e.level === 'province' && provinceShortName(e.name) === name) ||
      (e.level === 'city' && cityShortName(e.name) === name)
    );
  }

  /**
   * Entries among `scope` whose name starts `text` at `at`, longest name first. Short names ('河南',
   * '郑州') count only where `shortNames` allows and never when a street word follows ('北京路', '中山街').
   */
  private longestAt(
    text: string,
    at: number,
    scope: readonly RegionEntry[],
    shortNames: (e: RegionEntry) => boolean,
  ): { entry: RegionEntry; end: number }[] {
    let best: { entry: RegionEntry; end: number }[] = [];
    let bestLength = 0;
    for (const e of scope) {
      if (GROUPING_NAMES.has(e.name)) continue;
      const names = [e.name];
      if (shortNames(e)) {
        if (e.level === 'province') names.push(provinceShortName(e.name));
        if (e.level === 'city') names.push(cityShortName(e.name));
      }
      for (const n of names) {
        if (n.length < 2 || !text.startsWith(n, at)) continue;
        if (n !== e.name && STREET_WORD.test(text.slice(at + n.length))) continue;
        if (n.length > bestLength) {
          best = [{ entry: e, end: at + n.length }];
          bestLength = n.length;
        } else if (n.length === bestLength && !best.some((b) => b.entry === e)) {
          best.push({ entry: e, end: at + n.length });
        }
      }
    }
    return best;
  }

  private countiesUnder(code: string): RegionEntry[] {
    const out: RegionEntry[] = [];
    for (const child of this.children(code)) {
      if (child.level === 'county') out.push(child);
      else out.push(...this.children(child.code));
    }
    return out;
  }

  /**
   * Province, city and county from the start of a postal address, e.g.
   * '450000河南省郑州市郑东新区中道东路6号…' → 4101 (郑东新区 is a development zone, not a county);
   * '北京市海淀区…' → 110108 with city 1101 (市辖区); '郑州市金水区…' → 410105. The names must follow one
   * another from the start (after a postcode and '中国'); a place name further on is not used.
   */
  fromAddress(raw: string | null | undefined): RegionMatch | null {
    if (!raw) return null;
    const text = clean(raw)
      .replace(/^\d{6}/, '')
      .replace(/^(?:中华人民共和国|中国)/, '');
    if (!text) return null;
    let at = 0;
    let province: RegionEntry | null = null;
    let city: RegionEntry | null = null;
    let county: RegionEntry | null = null;

    // At the start a province (full or short name) or a prefecture-level city (full name only: '中山…'
    // may be a street) may come first; the longer name wins ('吉林市…' is the city, '吉林省…' the province).
    const provinces = this.children(null);
    const allCities = provinces.flatMap((p) => this.children(p.code).filter((c) => c.level === 'city'));
    let first = this.longestAt(text, 0, [...provinces, ...allCities], (e) => e.level === 'province');
    if (first.length > 1) first = first.filter((f) => f.entry.level === 'province');
    if (first.length > 1) return null;
    if (first.length === 1) {
      const { entry, end } = first[0]!;
      at = end;
      if (entry.level === 'province') province = entry;
      else {
        city = entry;
        province = this.byCode.get(entry.parent!) ?? null;
      }
    }
    if (province && !city) {
      const cities = this.longestAt(text, at, this.children(province.code), () => true);
      if (cities.length > 1) return null;
      if (cities.length === 1) {
        city = cities[0]!.entry;
        at = cities[0]!.end;
      }
    }
    const scope = city
      ? this.children(city.code)
      : province
        ? this.countiesUnder(province.code)
        : provinces.flatMap((p) => this.countiesUnder(p.code));
    const counties = this.longestAt(text, at, scope, () => false);
    if (counties.length === 1) county = counties[0]!.entry;
    const found = county ?? city ?? province;
    return found ? this.matchOf(found) : null;
  }

  /**
   * The most specific region of a record from its region field and/or address. When both are given and
   * disagree, the region field (a structured 国省代码) wins; an address only refines it.
   */
  regionFrom(regionField: string | null | undefined, address: string | null | undefined): string | null {
    const field = this.parse(regionField);
    const fromAddress = this.fromAddress(address);
    if (field && fromAddress) {
      if (fromAddress.code.startsWith(field.code)) return fromAddress.code;
      return field.code;
    }
    return fromAddress?.code ?? field?.code ?? null;
  }
}
