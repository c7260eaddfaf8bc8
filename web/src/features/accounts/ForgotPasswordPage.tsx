import './accounts.css';
import { Alert, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { ApiError } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { usePageTitle } from '../../shell/usePageTitle';
import { accountsApi } from './api';
import { toApiError } from './apiError';

/** Asks for a reset link by e-mail; the server answers the same whether the address is known or not. */
export default function ForgotPasswordPage() {
  const { t } = useI18n();
  usePageTitle(t('acct.forgot.title'));
  const [sent, setSent] = useState<string>();
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);

  const submit = async ({ email }: { email: string }) => {
    setBusy(true);
    setError(undefined);
    try {
      setSent((await accountsApi.requestReset(email)).message);
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="narrow-page">
      <h1 className="ty-h1">{t('acct.forgot.title')}</h1>
      <p className="ty-p">{t('acct.forgot.lead')}</p>
      <Card>
        {sent && <Alert type="success" showIcon role="status" title={sent} style={{ marginBottom: 16 }} />}
        {error && (
          <div style={{ marginBottom: 16 }}>
            <ErrorAlert error={error} />
          </div>
        )}
        <Form<{ email: string }> name="forgot" layout="vertical" requiredMark={false} onFinish={submit}>
          <Form.Item
            name="email"
            label={t('acct.email')}
            rules={[{ required: true, message: t('acct.email.required') }]}
          >
            <Input type="email" autoComplete="email" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy}>
            {t('acct.forgot.submit')}
          </Button>
        </Form>
        <p style={{ marginTop: 16, marginBottom: 0 }}>
          <Link to="/sign-in">{t('acct.backToSignIn')}</Link>
        </p>
      </Card>
    </div>
  );
}
