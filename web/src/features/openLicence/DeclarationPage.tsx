import './openLicence.css';
import { message as antMessage, Button, Card, Descriptions, Input, Modal, Radio, Space } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useI18n } from '../../i18n/I18nProvider';
import { DataTable } from '../../shell/DataTable';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { LinkButton } from '../../shell/LinkButton';
import { PageLoading } from '../../shell/PageLoading';
import { usePageTitle } from '../../shell/usePageTitle';
import {
  CHECKLIST_ITEMS,
  type ChecklistAnswer,
  type ChecklistItem,
  type DeclarationDetail,
  type LifecycleAction,
  openLicenceApi,
  type Transition,
  type Uptake,
} from './api';
import { Field } from './Field';
import { formatRate, formatYuan } from './money';
import { RefusalList } from './RefusalList';
import { StateTag } from './StateTag';
import { useMe } from './useMe';

const TEXT_ACTIONS: LifecycleAction[] = ['return', 'suspend', 'reinstate', 'withdraw'];

export default function DeclarationPage() {
  const { t, lang } = useI18n();
  const id = Number(useParams().id);
  const detail = useApi((signal) => openLicenceApi.declaration(id, signal), [id]);
  const me = useMe();
  usePageTitle(detail.data?.patent.title ?? t('ol.detail.title'));
  const [message, holder] = antMessage.useMessage();
  const [pending, setPending] = useState<LifecycleAction | null>(null);
  const [error, setError] = useState<ApiError>();

  if (detail.error) return <ErrorAlert error={detail.error} onRetry={detail.reload} />;
  const d = detail.data;
  if (!d) return <PageLoading />;

  const act = async (action: LifecycleAction, body: Record<string, unknown>) => {
    setError(undefined);
    try {
      detail.setData(await openLicenceApi.act(d.id, action, body));
      setPending(null);
      message.success(t('ol.action.done', { action: t(`ol.action.${action}`) }));
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError({ status: 0, title: String(err) }));
    }
  };

  return (
    <>
      {holder}
      <p>
        <LinkButton to="/open-licences" type="link" style={{ paddingInline: 0 }}>
          {t('ol.detail.back')}
        </LinkButton>
      </p>
      <h1 className="ty-h1">
        {d.patent.title} <StateTag state={d.state} />
      </h1>
      {error && (
        <div style={{ marginBottom: 16 }}>
          <ErrorAlert error={error} />
        </div>
      )}
      {d.availableActions.length > 0 && (
        <Card style={{ marginBottom: 16 }} title={<h2 className="card-title">{t('ol.detail.actions')}</h2>}>
          <Space wrap>
            {d.availableActions.map((a) => (
              <Button
                key={a}
                type={a === 'verify' || a === 'publish' || a === 'submit' ? 'primary' : 'default'}
                danger={a === 'withdraw' || a === 'suspend'}
                onClick={() => (a === 'submit' || a === 'publish' ? act(a, {}) : setPending(a))}
              >
                {t(`ol.action.${a}`)}
              </Button>
            ))}
          </Space>
        </Card>
      )}
      {d.lastCheck && (
        <Card style={{ marginBottom: 16 }} title={<h2 className="card-title">{t('ol.check.title')}</h2>}>
          <RefusalList check={d.lastCheck} />
        </Card>
      )}

      <Card style={{ marginBottom: 16 }} title={<h2 className="card-title">{t('ol.detail.declaration')}</h2>}>
        <Descriptions column={1} bordered size="small">
          <Descriptions.Item label={t('ol.patent.number')}>{d.patent.patentNumber ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('ol.patent.type')}>
            {t(`patentType.${d.patent.patentType}`)}
          </Descriptions.Item>
          <Descriptions.Item label={t('ol.patent.patentees')}>
            {d.patentees.join(t('app.listSeparator'))}
          </Descriptions.Item>
          <Descriptions.Item label={t('ol.terms.title')}>{d.paymentDescription[lang]}</Descriptions.Item>
          <Descriptions.Item label={t('ol.term.title')}>
            {d.term.startDate} – {d.term.endDate}
          </Descriptions.Item>
          <Descriptions.Item label={t('ol.scope.territory')}>
            {d.territoryDescription[lang]}
          </Descriptions.Item>
          <Descriptions.Item label={t('ol.scope.field')}>
            {d.field ?? t('ol.scope.anyField')}
          </Descriptions.Item>
          <Descriptions.Item label={t('ol.otherMatters')}>{d.otherMatters || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('ol.contact')}>{d.contact ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('ol.patent.grantDate')}>{d.patent.grantDate ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('ol.patent.expiryDate')}>
            {d.patent.expiryDate ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('ol.publishedOn')}>{d.publishedOn ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('ol.detail.licences')}>{d.uptakeCount}</Descriptions.Item>
          {d.writtenWithdrawal && (
            <Descriptions.Item label={t('ol.detail.writtenWithdrawal')}>
              {d.writtenWithdrawal}
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>

      {d.state === 'published' && me.data && <TakeLicence declaration={d} />}
      {d.lastCheck && <AnnualFeeCard patentId={d.patent.id} />}

      <Card title={<h2 className="card-title">{t('ol.detail.history')}</h2>}>
        <DataTable<Transition>
          caption={t('ol.detail.history')}
          rowKey={(r) => `${r.at}:${r.action}`}
          rows={d.transitions}
          emptyText={t('app.empty')}
          columns={[
            { key: 'on', title: t('ol.history.date'), render: (r) => r.onDate },
            {
              key: 'action',
              title: t('ol.history.action'),
              render: (r) => t(`ol.action.${r.action as LifecycleAction | 'create' | 'end'}`),
            },
            { key: 'who', title: t('ol.history.who'), render: (r) => r.actorLabel },
            { key: 'why', title: t('ol.history.reason'), render: (r) => r.reason ?? '' },
          ]}
        />
      </Card>

      {pending === 'verify' && (
        <VerifyModal
          declaration={d}
          onCancel={() => setPending(null)}
          onOk={(checklist) => act('verify', { checklist })}
        />
      )}
      {pending && TEXT_ACTIONS.includes(pending) && (
        <ReasonModal
          action={pending}
          onCancel={() => setPending(null)}
          onOk={(text) =>
            act(pending, pending === 'withdraw' ? { writtenWithdrawal: text } : { reason: text })
          }
        />
      )}
    </>
  );
}

/** Law Art. 51(2): the patentee's annual fees, reduced while the open licence is in force (rate configurable). */
function AnnualFeeCard({ patentId }: { patentId: number }) {
  const { t } = useI18n();
  const fees = useApi((signal) => openLicenceApi.annualFees(patentId, signal), [patentId]);
  if (fees.error || !fees.data) return null;
  return (
    <Card style={{ marginBottom: 16 }} title={<h2 className="card-title">{t('ol.fees.title')}</h2>}>
      <p className="ol-note">{t('ol.fees.lead', { rate: formatRate(fees.data.reductionBp) })}</p>
      <DataTable
        caption={t('ol.fees.title')}
        rowKey={(r) => r.year}
        rows={fees.data.rows}
        emptyText={t('app.empty')}
        columns={[
          { key: 'year', title: t('ol.fees.year'), render: (r) => r.year },
          { key: 'due', title: t('ol.fees.due'), render: (r) => r.dueDate },
          { key: 'base', title: t('ol.fees.base'), align: 'right', render: (r) => formatYuan(r.baseFen) },
          {
            key: 'reduction',
            title: t('ol.fees.reduction'),
            align: 'right',
            render: (r) => (r.reductionFen ? formatYuan(r.reductionFen) : '—'),
          },
          {
            key: 'payable',
            title: t('ol.fees.payable'),
            align: 'right',
            render: (r) => formatYuan(r.payableFen),
          },
          { key: 'paid', title: t('ol.fees.paid'), render: (r) => (r.paid ? t('app.yes') : t('app.no')) },
        ]}
      />
      <p className="ol-note">
        {t('ol.fees.sources', { schedule: fees.data.scheduleSource, reduction: fees.data.reductionSource })}
      </p>
    </Card>
  );
}

function VerifyModal({
  declaration,
  onOk,
  onCancel,
}: {
  declaration: DeclarationDetail;
  onOk(checklist: Partial<Record<ChecklistItem, ChecklistAnswer>>): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const invention = declaration.patent.patentType === 'invention';
  const [answers, setAnswers] = useState<Partial<Record<ChecklistItem, ChecklistAnswer>>>(
    invention ? { evaluationReport: 'not_applicable' } : {},
  );
  return (
    <Modal
      open
      title={t('ol.verify.title')}
      okText={t('ol.action.verify')}
      onOk={() => onOk(answers)}
      onCancel={onCancel}
    >
      <p>{t('ol.verify.lead')}</p>
      {CHECKLIST_ITEMS.map((item) => (
        <fieldset key={item} className="ol-checklist-item">
          <legend>{t(`ol.checklist.${item}`)}</legend>
          <Radio.Group
            value={answers[item]}
            onChange={(e) => {
              const answer = e.target.value as ChecklistAnswer;
              setAnswers((previous) => ({ ...previous, [item]: answer }));
            }}
            options={[
              { value: 'confirmed', label: t('ol.checklist.confirmed') },
              { value: 'failed', label: t('ol.checklist.failed') },
              ...(item === 'evaluationReport' && invention
                ? [{ value: 'not_applicable', label: t('ol.checklist.notApplicable') }]
                : []),
            ]}
          />
        </fieldset>
      ))}
    </Modal>
  );
}

function ReasonModal({
  action,
  onOk,
  onCancel,
}: {
  action: LifecycleAction;
  onOk(text: string): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const label = action === 'withdraw' ? t('ol.withdraw.written') : t('ol.reason');
  return (
    <Modal
      open
      title={t(`ol.action.${action}`)}
      okText={t(`ol.action.${action}`)}
      okButtonProps={{ disabled: !text.trim(), danger: action === 'withdraw' || action === 'suspend' }}
      onOk={() => onOk(text)}
      onCancel={onCancel}
    >
      {action === 'withdraw' && <p>{t('ol.withdraw.lead')}</p>}
      <Field label={label}>
        {(id) => <Input.TextArea id={id} rows={4} value={text} onChange={(e) => setText(e.target.value)} />}
      </Field>
    </Modal>
  );
}

/** Law Art. 51(1): written notice to the patentee, then payment under the published terms. */
function TakeLicence({ declaration }: { declaration: DeclarationDetail }) {
  const { t, lang } = useI18n();
  const [notice, setNotice] = useState('');
  const [uptake, setUptake] = useState<Uptake>();
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const send = async () => {
    setBusy(true);
    setError(undefined);
    try {
      setUptake(await openLicenceApi.notice(declaration.id, notice));
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError({ status: 0, title: String(err) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card style={{ marginBottom: 16 }} title={<h2 className="card-title">{t('ol.take.title')}</h2>}>
      <p>{t('ol.take.lead', { terms: declaration.paymentDescription[lang] })}</p>
      {error && (
        <div style={{ marginBottom: 12 }}>
          <ErrorAlert error={error} />
        </div>
      )}
      {uptake ? (
        <div role="status">
          <p>{t(`ol.uptake.status.${uptake.status}`)}</p>
          {uptake.outstandingFen > 0 && (
            <p>
              {t('ol.uptake.outstanding', {
                amount: formatYuan(uptake.outstandingFen),
                due: uptake.dueBy ?? '',
              })}
            </p>
          )}
          {uptake.licence && <p>{t('ol.uptake.filingBy', { date: uptake.licence.filingDeadline })}</p>}
          <LinkButton to="/open-licences/mine">{t('ol.nav.mine')}</LinkButton>
        </div>
      ) : (
        <>
          <Field label={t('ol.take.notice')}>
            {(id) => (
              <Input.TextArea
                id={id}
                rows={4}
                value={notice}
                onChange={(e) => setNotice(e.target.value)}
                placeholder={t('ol.take.noticeHint')}
              />
            )}
          </Field>
          <Button
            type="primary"
            style={{ marginTop: 12 }}
            disabled={!notice.trim()}
            loading={busy}
            onClick={send}
          >
            {t('ol.take.send')}
          </Button>
        </>
      )}
    </Card>
  );
}
