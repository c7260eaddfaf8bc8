import { describe, expect, it } from 'vitest';
import { mapSheetHeader, parseSheetRow, wanToFen } from './importSheet';
import {
  allowedMoves,
  checkTransition,
  DEMAND_STATES,
  type DemandState,
  transitionReason,
} from './lifecycle';

describe('demand states: open → matched → negotiating → closed', () => {
  const table: [DemandState, DemandState, boolean][] = [
    ['open', 'matched', true],
    ['open', 'negotiating', true],
    ['open', 'closed', true],
    ['matched', 'open', true],
    ['matched', 'negotiating', true],
    ['matched', 'closed', true],
    ['negotiating', 'matched', true],
    ['negotiating', 'open', false],
    ['negotiating', 'closed', true],
    ['closed', 'open', false],
    ['closed', 'matched', false],
    ['closed', 'negotiating', false],
  ];
  it.each(table)('%s → %s: %s', (from, to, ok) => {
    const r = checkTransition(from, to, 'solved', null);
    expect(r.ok).toBe(ok);
    expect(allowedMoves(from).includes(to)).toBe(ok);
  });

  it.each(DEMAND_STATES)('%s → itself is refused', (s) => {
    const r = checkTransition(s, s, 'solved', null);
    expect(r.ok).toBe(false);
  });

  it.each([
    [null, null, 'REASON_REQUIRED'],
    ['other', null, 'REASON_REQUIRED'],
    ['other', '  ', 'REASON_REQUIRED'],
    ['other', '企业转型，不再需要', null],
    ['licensed', null, null],
  ] as const)('closing with reason %s and note %j → %s', (reason, note, code) => {
    const r = checkTransition('open', 'closed', reason, note);
    if (code === null) expect(r.ok).toBe(true);
    else expect(r).toMatchObject({ ok: false, code });
  });

  it('refusals say why in both languages', () => {
    const r = checkTransition('closed', 'open', null, null);
    expect(r).toMatchObject({ ok: false, code: 'CLOSED' });
    if (!r.ok) {
      expect(r.message.zh).toMatch(/已关闭/);
      expect(r.message.en).toMatch(/closed/);
    }
  });
});

describe('the questionnaire as a sheet', () => {
  it.each([
    ['50', 50_000_000],
    ['12.5', 12_500_000],
    ['0.0001', 100],
    ['1,000', 1_000_000_000],
    ['50万元', 50_000_000],
    ['５０', 50_000_000],
    ['0.00001', null],
    ['-5', null],
    ['五十', null],
  ] as const)('%s 万元 → %s fen', (text, fen) => {
    expect(wanToFen(text)).toBe(fen);
  });

  it('headers in Chinese, aliases and English field names; required columns named', () => {
    const { columns, missing } = mapSheetHeader([
      '需求名称',
      '技术问题',
      ' 意向合作方式 ',
      'contactName',
      '乱七八糟',
    ]);
    expect(columns).toEqual({ title: 0, problem: 1, preferredModes: 2, contactName: 3 });
    expect(missing).toEqual([]);
    expect(mapSheetHeader(['需求名称']).missing).toEqual(['problem', 'preferredModes', 'contactName']);
  });

  it('words become codes; a range fills both budget bounds; unknown words are cell errors', () => {
    const { columns } = mapSheetHeader([
      '需求名称',
      '需要解决的技术问题',
      '合作方式',
      '预算（万元）',
      '企业规模',
      '期望完成时间',
      '是否公开',
      '联系人',
      '最低技术就绪度',
    ]);
    const ok = parseSheetRow(
      ['T', 'P', '独占许可、合作开发，独占', '10-50', '小型企业', '半年内', '否', '王', 'TRL 4'],
      columns,
    );
    expect(ok.errors).toEqual([]);
    expect(ok.raw).toMatchObject({
      preferredModes: ['exclusive_licence', 'joint_development'],
      budgetMinFen: 10_000_000,
      budgetMaxFen: 50_000_000,
      enterpriseSize: 'small',
      timeline: 'within_6_months',
      visibility: 'private',
      minTrl: 4,
    });
    const bad = parseSheetRow(['T', 'P', '租赁', '很多', '巨型', '明天', '也许', '王', '10'], columns);
    expect(bad.errors.map((e) => e.field).sort()).toEqual(
      ['budgetMax', 'enterpriseSize', 'minTrl', 'preferredModes', 'timeline', 'visibility'].sort(),
    );
    for (const e of bad.errors) expect(e.message.zh.length).toBeGreaterThan(3);
  });
});

describe('a stored transition reason read back: code, label in both languages, note', () => {
  it.each([
    ['the platform’s own move, stored as a code', 'relevant_match', 'matched', true, 'relevant_match', null],
    [
      'the platform’s move stored in words before codes',
      'relevant match',
      'matched',
      true,
      'relevant_match',
      null,
    ],
    ['a closing reason with a note', 'licensed: 与某大学签约', 'closed', false, 'licensed', '与某大学签约'],
    ['a closing reason without a note', 'solved', 'closed', false, 'solved', null],
    ['"other" with its explanation', 'other: 企业搬迁', 'closed', false, 'other', '企业搬迁'],
    ['an unknown closing text is "other" with the text kept', '已放弃', 'closed', false, 'other', '已放弃'],
    ['a user’s note on another move', '对方报价过高', 'matched', false, null, '对方报价过高'],
    [
      'a user cannot pass a note off as the platform’s code',
      'relevant_match',
      'matched',
      false,
      null,
      'relevant_match',
    ],
    ['no reason', null, 'negotiating', false, null, null],
  ] as const)('%s', (_name, stored, to, byPlatform, code, note) => {
    const r = transitionReason(stored, to as DemandState, byPlatform);
    expect(r.code).toBe(code);
    expect(r.note).toBe(note);
    if (code) {
      expect(r.label!.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(r.label!.en).toMatch(/[A-Za-z]/);
    } else expect(r.label).toBeNull();
  });
});
