import { Form, type FormInstance, Input } from 'antd';
import { type ApiError, formFieldPath } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';

/** New password and its confirmation; the policy itself is the server's (its reasons show on the field). */
export function NewPasswordFields() {
  const { t } = useI18n();
  return (
    <>
      <Form.Item
        name="newPassword"
        label={t('acct.newPassword')}
        extra={t('acct.newPassword.help')}
        rules={[{ required: true, message: t('acct.password.required') }]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t('acct.confirmPassword')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('acct.password.required') },
          ({ getFieldValue }) => ({
            validator: (_rule, value) =>
              !value || value === getFieldValue('newPassword')
                ? Promise.resolve()
                : Promise.reject(new Error(t('acct.confirmPassword.mismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}

/** Puts the server's field reasons (`body.newPassword` …) on the form's fields. */
export function showFieldErrors(form: FormInstance, error: ApiError): void {
  const byField = new Map<string, { name: (string | number)[]; errors: string[] }>();
  for (const e of error.errors) {
    const name = formFieldPath(e.path);
    const key = name.join('.');
    if (!key) continue;
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(e.message);
    byField.set(key, entry);
  }
  if (byField.size) form.setFields([...byField.values()]);
}
