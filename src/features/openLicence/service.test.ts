import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/support/databases';
import { HttpProblem } from '../../platform/http/problem';
import { createDeclaration, getDeclarationDetail, transitionDeclaration } from './declarationService';
import { recordPledge, recordPledgeeConsent } from './patentRecordsService';
import * as repo from './repository';
import { reverifyDeclarations } from './reverification';
import type { DeclarationInput } from './schemas';
import type { OpenLicenceDeps } from './serviceContext';
import { seedTestCatalogue, type TestCatalogue } from './testCatalogue';
import { myLicences, recordLicence, recordPayment, sendFilingReminders, sendNotice } from './uptakeService';

const FULL_CHECKLIST = {
  validity: 'confirmed',
  noExclusiveLicence: 'confirmed',
  pledgeStatus: 'confirmed',
  feePaid: 'confirmed',
  evaluationReport: 'not_applicable',
} as const;

async function refusedWith(
  promise: Promise<unknown>,
): Promise<{ status: number; codes: string[]; article: unknown }> {
  try {
    await promise;
  } catch (err) {
    if (!(err instanceof HttpProblem)) throw err;
    const refusals = (err.extensions.refusals as { code: string }[] | undefined) ?? [];
    return {
      status: err.status,
      codes: refusals.length ? refusals.map((r) => r.code) : [String(err.extensions.code)],
      article: err.extensions.article,
    };
  }
  throw new Error('expected a refusal');
}

describeEachEngine('open licence: lifecycle and uptake', (db) => {
  let clock = new Date('2025-06-15T04:00:00Z'); // 12:00 in China
  const deps = (): OpenLicenceDeps => ({
    db: db(),
    clock: () => clock,
    publicUrl: 'https://zhuanhua.example',
  });
  let c: TestCatalogue;
  let declarationId: number;
  let uptakeId: number;

  const input = (over: Partial<DeclarationInput> = {}): DeclarationInput => ({
    patentId: c.invention,
    paymentTerms: { mode: 'one_time', amountFen: 5_000_000 },
    term: { startDate: '2025-07-01', endDate: '2027-06-30' },
    territory: [],
    field: null,
    otherMatters: '许可方提供技术资料并给予必要的技术指导。',
    contact: '技术转移中心 027-00000000',
    coOwnerConsents: [],
    ...over,
  });

  it('creates a draft, recording the declarant’s own consent and a clean check', async () => {
    c = await seedTestCatalogue(db());
    const { declaration, check } = await createDeclaration(deps(), { actor: c.actors.patentee }, input());
    declarationId = declaration.id;
    expect(declaration.state).toBe('draft');
    expect(check.refusals).toEqual([]);
    expect(declaration.coOwnerConsents.map((x) => x.patenteeName)).toEqual(['华中科技大学']);
    expect(declaration.transitions.map((t) => t.action)).toEqual(['create']);
    expect(declaration.availableActions).toEqual(['submit', 'withdraw']);
  });

  it('refuses a second declaration on the same patent (platform rule)', async () => {
    const r = await refusedWith(createDeclaration(deps(), { actor: c.actors.patentee }, input()));
    expect(r).toMatchObject({ status: 409, codes: ['DECLARATION_ALREADY_ACTIVE'] });
  });

  it('refuses a declaration by an organisation that does not hold the patent', async () => {
    const r = await refusedWith(
      createDeclaration(deps(), { actor: c.actors.licensee }, input({ patentId: c.utilityModel })),
    );
    expect(r.status).toBe(403);
  });

  it('submits, then refuses verification with an incomplete checklist, then verifies and publishes', async () => {
    const submitted = await transitionDeclaration(
      deps(),
      { actor: c.actors.patentee },
      declarationId,
      'submit',
      {},
    );
    expect(submitted.state).toBe('submitted');
    const patenteeVerifies = await refusedWith(
      transitionDeclaration(deps(), { actor: c.actors.patentee }, declarationId, 'verify', {
        checklist: FULL_CHECKLIST,
      }),
    );
    expect(patenteeVerifies.status).toBe(403);
    const incomplete = await refusedWith(
      transitionDeclaration(deps(), { actor: c.actors.verifier }, declarationId, 'verify', {
        checklist: { ...FULL_CHECKLIST, feePaid: 'failed' },
      }),
    );
    expect(incomplete).toMatchObject({ status: 422, codes: ['CHECKLIST_INCOMPLETE'] });
    const verified = await transitionDeclaration(
      deps(),
      { actor: c.actors.verifier },
      declarationId,
      'verify',
      {
        checklist: FULL_CHECKLIST,
      },
    );
    expect(verified.state).toBe('verified');
    const published = await transitionDeclaration(
      deps(),
      { actor: c.actors.verifier },
      declarationId,
      'publish',
      {},
    );
    expect(published).toMatchObject({ state: 'published', publishedOn: '2025-06-15' });
    expect(published.transitions.map((t) => [t.action, t.actorRole, t.actorLabel])).toEqual([
      ['create', 'patentee', c.actors.patentee.email],
      ['submit', 'patentee', c.actors.patentee.email],
      ['verify', 'verifier', c.actors.verifier.email],
      ['publish', 'verifier', c.actors.verifier.email],
    ]);
  });

  it('shows the public only the announced steps, without names or the check', async () => {
    const view = await getDeclarationDetail(deps(), null, declarationId);
    expect(view.transitions.map((t) => t.action)).toEqual(['publish']);
    expect(view.transitions[0]?.actorLabel).toBe('核查机构');
    expect(view.lastCheck).toBeNull();
    expect(view.coOwnerConsents).toEqual([]);
  });

  it('suspends automatically on a pledge without consent, tells the patentee, and reinstates on consent', async () => {
    const pledge = await recordPledge(deps(), { actor: c.actors.patentee }, c.invention, {
      pledgor: '华中科技大学',
      pledgee: '某商业银行',
      registrationNumber: 'Y2025420000123',
      registeredOn: '2025-06-10',
    });
    let view = await getDeclarationDetail(deps(), c.actors.patentee, declarationId);
    expect(view.state).toBe('suspended');
    expect(view.suspendedBy).toBe('system');
    const suspension = view.transitions.at(-1)!;
    expect(suspension).toMatchObject({ action: 'suspend', actorRole: 'system' });
    expect(suspension.reason).toContain('专利法实施细则第86条第（四）项');
    const inbox = await repo.listMessages(db(), c.university, 10);
    expect(inbox[0]).toMatchObject({ kind: 'declaration_suspended', declarationId });
    expect(inbox[0]!.body).toContain('质权人');
    const mail = await db().query<{ to_address: string; text_body: string }>(
      'SELECT to_address, text_body FROM email_outbox WHERE to_address = $1',
      [c.actors.patentee.email],
    );
    expect(mail.rows[0]?.text_body).toContain(`https://zhuanhua.example/open-licences/${declarationId}`);

    await recordPledgeeConsent(deps(), { actor: c.actors.patentee }, pledge.id, {
      consentedOn: '2025-06-15',
      documentRef: '某商业银行同意函〔2025〕18号',
    });
    view = await getDeclarationDetail(deps(), c.actors.patentee, declarationId);
    expect(view.state).toBe('published');
    expect(view.transitions.at(-1)).toMatchObject({ action: 'reinstate', actorRole: 'system' });
  });

  it('Law 51(1): notice, then payment in two parts, then the licence with its filing deadline', async () => {
    const notice = await sendNotice(deps(), { actor: c.actors.licensee }, declarationId, {
      writtenNotice: '我公司拟依照公告的条件实施该专利，特此书面通知。',
    });
    uptakeId = notice.id;
    expect(notice).toMatchObject({ status: 'awaiting_payment', outstandingFen: 5_000_000, licence: null });
    const patentInbox = await repo.listMessages(db(), c.university, 1);
    expect(patentInbox[0]?.kind).toBe('uptake_notice');

    const tooMuch = await refusedWith(
      recordPayment(deps(), { actor: c.actors.licensee }, uptakeId, {
        kind: 'upfront',
        paidOn: '2025-06-15',
        amountFen: 5_000_001,
      }),
    );
    expect(tooMuch).toMatchObject({
      status: 422,
      codes: ['PAYMENT_EXCEEDS_AMOUNT_DUE'],
      article: '专利法第51条第1款',
    });
    const partial = await recordPayment(deps(), { actor: c.actors.licensee }, uptakeId, {
      kind: 'upfront',
      paidOn: '2025-06-15',
      amountFen: 2_000_000,
    });
    expect(partial).toMatchObject({ status: 'awaiting_payment', outstandingFen: 3_000_000, licence: null });

    clock = new Date('2025-11-30T04:00:00Z');
    const done = await recordPayment(deps(), { actor: c.actors.patentee }, uptakeId, {
      kind: 'upfront',
      paidOn: '2025-11-30',
      amountFen: 3_000_000,
      reference: '银行回单 0001',
    });
    expect(done.status).toBe('in_force');
    expect(done.licence).toMatchObject({
      kind: 'open',
      effectiveDate: '2025-11-30',
      // Regs Art. 15(2), month end: 30 November + 3 months = 28 February.
      filingDeadline: '2026-02-28',
      startDate: '2025-11-30',
      endDate: '2027-06-30',
      filingStatus: 'not_filed',
      licenseeName: '东莞光电有限公司',
    });
    const mine = await myLicences(deps(), { actor: c.actors.licensee }, { page: 1, pageSize: 20 });
    expect(mine.items.map((l) => l.id)).toEqual([done.licence!.id]);
  });

  it('Law 51(3): refuses an exclusive licence while the open licence is in force, accepts an ordinary one', async () => {
    const base = {
      patentId: c.invention,
      licenseeName: '某汽车电子公司',
      startDate: '2025-12-01',
      endDate: '2027-11-30',
      territory: [],
      field: null,
      effectiveDate: '2025-11-30',
      feeDescription: '一次性支付 10 万元',
      feeAmountFen: 10_000_000,
    };
    const exclusive = await refusedWith(
      recordLicence(deps(), { actor: c.actors.patentee }, { ...base, kind: 'exclusive' }),
    );
    // Law 51(3) first; the exclusive licence would also collide with the open licence already taken (JI Art. 25).
    expect(exclusive).toMatchObject({
      status: 422,
      codes: ['EXCLUSIVE_WHILE_OPEN_LICENCE', 'CONFLICTS_WITH_EXCLUSIVE_LICENCE'],
      article: '专利法第51条第3款',
    });
    const ordinary = await recordLicence(deps(), { actor: c.actors.patentee }, { ...base, kind: 'ordinary' });
    expect(ordinary).toMatchObject({ kind: 'ordinary', filingDeadline: '2026-02-28' });
  });

  it('reminds both sides before the filing deadline, once per reminder point', async () => {
    clock = new Date('2026-01-29T04:00:00Z'); // 30 days before 2026-02-28
    expect(await sendFilingReminders(deps())).toBe(2);
    expect(await sendFilingReminders(deps())).toBe(0);
    const licenseeInbox = await repo.listMessages(db(), c.licensee, 5);
    expect(licenseeInbox[0]).toMatchObject({ kind: 'filing_reminder' });
    expect(licenseeInbox[0]!.body).toContain('2026-02-28');
    clock = new Date('2026-03-01T04:00:00Z');
    expect(await sendFilingReminders(deps())).toBe(2);
    expect((await repo.listMessages(db(), c.licensee, 1))[0]?.kind).toBe('filing_overdue');
  });

  it('Law 50(2): withdrawal needs writing; licences granted before stay in force; no new uptake', async () => {
    const unwritten = await refusedWith(
      transitionDeclaration(deps(), { actor: c.actors.patentee }, declarationId, 'withdraw', {
        writtenWithdrawal: ' ',
      }),
    );
    expect(unwritten).toMatchObject({
      status: 422,
      codes: ['WRITTEN_WITHDRAWAL_REQUIRED'],
      article: '专利法第50条第2款',
    });
    const withdrawn = await transitionDeclaration(
      deps(),
      { actor: c.actors.patentee },
      declarationId,
      'withdraw',
      {
        writtenWithdrawal: '关于撤回开放许可声明的函（校科〔2026〕3号）',
      },
    );
    expect(withdrawn).toMatchObject({ state: 'withdrawn', withdrawnOn: '2026-03-01', uptakeCount: 1 });
    const licences = await repo.readLicencesOf(db(), c.invention);
    expect(licences.filter((l) => l.kind === 'open').map((l) => [l.endDate, l.licenseeName])).toEqual([
      ['2027-06-30', '东莞光电有限公司'],
    ]);
    const late = await refusedWith(
      sendNotice(deps(), { actor: c.actors.bank }, declarationId, { writtenNotice: '拟实施' }),
    );
    expect(late.codes).toContain('DECLARATION_NOT_PUBLISHED');
  });

  it('re-verification suspends on an unpaid fee (grace period) and ends a declaration whose term is over', async () => {
    clock = new Date('2025-06-15T04:00:00Z');
    const second = await createDeclaration(
      deps(),
      { actor: c.actors.patentee },
      input({
        patentId: c.coOwned,
        coOwnerConsents: [
          {
            patenteeName: '武汉某科技有限公司',
            consentedOn: '2025-06-01',
            documentRef: '共有人同意书 2025-01',
          },
        ],
      }),
    );
    expect(second.check.refusals).toEqual([]);
    const id = second.declaration.id;
    await transitionDeclaration(deps(), { actor: c.actors.patentee }, id, 'submit', {});
    await transitionDeclaration(deps(), { actor: c.actors.verifier }, id, 'verify', {
      checklist: FULL_CHECKLIST,
    });
    await transitionDeclaration(deps(), { actor: c.actors.verifier }, id, 'publish', {});

    clock = new Date('2026-01-20T04:00:00Z'); // fee paid until 2026-01-09: in the grace period
    const report = await reverifyDeclarations(deps(), [c.coOwned]);
    expect(report.suspended).toEqual([id]);
    const suspended = await getDeclarationDetail(deps(), c.actors.patentee, id);
    expect(suspended.transitions.at(-1)?.reason).toContain('滞纳期');
    // The co-owner is told too.
    expect((await repo.listMessages(db(), c.coOwner, 1))[0]?.kind).toBe('declaration_suspended');

    await db().query("UPDATE patents SET fee_paid_until = '2027-01-09' WHERE id = $1", [c.coOwned]);
    expect((await reverifyDeclarations(deps(), [c.coOwned])).reinstated).toEqual([id]);

    clock = new Date('2027-07-01T04:00:00Z');
    expect((await reverifyDeclarations(deps())).ended).toEqual([id]);
    expect((await getDeclarationDetail(deps(), null, id)).state).toBe('ended');
  });

  it('records an audit entry for every write', async () => {
    const res = await db().query<{ action: string }>(
      "SELECT action FROM audit_log WHERE object_type IN ('openLicenceDeclaration', 'openLicenceUptake', 'licence', 'pledge') ORDER BY seq",
    );
    const actions = res.rows.map((r) => r.action);
    for (const a of [
      'openLicence.declare',
      'openLicence.submit',
      'openLicence.verify',
      'openLicence.publish',
      'openLicence.suspend',
      'openLicence.reinstate',
      'openLicence.withdraw',
      'openLicence.end',
      'licence.take',
      'licence.payment',
      'licence.record',
      'licence.filingReminder',
      'licence.filingOverdue',
      'pledge.record',
      'pledge.consent',
    ])
      expect(actions).toContain(a);
  });
});
