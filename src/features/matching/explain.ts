import type { Bilingual } from '../../platform/http/problem';
import { LEGAL_STATUS_LABEL, type LegalStatus } from '../patents/legalStatus';
import type { QueryTerm } from '../search/bm25fIndex';
import type { SubclassScore } from './ipcPredictor';
import type { RankedMatch } from './matcher';
import { onlyExclusiveWanted, prefersOpenLicence, type SignalName, type TransferMode } from './signals';

/**
 * Human-readable reasons for one demand ↔ patent match, pure. Every reason names what it rests on in both
 * records — `demand` and `patent` hold strings that occur verbatim in that record's text or are the labels
 * of its coded fields (a mode the demand chose, a code the patent carries) — and a reason is given only when
 * both sides have something to show. The tests check exactly that.
 */
export type ReasonKind =
  | 'concepts'
  | 'semantic'
  | 'ipc'
  | 'sei'
  | 'industry'
  | 'openLicence'
  | 'legal'
  | 'ownerRegion'
  | 'readiness';

export interface MatchReason {
  kind: ReasonKind;
  text: Bilingual;
  /** What in the demand this refers to (verbatim text, or labels/codes of its fields). */
  demand: string[];
  /** What in the patent this refers to. */
  patent: string[];
  /** Weighted contribution of the signal to the score (0 for purely informative reasons). */
  contribution: number;
  /** A caution rather than a point in favour (e.g. an open licence cannot be exclusive). */
  caution: boolean;
}

/** The demand side as matching saw it. */
export interface ExplainDemand {
  /** Title first; the texts that were matched. */
  texts: readonly string[];
  title: string;
  enterpriseName: string | null;
  region: { code: string; name: string } | null;
  desiredIpc: readonly string[];
  seiCodes: readonly string[];
  industryCode: string | null;
  minTrl: number | null;
  modes: readonly TransferMode[];
  /** How the demand names each mode: its label (questionnaire) or the words of a free text ('独占许可'). */
  modeWords: Readonly<Partial<Record<TransferMode, string>>>;
  /** Budget upper bound in fen and how the demand says it ('预算50万', or the questionnaire's label). */
  budget: { maxFen: number; words: string } | null;
}

export interface ExplainPatent {
  title: string;
  abstract: string | null;
  firstClaim: string | null;
  ipcCodes: readonly string[];
  seiCodes: readonly string[];
  industryCodes: readonly string[];
  trl: number | null;
  legalStatus: LegalStatus;
  /** Current right holders (patentees, else applicants), in order. */
  owners: readonly string[];
  region: { code: string; name: string } | null;
  /** The published open-licence declaration, when there is one (from the open-licence pool). */
  openLicence: { terms: Bilingual; termEnd: string; fixedFeeFen: number | null } | null;
}

export interface ExplainLabels {
  ipcTitle(code: string): string | null;
  seiName(code: string): string | null;
  industryName(code: string): string | null;
}

const fold = (s: string) => s.normalize('NFKC').toLowerCase();

/** Terms worth showing: two or more characters, not pure digits or punctuation. */
function meaningful(term: string): boolean {
  return [...term].length >= 2 && /[\p{L}]/u.test(term) && !/^[\d.%]+$/.test(term);
}

function termText(t: QueryTerm): string {
  return typeof t === 'string' ? t : t.term;
}

/**
 * Query terms found verbatim in both records, neighbouring ones joined when the joined text is in both too
 * (jieba splits 正极材料 into 正极 + 材料), longest first, a term dropped when a longer shown one holds it.
 */
export function sharedConcepts(
  terms: readonly QueryTerm[],
  demandTexts: readonly string[],
  patentTexts: readonly (string | null)[],
  max = 6,
): string[] {
  const raw = demandTexts.join('\n');
  const folded = fold(raw);
  // Slices are taken from the original text when folding kept positions (it does for Chinese text).
  const source = folded.length === raw.length ? raw : folded;
  const p = fold(patentTexts.filter(Boolean).join('\n'));
  const shared = [...new Set(terms.map(termText))].filter(
    (t) => [...t].length >= 2 && folded.includes(fold(t)) && p.includes(fold(t)),
  );
  const spans: { start: number; end: number }[] = [];
  for (const t of shared) {
    const f = fold(t);
    for (let i = folded.indexOf(f); i >= 0; i = folded.indexOf(f, i + 1))
      spans.push({ start: i, end: i + f.length });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const joined: string[] = [];
  for (let i = 0; i < spans.length; i++) {
    let { start, end } = spans[i]!;
    for (let j = i + 1; j < spans.length && spans[j]!.start <= end; j++) {
      const next = spans[j]!;
      if (next.start === end && p.includes(folded.slice(start, next.end))) end = next.end;
    }
    joined.push(source.slice(start, end));
  }
  const found = [...new Set(joined)].filter(meaningful).sort((a, b) => [...b].length - [...a].length);
  const out: string[] = [];
  for (const t of found) {
    if (out.some((o) => o.includes(t))) continue;
    out.push(t);
    if (out.length === max) break;
  }
  return out;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

const MODE_ZH: Record<TransferMode, string> = {
  transfer: '专利转让',
  exclusive_licence: '独占许可',
  sole_licence: '排他许可',
  ordinary_licence: '普通许可',
  open_licence: '开放许可',
  equity: '作价入股',
  joint_development: '合作开发',
};

export function explainMatch(
  m: RankedMatch,
  terms: readonly QueryTerm[],
  predicted: readonly SubclassScore[],
  demand: ExplainDemand,
  patent: ExplainPatent,
  labels: ExplainLabels,
): MatchReason[] {
  const reasons: MatchReason[] = [];
  const c = m.breakdown.contributions;
  const add = (
    kind: ReasonKind,
    text: Bilingual,
    d: readonly string[],
    p: readonly string[],
    signal: SignalName | null,
    caution = false,
  ) => {
    const ds = [...new Set(d.filter((x) => x.trim()))];
    const ps = [...new Set(p.filter((x) => x.trim()))];
    if (ds.length === 0 || ps.length === 0) return;
    reasons.push({
      kind,
      text,
      demand: ds,
      patent: ps,
      contribution: signal ? round2(c[signal]) : 0,
      caution,
    });
  };
  const patentTexts = [patent.title, patent.abstract, patent.firstClaim];

  // Shared concepts: words of the demand found in the patent's title, abstract or claim.
  const concepts = sharedConcepts(terms, demand.texts, patentTexts);
  if (concepts.length)
    add(
      'concepts',
      { zh: `共同技术概念：${concepts.join('、')}`, en: `Shared concepts: ${concepts.join(', ')}` },
      concepts,
      concepts,
      'text',
    );

  // Meaning close without shared words (or beyond them): the embeddings of both texts.
  const sim = m.text.similarity;
  if (sim !== null && m.text.denseRank !== null && sim >= 0.6)
    add(
      'semantic',
      {
        zh: `语义相近：需求「${demand.title}」与专利「${patent.title}」的语义相似度为 ${sim.toFixed(2)}`,
        en: `Close in meaning: the demand "${demand.title}" and the patent "${patent.title}" have a semantic similarity of ${sim.toFixed(2)}`,
      },
      [demand.title],
      [patent.title],
      concepts.length ? null : 'text',
    );

  // IPC fit: the patent's subclass, its Chinese title, and why it fits the demand.
  const sub = m.signals.ipc.subclass;
  if (sub && m.signals.ipc.how !== 'none') {
    const title = labels.ipcTitle(sub);
    const codes = patent.ipcCodes.filter((code) => code.replace(/\s+/g, '').toUpperCase().startsWith(sub));
    const head = title ? `${sub}（${title}）` : sub;
    if (m.signals.ipc.how === 'desired') {
      const wanted = demand.desiredIpc.filter(
        (d) => sub.startsWith(d.slice(0, 4)) || d.slice(0, 4).startsWith(sub),
      );
      add(
        'ipc',
        {
          zh: `IPC 小类 ${head}：专利分类号 ${codes.join('、')}，属于需求指定的分类 ${wanted.join('、')}`,
          en: `IPC subclass ${sub}${title ? ` (${title})` : ''}: the patent is classified ${codes.join(', ')}, within the requested ${wanted.join(', ')}`,
        },
        wanted,
        codes,
        'ipc',
      );
    } else {
      const p = predicted.find((s) => s.subclass === sub)?.probability ?? 0;
      // What in the demand points there: its words in the subclass title, else the concepts it shares with
      // this patent (the neighbours that voted share them), else its title (a vote of the embeddings). The
      // terms may be the patent's (reverse matching ranks demands by the patent's words): a word counts only
      // where the demand says it too.
      const said = fold(demand.texts.join('\n'));
      const inTitle = title
        ? [
            ...new Set(
              terms.map(termText).filter((t) => meaningful(t) && title.includes(t) && said.includes(fold(t))),
            ),
          ]
        : [];
      const evidence = inTitle.length ? inTitle : concepts.length ? concepts : [demand.title];
      add(
        'ipc',
        {
          zh: `IPC 小类 ${head}：专利分类号 ${codes.join('、')}，与需求文本预测的技术领域一致（概率 ${p.toFixed(2)}，依据：${evidence.slice(0, 4).join('、')}）`,
          en: `IPC subclass ${sub}${title ? ` (${title})` : ''}: the patent is classified ${codes.join(', ')}, the field predicted from the demand text (probability ${p.toFixed(2)}, from: ${evidence.slice(0, 4).join(', ')})`,
        },
        evidence.slice(0, 4),
        codes,
        'ipc',
      );
    }
  }

  // Strategic emerging industry shared.
  const sei = m.signals.sei.code;
  if (sei) {
    const wanted = demand.seiCodes.filter(
      (w) => w === sei || sei.startsWith(`${w}.`) || w.startsWith(`${sei}.`),
    );
    const name = labels.seiName(sei);
    add(
      'sei',
      {
        zh: `战略性新兴产业：${sei}${name ? ` ${name}` : ''}（需求所属 ${wanted.join('、')}）`,
        en: `Strategic emerging industry ${sei}${name ? ` ${name}` : ''} (the demand names ${wanted.join(', ')})`,
      },
      wanted,
      [sei],
      'sei',
    );
  }

  // Industry (GB/T 4754) shared.
  const ind = m.signals.industry.code;
  if (ind && demand.industryCode) {
    const name = labels.industryName(ind);
    add(
      'industry',
      {
        zh: `国民经济行业：${ind}${name ? ` ${name}` : ''}，与需求方行业 ${demand.industryCode} 相同或相近`,
        en: `Industry ${ind}${name ? ` ${name}` : ''} matches the enterprise's ${demand.industryCode}`,
      },
      [demand.industryCode],
      [ind],
      'industry',
    );
  }

  // Open licence: availability and terms from the pool, against the ways the demand wants to cooperate.
  const modeWords = demand.modes.map((mode) => demand.modeWords[mode] ?? MODE_ZH[mode]);
  if (patent.openLicence) {
    const terms = patent.openLicence.terms;
    if (onlyExclusiveWanted(demand.modes))
      add(
        'openLicence',
        {
          zh: `该专利已声明开放许可（${terms.zh}，至 ${patent.openLicence.termEnd}），但开放许可期间只能给予普通许可，不得给予独占或排他许可（专利法第五十一条第三款），与需求希望的${modeWords.join('、')}不同`,
          en: `The patent is under an open licence (${terms.en}, until ${patent.openLicence.termEnd}), which allows only ordinary licences, never exclusive or sole ones (Patent Law Art. 51(3)); the demand wants ${demand.modes.join(', ')}`,
        },
        modeWords,
        ['开放许可', terms.zh],
        null,
        true,
      );
    else {
      const fee = patent.openLicence.fixedFeeFen;
      const budget = demand.budget && fee !== null ? demand.budget : null;
      const within = budget && fee !== null && fee <= budget.maxFen;
      const budgetZh = budget
        ? `；固定费用${within ? '在' : '超出'}需求预算（${budget.words}）${within ? '以内' : ''}`
        : '';
      const budgetEn = budget
        ? `; the fixed fee is ${within ? 'within' : 'above'} the budget (${budget.words})`
        : '';
      const fits = prefersOpenLicence(demand.modes);
      add(
        'openLicence',
        {
          zh: `开放许可：书面通知专利权人并按公告条件付费即可获得许可（专利法第五十一条第一款）——${terms.zh}，至 ${patent.openLicence.termEnd}${fits ? `；符合需求希望的${modeWords.join('、')}` : ''}${budgetZh}`,
          en: `Open licence: a written notice and the published fee give a licence (Patent Law Art. 51(1)) — ${terms.en}, until ${patent.openLicence.termEnd}${fits ? `; fits the demand's ${demand.modes.join(', ')}` : ''}${budgetEn}`,
        },
        [
          ...(fits || !budget ? modeWords : []),
          ...(budget ? [budget.words] : []),
          ...(modeWords.length || budget ? [] : [demand.title]),
        ],
        ['开放许可', terms.zh],
        'licence',
        budget !== null && !within,
      );
    }
  }

  // Legal status: what it means for the ways the demand wants to cooperate.
  if (modeWords.length) {
    const label = LEGAL_STATUS_LABEL[patent.legalStatus];
    const status = patent.legalStatus;
    const text: Bilingual =
      status === 'in_force'
        ? {
            zh: `法律状态：${label.zh}——可依法转让或许可（需求：${modeWords.join('、')}）`,
            en: `Legal status: ${label.en} — it can be assigned or licensed (the demand wants ${demand.modes.join(', ')})`,
          }
        : status === 'pending'
          ? {
              zh: `法律状态：${label.zh}——尚未授权，能否获得专利权仍不确定（需求：${modeWords.join('、')}）`,
              en: `Legal status: ${label.en} — not granted yet, so the right is uncertain (the demand wants ${demand.modes.join(', ')})`,
            }
          : {
              zh: `法律状态：${label.zh}——需核实权利状态后再洽谈（需求：${modeWords.join('、')}）`,
              en: `Legal status: ${label.en} — check the right before negotiating (the demand wants ${demand.modes.join(', ')})`,
            };
    add('legal', text, modeWords, [label.zh], 'legal', status !== 'in_force');
  }

  // Owner and region, against the enterprise and where it is.
  if (patent.owners.length) {
    const owners = patent.owners.slice(0, 3);
    const where = patent.region?.name;
    const demandSide = [demand.enterpriseName, demand.region?.name].filter((x): x is string => !!x);
    const sameCity = m.signals.region.level === 'city';
    const sameProvince = m.signals.region.level === 'province';
    const relation =
      demand.region && patent.region
        ? sameCity
          ? {
              zh: `，与需求方同在${demand.region.name}`,
              en: `, in the same city as the enterprise (${demand.region.name})`,
            }
          : sameProvince
            ? {
                zh: `，与需求方（${demand.region.name}）同省`,
                en: `, in the enterprise's province (${demand.region.name})`,
              }
            : { zh: `；需求方位于${demand.region.name}`, en: `; the enterprise is in ${demand.region.name}` }
        : { zh: '', en: '' };
    add(
      'ownerRegion',
      {
        zh: `专利权人：${owners.join('、')}${where ? `（${where}）` : ''}${relation.zh}`,
        en: `Held by ${owners.join(', ')}${where ? ` (${where})` : ''}${relation.en}`,
      },
      demandSide,
      [...owners, ...(where ? [where] : [])],
      m.signals.region.value > 0 ? 'region' : null,
    );
  }

  // Readiness against the demand's minimum.
  if (demand.minTrl !== null && patent.trl !== null) {
    const ok = patent.trl >= demand.minTrl;
    add(
      'readiness',
      {
        zh: `技术就绪度 TRL ${patent.trl}，${ok ? '达到' : '低于'}需求要求的 TRL ${demand.minTrl}`,
        en: `Readiness TRL ${patent.trl}, ${ok ? 'meets' : 'below'} the required TRL ${demand.minTrl}`,
      },
      [`TRL ${demand.minTrl}`],
      [`TRL ${patent.trl}`],
      'readiness',
      !ok,
    );
  }
  return reasons;
}
