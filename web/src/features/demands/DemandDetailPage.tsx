import './demands.css';
import { EditOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Col,
  Descriptions,
  type DescriptionsProps,
  Form,
  Input,
  Modal,
  Result,
  Row,
  Select,
  Skeleton,
  Space,
} from 'antd';
import dayjs from 'dayjs';
import { lazy, type ReactNode, Suspense, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { type ApiError, sameId } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { LinkButton } from '../../shell/LinkButton';
import { usePageTitle } from '../../shell/usePageTitle';
import { toApiError } from '../accounts/apiError';
import { useSession } from '../accounts/session';
import { Approvals } from './Approvals';
import { CLOSED_REASONS, type ClosedReason, type DemandDetail, type DemandState, demandsApi } from './api';
import { DemandStateTag, useBudgetWords, VisibilityTag } from './DemandTags';

// The matches (and their reference look-ups) load as their own chunk, after the demand itself.
const DemandMatches = lazy(() =>
  import('../matching/DemandMatches').then((m) => ({ default: m.DemandMatches })),
);
const SubscribeButton = lazy(() => import('../push/SubscribeButton'));

export default function DemandDetailPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const detail = useApi((signal) => demandsApi.get(id, signal), [id]);
  const demand = sameId(detail.data?.id, id) ? detail.data : undefined;
  usePageTitle(demand?.title ?? t('dm.detail.title'));

  if (detail.error?.status === 404 || detail.error?.status === 403)
    return (
      <Result
        status={detail.error.status === 404 ? '404' : '403'}
        title={<h1 className="ty-h1">{t('dm.detail.notFound')}</h1>}
        subTitle={detail.error.detail}
        extra={
          <LinkButton to="/demands" type="primary">
            {t('dm.detail.backToList')}
          </LinkButton>
        }
      />
    );
  if (detail.error) return <ErrorAlert error={detail.error} onRetry={detail.reload} />;
  if (!demand)
    return (
      <>
        <h1 className="ty-h1">{t('dm.detail.title')}</h1>
        <Skeleton active paragraph={{ rows: 10 }} />
      </>
    );
  return <DemandView demand={demand} onChanged={detail.reload} onReplaced={detail.setData} />;
}

function DemandView({
  demand: d,
  onChanged,
  onReplaced,
}: {
  demand: DemandDetail;
  onChanged(): void;
  onReplaced(d: DemandDetail): void;
}) {
  const { t, lang } = useI18n();
  const { me } = useSession();
  const budgetWords = useBudgetWords();
  const list = (xs: string[]) => (xs.length ? xs.join(t('app.listSeparator')) : null);
  const canGiveFeedback = !!me && me.user.organisationId !== null;

  const facts = items(t, [
    [
      'dm.field.enterpriseName',
      <span key="name" lang="zh-CN">
        {d.enterpriseName}
      </span>,
    ],
    ['dm.field.creditCode', <code key="code">{d.creditCode}</code>],
    ['dm.field.region', d.region?.name],
    ['dm.field.industry', d.industry ? [d.industry.code, d.industry.name].filter(Boolean).join(' ') : null],
    ['dm.field.enterpriseSize', d.enterpriseSize ? t(`dm.size.${d.enterpriseSize}`) : null],
    ['dm.field.preferredModes', list(d.preferredModes.map((m) => t(`dm.mode.${m.code}`)))],
    ['dm.field.budget', budgetWords(d.budgetMinFen, d.budgetMaxFen)],
    ['dm.field.timeline', d.timeline ? t(`dm.timeline.${d.timeline}`) : null],
    ['dm.field.minTrl', d.minTrl ? t(`trl.${d.minTrl}` as MessageKey) : null],
    ['dm.field.desiredField', d.desiredField || null],
    ['dm.field.desiredIpc', list(d.desiredIpc.map((i) => (i.title ? `${i.code} ${i.title}` : i.code)))],
    ['dm.field.sei', list(d.sei.map((s) => (s.name ? `${s.code} ${s.name}` : s.code)))],
    [
      'dm.field.contact',
      d.contact
        ? [d.contact.name, d.contact.phone, d.contact.email].filter(Boolean).join(t('app.listSeparator'))
        : t('dm.detail.contactSignIn'),
    ],
    [
      'dm.detail.source',
      d.source === 'form'
        ? t('dm.detail.sourceForm')
        : t('dm.detail.sourceImport', { file: d.source.replace(/^import:/, ''), row: d.sourceRow ?? '—' }),
    ],
    ['dm.detail.createdAt', dayjs(d.createdAt).format('YYYY-MM-DD HH:mm')],
    ['dm.detail.updatedAt', dayjs(d.updatedAt).format('YYYY-MM-DD HH:mm')],
  ]);

  return (
    <article aria-labelledby="demand-title">
      <nav aria-label={t('dm.detail.backToList')} style={{ marginBottom: 8 }}>
        <Link to={d.canEdit ? '/demands/mine' : '/demands'}>
          ← {d.canEdit ? t('dm.nav.mine') : t('dm.detail.backToList')}
        </Link>
      </nav>
      <h1 className="ty-h1" id="demand-title" lang="zh-CN">
        {d.title}
      </h1>
      <Space wrap style={{ marginBottom: 16 }}>
        <DemandStateTag state={d.state} />
        <VisibilityTag visibility={d.visibility} />
        {d.closedReason && (
          <span className="ty-secondary">
            {t('dm.detail.closedBecause', { reason: t(`dm.closedReason.${d.closedReason.code}`) })}
            {d.closedReason.note ? ` — ${d.closedReason.note}` : ''}
          </span>
        )}
        {d.canEdit && d.state !== 'closed' && (
          <LinkButton to={`/demands/${d.id}/edit`} icon={<EditOutlined aria-hidden />}>
            {t('app.edit')}
          </LinkButton>
        )}
        {me && d.state !== 'closed' && (
          <Suspense fallback={null}>
            <SubscribeButton kind="demand" objectId={d.id} label={d.title} />
          </Suspense>
        )}
      </Space>

      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Section title={t('dm.detail.need')}>
            <h3 className="dm-subhead">{t('dm.field.problem')}</h3>
            <p className="ty-p dm-text" lang="zh-CN">
              {d.problem}
            </p>
            {d.currentSolution && (
              <>
                <h3 className="dm-subhead">{t('dm.field.currentSolution')}</h3>
                <p className="ty-p dm-text" lang="zh-CN">
                  {d.currentSolution}
                </p>
              </>
            )}
            {d.targetIndicators && (
              <>
                <h3 className="dm-subhead">{t('dm.field.targetIndicators')}</h3>
                <p className="ty-p dm-text" lang="zh-CN">
                  {d.targetIndicators}
                </p>
              </>
            )}
          </Section>
          <Section title={t('dm.detail.matches')} id="matches">
            <Suspense fallback={<Skeleton active />}>
              <DemandMatches demandId={d.id} canGiveFeedback={canGiveFeedback} onDemandMoved={onChanged} />
            </Suspense>
          </Section>
        </Col>
        <Col xs={24} xl={8}>
          <Section title={t('dm.detail.facts')}>
            <Descriptions size="small" column={1} items={facts} />
          </Section>
          <Section title={t('dm.detail.state')}>
            <StatePanel demand={d} onMoved={onReplaced} />
          </Section>
          {d.canEdit && d.visibility === 'private' && (
            <Section title={t('dm.approvals.title')}>
              <Approvals demandId={d.id} />
            </Section>
          )}
          {d.canEdit && d.visibility === 'public' && (
            <p className="ty-secondary">{t('dm.approvals.publicNote')}</p>
          )}
          <p className="ty-secondary" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
            {t('dm.detail.matchNote')}
          </p>
        </Col>
      </Row>
    </article>
  );
}

function StatePanel({ demand: d, onMoved }: { demand: DemandDetail; onMoved(d: DemandDetail): void }) {
  const { t, label, lang } = useI18n();
  const [busy, setBusy] = useState<DemandState | null>(null);
  const [error, setError] = useState<ApiError>();
  const [closing, setClosing] = useState(false);
  const [form] = Form.useForm<{ reasonCode: ClosedReason; note?: string }>();

  const move = async (to: DemandState, reasonCode?: ClosedReason, note?: string) => {
    setBusy(to);
    setError(undefined);
    try {
      onMoved(
        await demandsApi.transition(d.id, { to, reasonCode: reasonCode ?? null, note: note?.trim() || null }),
      );
      setClosing(false);
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <p>
        {t('dm.detail.currentState')}
        {t('app.labelSuffix')}
        <DemandStateTag state={d.state} />
      </p>
      {error && <ErrorAlert error={error} />}
      {d.availableMoves.length > 0 && (
        <Space wrap style={{ marginBottom: 12 }} role="group" aria-label={t('dm.detail.moves')}>
          {d.availableMoves.map((to) => (
            <Button
              key={to}
              loading={busy === to}
              danger={to === 'closed'}
              onClick={() => (to === 'closed' ? setClosing(true) : move(to))}
            >
              {t(`dm.move.${to}`)}
            </Button>
          ))}
        </Space>
      )}
      <h3 className="dm-subhead">{t('dm.detail.history')}</h3>
      {d.transitions.length === 0 ? (
        <p className="ty-secondary">{t('dm.detail.noHistory')}</p>
      ) : (
        <ol className="dm-history">
          {d.transitions.map((x) => (
            <li key={`${x.at}:${x.to}`}>
              <time dateTime={x.at}>{dayjs(x.at).format('YYYY-MM-DD HH:mm')}</time>{' '}
              {t('dm.detail.transition', { from: t(`dm.state.${x.from}`), to: t(`dm.state.${x.to}`) })}
              {x.byPlatform && ` ${t('dm.detail.byPlatform')}`}
              {(x.reasonCode || x.note) && (
                <span className="ty-secondary">
                  {' — '}
                  {x.reasonCode &&
                    label(
                      x.byPlatform ? 'dm.platformReason' : 'dm.closedReason',
                      x.reasonCode,
                      x.reasonLabel?.[lang],
                    )}
                  {x.reasonCode && x.note ? t('app.labelSuffix') : ''}
                  {x.note}
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
      <Modal
        open={closing}
        title={t('dm.close.title')}
        okText={t('dm.move.closed')}
        okButtonProps={{ danger: true, loading: busy === 'closed' }}
        cancelText={t('app.cancel')}
        onOk={() => form.submit()}
        onCancel={() => setClosing(false)}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          name="close-demand"
          onFinish={(v) => move('closed', v.reasonCode, v.note)}
          preserve={false}
        >
          <Form.Item
            name="reasonCode"
            label={t('dm.close.reason')}
            rules={[{ required: true, message: t('dm.close.reasonRequired') }]}
          >
            <Select options={CLOSED_REASONS.map((r) => ({ value: r, label: t(`dm.closedReason.${r}`) }))} />
          </Form.Item>
          <Form.Item
            name="note"
            label={t('dm.close.note')}
            dependencies={['reasonCode']}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_r, v: string | undefined) =>
                  getFieldValue('reasonCode') === 'other' && !v?.trim()
                    ? Promise.reject(new Error(t('dm.close.noteRequired')))
                    : Promise.resolve(),
              }),
            ]}
          >
            <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 5 }} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

function items(
  t: (k: MessageKey) => string,
  rows: [MessageKey, ReactNode][],
): NonNullable<DescriptionsProps['items']> {
  return rows
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => ({ key: k, label: t(k), children: v }));
}

function Section({ title, id, children }: { title: string; id?: string; children: ReactNode }) {
  return (
    <Card id={id} title={<h2 className="card-title">{title}</h2>} style={{ marginBottom: 16 }}>
      {children}
    </Card>
  );
}
