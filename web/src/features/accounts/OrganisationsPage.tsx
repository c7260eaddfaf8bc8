import { message as antMessage, Button, Card, Form, Input, Select } from 'antd';
import { useState } from 'react';
import type { ApiError } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useI18n } from '../../i18n/I18nProvider';
import { DataTable } from '../../shell/DataTable';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { ListPager } from '../../shell/ListPager';
import { accountsApi, ORGANISATION_KINDS, type Organisation, type OrganisationKind } from './api';
import { toApiError } from './apiError';
import { dateTime } from './labels';
import { showFieldErrors } from './PasswordFields';
import { SignedInPage } from './SignedInPage';

interface Fields {
  name: string;
  kind: OrganisationKind;
  creditCode?: string;
}

/** Organisations on the platform (platform administrators create them; everyone signed in may list them). */
export default function OrganisationsPage() {
  return (
    <SignedInPage titleKey="acct.orgs.title">
      <Organisations />
    </SignedInPage>
  );
}

function Organisations() {
  const { t, label, num } = useI18n();
  const [message, holder] = antMessage.useMessage();
  const [form] = Form.useForm<Fields>();
  const [page, setPage] = useState(1);
  const [q, setQ] = useState('');
  const list = useApi((signal) => accountsApi.organisations({ q: q || undefined, page }, signal), [q, page]);
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);

  const create = async (f: Fields) => {
    setBusy(true);
    setError(undefined);
    try {
      const o = await accountsApi.createOrganisation({ ...f, creditCode: f.creditCode?.trim() || null });
      message.success(t('acct.orgs.created', { name: o.name }));
      form.resetFields();
      list.reload();
    } catch (err) {
      const e = toApiError(err);
      setError(e);
      showFieldErrors(form, e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      {holder}
      <h1 className="ty-h1">{t('acct.orgs.title')}</h1>
      <Card title={<h2 className="card-title">{t('acct.orgs.create')}</h2>} style={{ marginBottom: 16 }}>
        {error && (
          <div style={{ marginBottom: 16 }}>
            <ErrorAlert error={error} />
          </div>
        )}
        <Form<Fields>
          form={form}
          name="new-organisation"
          layout="inline"
          requiredMark={false}
          onFinish={create}
          style={{ rowGap: 12 }}
        >
          <Form.Item
            name="name"
            label={t('acct.org.name')}
            rules={[{ required: true, whitespace: true, message: t('acct.org.nameRequired') }]}
          >
            <Input style={{ width: 260 }} />
          </Form.Item>
          <Form.Item
            name="kind"
            label={t('acct.org.kind')}
            rules={[{ required: true, message: t('acct.org.kindRequired') }]}
          >
            <Select<OrganisationKind>
              style={{ width: 200 }}
              options={ORGANISATION_KINDS.map((k) => ({ value: k, label: label('orgKind', k) }))}
            />
          </Form.Item>
          <Form.Item name="creditCode" label={t('acct.org.creditCode')}>
            <Input style={{ width: 220 }} maxLength={18} />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit" loading={busy}>
              {t('acct.orgs.createButton')}
            </Button>
          </Form.Item>
        </Form>
      </Card>
      <Card title={<h2 className="card-title">{t('acct.orgs.list', { n: num(list.data?.total ?? 0) })}</h2>}>
        <Input.Search
          aria-label={t('acct.orgs.search')}
          placeholder={t('acct.orgs.search')}
          allowClear
          enterButton={t('search.button')}
          onSearch={(v) => {
            setQ(v.trim());
            setPage(1);
          }}
          style={{ width: 320, marginBottom: 16 }}
        />
        {list.error && <ErrorAlert error={list.error} onRetry={list.reload} />}
        <DataTable<Organisation>
          caption={t('acct.orgs.title')}
          rowKey={(o) => o.id}
          loading={list.loading}
          rows={list.data?.items ?? []}
          emptyText={t('app.empty')}
          columns={[
            { key: 'name', title: t('acct.org.name'), render: (o) => o.name },
            { key: 'kind', title: t('acct.org.kind'), render: (o) => label('orgKind', o.kind) },
            { key: 'users', title: t('acct.org.users'), align: 'right', render: (o) => num(o.userCount) },
            { key: 'created', title: t('acct.org.createdAt'), render: (o) => dateTime(o.createdAt) },
          ]}
        />
        <ListPager
          total={list.data?.total ?? 0}
          pageSize={list.data?.pageSize ?? 50}
          page={page}
          onChange={setPage}
        />
      </Card>
    </>
  );
}
