import './openLicence.css';
import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Input, Modal, Space, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useI18n } from '../../i18n/I18nProvider';
import { DataTable } from '../../shell/DataTable';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { usePageTitle } from '../../shell/usePageTitle';
import { type Declaration, type Licence, openLicenceApi, type Uptake } from './api';
import { Field } from './Field';
import { formatYuan, yuanToFen } from './money';
import { StateTag } from './StateTag';

function today(): string {
  const d = new Date(Date.now() + 8 * 3_600_000);
  return d.toISOString().slice(0, 10);
}

/** The organisation's declarations, licences with their filing packages, uptakes awaiting payment, messages. */
export default function MyLicencesPage() {
  const { t, lang } = useI18n();
  usePageTitle(t('ol.mine.title'));
  const declarations = useApi((signal) => openLicenceApi.mine(1, signal), []);
  const licences = useApi((signal) => openLicenceApi.licences(1, signal), []);
  const messages = useApi((signal) => openLicenceApi.messages(signal), []);
  const [filing, setFiling] = useState<Licence | null>(null);
  return (
    <>
      <h1 className="ty-h1">{t('ol.mine.title')}</h1>

      {(licences.data?.uptakes.length ?? 0) > 0 && (
        <Card style={{ marginBottom: 16 }} title={<h2 className="card-title">{t('ol.mine.uptakes')}</h2>}>
          {licences.data?.uptakes.map((u) => (
            <PayUptake key={u.id} uptake={u} onPaid={licences.reload} />
          ))}
        </Card>
      )}

      <Card style={{ marginBottom: 16 }} title={<h2 className="card-title">{t('ol.mine.licences')}</h2>}>
        {licences.error && <ErrorAlert error={licences.error} onRetry={licences.reload} />}
        <DataTable<Licence>
          caption={t('ol.mine.licences')}
          rowKey={(l) => l.id}
          loading={licences.loading}
          rows={licences.data?.items ?? []}
          emptyText={t('ol.mine.noLicences')}
          columns={[
            {
              key: 'patent',
              title: t('ol.patent.title'),
              render: (l) => `${l.patentTitle} ${l.patentNumber ?? ''}`,
            },
            { key: 'kind', title: t('ol.licence.kind'), render: (l) => l.kindLabel[lang] },
            {
              key: 'parties',
              title: t('ol.licence.parties'),
              render: (l) =>
                t('ol.licence.partiesValue', { licensor: l.licensorName, licensee: l.licenseeName }),
            },
            { key: 'effective', title: t('ol.licence.effective'), render: (l) => l.effectiveDate },
            {
              key: 'filing',
              title: t('ol.licence.filingDeadline'),
              render: (l) =>
                l.filingStatus === 'filed' ? (
                  <Tag color="success">{t('ol.licence.filed', { number: l.filingNumber ?? '' })}</Tag>
                ) : (
                  <Tag
                    color={
                      l.daysToFilingDeadline < 0
                        ? 'error'
                        : l.daysToFilingDeadline <= 30
                          ? 'warning'
                          : 'default'
                    }
                  >
                    {l.daysToFilingDeadline < 0
                      ? t('ol.licence.overdue', { date: l.filingDeadline })
                      : t('ol.licence.dueIn', { date: l.filingDeadline, days: l.daysToFilingDeadline })}
                  </Tag>
                ),
            },
            {
              key: 'package',
              title: t('ol.licence.package'),
              render: (l) => (
                <Space wrap>
                  <a href={openLicenceApi.filingPackageUrl(l.id, 'xlsx')} download>
                    <DownloadOutlined aria-hidden /> XLSX
                  </a>
                  <a href={openLicenceApi.filingPackageUrl(l.id, 'docx')} download>
                    <DownloadOutlined aria-hidden /> DOCX
                  </a>
                  {l.filingStatus !== 'filed' && (
                    <Button size="small" onClick={() => setFiling(l)}>
                      {t('ol.licence.recordFiling')}
                    </Button>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>

      <Card style={{ marginBottom: 16 }} title={<h2 className="card-title">{t('ol.mine.declarations')}</h2>}>
        {declarations.error && <ErrorAlert error={declarations.error} onRetry={declarations.reload} />}
        <DataTable<Declaration>
          caption={t('ol.mine.declarations')}
          rowKey={(d) => d.id}
          loading={declarations.loading}
          rows={declarations.data?.items ?? []}
          emptyText={t('ol.mine.noDeclarations')}
          columns={[
            {
              key: 'title',
              title: t('ol.patent.title'),
              render: (d) => <Link to={`/open-licences/${d.id}`}>{d.patent.title}</Link>,
            },
            { key: 'state', title: t('ol.state'), render: (d) => <StateTag state={d.state} /> },
            { key: 'terms', title: t('ol.terms.title'), render: (d) => d.paymentDescription[lang] },
            {
              key: 'term',
              title: t('ol.term.title'),
              render: (d) => `${d.term.startDate} – ${d.term.endDate}`,
            },
          ]}
        />
      </Card>

      <Card title={<h2 className="card-title">{t('ol.mine.messages')}</h2>}>
        {messages.error && <ErrorAlert error={messages.error} onRetry={messages.reload} />}
        {(messages.data ?? []).length === 0 && <p>{t('app.empty')}</p>}
        <ul className="ol-messages">
          {(messages.data ?? []).map((m) => (
            <li key={m.id}>
              <strong>{m.subject}</strong> <span className="ol-note">{m.createdAt.slice(0, 10)}</span>
              <p style={{ whiteSpace: 'pre-line', margin: '4px 0 0' }}>{m.body}</p>
            </li>
          ))}
        </ul>
      </Card>

      {filing && <FilingModal licence={filing} onClose={() => setFiling(null)} onSaved={licences.reload} />}
    </>
  );
}

function PayUptake({ uptake, onPaid }: { uptake: Uptake; onPaid(): void }) {
  const { t, lang } = useI18n();
  const [amount, setAmount] = useState(
    uptake.outstandingFen > 0 ? formatYuan(uptake.outstandingFen).replace(/,/g, '') : '',
  );
  const [paidOn, setPaidOn] = useState(today());
  const [reference, setReference] = useState('');
  const [error, setError] = useState<ApiError>();
  const fen = yuanToFen(amount);
  const pay = async () => {
    if (fen === null) return;
    setError(undefined);
    try {
      await openLicenceApi.pay(uptake.id, {
        kind: 'upfront',
        paidOn,
        amountFen: fen,
        reference: reference || undefined,
      });
      onPaid();
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError({ status: 0, title: String(err) }));
    }
  };
  return (
    <section aria-label={uptake.patentTitle} className="ol-uptake">
      <p>
        <Link to={`/open-licences/${uptake.declarationId}`}>{uptake.patentTitle}</Link> —{' '}
        {t(`ol.uptake.status.${uptake.status}`)}; {uptake.paymentDescription[lang]}
      </p>
      {uptake.outstandingFen > 0 && (
        <>
          <p>
            {t('ol.uptake.outstanding', {
              amount: formatYuan(uptake.outstandingFen),
              due: uptake.dueBy ?? '',
            })}
          </p>
          {error && <ErrorAlert error={error} />}
          <Space wrap>
            <Field label={t('ol.pay.amountYuan')}>
              {(id) => (
                <Input
                  id={id}
                  inputMode="decimal"
                  value={amount}
                  onChange={(e) => setAmount(e.target.value)}
                />
              )}
            </Field>
            <Field label={t('ol.pay.paidOn')}>
              {(id) => (
                <Input id={id} type="date" value={paidOn} onChange={(e) => setPaidOn(e.target.value)} />
              )}
            </Field>
            <Field label={t('ol.pay.reference')}>
              {(id) => <Input id={id} value={reference} onChange={(e) => setReference(e.target.value)} />}
            </Field>
            <Button type="primary" disabled={fen === null || fen <= 0} onClick={pay}>
              {t('ol.pay.record')}
            </Button>
          </Space>
        </>
      )}
    </section>
  );
}

function FilingModal({ licence, onClose, onSaved }: { licence: Licence; onClose(): void; onSaved(): void }) {
  const { t } = useI18n();
  const [number, setNumber] = useState('');
  const [filedOn, setFiledOn] = useState(today());
  const [error, setError] = useState<ApiError>();
  return (
    <Modal
      open
      title={t('ol.licence.recordFiling')}
      okButtonProps={{ disabled: !number.trim() }}
      onCancel={onClose}
      onOk={async () => {
        try {
          await openLicenceApi.filing(licence.id, { status: 'filed', filingNumber: number.trim(), filedOn });
          onSaved();
          onClose();
        } catch (err) {
          setError(err instanceof ApiError ? err : new ApiError({ status: 0, title: String(err) }));
        }
      }}
    >
      {error && <ErrorAlert error={error} />}
      <Field label={t('ol.licence.filingNumber')}>
        {(id) => <Input id={id} value={number} onChange={(e) => setNumber(e.target.value)} />}
      </Field>
      <Field label={t('ol.licence.filedOn')}>
        {(id) => <Input id={id} type="date" value={filedOn} onChange={(e) => setFiledOn(e.target.value)} />}
      </Field>
    </Modal>
  );
}
