import { describe, expect, it } from 'vitest';
import type { PatentFacts } from './matchStore';
import { combine, type DemandWants, onlyExclusiveWanted, SIGNAL_WEIGHTS, signalValues } from './signals';

const patent = (over: Partial<PatentFacts> = {}): PatentFacts => ({
  key: 1,
  seq: 1,
  subclasses: ['H01M'],
  sei: [],
  legalStatus: 'in_force',
  region: null,
  trl: null,
  industries: [],
  organisations: [],
  textHash: 0,
  ...over,
});
const wants = (over: Partial<DemandWants> = {}): DemandWants => ({
  region: null,
  industry: null,
  sei: [],
  desiredIpc: [],
  minTrl: null,
  modes: [],
  ...over,
});

describe('structured signals between a demand and a patent', () => {
  it('the weights sum to one', () => {
    expect(Object.values(SIGNAL_WEIGHTS).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it.each([
    {
      rule: 'IPC fit: the predicted probability of the patent’s best subclass relative to the top one',
      w: wants(),
      p: patent({ subclasses: ['H01M', 'H02J'] }),
      predicted: [
        ['H01M', 0.2],
        ['H02J', 0.4],
        ['C01B', 0.5],
      ] as [string, number][],
      expect: { ipc: { value: 0.8, subclass: 'H02J', how: 'predicted' } },
    },
    {
      rule: 'IPC fit: an explicitly desired class wins (prefix match)',
      w: wants({ desiredIpc: ['H01M4/13'] }),
      p: patent({ subclasses: ['H01M'] }),
      predicted: [['C01B', 0.9]] as [string, number][],
      expect: { ipc: { value: 1, subclass: 'H01M', how: 'desired' } },
    },
    {
      rule: 'region: same city (4-digit prefix) counts fully, same province 0.6',
      w: wants({ region: '410105' }),
      p: patent({ region: '410102' }),
      predicted: [],
      expect: { region: { value: 1, level: 'city' } },
    },
    {
      rule: 'region: same province only',
      w: wants({ region: '41' }),
      p: patent({ region: '410102' }),
      predicted: [],
      expect: { region: { value: 0.6, level: 'province' } },
    },
    {
      rule: 'SEI: a shared category (through the SEI–IPC concordance) counts fully, a shared domain half',
      w: wants({ sei: ['5'] }),
      p: patent({ sei: ['5', '5.1'] }),
      predicted: [],
      expect: { sei: { value: 1, code: '5.1' } },
    },
    {
      rule: 'industry: a tag in the demand’s GB/T 4754 division',
      w: wants({ industry: 'C3841' }),
      p: patent({ industries: ['C3849'] }),
      predicted: [],
      expect: { industry: { value: 1, code: 'C3849' } },
    },
    {
      rule: 'readiness: a known TRL at least the demand’s minimum',
      w: wants({ minTrl: 6 }),
      p: patent({ trl: 7 }),
      predicted: [],
      expect: { readiness: { value: 1, trl: 7 } },
    },
    {
      rule: 'legal status: pending counts 0.6 of in force',
      w: wants(),
      p: patent({ legalStatus: 'pending' }),
      predicted: [],
      expect: { legal: { value: 0.6, status: 'pending' } },
    },
  ])('$rule', ({ w, p, predicted, expect: e }) => {
    const s = signalValues(w, p, new Map(predicted), false);
    expect(s).toMatchObject(e);
  });

  it('an open licence counts more when the demand prefers one (open-licence pool first)', () => {
    const p = patent();
    const plain = combine(0.5, signalValues(wants(), p, new Map(), true), wants());
    const preferring = wants({ modes: ['open_licence'] });
    const preferred = combine(0.5, signalValues(preferring, p, new Map(), true), preferring);
    expect(preferred.contributions.licence).toBeGreaterThan(plain.contributions.licence);
    expect(preferred.total - plain.total).toBeCloseTo(0.1, 12);
  });

  it('Patent Law Art. 51(3): an open licence is worth nothing to a demand that accepts only exclusive or sole licences', () => {
    const w = wants({ modes: ['exclusive_licence', 'sole_licence'] });
    expect(onlyExclusiveWanted(w.modes)).toBe(true);
    expect(onlyExclusiveWanted(['exclusive_licence', 'transfer'])).toBe(false);
    expect(onlyExclusiveWanted([])).toBe(false);
    const b = combine(0.5, signalValues(w, patent(), new Map(), true), w);
    expect(b.contributions.licence).toBe(0);
  });

  it('the total is the sum of the weighted contributions', () => {
    const w = wants({ region: '4101', minTrl: 5 });
    const s = signalValues(w, patent({ region: '410101', trl: 5 }), new Map([['H01M', 1]]), false);
    const b = combine(0.4, s, w);
    expect(b.total).toBeCloseTo(0.5 * 0.4 + 0.3 * 1 + 0.05 * 1 + 0.03 * 1 + 0.02 * 1, 12);
  });
});
