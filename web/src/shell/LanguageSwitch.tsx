import { GlobalOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useI18n } from '../i18n/I18nProvider';

/** Toggles between Chinese and English; the choice is kept in localStorage. */
export function LanguageSwitch() {
  const { t, lang, setLang } = useI18n();
  const next = lang === 'zh' ? 'en' : 'zh';
  return (
    <Button
      type="text"
      icon={<GlobalOutlined aria-hidden />}
      onClick={() => setLang(next)}
      aria-label={t('lang.switchLabel')}
      lang={next === 'en' ? 'en' : 'zh-CN'}
      style={{ color: '#fff' }}
    >
      {t('lang.switchTo')}
    </Button>
  );
}
