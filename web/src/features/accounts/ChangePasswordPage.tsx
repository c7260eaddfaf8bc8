import './accounts.css';
import { Alert, message as antMessage, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { ApiError } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { accountsApi } from './api';
import { toApiError } from './apiError';
import { NewPasswordFields, showFieldErrors } from './PasswordFields';
import { SignedInPage } from './SignedInPage';
import { useSession } from './session';

interface Fields {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/** Change one's password; at a first sign-in with a generated password, the only page available. */
export default function ChangePasswordPage() {
  return (
    <SignedInPage titleKey="acct.password.title">
      <ChangePassword />
    </SignedInPage>
  );
}

function ChangePassword() {
  const { t } = useI18n();
  const session = useSession();
  const navigate = useNavigate();
  const [message, holder] = antMessage.useMessage();
  const [form] = Form.useForm<Fields>();
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const forced = session.me?.user.mustChangePassword ?? false;

  const submit = async ({ currentPassword, newPassword }: Fields) => {
    setBusy(true);
    setError(undefined);
    try {
      await accountsApi.changePassword(currentPassword, newPassword);
      await session.refresh();
      form.resetFields();
      message.success(t('acct.password.changed'));
      if (forced) navigate('/', { replace: true });
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
      {holder}
      <h1 className="ty-h1">{t('acct.password.title')}</h1>
      {forced && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={t('acct.password.forcedTitle')}
          description={t('acct.password.forcedDetail')}
          style={{ marginBottom: 16 }}
        />
      )}
      <Card>
        {error && (
          <div style={{ marginBottom: 16 }}>
            <ErrorAlert error={error} />
          </div>
        )}
        <Form<Fields>
          form={form}
          name="change-password"
          layout="vertical"
          requiredMark={false}
          onFinish={submit}
        >
          {/* A hidden user name lets password managers file the new password under the right account. */}
          <input
            type="text"
            name="username"
            autoComplete="username"
            value={session.me?.user.email ?? ''}
            readOnly
            hidden
          />
          <Form.Item
            name="currentPassword"
            label={t(forced ? 'acct.password.initial' : 'acct.password.current')}
            rules={[{ required: true, message: t('acct.password.required') }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <NewPasswordFields />
          <Button type="primary" htmlType="submit" loading={busy}>
            {t('acct.password.submit')}
          </Button>
        </Form>
        <p className="ty-p" style={{ marginTop: 16, marginBottom: 0 }}>
          {t('acct.password.othersSignedOut')}
        </p>
      </Card>
    </div>
  );
}
