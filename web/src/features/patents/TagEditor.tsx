import { Form, Modal, Select } from 'antd';
import { useState } from 'react';
import { ApiError, formFieldPath } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { type PatentDetail, patentsApi, type TagsPatch } from './api';
import { IndustryPicker, type LabelledCode } from './IndustryPicker';

interface FormValues {
  industries: LabelledCode[];
  technicalEffects: string[];
  trl: number | null;
}

const TRL_LEVELS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

/**
 * Edits a patent's manual tags with `PATCH /api/v1/patents/:id/tags`; server refusals show on their fields.
 * The caller confirms success (this dialog closes on save).
 */
export function TagEditor({
  patent,
  open,
  onClose,
  onSaved,
}: {
  patent: PatentDetail;
  open: boolean;
  onClose(): void;
  onSaved(): void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<FormValues>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ApiError>();

  const initial: FormValues = {
    industries: patent.industries.map((i) => ({ value: i.code, label: `${i.code} ${i.name}` })),
    technicalEffects: patent.technicalEffects,
    trl: patent.trl,
  };

  const save = async (values: FormValues) => {
    const patch: TagsPatch = {
      industryCodes: values.industries.map((i) => i.value),
      technicalEffects: values.technicalEffects.map((e) => e.trim()).filter(Boolean),
      trl: values.trl ?? null,
    };
    setSaving(true);
    setError(undefined);
    try {
      await patentsApi.updateTags(patent.id, patch);
      onSaved();
    } catch (err) {
      const apiError =
        err instanceof ApiError ? err : new ApiError({ status: 0, title: String(err), detail: String(err) });
      setError(apiError);
      const byField = new Map<string, string[]>();
      for (const e of apiError.errors) {
        const [name] = formFieldPath(e.path);
        const field = name === 'industryCodes' ? 'industries' : name;
        if (typeof field === 'string' && field in initial)
          byField.set(field, [...(byField.get(field) ?? []), e.message]);
      }
      form.setFields([...byField].map(([name, errors]) => ({ name: name as keyof FormValues, errors })));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('detail.editTags')}
      okText={t('app.save')}
      cancelText={t('app.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={640}
    >
      {error && (
        <div style={{ marginBottom: 16 }}>
          <ErrorAlert error={error} />
        </div>
      )}
      <Form<FormValues>
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={save}
        preserve={false}
      >
        <Form.Item name="industries" label={t('tags.industries')} extra={t('tags.industriesHelp')}>
          <IndustryPicker />
        </Form.Item>
        <Form.Item
          name="technicalEffects"
          label={t('tags.technicalEffects')}
          extra={t('tags.technicalEffectsHelp')}
        >
          <Select
            mode="tags"
            tokenSeparators={[',', '，', '、']}
            placeholder={t('tags.technicalEffectsPlaceholder')}
            open={false}
            suffixIcon={null}
          />
        </Form.Item>
        <Form.Item name="trl" label={t('tags.trl')}>
          <Select<number | null>
            allowClear
            placeholder={t('tags.trlPlaceholder')}
            options={TRL_LEVELS.map((n) => ({ value: n, label: t(`trl.${n}`) }))}
            onClear={() => form.setFieldValue('trl', null)}
          />
        </Form.Item>
        <p className="ty-p ty-secondary" style={{ fontSize: 12, marginBottom: 0 }}>
          {t('tags.trlNote')}
        </p>
      </Form>
    </Modal>
  );
}
