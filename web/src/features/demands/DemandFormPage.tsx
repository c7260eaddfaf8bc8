import './demands.css';
import { Button, Card, Checkbox, Form, Input, Radio, Result, Select, Skeleton, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import type { ApiError } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useI18n } from '../../i18n/I18nProvider';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { LinkButton } from '../../shell/LinkButton';
import { usePageTitle } from '../../shell/usePageTitle';
import { toApiError } from '../accounts/apiError';
import { useSession } from '../accounts/session';
import type { AdHocMatches } from '../matching/api';
import { QuickMatch } from '../matching/QuickMatch';
import { IndustryPicker } from '../patents/IndustryPicker';
import {
  type Demand,
  demandsApi,
  ENTERPRISE_SIZES,
  TIMELINES,
  TRANSFER_MODES,
  type TransferMode,
} from './api';
import { fenToYuanInput } from './budget';
import {
  EMPTY_QUESTIONNAIRE,
  type FormField,
  fieldErrors,
  fromDemand,
  type QuestionnaireValues,
  toDemandInput,
} from './questionnaireForm';
import { RegionSelect } from './RegionSelect';
import { SeiPicker } from './SeiPicker';

const TRL_LEVELS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

/**
 * 企业专利技术需求调查问卷: file a demand (/demands/new) or replace one's own (/demands/:id/edit). The plain-words
 * quick entry above the questionnaire shows matches as the need is typed and can fill the questionnaire in.
 */
export default function DemandFormPage() {
  const { id } = useParams();
  const { t } = useI18n();
  const editing = id !== undefined;
  usePageTitle(editing ? t('dm.form.editTitle') : t('dm.form.title'));
  const { me } = useSession();
  const existing = useApi((signal) => (id ? demandsApi.get(id, signal) : Promise.resolve(undefined)), [id]);

  if (me === undefined || (editing && existing.loading && !existing.data))
    return <Skeleton active paragraph={{ rows: 12 }} />;
  if (me === null)
    return (
      <Result
        status="info"
        title={<h1 className="ty-h1">{t('dm.form.title')}</h1>}
        subTitle={t('dm.form.signInFirst')}
        extra={
          <LinkButton
            to={`/sign-in?next=${encodeURIComponent(editing ? `/demands/${id}/edit` : '/demands/new')}`}
            type="primary"
          >
            {t('auth.signIn')}
          </LinkButton>
        }
      />
    );
  if (existing.error) return <ErrorAlert error={existing.error} onRetry={existing.reload} />;
  return <Questionnaire demand={existing.data} />;
}

function Questionnaire({ demand }: { demand: Demand | undefined }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { me } = useSession();
  const [form] = Form.useForm<QuestionnaireValues>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ApiError>();
  const province = Form.useWatch('province', form);

  // A new demand starts from the user's organisation (name, credit code, region) when it has one.
  const orgId = me?.user.organisationId ?? null;
  useEffect(() => {
    if (demand || orgId === null) return;
    const controller = new AbortController();
    demandsApi.organisation(orgId, controller.signal).then(
      (o) => {
        const region = o.regionCode ?? '';
        const blank = (f: FormField) => !form.getFieldValue(f);
        form.setFieldsValue({
          ...(blank('enterpriseName') ? { enterpriseName: o.name } : {}),
          ...(blank('creditCode') && o.creditCode ? { creditCode: o.creditCode } : {}),
          ...(blank('province') && region ? { province: region.slice(0, 2) } : {}),
          ...(blank('city') && region.length >= 4 ? { city: region.slice(0, 4) } : {}),
        });
      },
      () => undefined,
    );
    return () => controller.abort();
  }, [demand, orgId, form]);

  const fillFromQuickText = (text: string, r: AdHocMatches) => {
    const current = form.getFieldsValue();
    form.setFieldsValue({
      problem: current.problem?.trim() ? current.problem : text,
      title: current.title?.trim() ? current.title : text.split(/[，。,.;；\n]/)[0]!.slice(0, 60),
      ...(r.hints.modes.length ? { preferredModes: r.hints.modes.map((m) => m.code) } : {}),
      ...(r.hints.budget
        ? {
            budgetMaxYuan: fenToYuanInput(r.hints.budget.maxFen),
            ...(r.hints.budget.minFen !== null
              ? { budgetMinYuan: fenToYuanInput(r.hints.budget.minFen) }
              : {}),
          }
        : {}),
    });
    document.getElementById('demand_title')?.focus();
  };

  const submit = async (values: QuestionnaireValues) => {
    const built = toDemandInput(values);
    if (!built.ok) {
      form.setFields(
        built.problems.map((p) => ({ name: p.field, errors: [t(`dm.budget.problem.${p.problem}`)] })),
      );
      return;
    }
    setSaving(true);
    setError(undefined);
    try {
      const saved = demand
        ? await demandsApi.replace(demand.id, built.input)
        : await demandsApi.create(built.input);
      navigate(`/demands/${saved.id}`);
    } catch (err) {
      const e = toApiError(err);
      setError(e);
      const byField = fieldErrors(e.errors);
      form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
      const first = [...byField.keys()][0];
      if (first) form.scrollToField(first, { block: 'center', focus: true });
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <h1 className="ty-h1">{demand ? t('dm.form.editTitle') : t('dm.form.title')}</h1>
      <p className="ty-p">{t('dm.form.lead')}</p>
      {!demand && (
        <Card title={<h2 className="card-title">{t('mt.quick.title')}</h2>} style={{ marginBottom: 16 }}>
          <QuickMatch onUse={fillFromQuickText} />
        </Card>
      )}
      <Card title={<h2 className="card-title">{t('dm.form.questionnaire')}</h2>}>
        {error && (
          <div style={{ marginBottom: 16 }}>
            <ErrorAlert error={error} />
          </div>
        )}
        <Form<QuestionnaireValues>
          form={form}
          name="demand"
          layout="vertical"
          initialValues={demand ? fromDemand(demand) : EMPTY_QUESTIONNAIRE}
          onFinish={submit}
          scrollToFirstError={{ block: 'center', focus: true }}
          requiredMark
        >
          <fieldset className="dm-fieldset">
            <legend>{t('dm.form.enterprise')}</legend>
            <div className="dm-grid">
              <Form.Item
                name="enterpriseName"
                label={t('dm.field.enterpriseName')}
                rules={[{ required: true, whitespace: true, message: t('dm.form.required') }]}
              >
                <Input maxLength={200} autoComplete="organization" />
              </Form.Item>
              <Form.Item
                name="creditCode"
                label={t('dm.field.creditCode')}
                extra={t('dm.field.creditCodeHelp')}
                rules={[{ required: true, whitespace: true, message: t('dm.form.required') }]}
              >
                <Input maxLength={24} spellCheck={false} style={{ fontFamily: 'monospace' }} />
              </Form.Item>
              <Form.Item name="province" label={t('dm.field.province')}>
                <RegionSelect
                  placeholder={t('dm.field.provincePlaceholder')}
                  onChange={() => form.setFieldValue('city', undefined)}
                />
              </Form.Item>
              <Form.Item name="city" label={t('dm.field.city')}>
                <RegionSelect parent={province ?? ''} placeholder={t('dm.field.cityPlaceholder')} />
              </Form.Item>
              <Form.Item
                name="industry"
                label={t('dm.field.industry')}
                extra={t('dm.field.industryHelp')}
                rules={[
                  {
                    validator: (_r, v: unknown[] | undefined) =>
                      (v?.length ?? 0) > 1
                        ? Promise.reject(new Error(t('dm.field.industryOne')))
                        : Promise.resolve(),
                  },
                ]}
              >
                <IndustryPicker />
              </Form.Item>
              <Form.Item name="enterpriseSize" label={t('dm.field.enterpriseSize')}>
                <Select
                  allowClear
                  options={ENTERPRISE_SIZES.map((s) => ({ value: s, label: t(`dm.size.${s}`) }))}
                />
              </Form.Item>
            </div>
          </fieldset>

          <fieldset className="dm-fieldset">
            <legend>{t('dm.form.need')}</legend>
            <Form.Item
              name="title"
              label={t('dm.field.title')}
              rules={[{ required: true, whitespace: true, message: t('dm.form.required') }]}
            >
              <Input maxLength={120} showCount />
            </Form.Item>
            <Form.Item
              name="problem"
              label={t('dm.field.problem')}
              extra={t('dm.field.problemHelp')}
              rules={[{ required: true, whitespace: true, message: t('dm.form.required') }]}
            >
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={4000} />
            </Form.Item>
            <Form.Item name="currentSolution" label={t('dm.field.currentSolution')}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={4000} />
            </Form.Item>
            <Form.Item
              name="targetIndicators"
              label={t('dm.field.targetIndicators')}
              extra={t('dm.field.targetIndicatorsHelp')}
            >
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
            </Form.Item>
            <div className="dm-grid">
              <Form.Item name="desiredField" label={t('dm.field.desiredField')}>
                <Input maxLength={500} />
              </Form.Item>
              <Form.Item
                name="desiredIpc"
                label={t('dm.field.desiredIpc')}
                extra={t('dm.field.desiredIpcHelp')}
              >
                <Select
                  mode="tags"
                  tokenSeparators={[',', '，', '、', ' ']}
                  open={false}
                  suffixIcon={null}
                  maxCount={10}
                />
              </Form.Item>
              <Form.Item name="seiCodes" label={t('dm.field.sei')}>
                <SeiPicker />
              </Form.Item>
              <Form.Item name="minTrl" label={t('dm.field.minTrl')}>
                <Select<number>
                  allowClear
                  options={TRL_LEVELS.map((n) => ({ value: n, label: t(`trl.${n}`) }))}
                />
              </Form.Item>
            </div>
          </fieldset>

          <fieldset className="dm-fieldset">
            <legend>{t('dm.form.cooperation')}</legend>
            <Form.Item
              name="preferredModes"
              label={t('dm.field.preferredModes')}
              rules={[{ required: true, type: 'array', min: 1, message: t('dm.field.modesRequired') }]}
            >
              <ModesPicker />
            </Form.Item>
            <p className="dm-note">{t('dm.field.modesNote')}</p>
            <div className="dm-grid">
              <Form.Item name="budgetMinYuan" label={t('dm.field.budgetMin')}>
                <Input inputMode="decimal" suffix={t('dm.unit.yuan')} />
              </Form.Item>
              <Form.Item name="budgetMaxYuan" label={t('dm.field.budgetMax')}>
                <Input inputMode="decimal" suffix={t('dm.unit.yuan')} />
              </Form.Item>
              <Form.Item name="timeline" label={t('dm.field.timeline')}>
                <Select
                  allowClear
                  options={TIMELINES.map((x) => ({ value: x, label: t(`dm.timeline.${x}`) }))}
                />
              </Form.Item>
            </div>
          </fieldset>

          <fieldset className="dm-fieldset">
            <legend>{t('dm.form.contact')}</legend>
            <div className="dm-grid">
              <Form.Item
                name="contactName"
                label={t('dm.field.contactName')}
                rules={[{ required: true, whitespace: true, message: t('dm.form.required') }]}
              >
                <Input maxLength={100} autoComplete="name" />
              </Form.Item>
              <Form.Item
                name="contactPhone"
                label={t('dm.field.contactPhone')}
                extra={t('dm.field.contactHelp')}
              >
                <Input maxLength={40} inputMode="tel" autoComplete="tel" />
              </Form.Item>
              <Form.Item name="contactEmail" label={t('dm.field.contactEmail')}>
                <Input maxLength={200} type="email" autoComplete="email" />
              </Form.Item>
            </div>
            <Form.Item name="visibility" label={t('dm.field.visibility')}>
              <Radio.Group>
                <Radio value="public">{t('dm.visibility.publicHelp')}</Radio>
                <Radio value="private">{t('dm.visibility.privateHelp')}</Radio>
              </Radio.Group>
            </Form.Item>
          </fieldset>

          <Space>
            <Button type="primary" htmlType="submit" loading={saving}>
              {demand ? t('dm.form.save') : t('dm.form.submit')}
            </Button>
            <LinkButton to={demand ? `/demands/${demand.id}` : '/demands/mine'}>{t('app.cancel')}</LinkButton>
            <span className="ty-secondary">{t('dm.form.afterSubmit')}</span>
          </Space>
        </Form>
      </Card>
    </>
  );
}

/**
 * The ways of cooperation as a group of check boxes. Form.Item gives its control `aria-required` for a required
 * rule, which a group may not carry (axe: aria-allowed-attr); the group is named instead, its boxes labelled.
 */
function ModesPicker({
  id,
  value,
  onChange,
}: {
  id?: string;
  value?: TransferMode[];
  onChange?: (modes: TransferMode[]) => void;
}) {
  const { t } = useI18n();
  return (
    <fieldset id={id} className="dm-plain-fieldset" aria-label={t('dm.field.preferredModes')}>
      <Checkbox.Group<TransferMode>
        className="dm-modes"
        value={value}
        onChange={(v) => onChange?.(v)}
        options={TRANSFER_MODES.map((m) => ({ value: m, label: t(`dm.mode.${m}`) }))}
      />
    </fieldset>
  );
}
