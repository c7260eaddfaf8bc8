/**
 * LABELLED-SYNTHETIC patent records for the catalogue benchmark (bench/catalogue.ts). Not real patents.
 *
 * Everything is recombined from the real material vendored in the repository, so term statistics, IPC/word
 * correlation and field shapes stay realistic at 100k–1M records:
 * - titles: a real title (data/samples/cn-titles-ipc.csv, 7,798 titles with IPC subclasses) whose jieba head
 *   is joined to the jieba tail of another real title of the SAME IPC subclass, so IPC codes and words stay
 *   correlated; the record takes the first title's IPC subclasses and patent kind;
 * - IPC codes: real main groups / subgroups of those subclasses from data/reference/ipc-2026.01-zh.csv;
 * - abstracts: an opening naming the new title, then real abstract sentences (cn-abstracts-cpc.csv,
 *   cnki-university-sample.csv, export-61col-sample.csv), preferring abstracts of the same IPC section;
 * - first claims: '1.<title>，其特征在于：' followed by real claim clauses (CNKI and 61-column samples);
 * - application numbers: year + type digit + a unique 7-digit serial + the real check digit (checkDigitFor);
 *   publication/grant numbers unique per record with kind codes A/B/U;
 * - dates, legal status, regions (GB/T 2260 from data/reference/cn-divisions, weighted towards the provinces
 *   that file most), applicants (Zipf-distributed pool of universities, institutes, enterprises and
 *   individuals), inventors, transfers/licences/pledges: drawn from fixed distributions, stated below.
 * Seeded PRNG: the same seed gives the same records, and the first n records of a larger run are exactly
 * the records of a run of size n. Design patents are not generated (the title set has none).
 */
import fs from 'node:fs';
import path from 'node:path';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { parse } from 'csv-parse/sync';
import { checkDigitFor } from '../src/features/patents/applicationNumber';
import { randomSource } from '../src/features/search/testCorpus';

const ROOT = path.resolve(import.meta.dirname, '..');
const SAMPLES = path.join(ROOT, 'data/samples');
const REFERENCE = path.join(ROOT, 'data/reference');

/** Stored as each record's `source`, and named in every benchmark output. */
export const SYNTHETIC_SOURCE = 'synthetic:bench';

/** Dates are drawn up to this day, so a run does not depend on when it happens. */
export const REFERENCE_DATE = '2025-06-30';

type Kind = '发明公开' | '发明授权' | '实用新型';

interface TitleRow {
  /** position in {@link Vocabulary.titles} */
  index: number;
  title: string;
  kind: Kind;
  subclasses: string[];
  /** jieba segments of the title (all characters kept, so segments join back to the title) */
  segments: string[];
}

interface Region {
  provinceCode: string;
  /** '河南(41)' as the 61-column export writes 国省代码 */
  provinceField: string;
  address: string;
}

interface Applicant {
  name: string;
  /** 申请人类型 as exports write it */
  type: '大专院校' | '科研机构' | '企业' | '个人';
  region: Region;
}

export interface Vocabulary {
  titles: TitleRow[];
  titlesBySubclass: Map<string, TitleRow[]>;
  /** content words (jieba segments of ≥ 2 Han characters) of the real titles, by IPC subclass */
  wordsBySubclass: Map<string, string[]>;
  /** real abstract sentences by IPC section ('' = section unknown) */
  sentences: Map<string, string[]>;
  allSentences: string[];
  claimClauses: string[];
  /** real IPC main groups and subgroups by subclass */
  ipcGroups: Map<string, string[]>;
  /** short field name of an IPC class ('A01' → '农业') for abstract openings */
  classField: Map<string, string>;
  provinces: { code: string; name: string }[];
  cities: Map<string, { code: string; name: string }[]>;
  areas: Map<string, string[]>;
  /** the 61 column headers of the real export sample, in order */
  exportHeader: string[];
}

function readCsv(file: string): Record<string, string>[] {
  return parse(fs.readFileSync(file), {
    columns: true,
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
  }) as Record<string, string>[];
}

function sentencesOf(abstract: string): string[] {
  // The first sentence names the original patent's own title: left out, the record gets its own opening.
  return abstract
    .split(/(?<=[。；！？])/)
    .map((s) => s.trim())
    .slice(1)
    .filter((s) => s.length >= 12 && s.length <= 160);
}

const FUNCTION_WORDS = new Set(['一种', '及其', '用于', '基于', '具有', '以及', '一体', '一体化', '其他']);

function isContentWord(w: string): boolean {
  return /^\p{Script=Han}{2,6}$/u.test(w) && !FUNCTION_WORDS.has(w);
}

function clausesOf(claim: string): string[] {
  const body = claim.split(/其特征在于[，,：:]?/)[1] ?? '';
  return body
    .split(/[；;。]/)
    .map((s) => s.trim())
    .filter((s) => s.length >= 10 && s.length <= 150);
}

/** Loads the real vocabulary from the vendored samples and reference data (≈ 1 s). */
export function loadVocabulary(): Vocabulary {
  const jieba = Jieba.withDict(dict);
  const titleRows = readCsv(path.join(SAMPLES, 'cn-titles-ipc.csv'));
  const titles: TitleRow[] = [];
  for (const r of titleRows) {
    const subclasses = (r.ipc_subclasses ?? '').split('|').filter((s) => /^[A-H]\d\d[A-Z]$/.test(s));
    const kind = r.kind as Kind;
    if (!r.title || subclasses.length === 0 || !['发明公开', '发明授权', '实用新型'].includes(kind)) continue;
    titles.push({
      index: titles.length,
      title: r.title,
      kind,
      subclasses,
      segments: jieba.cut(r.title, true),
    });
  }
  const titlesBySubclass = new Map<string, TitleRow[]>();
  for (const t of titles) {
    const list = titlesBySubclass.get(t.subclasses[0]!) ?? [];
    list.push(t);
    titlesBySubclass.set(t.subclasses[0]!, list);
  }

  const wordsBySubclass = new Map<string, string[]>();
  for (const [sub, list] of titlesBySubclass) {
    const words = new Set<string>();
    for (const t of list) for (const w of t.segments) if (isContentWord(w)) words.add(w);
    wordsBySubclass.set(sub, [...words]);
  }

  const sentences = new Map<string, string[]>();
  const addSentences = (section: string, abstract: string | undefined) => {
    if (!abstract) return;
    const list = sentences.get(section) ?? [];
    list.push(...sentencesOf(abstract));
    sentences.set(section, list);
  };
  const claimClauses: string[] = [];
  for (const r of readCsv(path.join(SAMPLES, 'cn-abstracts-cpc.csv'))) {
    addSentences((r.cpc_groups ?? '').slice(0, 1), r.abstract);
  }
  for (const r of readCsv(path.join(SAMPLES, 'cnki-university-sample.csv'))) {
    addSentences('', r.ChDiv_summary);
    claimClauses.push(...clausesOf(r.claim_text ?? ''));
  }
  const exportPath = path.join(SAMPLES, 'export-61col-sample.csv');
  const [exportHeader] = parse(fs.readFileSync(exportPath), { bom: true, to_line: 1 }) as string[][];
  for (const r of readCsv(exportPath)) {
    addSentences((r.主分类号 ?? '').slice(0, 1), r.申请摘要);
    claimClauses.push(...clausesOf(r.主权项 ?? ''));
  }
  const allSentences = [...sentences.values()].flat();

  const ipcGroups = new Map<string, string[]>();
  const classField = new Map<string, string>();
  for (const r of readCsv(path.join(REFERENCE, 'ipc-2026.01-zh.csv'))) {
    const code = r.code ?? '';
    if (r.level === 'class') {
      const field = (r.title ?? '').split(/[；;，,（(]/)[0]!.trim();
      if (field.length >= 2 && field.length <= 12) classField.set(code, field);
    } else if (r.level === 'main_group' || r.level === 'subgroup') {
      const sub = code.slice(0, 4);
      const list = ipcGroups.get(sub) ?? [];
      list.push(code);
      ipcGroups.set(sub, list);
    }
  }

  const divisions = path.join(REFERENCE, 'cn-divisions');
  const provinces = readCsv(path.join(divisions, 'provinces.csv')).map((r) => ({
    code: r.code!,
    name: r.name!,
  }));
  const cities = new Map<string, { code: string; name: string }[]>();
  for (const r of readCsv(path.join(divisions, 'cities.csv'))) {
    const list = cities.get(r.provinceCode!) ?? [];
    list.push({ code: r.code!, name: r.name! });
    cities.set(r.provinceCode!, list);
  }
  const areas = new Map<string, string[]>();
  for (const r of readCsv(path.join(divisions, 'areas.csv'))) {
    const list = areas.get(r.cityCode!) ?? [];
    list.push(r.name!);
    areas.set(r.cityCode!, list);
  }
  return {
    titles,
    titlesBySubclass,
    wordsBySubclass,
    sentences,
    allSentences,
    claimClauses,
    ipcGroups,
    classField,
    provinces,
    cities,
    areas,
    exportHeader: exportHeader!,
  };
}

/**
 * Approximate shares of domestic patent filings by province (orders of magnitude from the patent office's
 * annual statistics: Guangdong, Jiangsu, Zhejiang lead); every other province gets a small equal share.
 */
const PROVINCE_WEIGHT: Record<string, number> = {
  '44': 17,
  '32': 13,
  '33': 11,
  '37': 7,
  '11': 6,
  '31': 4.5,
  '34': 4,
  '41': 3.5,
  '42': 3.5,
  '51': 3.5,
  '35': 3,
  '43': 2.5,
  '13': 2.5,
  '61': 2,
  '12': 1.5,
  '50': 1.5,
  '36': 1.5,
  '21': 1.5,
};

const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
];
const GIVEN = [
  ...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉力宇鹏飞浩凯晨思雨欣怡佳俊博宏志刚健斌波亮晶璐琳婷雪峰海林楠蕾鑫源梓轩',
];
const BRAND = [...'华瑞德盛鑫泰恒达科创新源宏博海天中联安嘉信和睿智远航正通明光宇龙腾汇丰荣昌锐晟'];
const FIELDS = [
  '智能',
  '光伏',
  '新能源',
  '电子',
  '机械',
  '材料',
  '环保',
  '储能',
  '生物',
  '信息',
  '数据',
  '电气',
  '自动化',
  '精密',
  '化工',
  '农业',
  '医疗',
  '建筑',
  '食品',
  '汽车',
  '通信',
  '能源',
  '光电',
  '装备',
];
const UNIVERSITY_SUFFIX = [
  '大学',
  '理工大学',
  '科技大学',
  '工业大学',
  '农业大学',
  '师范大学',
  '医科大学',
  '职业技术学院',
  '工程学院',
  '交通大学',
  '建筑大学',
  '海洋大学',
  '中医药大学',
  '信息工程学院',
];
const ENTERPRISE_SUFFIX = [
  '科技有限公司',
  '科技有限公司',
  '技术有限公司',
  '股份有限公司',
  '有限公司',
  '集团有限公司',
  '设备有限公司',
];
/** Drafting frames of Chinese patent abstracts and claims; the words come from real titles. */
const ABSTRACT_FRAMES: readonly ((w: () => string) => string)[] = [
  (w) => `所述${w()}包括${w()}和${w()}。`,
  (w) => `该${w()}与${w()}连接，${w()}设置于${w()}的一侧。`,
  (w) => `通过${w()}对${w()}进行${w()}，提高了${w()}的效率。`,
  (w) => `本方案结构简单，${w()}与${w()}配合使用，便于${w()}。`,
];
const CLAIM_FRAMES: readonly ((w: () => string) => string)[] = [
  (w) => `所述${w()}包括${w()}`,
  (w) => `所述${w()}的一端与${w()}连接`,
  (w) => `所述${w()}设置于${w()}上`,
  (w) => `${w()}与${w()}通过${w()}固定连接`,
];
const ROADS = [
  '人民路',
  '建设路',
  '科技路',
  '创新大道',
  '学府路',
  '高新大道',
  '中山路',
  '解放路',
  '工业园路',
];

/** '河南省' → '河南', '广西壮族自治区' → '广西', '北京市' → '北京' */
function shortProvince(name: string): string {
  return name.replace(/(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/, '');
}

function shortCity(name: string): string {
  return name.replace(/(市|地区|盟|自治州|.族自治州)$/, '');
}

type Rand = () => number;

const pick = <T>(rand: Rand, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;

/** Cumulative weights, for O(log n) weighted draws. */
function cumulative(weights: number[]): Float64Array {
  const c = new Float64Array(weights.length);
  let s = 0;
  weights.forEach((w, i) => {
    s += w;
    c[i] = s;
  });
  return c;
}

function drawIndex(rand: Rand, cum: Float64Array): number {
  const x = rand() * cum[cum.length - 1]!;
  let lo = 0;
  let hi = cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cum[mid]! > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Calendar arithmetic on 'YYYY-MM-DD' without time zones. */
function addDays(date: string, days: number): string {
  const t = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return new Date(t + days * 86_400_000).toISOString().slice(0, 10);
}

const compact = (date: string) => date.replaceAll('-', '');

/**
 * The real titles (positions in {@link Vocabulary.titles}) a synthetic title was made of: the first
 * `headChars` characters are the head of `head`, the rest the tail of `tail` (null: the whole real title).
 */
export interface TitleOrigin {
  head: number;
  tail: number | null;
  headChars: number;
}

/** One generated record, in the platform's terms (the CSV writer turns it into the 61-column layout). */
export interface SyntheticPatent {
  index: number;
  /** which real titles the title was recombined from (the matching benchmark approximates embeddings from them) */
  titleOrigin: TitleOrigin;
  applicationNumber: string;
  publicationNumber: string;
  grantNumber: string | null;
  /** 专利类型 as the 61-column export writes it */
  patentType: '发明' | '实用新型';
  title: string;
  abstract: string;
  firstClaim: string;
  mainIpc: string;
  ipcCodes: string[];
  applicants: string[];
  applicantType: Applicant['type'];
  patentees: string[];
  inventors: string[];
  address: string;
  provinceField: string;
  filingDate: string;
  publicationDate: string;
  grantDate: string | null;
  /** 法律状态 as exports write it */
  legalStatus: string;
  transferDates: string[];
  licenceDates: string[];
  pledgeDates: string[];
}

export interface GeneratorOptions {
  seed?: number;
  /** size of the applicant pool (default 20,000), fixed so that record i does not depend on the run size */
  applicants?: number;
}

/**
 * A stream of synthetic patents: `next()` returns record 0, 1, 2, … Deterministic for a seed.
 */
export class SyntheticPatentGenerator {
  private readonly rand: Rand;
  private readonly pool: Applicant[];
  private readonly poolWeights: Float64Array;
  private readonly enterprises: number[];
  private readonly provinceCum: Float64Array;
  private readonly yearCum: Float64Array;
  private readonly years: number[];
  private count = 0;

  constructor(
    private readonly vocab: Vocabulary,
    options: GeneratorOptions = {},
  ) {
    this.rand = randomSource(options.seed ?? 20250630);
    this.provinceCum = cumulative(vocab.provinces.map((p) => PROVINCE_WEIGHT[p.code] ?? 0.4));
    // Filing years 2008–2024, growing roughly linearly as Chinese filings did.
    this.years = Array.from({ length: 17 }, (_, i) => 2008 + i);
    this.yearCum = cumulative(this.years.map((y) => y - 2005));
    this.pool = this.buildApplicants(options.applicants ?? 20_000);
    // Zipf-like: a few applicants file very many patents; universities file more than their share.
    this.poolWeights = cumulative(
      this.pool.map((a, rank) => (a.type === '大专院校' ? 3 : 1) / (rank + 10) ** 0.9),
    );
    this.enterprises = this.pool.flatMap((a, i) => (a.type === '企业' ? [i] : []));
  }

  private region(): Region {
    const { vocab, rand } = this;
    const province = vocab.provinces[drawIndex(rand, this.provinceCum)]!;
    const city = pick(rand, vocab.cities.get(province.code) ?? [{ code: '', name: '' }]);
    const area = pick(rand, vocab.areas.get(city.code) ?? ['']);
    const cityPart = city.name === '市辖区' || city.name === '县' ? '' : city.name;
    return {
      provinceCode: province.code,
      provinceField: `${shortProvince(province.name)}(${province.code})`,
      address: `${province.name}${cityPart}${area}${pick(rand, ROADS)}${1 + Math.floor(rand() * 999)}号`,
    };
  }

  private personName(): string {
    const { rand } = this;
    return pick(rand, SURNAMES) + pick(rand, GIVEN) + (rand() < 0.7 ? pick(rand, GIVEN) : '');
  }

  private buildApplicants(n: number): Applicant[] {
    const { rand } = this;
    const names = new Set<string>();
    const out: Applicant[] = [];
    while (out.length < n) {
      const region = this.region();
      const place = (() => {
        const m = /^(.+?(?:省|自治区|市))(.+?(?:市|地区|盟|自治州))?/.exec(region.address);
        const city = m?.[2] ? shortCity(m[2]) : '';
        return city.length >= 2 ? city : shortProvince(m?.[1] ?? '');
      })();
      const x = rand();
      let applicant: Applicant;
      if (x < 0.02) {
        applicant = { name: `${place}${pick(rand, UNIVERSITY_SUFFIX)}`, type: '大专院校', region };
      } else if (x < 0.035) {
        const field = pick(rand, FIELDS);
        const name = rand() < 0.5 ? `中国科学院${place}${field}研究所` : `${place}${field}技术研究院`;
        applicant = { name, type: '科研机构', region };
      } else if (x < 0.75) {
        const brand = pick(rand, BRAND) + pick(rand, BRAND);
        const name = `${place}${brand}${pick(rand, FIELDS)}${pick(rand, ENTERPRISE_SUFFIX)}`;
        applicant = { name, type: '企业', region };
      } else {
        applicant = { name: this.personName(), type: '个人', region };
      }
      if (names.has(applicant.name)) continue;
      names.add(applicant.name);
      out.push(applicant);
    }
    return out;
  }

  /** Head of one real title + tail of another of the same IPC subclass, at jieba segment boundaries. */
  private title(a: TitleRow): { title: string; origin: TitleOrigin } {
    const { rand, vocab } = this;
    const whole = { title: a.title, origin: { head: a.index, tail: null, headChars: a.title.length } };
    const group = vocab.titlesBySubclass.get(a.subclasses[0]!) ?? [a];
    const b = pick(rand, group);
    if (b === a || a.segments.length < 2 || b.segments.length < 2 || rand() < 0.1) return whole;
    const headEnd = 1 + Math.floor(rand() * Math.max(1, Math.ceil(a.segments.length * 0.6)));
    const tailStart = Math.max(
      1,
      b.segments.length - 1 - Math.floor(rand() * Math.ceil(b.segments.length / 2)),
    );
    const head = a.segments.slice(0, headEnd).join('');
    const title = head + b.segments.slice(tailStart).join('');
    return title.length >= 6 && title.length <= 60
      ? { title, origin: { head: a.index, tail: b.index, headChars: head.length } }
      : whole;
  }

  private ipcCodes(subclasses: string[]): string[] {
    const { rand, vocab } = this;
    const codes: string[] = [];
    for (const sub of subclasses) {
      const groups = vocab.ipcGroups.get(sub);
      const code = groups?.length ? pick(rand, groups) : `${sub}1/00`;
      if (!codes.includes(code)) codes.push(code);
      // Some patents carry a second group of their main subclass.
      if (codes.length === 1 && groups && rand() < 0.3) {
        const more = pick(rand, groups);
        if (!codes.includes(more)) codes.push(more);
      }
    }
    return codes;
  }

  /** Content words of real titles of the same IPC subclass: keeps abstract and claim words correlated with IPC. */
  private word(subclass: string): string {
    const words = this.vocab.wordsBySubclass.get(subclass);
    return words?.length ? pick(this.rand, words) : '装置';
  }

  /** A sentence built from a fixed patent-drafting frame and content words of the subclass's real titles. */
  private framedSentence(subclass: string, frames: readonly ((w: () => string) => string)[]): string {
    return pick(this.rand, frames)(() => this.word(subclass));
  }

  private abstract(title: string, invention: boolean, mainIpc: string): string {
    const { rand, vocab } = this;
    const subject = invention ? '本发明' : '本实用新型';
    const field = vocab.classField.get(mainIpc.slice(0, 3));
    const opening =
      field && rand() < 0.5
        ? `${subject}涉及${field}技术领域，具体涉及${title}。`
        : `${subject}公开了${title}。`;
    const sectionPool = vocab.sentences.get(mainIpc.slice(0, 1)) ?? [];
    const pool = sectionPool.length >= 20 && rand() < 0.7 ? sectionPool : vocab.allSentences;
    let text = opening;
    const framed = 1 + Math.floor(rand() * 2);
    for (let k = 0; k < framed; k++) text += this.framedSentence(mainIpc.slice(0, 4), ABSTRACT_FRAMES);
    const target = 120 + Math.floor(rand() * 280);
    while (text.length < target) text += pick(rand, pool);
    return text.slice(0, 600);
  }

  private claim(title: string, mainIpc: string): string {
    const { rand, vocab } = this;
    const n = 2 + Math.floor(rand() * 4);
    const clauses = Array.from({ length: n }, () =>
      rand() < 0.5 ? this.framedSentence(mainIpc.slice(0, 4), CLAIM_FRAMES) : pick(rand, vocab.claimClauses),
    );
    return `1.${title}，其特征在于：${clauses.join('；')}。`.slice(0, 700);
  }

  next(): SyntheticPatent {
    const i = this.count++;
    const { rand, vocab } = this;
    const source = pick(rand, vocab.titles);
    const { title, origin: titleOrigin } = this.title(source);
    const invention = source.kind !== '实用新型';
    const ipcCodes = this.ipcCodes(source.subclasses);

    const year = this.years[drawIndex(rand, this.yearCum)]!;
    let filingDate = addDays(`${year}-01-01`, Math.floor(rand() * 365));
    // Serials: i ↦ (i·7919 + 13) mod 10^7 is one-to-one (7919 is prime to 10), so every number is unique.
    const serial = pad((i * 7919 + 13) % 10_000_000, 7);
    const unique9 = (base: number, mult: number) => String(base + ((i * mult + 101) % 100_000_000));

    let publicationNumber: string;
    let grantNumber: string | null = null;
    let publicationDate: string;
    let grantDate: string | null = null;
    let legalStatus: string;
    const x = rand();
    if (!invention) {
      publicationNumber = `CN${unique9(200_000_000, 7907)}U`;
      grantNumber = publicationNumber;
      publicationDate = addDays(filingDate, 120 + Math.floor(rand() * 200));
      if (publicationDate > REFERENCE_DATE) publicationDate = REFERENCE_DATE;
      grantDate = publicationDate;
      // Patent Law Art. 42: a utility model's term is 10 years from filing.
      if (addDays(filingDate, 3652) < REFERENCE_DATE) legalStatus = '无权-期限届满';
      else legalStatus = x < 0.68 ? '有权-审定授权' : x < 0.95 ? '无权-未缴年费' : '无权-放弃专利权';
    } else {
      publicationNumber = `CN${unique9(100_000_000, 7907)}A`;
      // Inventions are published about 18 months after filing: later filings are not in any database yet.
      const delay = 450 + Math.floor(rand() * 200);
      if (addDays(filingDate, delay) > REFERENCE_DATE)
        filingDate = addDays(REFERENCE_DATE, -delay - Math.floor(rand() * 365));
      publicationDate = addDays(filingDate, delay);
      const granted = source.kind === '发明授权' || rand() < 0.3;
      const grant = addDays(filingDate, 700 + Math.floor(rand() * 900));
      if (granted && grant <= REFERENCE_DATE) {
        grantNumber = `CN${unique9(300_000_000, 7877)}B`;
        grantDate = grant;
        legalStatus = x < 0.75 ? '有权-审定授权' : x < 0.97 ? '无权-未缴年费' : '无权-全部无效';
      } else if (addDays(filingDate, 1460) > REFERENCE_DATE) {
        legalStatus = x < 0.8 ? '审中-实质审查' : '审中-公开';
      } else {
        legalStatus = x < 0.5 ? '无权-视为撤回' : x < 0.8 ? '无权-驳回' : '审中-实质审查';
      }
    }
    const digits = `${filingDate.slice(0, 4)}${invention ? 1 : 2}${serial}`;
    const applicationNumber = `CN${digits}.${checkDigitFor(digits)}`;

    const first = this.pool[drawIndex(rand, this.poolWeights)]!;
    const applicants = [first.name];
    if (first.type !== '个人' && rand() < 0.12) {
      const co = this.pool[drawIndex(rand, this.poolWeights)]!;
      if (co.name !== first.name) applicants.push(co.name);
    }
    let patentees = applicants;
    const transferDates: string[] = [];
    const licenceDates: string[] = [];
    const pledgeDates: string[] = [];
    const inForce = legalStatus.startsWith('有权');
    if (grantDate && inForce) {
      const eventDate = () => {
        const d = addDays(grantDate!, 30 + Math.floor(rand() * 2000));
        return d > REFERENCE_DATE ? REFERENCE_DATE : d;
      };
      if (rand() < 0.06) {
        transferDates.push(eventDate());
        patentees = [this.pool[pick(rand, this.enterprises)]!.name];
      }
      if (rand() < 0.015) licenceDates.push(eventDate());
      if (rand() < 0.01) pledgeDates.push(eventDate());
    }
    const inventors =
      first.type === '个人'
        ? [first.name]
        : Array.from({ length: 1 + Math.floor(rand() * 6) }, () => this.personName()).filter(
            (n, k, all) => all.indexOf(n) === k,
          );
    return {
      index: i,
      titleOrigin,
      applicationNumber,
      publicationNumber,
      grantNumber,
      patentType: invention ? '发明' : '实用新型',
      title,
      abstract: this.abstract(title, invention, ipcCodes[0]!),
      firstClaim: this.claim(title, ipcCodes[0]!),
      mainIpc: ipcCodes[0]!,
      ipcCodes,
      applicants,
      applicantType: first.type,
      patentees,
      inventors,
      address: first.region.address,
      provinceField: first.region.provinceField,
      filingDate,
      publicationDate,
      grantDate,
      legalStatus,
      transferDates,
      licenceDates,
      pledgeDates,
    };
  }
}

const quote = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** The record as one row of the 61-column export layout (columns the generator does not model stay empty). */
export function exportRow(p: SyntheticPatent, header: readonly string[]): string {
  const values: Record<string, string> = {
    序号: String(p.index + 1),
    申请日: compact(p.filingDate),
    公开日: compact(p.publicationDate),
    授权公告日: p.grantDate ? compact(p.grantDate) : '',
    申请人: p.applicants.join(';'),
    发明人: p.inventors.join(';'),
    申请号: p.applicationNumber,
    公开号: p.publicationNumber,
    授权公告号: p.grantNumber ?? '',
    专利类型: p.patentType,
    专利名称: p.title,
    授权名称: p.grantNumber ? p.title : '',
    申请摘要: p.abstract,
    主权项: p.firstClaim,
    申请人地址: p.address,
    法律状态: p.legalStatus,
    主分类号: p.mainIpc,
    分类号: p.ipcCodes.join(';'),
    国省代码: p.provinceField,
    第一发明人: p.inventors[0] ?? '',
    第一权利人: p.patentees[0] ?? '',
    申请人类型: p.applicantType,
    当前发明人: p.inventors.join(';'),
    当前权利人: p.patentees.join(';'),
    专利转移次数: String(p.transferDates.length),
    许可次数: String(p.licenceDates.length),
    质押次数: String(p.pledgeDates.length),
    转让日期: p.transferDates.map(compact).join(';'),
    许可日期: p.licenceDates.map(compact).join(';'),
    质押日期: p.pledgeDates.map(compact).join(';'),
  };
  return header.map((h) => quote(values[h] ?? '')).join(',');
}

export interface WrittenFile {
  file: string;
  rows: number;
  bytes: number;
}

/**
 * Writes `count` synthetic records as a UTF-8 CSV in the real 61-column export layout (header copied from
 * data/samples/export-61col-sample.csv). Streams: memory stays flat at 1M rows.
 */
export async function writeSyntheticExport(
  file: string,
  count: number,
  options: GeneratorOptions & { vocabulary?: Vocabulary } = {},
): Promise<WrittenFile> {
  const vocab = options.vocabulary ?? loadVocabulary();
  const generator = new SyntheticPatentGenerator(vocab, options);
  const out = fs.createWriteStream(file, { encoding: 'utf8' });
  const write = (s: string) =>
    out.write(s) ? Promise.resolve() : new Promise<void>((resolve) => out.once('drain', resolve));
  await write(`${vocab.exportHeader.map(quote).join(',')}\n`);
  let chunk: string[] = [];
  for (let i = 0; i < count; i++) {
    chunk.push(exportRow(generator.next(), vocab.exportHeader));
    if (chunk.length === 2_000) {
      await write(`${chunk.join('\n')}\n`);
      chunk = [];
    }
  }
  if (chunk.length) await write(`${chunk.join('\n')}\n`);
  await new Promise<void>((resolve, reject) =>
    out.end((err?: Error | null) => (err ? reject(err) : resolve())),
  );
  return { file, rows: count, bytes: fs.statSync(file).size };
}
