import './accounts.css';
import { Alert, Button, Card, Form } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { ApiError } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { usePageTitle } from '../../shell/usePageTitle';
import { accountsApi } from './api';
import { toApiError } from './apiError';
import { NewPasswordFields, showFieldErrors } from './PasswordFields';

/** `#token=…[&invite=1]` of a reset or invitation link (docs/ARCHITECTURE.md, auth surface). */
export function linkFragment(hash: string): { token: string | null; invite: boolean } {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const token = params.get('token');
  return { token: token && token.length >= 10 ? token : null, invite: params.get('invite') === '1' };
}

export default function ResetPasswordPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [link] = useState(() => linkFragment(window.location.hash));
  usePageTitle(t(link.invite ? 'acct.reset.inviteTitle' : 'acct.reset.title'));
  const [form] = Form.useForm<{ newPassword: string; confirm: string }>();
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);

  // The token is a credential: keep it out of the address bar and the browser history once read.
  useEffect(() => {
    if (window.location.hash)
      window.history.replaceState(
        window.history.state,
        '',
        window.location.pathname + window.location.search,
      );
  }, []);

  const submit = async ({ newPassword }: { newPassword: string }) => {
    if (!link.token) return;
    setBusy(true);
    setError(undefined);
    try {
      const { email } = await accountsApi.confirmReset(link.token, newPassword);
      navigate(`/sign-in?${new URLSearchParams({ email, reset: '1' })}`, { replace: true });
    } catch (err) {
      const e = toApiError(err);
      setError(e);
      showFieldErrors(form, e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="narrow-page">
      <h1 className="ty-h1">{t(link.invite ? 'acct.reset.inviteTitle' : 'acct.reset.title')}</h1>
      <p className="ty-p">{t(link.invite ? 'acct.reset.inviteLead' : 'acct.reset.lead')}</p>
      <Card>
        {!link.token ? (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={t('acct.reset.noToken')}
            description={<Link to="/forgot-password">{t('acct.forgot.link')}</Link>}
          />
        ) : (
          <>
            {error && (
              <div style={{ marginBottom: 16 }}>
                <ErrorAlert error={error} />
              </div>
            )}
            <Form form={form} name="reset" layout="vertical" requiredMark={false} onFinish={submit}>
              <NewPasswordFields />
              <Button type="primary" htmlType="submit" loading={busy}>
                {t('acct.reset.submit')}
              </Button>
            </Form>
          </>
        )}
      </Card>
    </div>
  );
}
