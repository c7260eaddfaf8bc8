import './accounts.css';
import { Alert, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import type { ApiError } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { LinkButton } from '../../shell/LinkButton';
import { usePageTitle } from '../../shell/usePageTitle';
import { toApiError } from './apiError';
import { useSession } from './session';

/** Only same-site paths are followed after sign-in (no open redirect through `?next=`). */
export function safeNext(next: string | null): string {
  return next && /^\/(?!\/)/.test(next) && !next.startsWith('/sign-in') ? next : '/';
}

interface Fields {
  email: string;
  password: string;
}

export default function SignInPage() {
  const { t } = useI18n();
  usePageTitle(t('auth.signIn'));
  const session = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const next = safeNext(params.get('next'));

  const submit = async ({ email, password }: Fields) => {
    setBusy(true);
    setError(undefined);
    try {
      const answer = await session.signIn(email, password);
      navigate(answer.mustChangePassword ? '/account/password' : next, { replace: true });
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(false);
    }
  };

  const user = session.me?.user;
  return (
    <div className="narrow-page">
      <h1 className="ty-h1">{t('auth.signIn')}</h1>
      {params.get('reset') === '1' && (
        <Alert type="success" showIcon title={t('acct.reset.done')} style={{ marginBottom: 16 }} />
      )}
      {user && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('acct.signIn.already', { name: user.displayName })}
          action={<LinkButton to={next}>{t('acct.signIn.continue')}</LinkButton>}
        />
      )}
      <Card>
        {error && (
          <div style={{ marginBottom: 16 }}>
            <ErrorAlert error={error} />
          </div>
        )}
        <Form<Fields>
          name="sign-in"
          layout="vertical"
          requiredMark={false}
          onFinish={submit}
          initialValues={{ email: params.get('email') ?? '' }}
        >
          <Form.Item
            name="email"
            label={t('acct.email')}
            rules={[{ required: true, message: t('acct.email.required') }]}
          >
            <Input type="email" autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('acct.password')}
            rules={[{ required: true, message: t('acct.password.required') }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} block>
            {t('auth.signIn')}
          </Button>
        </Form>
        <p style={{ marginTop: 16, marginBottom: 0 }}>
          <Link to="/forgot-password">{t('acct.forgot.link')}</Link>
        </p>
      </Card>
    </div>
  );
}
