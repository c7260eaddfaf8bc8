import './openLicence.css';
import { InboxOutlined } from '@ant-design/icons';
import { Button, Card, Input, Radio, Select, Space, Steps, Upload } from 'antd';
import { type ReactNode, useEffect, useId, useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useI18n } from '../../i18n/I18nProvider';
import { DataTable } from '../../shell/DataTable';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { usePageTitle } from '../../shell/usePageTitle';
import {
  type BatchResult,
  type BatchRow,
  type CheckResult,
  type CoOwnerConsent,
  type DeclarationInput,
  openLicenceApi,
  PAYMENT_MODES,
  type PatentHit,
  type PayingTerms,
  type PaymentMode,
  type PaymentTerms,
  type RoyaltyBase,
  type RoyaltyPeriod,
} from './api';
import { Field } from './Field';
import { percentToBp, yuanToFen } from './money';
import { RefusalList } from './RefusalList';

/** The form's own state: texts as typed (yuan, percent), turned into fen and basis points for the API. */
interface Draft {
  patent: PatentHit | null;
  mode: PaymentMode;
  amountYuan: string;
  base: RoyaltyBase;
  ratePercent: string;
  period: RoyaltyPeriod;
  trialMonths: string;
  afterTrialMode: 'one_time' | 'royalty' | 'entry_fee_plus_royalty';
  startDate: string;
  endDate: string;
  territory: string;
  field: string;
  otherMatters: string;
  contact: string;
  consents: CoOwnerConsent[];
}

function paying(mode: Draft['afterTrialMode'], d: Draft): PayingTerms | null {
  const amountFen = yuanToFen(d.amountYuan);
  const rateBp = percentToBp(d.ratePercent);
  if (mode === 'one_time') return amountFen ? { mode, amountFen } : null;
  if (!rateBp) return null;
  if (mode === 'royalty') return { mode, base: d.base, rateBp, period: d.period };
  return amountFen ? { mode, entryFeeFen: amountFen, base: d.base, rateBp, period: d.period } : null;
}

/** The API input, or null while something required is still missing or malformed. */
export function toInput(d: Draft): DeclarationInput | null {
  if (!d.patent || !d.startDate || !d.endDate) return null;
  let terms: PaymentTerms | null;
  if (d.mode === 'free') terms = { mode: 'free' };
  else if (d.mode === 'try_first') {
    const months = Number(d.trialMonths);
    const after = paying(d.afterTrialMode, d);
    terms =
      Number.isInteger(months) && months > 0 && after
        ? { mode: 'try_first', trialMonths: months, afterTrial: after }
        : null;
  } else terms = paying(d.mode, d);
  if (!terms) return null;
  return {
    patentId: Number(d.patent.id),
    paymentTerms: terms,
    term: { startDate: d.startDate, endDate: d.endDate },
    territory: d.territory
      .split(/[、,，\s]+/)
      .map((s) => s.trim())
      .filter(Boolean),
    field: d.field.trim() || null,
    otherMatters: d.otherMatters,
    contact: d.contact.trim() || null,
    coOwnerConsents: d.consents.filter((c) => c.documentRef.trim() && c.consentedOn),
  };
}

const EMPTY: Draft = {
  patent: null,
  mode: 'one_time',
  amountYuan: '',
  base: 'net_sales',
  ratePercent: '',
  period: 'year',
  trialMonths: '',
  afterTrialMode: 'one_time',
  startDate: '',
  endDate: '',
  territory: '',
  field: '',
  otherMatters: '',
  contact: '',
  consents: [],
};

export default function DeclarePage() {
  const { t, lang } = useI18n();
  usePageTitle(t('ol.declare.title'));
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [step, setStep] = useState(0);
  const [d, setD] = useState<Draft>(EMPTY);
  const [check, setCheck] = useState<CheckResult>();
  const [checkError, setCheckError] = useState<ApiError>();
  const [saveError, setSaveError] = useState<ApiError>();
  const [saving, setSaving] = useState(false);
  const input = useMemo(() => toInput(d), [d]);
  const update = (patch: Partial<Draft>) => setD((prev) => ({ ...prev, ...patch }));

  // A patent chosen elsewhere (patent detail page) arrives as ?patentId=&title=.
  useEffect(() => {
    const id = params.get('patentId');
    if (id)
      setD((prev) =>
        prev.patent
          ? prev
          : {
              ...prev,
              patent: { id, title: params.get('title') ?? id, applicationNumber: '', patentees: [] },
            },
      );
  }, [params]);

  // Live check: the same rules as submission, re-run 400 ms after the last change.
  const inputKey = JSON.stringify(input);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the serialised input is the dependency.
  useEffect(() => {
    if (!input) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      openLicenceApi.check(input, controller.signal).then(
        (r) => {
          setCheck(r);
          setCheckError(undefined);
        },
        (err: unknown) => {
          if (controller.signal.aborted) return;
          setCheckError(err instanceof ApiError ? err : new ApiError({ status: 0, title: String(err) }));
        },
      );
    }, 400);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [inputKey]);

  const fieldHelp = (prefix: string) =>
    check?.refusals
      .filter((r) => r.field?.startsWith(prefix))
      .map((r) => (
        <div key={r.message.zh} className="ol-field-error">
          {r.message[lang]}
        </div>
      ));

  const save = async (submit: boolean) => {
    if (!input) return;
    setSaving(true);
    setSaveError(undefined);
    try {
      const r = await openLicenceApi.create(input, submit);
      navigate(`/open-licences/${r.declaration.id}`);
    } catch (err) {
      setSaveError(err instanceof ApiError ? err : new ApiError({ status: 0, title: String(err) }));
    } finally {
      setSaving(false);
    }
  };

  const steps = [
    t('ol.declare.step.patent'),
    t('ol.declare.step.terms'),
    t('ol.declare.step.scope'),
    t('ol.declare.step.review'),
  ];
  return (
    <>
      <h1 className="ty-h1">{t('ol.declare.title')}</h1>
      <p className="ty-p">{t('ol.declare.lead')}</p>
      <div className="ol-wizard">
        <Card>
          <Steps current={step} items={steps.map((title) => ({ title }))} style={{ marginBottom: 24 }} />
          <section aria-label={steps[step]}>
            {step === 0 && (
              <PatentStep value={d.patent} onChange={(patent) => update({ patent, consents: [] })} />
            )}
            {step === 1 && <TermsStep d={d} update={update} help={fieldHelp('paymentTerms')} />}
            {step === 2 && <ScopeStep d={d} update={update} help={fieldHelp} />}
            {step === 3 && (
              <div>
                {saveError && <ErrorAlert error={saveError} />}
                <p>{input ? t('ol.declare.reviewLead') : t('ol.declare.incomplete')}</p>
                <Space>
                  <Button disabled={!input} loading={saving} onClick={() => save(false)}>
                    {t('ol.declare.saveDraft')}
                  </Button>
                  <Button
                    type="primary"
                    disabled={!input || (check?.refusals.length ?? 1) > 0}
                    loading={saving}
                    onClick={() => save(true)}
                  >
                    {t('ol.declare.submit')}
                  </Button>
                </Space>
              </div>
            )}
          </section>
          <Space style={{ marginTop: 24 }}>
            <Button disabled={step === 0} onClick={() => setStep(step - 1)}>
              {t('ol.declare.back')}
            </Button>
            <Button
              type="primary"
              disabled={step === 3 || (step === 0 && !d.patent)}
              onClick={() => setStep(step + 1)}
            >
              {t('ol.declare.next')}
            </Button>
          </Space>
        </Card>
        <Card title={<h2 className="card-title">{t('ol.check.live')}</h2>}>
          {checkError && <ErrorAlert error={checkError} />}
          {!input && <p>{t('ol.check.waiting')}</p>}
          {input && check && <RefusalList check={check} />}
        </Card>
      </div>
      <BatchCard />
    </>
  );
}

function PatentStep({ value, onChange }: { value: PatentHit | null; onChange(p: PatentHit): void }) {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const [submitted, setSubmitted] = useState('');
  const hits = useApi(
    (signal) => (submitted ? openLicenceApi.findPatents(submitted, signal) : Promise.resolve({ items: [] })),
    [submitted],
  );
  const inputId = useId();
  return (
    <div>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setSubmitted(q.trim());
        }}
      >
        <label htmlFor={inputId}>{t('ol.declare.findPatent')}</label>
        <Space.Compact style={{ width: '100%' }}>
          <Input
            id={inputId}
            value={q}
            onChange={(e) => setQ(e.target.value)}
            placeholder={t('ol.declare.findPatentHint')}
          />
          <Button htmlType="submit">{t('ol.declare.find')}</Button>
        </Space.Compact>
      </form>
      {hits.error && <ErrorAlert error={hits.error} />}
      <Radio.Group
        value={value?.id}
        onChange={(e) => {
          const hit = hits.data?.items.find((h) => h.id === e.target.value);
          if (hit) onChange(hit);
        }}
        style={{ display: 'grid', gap: 8, marginTop: 12 }}
      >
        {(hits.data?.items ?? []).map((h) => (
          <Radio key={h.id} value={h.id}>
            {t('ol.declare.hit', {
              title: h.title,
              number: h.applicationNumber,
              patentees: h.patentees.join(t('app.listSeparator')),
            })}
          </Radio>
        ))}
      </Radio.Group>
      {value && <p role="status">{t('ol.declare.chosen', { title: value.title })}</p>}
    </div>
  );
}

function TermsStep({ d, update, help }: { d: Draft; update(p: Partial<Draft>): void; help: ReactNode }) {
  const { t } = useI18n();
  const ids = { mode: useId(), base: useId(), period: useId(), after: useId() };
  const mode = d.mode === 'try_first' ? d.afterTrialMode : d.mode;
  const needsAmount = mode === 'one_time' || mode === 'entry_fee_plus_royalty';
  const needsRate = mode === 'royalty' || mode === 'entry_fee_plus_royalty';
  return (
    <div className="ol-form-grid">
      <div>
        <label htmlFor={ids.mode}>{t('ol.terms.mode')}</label>
        <Select<PaymentMode>
          id={ids.mode}
          value={d.mode}
          onChange={(m) => update({ mode: m })}
          style={{ width: '100%' }}
          options={PAYMENT_MODES.map((m) => ({ value: m, label: t(`ol.mode.${m}`) }))}
        />
      </div>
      {d.mode === 'try_first' && (
        <>
          <Field label={t('ol.terms.trialMonths')}>
            {(id) => (
              <Input
                id={id}
                inputMode="numeric"
                value={d.trialMonths}
                onChange={(e) => update({ trialMonths: e.target.value })}
              />
            )}
          </Field>
          <div>
            <label htmlFor={ids.after}>{t('ol.terms.afterTrial')}</label>
            <Select<Draft['afterTrialMode']>
              id={ids.after}
              value={d.afterTrialMode}
              onChange={(m) => update({ afterTrialMode: m })}
              style={{ width: '100%' }}
              options={(['one_time', 'royalty', 'entry_fee_plus_royalty'] as const).map((m) => ({
                value: m,
                label: t(`ol.mode.${m}`),
              }))}
            />
          </div>
        </>
      )}
      {d.mode !== 'free' && needsAmount && (
        <Field label={mode === 'one_time' ? t('ol.terms.amountYuan') : t('ol.terms.entryFeeYuan')}>
          {(id) => (
            <Input
              id={id}
              inputMode="decimal"
              value={d.amountYuan}
              onChange={(e) => update({ amountYuan: e.target.value })}
            />
          )}
        </Field>
      )}
      {d.mode !== 'free' && needsRate && (
        <>
          <div>
            <label htmlFor={ids.base}>{t('ol.terms.base')}</label>
            <Select<RoyaltyBase>
              id={ids.base}
              value={d.base}
              onChange={(b) => update({ base: b })}
              style={{ width: '100%' }}
              options={[
                { value: 'net_sales', label: t('ol.base.net_sales') },
                { value: 'profit', label: t('ol.base.profit') },
              ]}
            />
          </div>
          <Field label={t('ol.terms.ratePercent')}>
            {(id) => (
              <Input
                id={id}
                inputMode="decimal"
                value={d.ratePercent}
                onChange={(e) => update({ ratePercent: e.target.value })}
              />
            )}
          </Field>
          <div>
            <label htmlFor={ids.period}>{t('ol.terms.period')}</label>
            <Select<RoyaltyPeriod>
              id={ids.period}
              value={d.period}
              onChange={(p) => update({ period: p })}
              style={{ width: '100%' }}
              options={(['year', 'half_year', 'quarter'] as const).map((p) => ({
                value: p,
                label: t(`ol.period.${p}`),
              }))}
            />
          </div>
        </>
      )}
      <div className="ol-span">{help}</div>
      <p className="ol-span ol-note">{t('ol.terms.guidanceNote')}</p>
    </div>
  );
}

function ScopeStep({
  d,
  update,
  help,
}: {
  d: Draft;
  update(p: Partial<Draft>): void;
  help(prefix: string): ReactNode;
}) {
  const { t } = useI18n();
  const coOwned = (d.patent?.patentees.length ?? 0) > 1;
  return (
    <div className="ol-form-grid">
      <Field label={t('ol.term.start')}>
        {(id) => (
          <Input
            id={id}
            type="date"
            value={d.startDate}
            onChange={(e) => update({ startDate: e.target.value })}
          />
        )}
      </Field>
      <Field label={t('ol.term.end')}>
        {(id) => (
          <Input
            id={id}
            type="date"
            value={d.endDate}
            onChange={(e) => update({ endDate: e.target.value })}
          />
        )}
      </Field>
      <div className="ol-span">{help('term')}</div>
      <p className="ol-span ol-note">{t('ol.term.note')}</p>
      <Field label={t('ol.scope.territory')}>
        {(id) => (
          <Input
            id={id}
            value={d.territory}
            onChange={(e) => update({ territory: e.target.value })}
            placeholder={t('ol.scope.territoryHint')}
          />
        )}
      </Field>
      <Field label={t('ol.scope.field')}>
        {(id) => (
          <Input
            id={id}
            value={d.field}
            onChange={(e) => update({ field: e.target.value })}
            placeholder={t('ol.scope.anyField')}
          />
        )}
      </Field>
      <Field label={t('ol.otherMatters')} className="ol-span">
        {(id) => (
          <Input.TextArea
            id={id}
            rows={4}
            value={d.otherMatters}
            onChange={(e) => update({ otherMatters: e.target.value })}
          />
        )}
      </Field>
      <div className="ol-span">{help('otherMatters')}</div>
      <Field label={t('ol.contact')} className="ol-span">
        {(id) => <Input id={id} value={d.contact} onChange={(e) => update({ contact: e.target.value })} />}
      </Field>
      {coOwned && (
        <fieldset className="ol-span">
          <legend>{t('ol.consents.title')}</legend>
          {d.patent?.patentees.map((name, i) => {
            const c = d.consents.find((x) => x.patenteeName === name) ?? {
              patenteeName: name,
              consentedOn: '',
              documentRef: '',
            };
            const set = (patch: Partial<CoOwnerConsent>) =>
              update({
                consents: [...d.consents.filter((x) => x.patenteeName !== name), { ...c, ...patch }],
              });
            return (
              <Space key={name} wrap style={{ marginBottom: 8 }}>
                <span>{name}</span>
                <Input
                  aria-label={t('ol.consents.date', { name })}
                  type="date"
                  value={c.consentedOn}
                  onChange={(e) => set({ consentedOn: e.target.value })}
                />
                <Input
                  aria-label={t('ol.consents.document', { name })}
                  placeholder={t('ol.consents.documentHint')}
                  value={c.documentRef}
                  onChange={(e) => set({ documentRef: e.target.value })}
                  data-index={i}
                />
              </Space>
            );
          })}
          {help('consentedPatentees')}
        </fieldset>
      )}
    </div>
  );
}

function BatchCard() {
  const { t, lang } = useI18n();
  const [result, setResult] = useState<BatchResult>();
  const [error, setError] = useState<ApiError>();
  return (
    <Card style={{ marginTop: 16 }} title={<h2 className="card-title">{t('ol.batch.title')}</h2>}>
      <p>
        {t('ol.batch.lead')}{' '}
        <a className="ol-inline-link" href={openLicenceApi.batchTemplateUrl} download>
          {t('ol.batch.template')}
        </a>
      </p>
      {error && <ErrorAlert error={error} />}
      <Upload.Dragger
        name="file"
        multiple={false}
        showUploadList={false}
        accept=".csv,.xlsx"
        customRequest={async ({ file, onSuccess, onError }) => {
          setError(undefined);
          try {
            const r = await openLicenceApi.batch(file as File);
            setResult(r);
            onSuccess?.(r);
          } catch (err) {
            const e = err instanceof ApiError ? err : new ApiError({ status: 0, title: String(err) });
            setError(e);
            onError?.(e);
          }
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined aria-hidden />
        </p>
        <p className="ant-upload-text">{t('ol.batch.drop')}</p>
      </Upload.Dragger>
      {result && (
        <>
          <p role="status" style={{ marginTop: 12 }}>
            {t('ol.batch.summary', {
              total: result.total,
              submitted: result.submitted,
              refused: result.refused,
              invalid: result.invalid,
            })}
          </p>
          <DataTable<BatchRow>
            caption={t('ol.batch.title')}
            rowKey={(r) => r.row}
            rows={result.rows}
            emptyText={t('app.empty')}
            columns={[
              { key: 'row', title: t('ol.batch.row'), render: (r) => r.row },
              { key: 'number', title: t('ol.patent.number'), render: (r) => r.patentNumber },
              { key: 'status', title: t('ol.batch.status'), render: (r) => t(`ol.batch.status.${r.status}`) },
              {
                key: 'why',
                title: t('ol.batch.reasons'),
                render: (r) => (
                  <ul className="ol-reasons">
                    {[...r.errors, ...r.refusals].map((x) => (
                      <li key={x.message.zh}>{x.message[lang]}</li>
                    ))}
                  </ul>
                ),
              },
            ]}
          />
        </>
      )}
    </Card>
  );
}
