import { EditOutlined } from '@ant-design/icons';
import {
  message as antMessage,
  Button,
  Card,
  Col,
  Descriptions,
  type DescriptionsProps,
  Result,
  Row,
  Skeleton,
  Tag,
} from 'antd';
import dayjs from 'dayjs';
import { lazy, type ReactNode, Suspense, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { sameId } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';
import { DataTable } from '../../shell/DataTable';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { LinkButton } from '../../shell/LinkButton';
import { usePageTitle } from '../../shell/usePageTitle';
import { readsPatentRecords } from '../accounts/abilities';
import { useSession } from '../accounts/session';
import { type CodeTitle, type IpcDetail, type PatentDetail, patentsApi } from './api';
import { codeLabel } from './facetLabels';
import { legalEventLines } from './legalEvents';
import { LegalStatusTag, PatentTypeTag } from './PatentTags';

// The editor (form, tree select) loads only when someone edits tags.
const TagEditor = lazy(() => import('./TagEditor').then((m) => ({ default: m.TagEditor })));
// Reverse matching (enterprises whose demands fit this patent) is the matching feature's, in its own chunk.
const MatchingEnterprises = lazy(() => import('../matching/MatchingEnterprises'));
// The open-licence terms and similar patents are those features' own components, loaded with the section.
const PatentOpenLicence = lazy(() => import('../openLicence/PatentOpenLicence'));
const SimilarPatents = lazy(() => import('../matching/SimilarPatents'));
// Licence and pledge records: for the patentee, banks (pledge financing), operators and the administration.
const PatentRecords = lazy(() => import('../openLicence/PatentRecords'));

export default function PatentDetailPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const detail = useApi((signal) => patentsApi.get(id, signal), [id]);
  const patent = sameId(detail.data?.id, id) ? detail.data : undefined;
  usePageTitle(patent?.title ?? t('detail.title'));

  if (detail.error?.status === 404) {
    return (
      <Result
        status="404"
        title={<h1 style={{ fontSize: 'inherit', margin: 0 }}>{t('detail.notFound')}</h1>}
        subTitle={detail.error.detail ?? t('detail.notFoundHint')}
        extra={
          <LinkButton to="/patents" type="primary">
            {t('detail.backToSearch')}
          </LinkButton>
        }
      />
    );
  }
  if (detail.error) return <ErrorAlert error={detail.error} onRetry={detail.reload} />;
  if (!patent) {
    return (
      <>
        <h1 className="ty-h1">{t('detail.title')}</h1>
        <Skeleton active paragraph={{ rows: 10 }} />
      </>
    );
  }
  return <PatentView patent={patent} onChanged={detail.reload} />;
}

function PatentView({ patent: p, onChanged }: { patent: PatentDetail; onChanged(): void }) {
  const { t, label, num } = useI18n();
  const [editing, setEditing] = useState(false);
  const [message, messageHolder] = antMessage.useMessage();
  const { me } = useSession();
  const readsRecords = readsPatentRecords(
    me?.user,
    p.organisations.map((o) => Number(o.id)),
  );
  const list = (xs: string[] | null | undefined) => (xs?.length ? xs.join(t('app.listSeparator')) : null);
  const counted = (n: number | null, dates: string[] | null) =>
    n === null ? null : (
      <>
        {t('detail.times', { n: num(n) })}
        {dates?.length ? t('detail.dates', { dates: dates.join(t('app.listSeparator')) }) : null}
      </>
    );

  const biblio = items(t, [
    ['detail.applicationNumber', p.applicationNumber],
    ['detail.publicationNumber', p.publicationNumber],
    ['detail.grantNumber', p.grantNumber],
    ['detail.type', label('patentType', p.type)],
    ['detail.pct', p.pct === null ? null : p.pct ? t('app.yes') : t('app.no')],
    ['detail.filingDate', p.filingDate],
    ['detail.publicationDate', p.publicationDate],
    ['detail.grantDate', p.grantDate],
    ['detail.applicants', list(p.applicants)],
    ['detail.patentees', list(p.patentees)],
    ['detail.inventors', list(p.inventors)],
    ['detail.applicantType', p.applicantType ? label('applicantType', p.applicantType) : null],
    ['detail.address', p.address],
    ['detail.region', p.region ? [p.region.provinceName, p.region.cityName].filter(Boolean).join(' ') : null],
    ['detail.source', p.source],
    ['detail.updatedAt', p.updatedAt ? dayjs(p.updatedAt).format('YYYY-MM-DD HH:mm') : null],
  ]);

  const daysLeft = p.expiryDate
    ? dayjs(p.expiryDate).startOf('day').diff(dayjs().startOf('day'), 'day')
    : null;
  const legal = items(t, [
    ['detail.legalStatus', <LegalStatusTag key="s" status={p.legalStatus} label={p.legalStatusLabel} />],
    ['detail.legalStatusRaw', p.legalStatusRaw],
    [
      'detail.expiryDate',
      p.expiryDate ? (
        <span key="expiry" title={t('detail.expiryNote')}>
          {p.expiryDate}
          {daysLeft !== null && daysLeft >= 0 && (
            <span className="ty-secondary">{t('detail.daysLeft', { days: num(daysLeft) })}</span>
          )}
        </span>
      ) : null,
    ],
    ['detail.feePaidUntil', p.feePaidUntil],
    ['detail.transfers', counted(p.transferCount, p.transferDates)],
    ['detail.licences', counted(p.licenceCount, p.licenceDates)],
    ['detail.pledges', counted(p.pledgeCount, p.pledgeDates)],
  ]);

  return (
    <article aria-labelledby="patent-title">
      {messageHolder}
      <nav aria-label={t('detail.backToSearch')} style={{ marginBottom: 8 }}>
        <Link to="/patents">← {t('detail.backToSearch')}</Link>
      </nav>
      {/* Patent texts are Chinese records whatever the interface language. */}
      <h1 className="ty-h1" id="patent-title" style={{ fontSize: 26 }} lang="zh-CN">
        {p.title}
      </h1>
      <div style={{ marginBottom: 16 }}>
        <PatentTypeTag type={p.type} />
        <LegalStatusTag status={p.legalStatus} label={p.legalStatusLabel} />
        {p.applicationNumber && <span className="ty-secondary">{p.applicationNumber}</span>}
      </div>

      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Section title={t('detail.biblio')}>
            <Descriptions bordered size="small" column={{ xs: 1, sm: 1, md: 2 }} items={biblio} />
          </Section>
          <Section title={t('detail.abstract')}>
            <p className="ty-p" style={{ lineHeight: 1.8, marginBottom: 0 }} lang="zh-CN">
              {p.abstract || t('app.none')}
            </p>
          </Section>
          {p.firstClaim && (
            <Section title={t('detail.firstClaim')}>
              <p className="ty-p" style={{ lineHeight: 1.8, marginBottom: 0 }} lang="zh-CN">
                {p.firstClaim}
              </p>
            </Section>
          )}
          <Section title={t('detail.classification')}>
            <IpcTable ipc={p.ipc} mainIpc={p.mainIpc} />
            {p.cpcCodes.length > 0 && (
              <div style={{ marginTop: 12 }}>
                <strong>
                  {t('detail.cpc')}
                  {t('app.labelSuffix')}
                </strong>
                {p.cpcCodes.map((c) => (
                  <Tag key={c}>{c}</Tag>
                ))}
              </div>
            )}
            <div style={{ marginTop: 12 }}>
              <strong>
                {t('detail.sei')}
                {t('app.labelSuffix')}
              </strong>
              {p.sei.length ? (
                p.sei.map((s) => (
                  <Tag key={s.code} title={codeLabel(s.domainCode, s.domainName)}>
                    {s.domainName ?? s.domainCode} › {codeLabel(s.code, s.name)}
                  </Tag>
                ))
              ) : (
                <span className="ty-secondary">{t('app.none')}</span>
              )}
            </div>
          </Section>
          <Section title={t('detail.legalEvents')}>
            <LegalEvents events={p.legalEvents} />
          </Section>
        </Col>

        <Col xs={24} xl={8}>
          <Section title={t('detail.legal')}>
            <Descriptions size="small" column={1} items={legal} />
          </Section>
          <Section
            title={t('detail.tags')}
            extra={
              <Button icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>
                {t('detail.editTags')}
              </Button>
            }
          >
            <Descriptions
              size="small"
              column={1}
              layout="vertical"
              items={[
                {
                  key: 'industries',
                  label: t('detail.industries'),
                  children: p.industries.length
                    ? p.industries.map((i) => <Tag key={i.code}>{codeLabel(i.code, i.name)}</Tag>)
                    : t('app.none'),
                },
                {
                  key: 'effects',
                  label: t('detail.technicalEffects'),
                  children: p.technicalEffects.length
                    ? p.technicalEffects.map((e) => <Tag key={e}>{e}</Tag>)
                    : t('app.none'),
                },
                {
                  key: 'trl',
                  label: t('detail.trl'),
                  children: p.trl ? t(`trl.${p.trl}` as MessageKey) : t('tags.trlPlaceholder'),
                },
              ]}
            />
          </Section>
          <Section title={t('detail.organisations')}>
            {p.organisations.length ? (
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {p.organisations.map((o) => (
                  <li key={o.id}>
                    <Link to={`/patents?organisation=${encodeURIComponent(o.id)}`}>{o.name}</Link>{' '}
                    <Tag>{label('orgKind', o.kind)}</Tag>
                  </li>
                ))}
              </ul>
            ) : (
              <span className="ty-secondary">{t('app.none')}</span>
            )}
          </Section>
          <section data-section="open-licence-terms">
            <Section title={t('detail.openLicenceTerms')}>
              <Suspense fallback={<Skeleton active paragraph={{ rows: 3 }} />}>
                <PatentOpenLicence patentId={p.id} />
              </Suspense>
            </Section>
          </section>
          {readsRecords && (
            <section data-section="patent-records">
              <Section title={t('ol.records.title')}>
                <Suspense fallback={<Skeleton active paragraph={{ rows: 3 }} />}>
                  <PatentRecords patentId={p.id} />
                </Suspense>
              </Section>
            </section>
          )}
          <section data-section="similar-patents">
            <Section title={t('detail.similar')}>
              <Suspense fallback={<Skeleton active paragraph={{ rows: 3 }} />}>
                <SimilarPatents patentId={p.id} />
              </Suspense>
            </Section>
          </section>
          <section data-section="matching-enterprises">
            <Section title={t('detail.matchingEnterprises')}>
              <Suspense fallback={<Skeleton active paragraph={{ rows: 3 }} />}>
                <MatchingEnterprises patentId={p.id} patentTitle={p.title} />
              </Suspense>
            </Section>
          </section>
        </Col>
      </Row>

      {editing && (
        <Suspense fallback={null}>
          <TagEditor
            patent={p}
            open={editing}
            onClose={() => setEditing(false)}
            onSaved={() => {
              setEditing(false);
              message.success(t('detail.tagsSaved'));
              onChanged();
            }}
          />
        </Suspense>
      )}
    </article>
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

function Section({ title, extra, children }: { title: string; extra?: ReactNode; children: ReactNode }) {
  return (
    <Card title={<h2 className="card-title">{title}</h2>} extra={extra} style={{ marginBottom: 16 }}>
      {children}
    </Card>
  );
}

function IpcTable({ ipc, mainIpc }: { ipc: IpcDetail[]; mainIpc: string | null }) {
  const { t } = useI18n();
  const title = (c: CodeTitle | null) => (c ? codeLabel(c.code, c.title) : '');
  return (
    <DataTable<IpcDetail>
      caption={t('detail.ipcCode')}
      rows={ipc}
      rowKey={(r) => r.code}
      emptyText={t('app.none')}
      columns={[
        {
          key: 'code',
          title: t('detail.ipcCode'),
          render: (r) => (
            <>
              <code>{r.code}</code>
              {r.code === mainIpc && <Tag style={{ marginInlineStart: 6 }}>{t('detail.mainIpc')}</Tag>}
            </>
          ),
        },
        { key: 'section', title: t('detail.ipcSection'), render: (r) => title(r.section) },
        { key: 'class', title: t('detail.ipcClass'), render: (r) => title(r.class) },
        { key: 'subclass', title: t('detail.ipcSubclass'), render: (r) => title(r.subclass) },
        { key: 'mainGroup', title: t('detail.ipcMainGroup'), render: (r) => title(r.mainGroup) },
      ]}
    />
  );
}

function LegalEvents({ events }: { events: string | null }) {
  const { t } = useI18n();
  const lines = legalEventLines(events);
  if (!lines.length) return <span className="ty-secondary">{t('app.none')}</span>;
  return (
    <ol style={{ margin: 0, paddingInlineStart: 20 }}>
      {lines.map((e, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: events have no identity beyond their order.
        <li key={i}>
          {e.date && e.text !== e.date && <time dateTime={e.date}>{e.date}</time>} {e.text}
        </li>
      ))}
    </ol>
  );
}
