import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { PATENT_WORDS } from './patentWords';

/**
 * Chinese segmentation for the search engine.
 *
 * Two tokenisers share one normalisation and one filter:
 * - {@link tokenizeForIndex} (index time): jieba's precise segmentation plus every dictionary word found
 *   inside a longer word ("search mode"), so 无人机 is indexed as 无人机, 无人, 人机 and a query for 无人
 *   still finds it. jieba's own `cutForSearch` only adds 2- and 3-character sub-words (卷积神经网络 would
 *   not yield 神经网络); this implementation adds all dictionary sub-words of length ≥ 2.
 * - {@link tokenizeQuery} (query time): the precise segmentation only, so a query for 无人机 does not also
 *   match every document that merely mentions 人机.
 *
 * Anything that changes the tokens an index holds must bump {@link ANALYZER_VERSION}: persisted indexes
 * record it and are rebuilt when it differs.
 */
export const ANALYZER_VERSION = 1;

/** The frequency given to {@link PATENT_WORDS} so jieba prefers them over splitting. */
const PATENT_WORD_FREQUENCY = 2000;

/**
 * Function words and patent boilerplate that carry no topic. Content words such as 装置, 方法, 系统 are
 * deliberately kept: they are common, so BM25's IDF gives them little weight, but a user who searches for
 * 检测方法 expects the 方法 part to count.
 */
export const STOPWORDS: ReadonlySet<string> = new Set([
  // function words
  '的',
  '地',
  '得',
  '了',
  '着',
  '和',
  '与',
  '及',
  '及其',
  '以及',
  '或',
  '或者',
  '并',
  '并且',
  '而',
  '且',
  '等',
  '等等',
  '在',
  '于',
  '为',
  '是',
  '将',
  '对',
  '由',
  '从',
  '用',
  '被',
  '把',
  '使',
  '使得',
  '其',
  '该',
  '此',
  '这',
  '这种',
  '那',
  '之',
  '所',
  '以',
  '以便',
  '以上',
  '以下',
  '中',
  '上',
  '下',
  '内',
  '个',
  '种',
  '一',
  '一个',
  '一种',
  '一些',
  '多个',
  '各',
  '每',
  '每个',
  '也',
  '又',
  '还',
  '即',
  '则',
  '从而',
  '因此',
  '进而',
  '同时',
  '其中',
  '如',
  '如下',
  '若',
  '如果',
  '当',
  '可',
  '可以',
  '能',
  '能够',
  '可用',
  '用于',
  '通过',
  '进行',
  '采用',
  '利用',
  '根据',
  '基于',
  '具有',
  '所述',
  '上述',
  '相应',
  '分别',
  '至少',
  '之间',
  '之一',
  // patent boilerplate (说明书摘要 / 权利要求 phrasing)
  '本',
  '本发明',
  '本实用新型',
  '实用新型',
  '本申请',
  '本公开',
  '本外观设计',
  '发明',
  '涉及',
  '包括',
  '包含',
  '含有',
  '公开',
  '公开了',
  '提供',
  '提供了',
  '提出',
  '提出了',
  '特征',
  '在于',
  '其特征在于',
  '特征在于',
  '技术领域',
  '领域',
  '权利',
  '要求',
  '权利要求',
  '所示',
  '如图',
  '实施例',
  '步骤',
  '尤其',
  '尤其是',
  '优选',
  '主要',
  '有效',
  // English function words (mixed-language abstracts)
  'a',
  'an',
  'the',
  'of',
  'and',
  'or',
  'for',
  'in',
  'on',
  'to',
  'with',
  'by',
  'is',
  'are',
  'be',
  'as',
  'at',
  'from',
  'that',
  'this',
  'which',
]);

let jiebaInstance: Jieba | undefined;
let dictionaryWords: Set<string> | undefined;

/** The jieba segmenter, loaded once (≈ 0.3 s) with the bundled dictionary plus {@link PATENT_WORDS}. */
function segmenter(): Jieba {
  if (!jiebaInstance) {
    const extra = Buffer.from(
      `\n${PATENT_WORDS.map((w) => `${w} ${PATENT_WORD_FREQUENCY} n`).join('\n')}\n`,
      'utf8',
    );
    jiebaInstance = Jieba.withDict(Buffer.concat([dict, extra]));
  }
  return jiebaInstance;
}

/** Every dictionary word (lower-cased), for search-mode sub-words. Loaded once, ≈ 350k entries. */
function dictionary(): Set<string> {
  if (!dictionaryWords) {
    const words = new Set<string>();
    const text = Buffer.from(dict).toString('utf8');
    let start = 0;
    while (start < text.length) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      const space = text.indexOf(' ', start);
      const wordEnd = space >= 0 && space < end ? space : end;
      if (wordEnd - start >= 2) words.add(text.slice(start, wordEnd).toLowerCase());
      start = end + 1;
    }
    for (const w of PATENT_WORDS) words.add(w);
    dictionaryWords = words;
  }
  return dictionaryWords;
}

/** Loads the segmenter and dictionary now rather than on the first call (e.g. at server start). */
export function warmUpSegmenter(): void {
  segmenter();
  dictionary();
}

/**
 * NFKC (full-width Ｃ Ｐ Ｕ → CPU, full-width punctuation → ASCII) then lower-case. Every token and every
 * snippet match goes through this, so the index, queries and highlighting agree.
 */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

const HAS_HAN = /\p{Script=Han}/u;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const ASCII_EDGE_PUNCTUATION = /^[^a-z0-9]+|[^a-z0-9%]+$/g;
const SHORT_INTEGER = /^\d{1,2}$/;
const SINGLE_ASCII_LETTER = /^[a-z]$/;
const ASCII_ONLY = /^[\x20-\x7e]+$/;

/**
 * Keeps a segment as a token, cleaned, or drops it (returns undefined): punctuation, whitespace,
 * stopwords, single Latin letters (claim labels a, b, c) and 1–2 digit integers (reference numerals such
 * as 底座（1）) carry no topic. Meaningful ASCII survives: 4g, 5g, cpu, ph, led, igbt, pm2.5, 10wt%, 304.
 */
function cleanToken(segment: string): string | undefined {
  const first = segment.charCodeAt(0);
  // Fast path: jieba's Han words start with a CJK unified ideograph and hold no spaces.
  if (first >= 0x4e00 && first <= 0x9fff) return STOPWORDS.has(segment) ? undefined : segment;
  if (HAS_HAN.test(segment)) {
    const word = segment.trim();
    return STOPWORDS.has(word) ? undefined : word;
  }
  if (!HAS_LETTER_OR_DIGIT.test(segment)) return undefined;
  let word = segment.trim();
  if (ASCII_ONLY.test(word)) {
    word = word.replace(ASCII_EDGE_PUNCTUATION, '');
    if (word === '' || SHORT_INTEGER.test(word) || SINGLE_ASCII_LETTER.test(word)) return undefined;
  }
  return STOPWORDS.has(word) ? undefined : word;
}

/** Precise-mode tokens of already-normalised text. */
function preciseTokens(normalized: string): string[] {
  const out: string[] = [];
  for (const segment of segmenter().cut(normalized, true)) {
    const token = cleanToken(segment);
    if (token !== undefined) out.push(token);
  }
  return out;
}

/**
 * Query-time tokens: NFKC + lower-case, precise segmentation, stopwords and punctuation dropped.
 * Duplicates are kept in order (a caller may use them as query-term frequency).
 */
export function tokenizeQuery(text: string): string[] {
  return preciseTokens(normalizeText(text));
}

/**
 * Dictionary words of length ≥ 2 strictly inside a Han word (search mode). Returned in position order,
 * stopwords excluded.
 */
export function subwords(word: string): string[] {
  const out: string[] = [];
  if (word.length < 3 || !HAS_HAN.test(word)) return out;
  const words = dictionary();
  for (let start = 0; start < word.length - 1; start++) {
    for (let end = start + 2; end <= word.length; end++) {
      if (start === 0 && end === word.length) continue;
      const part = word.slice(start, end);
      if (words.has(part) && !STOPWORDS.has(part)) out.push(part);
    }
  }
  return out;
}

/**
 * Index-time tokens: the precise tokens plus, for each Han word of 3+ characters, its dictionary sub-words
 * (so 无人机 → 无人机, 无人, 人机). The token count is the field length used by BM25.
 */
export function tokenizeForIndex(text: string): string[] {
  const out: string[] = [];
  for (const token of preciseTokens(normalizeText(text))) {
    if (token.length >= 3) {
      for (const part of subwords(token)) out.push(part);
    }
    out.push(token);
  }
  return out;
}

/** A pair of tokenisers; the engine records `id` and `version` in persisted indexes. */
export interface Analyzer {
  readonly id: string;
  readonly version: number;
  index(text: string): string[];
  query(text: string): string[];
}

/** The default analyzer: jieba with patent stopwords. */
export const chineseAnalyzer: Analyzer = {
  id: 'jieba-patent',
  version: ANALYZER_VERSION,
  index: tokenizeForIndex,
  query: tokenizeQuery,
};
