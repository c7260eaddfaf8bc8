import { describe, expect, it } from 'vitest';
import type { PaymentTerms } from './paymentTerms';
import {
  checkLicenceGrant,
  checkNotice,
  checkPayment,
  dueFilingReminder,
  filingDeadline,
  type LicenceContext,
  type LicenceRequest,
  type NoticeInput,
  openLicenceTerm,
  uptakeStatus,
} from './uptake';

const notice = (over: Partial<NoticeInput> = {}): NoticeInput => ({
  declarationState: 'published',
  term: { startDate: '2025-01-01', endDate: '2027-12-31' },
  patentees: ['华中科技大学'],
  licenseeName: '武汉某电子有限公司',
  writtenNotice: '实施开放许可通知书：我公司拟实施 ZL202110000000.0 号专利……',
  noticeDate: '2025-03-10',
  ...over,
});

describe('Law 51(1): written notice', () => {
  it.each([
    { name: 'published declaration, written notice → accepted', over: {}, codes: [] },
    {
      name: 'verified but not published → refused',
      over: { declarationState: 'verified' as const },
      codes: ['DECLARATION_NOT_PUBLISHED'],
    },
    {
      name: 'suspended → refused',
      over: { declarationState: 'suspended' as const },
      codes: ['DECLARATION_NOT_PUBLISHED'],
    },
    {
      name: 'withdrawn → refused',
      over: { declarationState: 'withdrawn' as const },
      codes: ['DECLARATION_NOT_PUBLISHED'],
    },
    { name: 'empty notice → refused', over: { writtenNotice: ' ' }, codes: ['NOTICE_NOT_WRITTEN'] },
    {
      name: 'the patentee itself → refused',
      over: { licenseeName: '华中科技大学' },
      codes: ['LICENSEE_IS_PATENTEE'],
    },
    {
      name: 'notice before the term starts → accepted (the licence starts with the term)',
      over: { noticeDate: '2024-12-31' },
      codes: [],
    },
    { name: 'notice on the last day of the term → accepted', over: { noticeDate: '2027-12-31' }, codes: [] },
    {
      name: 'notice after the term → refused',
      over: { noticeDate: '2028-01-01' },
      codes: ['NOTICE_AFTER_TERM'],
    },
  ])('$name', ({ over, codes }) => {
    const refusals = checkNotice(notice(over));
    expect(refusals.map((r) => r.code)).toEqual(codes);
    for (const r of refusals) expect(r.message.zh).toContain(r.article);
  });
});

describe('Law 51(1): payment per the published terms, then the licence', () => {
  const oneTime: PaymentTerms = { mode: 'one_time', amountFen: 1_000_000 };
  it('a one-time fee takes effect on the day the whole amount is paid', () => {
    expect(uptakeStatus(oneTime, '2025-03-10', [], '2025-03-20')).toMatchObject({
      state: 'awaiting_payment',
      effectiveDate: null,
      outstandingFen: 1_000_000,
    });
    const partial = [{ kind: 'upfront' as const, paidOn: '2025-03-12', amountFen: 400_000 }];
    expect(uptakeStatus(oneTime, '2025-03-10', partial, '2025-03-20')).toMatchObject({
      state: 'awaiting_payment',
      outstandingFen: 600_000,
    });
    const full = [...partial, { kind: 'upfront' as const, paidOn: '2025-03-15', amountFen: 600_000 }];
    expect(uptakeStatus(oneTime, '2025-03-10', full, '2025-03-20')).toMatchObject({
      state: 'in_force',
      effectiveDate: '2025-03-15',
      outstandingFen: 0,
    });
  });

  it('royalty-only and free licences take effect on the notice day', () => {
    const royalty: PaymentTerms = { mode: 'royalty', base: 'net_sales', rateBp: 300, period: 'year' };
    expect(uptakeStatus(royalty, '2025-03-10', [], '2025-03-10')).toMatchObject({
      state: 'in_force',
      effectiveDate: '2025-03-10',
    });
    expect(uptakeStatus({ mode: 'free' }, '2025-03-10', [], '2025-03-10')).toMatchObject({
      state: 'in_force',
    });
  });

  it('entry fee plus royalty needs the entry fee first', () => {
    const terms: PaymentTerms = {
      mode: 'entry_fee_plus_royalty',
      entryFeeFen: 200_000,
      base: 'profit',
      rateBp: 1000,
      period: 'year',
    };
    expect(uptakeStatus(terms, '2025-03-10', [], '2025-03-10').state).toBe('awaiting_payment');
    expect(
      uptakeStatus(
        terms,
        '2025-03-10',
        [{ kind: 'upfront', paidOn: '2025-03-11', amountFen: 200_000 }],
        '2025-03-11',
      ),
    ).toMatchObject({ state: 'in_force', effectiveDate: '2025-03-11' });
  });

  it('try first: licensed during the trial, overdue after it if unpaid', () => {
    const terms: PaymentTerms = {
      mode: 'try_first',
      trialMonths: 3,
      afterTrial: { mode: 'one_time', amountFen: 50_000 },
    };
    expect(uptakeStatus(terms, '2024-11-30', [], '2025-02-28')).toMatchObject({
      state: 'trial',
      effectiveDate: '2024-11-30',
      trialEnds: '2025-02-28',
      dueBy: '2025-02-28',
    });
    expect(uptakeStatus(terms, '2024-11-30', [], '2025-03-01')).toMatchObject({
      state: 'payment_overdue',
      overdue: true,
    });
    expect(
      uptakeStatus(
        terms,
        '2024-11-30',
        [{ kind: 'upfront', paidOn: '2025-02-20', amountFen: 50_000 }],
        '2025-03-01',
      ),
    ).toMatchObject({ state: 'in_force', overdue: false });
  });

  it.each([
    { name: 'exact amount', amount: 1_000_000, kind: 'upfront' as const, paidOn: '2025-03-10', codes: [] },
    {
      name: 'more than due',
      amount: 1_000_001,
      kind: 'upfront' as const,
      paidOn: '2025-03-10',
      codes: ['PAYMENT_EXCEEDS_AMOUNT_DUE'],
    },
    {
      name: 'zero',
      amount: 0,
      kind: 'upfront' as const,
      paidOn: '2025-03-10',
      codes: ['PAYMENT_NOT_POSITIVE'],
    },
    {
      name: 'before the notice',
      amount: 10,
      kind: 'upfront' as const,
      paidOn: '2025-03-09',
      codes: ['PAYMENT_BEFORE_NOTICE'],
    },
    {
      name: 'royalty under a one-time fee',
      amount: 10,
      kind: 'royalty' as const,
      paidOn: '2025-03-10',
      codes: ['ROYALTY_NOT_IN_TERMS'],
    },
  ])('payment: $name', ({ amount, kind, paidOn, codes }) => {
    const status = uptakeStatus(oneTime, '2025-03-10', [], '2025-03-10');
    const refusals = checkPayment({
      terms: oneTime,
      noticeDate: '2025-03-10',
      status,
      payment: { kind, paidOn, amountFen: amount },
    });
    expect(refusals.map((r) => r.code)).toEqual(codes);
  });

  it('a royalty payment must match the published rate on the reported base', () => {
    const terms: PaymentTerms = { mode: 'royalty', base: 'net_sales', rateBp: 300, period: 'year' };
    const status = uptakeStatus(terms, '2025-03-10', [], '2025-03-10');
    const base = {
      terms,
      noticeDate: '2025-03-10',
      status,
      reportedBaseFen: 10_000_000,
      computedRoyaltyFen: 300_000,
    };
    expect(
      checkPayment({ ...base, payment: { kind: 'royalty', paidOn: '2026-01-10', amountFen: 300_000 } }),
    ).toEqual([]);
    expect(
      checkPayment({ ...base, payment: { kind: 'royalty', paidOn: '2026-01-10', amountFen: 299_999 } }).map(
        (r) => r.code,
      ),
    ).toEqual(['ROYALTY_AMOUNT_MISMATCH']);
  });
});

describe('Law 51(3) and JI Art. 25: recording other licences', () => {
  const ctx = (over: Partial<LicenceContext> = {}): LicenceContext => ({
    legalStatus: 'in_force',
    expiryDate: '2040-01-01',
    openLicenceInForce: true,
    existing: [],
    today: '2025-06-15',
    ...over,
  });
  const req = (over: Partial<LicenceRequest> = {}): LicenceRequest => ({
    kind: 'ordinary',
    startDate: '2025-07-01',
    endDate: '2030-06-30',
    scope: { territory: [], field: null },
    ...over,
  });
  it.each([
    {
      name: 'Law 51(3): negotiated ordinary licence under an open licence is allowed',
      r: req(),
      c: ctx(),
      codes: [],
    },
    {
      name: 'Law 51(3): exclusive licence under an open licence is refused',
      r: req({ kind: 'exclusive' }),
      c: ctx(),
      codes: ['EXCLUSIVE_WHILE_OPEN_LICENCE'],
    },
    {
      name: 'Law 51(3): sole licence under an open licence is refused',
      r: req({ kind: 'sole' }),
      c: ctx(),
      codes: ['EXCLUSIVE_WHILE_OPEN_LICENCE'],
    },
    {
      name: 'exclusive licence without an open licence is allowed',
      r: req({ kind: 'exclusive' }),
      c: ctx({ openLicenceInForce: false }),
      codes: [],
    },
    {
      name: 'JI 25: ordinary licence inside an exclusive licence’s scope is refused',
      r: req(),
      c: ctx({
        openLicenceInForce: false,
        existing: [
          {
            kind: 'exclusive',
            startDate: '2024-01-01',
            endDate: '2026-12-31',
            scope: { territory: ['42'], field: null },
          },
        ],
      }),
      codes: ['CONFLICTS_WITH_EXCLUSIVE_LICENCE'],
    },
    {
      name: 'JI 25: exclusive licence that ended the day before the new one starts is no conflict',
      r: req({ kind: 'exclusive' }),
      c: ctx({
        openLicenceInForce: false,
        existing: [
          {
            kind: 'exclusive',
            startDate: '2024-01-01',
            endDate: '2025-06-30',
            scope: { territory: [], field: null },
          },
        ],
      }),
      codes: [],
    },
    {
      name: 'Civil Code 865: licence beyond the patent term is refused',
      r: req({ endDate: '2040-01-02' }),
      c: ctx(),
      codes: ['LICENCE_TERM_PAST_EXPIRY'],
    },
    {
      name: 'Civil Code 865: lapsed patent',
      r: req(),
      c: ctx({ legalStatus: 'lapsed' }),
      codes: ['PATENT_NOT_IN_FORCE'],
    },
  ])('$name', ({ r, c, codes }) => {
    const refusals = checkLicenceGrant(r, c);
    expect(refusals.map((x) => x.code)).toEqual(codes);
    for (const x of refusals) expect(x.message.zh).toContain(x.article);
  });

  it('an open-licence uptake runs to the declared end, capped by expiry, from the declared start at the earliest', () => {
    const declared = { startDate: '2025-01-01', endDate: '2027-12-31' };
    expect(openLicenceTerm('2025-03-15', declared, '2030-01-01')).toEqual({
      startDate: '2025-03-15',
      endDate: '2027-12-31',
    });
    expect(openLicenceTerm('2025-03-15', declared, '2026-05-01')).toEqual({
      startDate: '2025-03-15',
      endDate: '2026-05-01',
    });
    expect(openLicenceTerm('2024-12-20', declared, null)).toEqual({
      startDate: '2025-01-01',
      endDate: '2027-12-31',
    });
  });
});

describe('Regs 15(2): filing within 3 months of the effective date', () => {
  it.each([
    ['2024-01-15', '2024-04-15'],
    ['2023-11-30', '2024-02-29'],
    ['2024-11-30', '2025-02-28'],
    ['2024-11-29', '2025-02-28'],
    ['2025-05-31', '2025-08-31'],
    ['2025-03-31', '2025-06-30'],
    ['2025-12-31', '2026-03-31'],
  ])('effective %s → file by %s', (effective, deadline) => {
    expect(filingDeadline(effective)).toBe(deadline);
  });

  it.each([
    { today: '2025-03-01', sent: [], expect: null },
    { today: '2025-03-16', sent: [], expect: { kind: 'before_deadline', daysBefore: 30 } },
    { today: '2025-03-20', sent: [30], expect: null },
    { today: '2025-04-08', sent: [30], expect: { kind: 'before_deadline', daysBefore: 7 } },
    { today: '2025-04-08', sent: [], expect: { kind: 'before_deadline', daysBefore: 7 } },
    { today: '2025-04-14', sent: [30, 7], expect: { kind: 'before_deadline', daysBefore: 1 } },
    { today: '2025-04-15', sent: [30, 7, 1], expect: null },
    { today: '2025-04-16', sent: [30, 7, 1], expect: { kind: 'overdue' } },
    { today: '2025-05-01', sent: [30, 7, 1, -1], expect: null },
  ])('deadline 2025-04-15, today $today, sent $sent', ({ today, sent, expect: e }) => {
    expect(dueFilingReminder('2025-04-15', today, sent)).toEqual(e);
  });
});
