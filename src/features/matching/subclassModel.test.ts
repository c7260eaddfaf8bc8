import { describe, expect, it } from 'vitest';
import {
  type LabelledText,
  LinearSubclassModel,
  LinearTrainer,
  softmaxInPlace,
  tfidf,
  topOf,
  trainLinearModel,
} from './subclassModel';

const D = 8;
/** A unit vector along axis `a` with a little of axis `b`. */
function unit(a: number, b = (a + 1) % D, mix = 0.2): Float32Array {
  const v = new Float32Array(D);
  v[a] = 1;
  v[b] = mix;
  const n = Math.hypot(...v);
  return v.map((x) => x / n);
}

/**
 * A small catalogue where the subclass is readable from the words (lexical) and from the vector's main
 * axis (dense): H01M = battery words / axis 0, A61K = medicine words / axis 2, G06F = computing words / axis 4.
 * One word in a few titles is shared across subclasses (装置), as real titles share 装置 and 方法.
 */
const TOPICS = [
  { subclass: 'H01M', words: ['电池', '正极', '锂', '电解液'], axis: 0 },
  { subclass: 'A61K', words: ['药物', '组合物', '中药', '制剂'], axis: 2 },
  { subclass: 'G06F', words: ['数据', '处理器', '存储', '程序'], axis: 4 },
];
function catalogue(): LabelledText[] {
  const out: LabelledText[] = [];
  for (const t of TOPICS)
    for (let i = 0; i < 12; i++)
      out.push({
        tokens: [t.words[i % 4]!, t.words[(i + 1) % 4]!, ...(i % 3 === 0 ? ['装置'] : [])],
        vector: unit(t.axis, (t.axis + 1 + (i % 3)) % D, 0.1 + (i % 4) * 0.1),
        subclasses: [t.subclass],
      });
  return out;
}

describe('TF-IDF features', () => {
  const vocabulary = new Map([
    ['电池', 0],
    ['装置', 1],
  ]);
  const idf = Float32Array.from([2, 1]);

  it.each([
    { tokens: ['电池'], want: [[0, 1]] },
    // sublinear tf: twice = 1 + ln 2, times idf 2; 装置 once = 1 × idf 1; then L2-normalised
    {
      tokens: ['电池', '电池', '装置'],
      want: [
        [0, (2 * (1 + Math.log(2))) / Math.hypot(2 * (1 + Math.log(2)), 1)],
        [1, 1 / Math.hypot(2 * (1 + Math.log(2)), 1)],
      ],
    },
    { tokens: ['未知'], want: [] },
    { tokens: [], want: [] },
  ])('$tokens → sparse row, unknown tokens ignored', ({ tokens, want }) => {
    const row = tfidf(tokens, vocabulary, idf);
    expect([...row.index]).toEqual(want.map((w) => w[0]));
    want.forEach((w, i) => {
      expect(row.value[i]).toBeCloseTo(w[1]!, 6);
    });
  });
});

describe('softmax and top-n', () => {
  it.each([
    { z: [0, 0], want: [0.5, 0.5] },
    { z: [1000, 0], want: [1, 0] },
    { z: [Math.log(3), 0], want: [0.75, 0.25] },
  ])('softmax($z) = $want (stable for large logits)', ({ z, want }) => {
    const a = Float32Array.from(z);
    softmaxInPlace(a);
    want.forEach((w, i) => {
      expect(a[i]).toBeCloseTo(w, 6);
    });
  });

  it.each([
    { p: [0.1, 0.5, 0.4], n: 2, want: ['B', 'C'] },
    { p: [0.3, 0.3, 0.4], n: 2, want: ['C', 'A'] },
    { p: [0.3, 0.3, 0.4], n: 5, want: ['C', 'A', 'B'] },
    { p: [0.3, 0.3, 0.4], n: 0, want: [] },
  ])('topOf($p, $n) = $want (ties by label)', ({ p, n, want }) => {
    expect(topOf(Float32Array.from(p), ['A', 'B', 'C'], n).map((s) => s.subclass)).toEqual(want);
  });
});

describe('linear subclass model', () => {
  it.each(['lexical', 'dense', 'hybrid'] as const)(
    '%s features: learns the topics and classifies unseen texts',
    (features) => {
      const model = trainLinearModel(catalogue(), {
        features,
        dimensions: D,
        epochs: 30,
        batchSize: 8,
        minDocumentFrequency: 1,
        learningRate: { dense: 0.05, lexical: 0.1 },
      });
      expect(model.labels).toEqual(['A61K', 'G06F', 'H01M']);
      const cases = [
        { tokens: ['锂', '电解液'], vector: unit(0, 3, 0.3), want: 'H01M' },
        { tokens: ['中药', '制剂'], vector: unit(2, 5, 0.3), want: 'A61K' },
        { tokens: ['处理器', '程序'], vector: unit(4, 7, 0.3), want: 'G06F' },
      ];
      for (const c of cases) {
        const top = model.top(c.tokens, c.vector, 3);
        expect(top[0]!.subclass).toBe(c.want);
        expect(top[0]!.probability).toBeGreaterThan(0.5);
        expect(top.reduce((s, x) => s + x.probability, 0)).toBeCloseTo(1, 5);
      }
    },
  );

  it('a text with two subclasses spreads its target: both get a large share', () => {
    const two: LabelledText[] = [
      ...catalogue(),
      ...Array.from({ length: 10 }, () => ({
        tokens: ['中药', '组合物', '抗炎'],
        vector: unit(2, 3, 0.2),
        subclasses: ['A61K', 'A61P'],
      })),
    ];
    const model = trainLinearModel(two, {
      features: 'lexical',
      epochs: 40,
      batchSize: 8,
      minDocumentFrequency: 1,
      learningRate: { dense: 0.05, lexical: 0.1 },
    });
    const p = new Map(model.top(['中药', '组合物', '抗炎'], null, 4).map((s) => [s.subclass, s.probability]));
    expect(p.get('A61K')).toBeGreaterThan(0.3);
    expect(p.get('A61P')).toBeGreaterThan(0.3);
  });

  it('is deterministic for a seed, and training more epochs changes the weights', () => {
    const options = { features: 'hybrid' as const, dimensions: D, batchSize: 8, minDocumentFrequency: 1 };
    const a = new LinearTrainer(catalogue(), options);
    const b = new LinearTrainer(catalogue(), options);
    a.epoch();
    b.epoch();
    const pa = a.model().parameters;
    expect(pa.epochs).toBe(1);
    expect([...pa.lexicalWeights]).toEqual([...b.model().parameters.lexicalWeights]);
    expect([...pa.denseWeights]).toEqual([...b.model().parameters.denseWeights]);
    a.epoch();
    expect([...a.model().parameters.denseWeights]).not.toEqual([...pa.denseWeights]);
  });

  it('vocabulary: tokens below the document frequency are dropped, idf and standardisation from weight-1 texts', () => {
    const examples: LabelledText[] = [
      { tokens: ['电池', '罕见'], vector: unit(0), subclasses: ['H01M'] },
      { tokens: ['电池'], vector: unit(1), subclasses: ['H01M'] },
      // A reference title (weight < 1): trains, but does not count towards the vocabulary or the statistics.
      { tokens: ['罕见', '罕见'], vector: unit(5), subclasses: ['H01M'], weight: 0.3 },
    ];
    const t = new LinearTrainer(examples, { features: 'hybrid', dimensions: D, minDocumentFrequency: 2 });
    const p = t.model().parameters;
    expect(p.vocabulary).toEqual(['电池']);
    expect(p.documents).toBe(2);
    expect(p.mean[5]).toBeCloseTo(0, 6);
    expect(p.idf[0]).toBeCloseTo(Math.log(3 / 3) + 1, 6);
  });

  it('examples without subclasses or with weight 0 are ignored; a wrong vector length is refused', () => {
    const t = new LinearTrainer(
      [
        { tokens: ['电池'], vector: null, subclasses: [] },
        { tokens: ['电池'], vector: null, subclasses: ['H01M'], weight: 0 },
        { tokens: ['电池'], vector: null, subclasses: ['H01M'] },
      ],
      { features: 'lexical', minDocumentFrequency: 1 },
    );
    expect(t.examples).toBe(1);
    expect(
      () =>
        new LinearTrainer([{ tokens: [], vector: new Float32Array(3), subclasses: ['H01M'] }], {
          features: 'dense',
          dimensions: D,
        }),
    ).toThrow(RangeError);
  });

  it('a dense model without a vector falls back to its bias (the catalogue prior), never fails', () => {
    const model = trainLinearModel(
      [...catalogue(), ...catalogue().filter((e) => e.subclasses[0] === 'G06F')],
      { features: 'dense', dimensions: D, epochs: 5, batchSize: 8 },
    );
    const top = model.top(['电池'], null, 3);
    expect(top).toHaveLength(3);
    expect(top[0]!.subclass).toBe('G06F');
    expect(model).toBeInstanceOf(LinearSubclassModel);
  });

  it('one-vs-rest (sigmoid): each label its own probability; a two-label text gets both high', () => {
    const examples: LabelledText[] = [
      ...catalogue(),
      // medicines that are also compositions for a use (A61K with A61P), as real titles are
      ...Array.from({ length: 12 }, (_, i) => ({
        tokens: ['中药', '治疗', ...(i % 2 ? ['胃病'] : ['失眠'])],
        vector: unit(6, 2, 0.3),
        subclasses: ['A61K', 'A61P'],
      })),
    ];
    const model = trainLinearModel(examples, {
      features: 'hybrid',
      dimensions: D,
      epochs: 30,
      batchSize: 8,
      loss: 'sigmoid',
    });
    expect(model.parameters.loss).toBe('sigmoid');
    const p = model.probabilities(['中药', '治疗'], unit(6, 2, 0.3));
    const of = (s: string) => p[model.labelIndex.get(s)!]!;
    expect(of('A61K')).toBeGreaterThan(0.6);
    expect(of('A61P')).toBeGreaterThan(0.6);
    expect(of('G06F')).toBeLessThan(0.2);
    // not a distribution: the two labels together exceed 1
    expect(p.reduce((a, b) => a + b, 0)).toBeGreaterThan(1.2);
  });

  it('one-vs-rest starts every label at its log-odds among the patents', () => {
    const t = new LinearTrainer(catalogue(), { features: 'lexical', loss: 'sigmoid' });
    const p = t.model().probabilities(['未知'], null);
    // 12 of 36 patents per label: (12 + 0.5) / 37
    for (const x of p) expect(x).toBeCloseTo(12.5 / 37, 5);
  });
});
