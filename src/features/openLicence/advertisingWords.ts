/**
 * Regs Art. 85 (专利法实施细则第85条第2款): 开放许可声明内容应当准确、清楚，不得出现商业性宣传用语.
 * The regulation gives no list; this is the platform's maintained list, editable by operators. Each entry
 * may name what may follow it so ordinary wording is not caught ("第一年", "第一实施例", "唯一标识").
 */
export interface AdvertisingWord {
  word: string;
  /** The word is not advertising when immediately followed by one of these (e.g. 第一 + 年). */
  exceptFollowedBy?: readonly string[];
  /** The word is not advertising when immediately preceded by one of these (e.g. 非 + 唯一). */
  exceptPrecededBy?: readonly string[];
}

export interface AdvertisingMatch {
  word: string;
  /** Index (UTF-16 code units) of the match in the checked text. */
  index: number;
  /** Up to 8 characters either side, for the message shown to the user. */
  excerpt: string;
}

/** Ordinal and counting words after 第一 that make it a sequence number, not a claim to be the best. */
const SEQUENCE_NOUNS = [
  '年',
  '期',
  '次',
  '条',
  '款',
  '项',
  '笔',
  '个',
  '阶段',
  '季度',
  '实施例',
  '部分',
  '批',
  '步',
  '章',
  '节',
  '页',
  '名被许可',
  '被许可人',
  '许可年度',
  '种',
];

export const DEFAULT_ADVERTISING_WORDS: readonly AdvertisingWord[] = [
  { word: '最佳' },
  { word: '最优' },
  { word: '最好' },
  { word: '最先进' },
  { word: '最高级' },
  { word: '最强' },
  { word: '第一', exceptFollowedBy: SEQUENCE_NOUNS },
  { word: 'No.1' },
  { word: 'TOP1' },
  { word: '国内领先' },
  { word: '国际领先' },
  { word: '世界领先' },
  { word: '行业领先' },
  { word: '遥遥领先' },
  { word: '领先水平' },
  { word: '国际先进' },
  { word: '顶级' },
  { word: '顶尖' },
  { word: '唯一', exceptFollowedBy: ['标识', '识别', '编号', '性约束'], exceptPrecededBy: ['非'] },
  { word: '独一无二' },
  { word: '首创' },
  { word: '首个' },
  { word: '首家' },
  { word: '填补空白' },
  { word: '填补国内空白' },
  { word: '史无前例' },
  { word: '绝无仅有' },
  { word: '极致' },
  { word: '完美' },
  { word: '王牌' },
  { word: '百分之百' },
  { word: '100%' },
  { word: '零风险' },
  { word: '稳赚' },
  { word: '暴利' },
  { word: '国家级产品' },
  { word: '驰名' },
];

export type AdvertisingWordList = readonly AdvertisingWord[];

function normalise(entry: AdvertisingWord): AdvertisingWord {
  return { ...entry, word: entry.word.trim() };
}

/** Parses an operator-maintained list: one word per line, `word | except1,except2` for exceptions after it. */
export function parseAdvertisingWordList(text: string): AdvertisingWord[] {
  const entries: AdvertisingWord[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const [word = '', exceptions] = line.split('|').map((s) => s.trim());
    if (!word) continue;
    const exceptFollowedBy = exceptions
      ? exceptions
          .split(/[,，、]/)
          .map((s) => s.trim())
          .filter(Boolean)
      : [];
    entries.push(exceptFollowedBy.length ? { word, exceptFollowedBy } : { word });
  }
  return entries;
}

/** Every advertising word in `text`, leftmost first; longer words win where two start at the same place. */
export function findAdvertisingWords(
  text: string,
  list: AdvertisingWordList = DEFAULT_ADVERTISING_WORDS,
): AdvertisingMatch[] {
  const words = list
    .map(normalise)
    .filter((w) => w.word.length > 0)
    .sort((a, b) => b.word.length - a.word.length);
  const haystack = text.toLowerCase();
  const matches: AdvertisingMatch[] = [];
  const covered = new Set<number>();
  for (const entry of words) {
    const needle = entry.word.toLowerCase();
    let from = 0;
    for (;;) {
      const index = haystack.indexOf(needle, from);
      if (index < 0) break;
      from = index + 1;
      if (covered.has(index)) continue;
      const after = text.slice(index + needle.length);
      const before = text.slice(0, index);
      if (entry.exceptFollowedBy?.some((s) => after.startsWith(s))) continue;
      if (entry.exceptPrecededBy?.some((s) => before.endsWith(s))) continue;
      for (let i = index; i < index + needle.length; i++) covered.add(i);
      matches.push({
        word: entry.word,
        index,
        excerpt: text.slice(Math.max(0, index - 8), Math.min(text.length, index + needle.length + 8)),
      });
    }
  }
  return matches.sort((a, b) => a.index - b.index);
}
