import { describe, expect, it } from 'vitest';
import { CATALOGUE_SCHEMA } from '../catalogue/catalogueIndex';
import { Bm25fIndex } from '../search/bm25fIndex';
import {
  catalogueExamples,
  classifierTokens,
  classifyText,
  trainCatalogueClassifier,
} from './catalogueClassifier';
import { HybridMatcher } from './matcher';
import { MatchStore, type PatentFacts, quantise } from './matchStore';

const D = 8;
function axis(a: number, b: number, mix: number): Float32Array {
  const v = new Float32Array(D);
  v[a] = 1;
  v[b] = mix;
  const n = Math.hypot(...v);
  return v.map((x) => x / n);
}
const facts = (key: number, subclasses: string[]): PatentFacts => ({
  key,
  seq: key,
  subclasses,
  sei: [],
  legalStatus: 'in_force',
  region: null,
  trl: null,
  industries: [],
  organisations: [],
  textHash: key,
});

/** Real titles' vocabulary, three subclasses, 90 patents, a few without subclasses or without a vector. */
const TOPICS = [
  {
    subclass: 'H01M',
    axis: 0,
    titles: ['锂电池正极材料', '电池隔膜及其制备方法', '电解液添加剂', '锂电池负极'],
  },
  { subclass: 'A61K', axis: 2, titles: ['中药组合物', '治疗胃病的中药制剂', '药物胶囊', '中药提取物'] },
  { subclass: 'G06F', axis: 4, titles: ['数据存储方法', '处理器缓存控制', '数据处理装置', '程序调度方法'] },
];
function platform() {
  const text = new Bm25fIndex(CATALOGUE_SCHEMA);
  const store = new MatchStore({ dimensions: D, ann: false });
  const texts: { key: number; text: string }[] = [];
  let key = 1;
  for (const t of TOPICS)
    for (let i = 0; i < 30; i++, key++) {
      const title = `${t.titles[i % 4]}${i % 3 === 0 ? '及装置' : ''}`;
      text.upsert({ key, fields: { title } });
      const subclasses = i === 29 ? [] : [t.subclass];
      store.upsert(
        facts(key, subclasses),
        i === 28 ? null : quantise(axis(t.axis, (t.axis + 1 + (i % 3)) % D, 0.2)),
      );
      texts.push({ key, text: title });
    }
  store.syncAnn();
  return { text, store, texts, matcher: new HybridMatcher(text, store) };
}

describe('the classifier on the platform catalogue', () => {
  it('examples: labelled patents only; vectors from the store only when the features use them', () => {
    const { store, texts } = platform();
    const hybrid = catalogueExamples(store, texts, 'hybrid');
    expect(hybrid).toHaveLength(87);
    expect(hybrid.filter((e) => e.vector === null)).toHaveLength(3);
    expect(hybrid[0]!.tokens).toContain('正极');
    expect(catalogueExamples(store, texts, 'lexical').every((e) => e.vector === null)).toBe(true);
  });

  it('tokens: jieba words, then the character n-grams of each run of letters and digits, marked', () => {
    const words = classifierTokens('输电线路驱鸟装置');
    expect(words).not.toContain('\u0001输电');
    const jieba = classifierTokens('输电线路，5g基站');
    const tokens = classifierTokens('输电线路，5g基站', [2]);
    expect(tokens.slice(0, jieba.length)).toEqual(jieba);
    const ngrams = tokens.filter((t) => t.startsWith('\u0001')).map((t) => t.slice(1));
    // runs 输电线路 and 5g基站; no n-gram crosses the comma
    expect(ngrams).toEqual(['输电', '电线', '线路', '5g', 'g基', '基站']);
    expect(classifierTokens('驱鸟', [3]).filter((t) => t.startsWith('\u0001'))).toEqual([]);
  });

  it('a classifier trained with n-grams records them and classifies with them', () => {
    const { store, texts, matcher } = platform();
    const c = trainCatalogueClassifier({ matcher, store, texts, features: 'lexical', charNgrams: [2] });
    expect(c.settings.charNgrams).toEqual([2]);
    expect(c.model!.parameters.vocabulary.some((t) => t.startsWith('\u0001'))).toBe(true);
    const none = trainCatalogueClassifier({ matcher, store, texts, features: 'lexical', charNgrams: [] });
    expect(none.settings.charNgrams).toBeUndefined();
    expect(none.model!.parameters.vocabulary.some((t) => t.startsWith('\u0001'))).toBe(false);
  });

  it('by default: softmax, no n-grams, no relative floor, no companions (the measured best)', () => {
    const { store, texts, matcher } = platform();
    const c = trainCatalogueClassifier({ matcher, store, texts, features: 'lexical' });
    expect(c.model!.parameters.loss).toBe('softmax');
    expect(c.settings.charNgrams).toBeUndefined();
    expect(c.settings.companions).toBeUndefined();
    expect(c.settings.decision.ratio).toBeUndefined();
  });

  it.each(['lexical', 'hybrid'] as const)(
    '%s: trains from the store and the texts, classifies new titles',
    (features) => {
      const { store, texts, matcher } = platform();
      const c = trainCatalogueClassifier({
        matcher,
        store,
        texts,
        features,
        maxEpochs: 8,
        learningRate: { dense: 0.05, lexical: 0.1 },
      });
      expect(c.report!.examples).toBe(87);
      const cases = [
        { title: '一种锂电池隔膜', vector: axis(0, 5, 0.3), want: 'H01M' },
        { title: '中药胶囊及其制备', vector: axis(2, 7, 0.3), want: 'A61K' },
        { title: '处理器数据缓存', vector: axis(4, 1, 0.3), want: 'G06F' },
      ];
      for (const q of cases) {
        const ranked = classifyText(c, matcher, store, q.title, q.vector);
        expect(c.decide(ranked)[0]!.subclass).toBe(q.want);
        expect(ranked[0]!.sources.linear).toBeGreaterThan(0);
        if (features === 'lexical') expect(ranked[0]!.sources).toMatchObject({ dense: 0, centroid: 0 });
      }
    },
  );
});
