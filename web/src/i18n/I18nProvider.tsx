import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { setApiLanguage } from '../api/client';
import { type Lang, type MessageKey, messagesFor, translate, type Vars } from './messages';
import { theme } from './theme';

const STORAGE_KEY = 'zh_lang';

export interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  /** The message for a catalogue key, with `{name}` placeholders filled in. */
  t(key: MessageKey, vars?: Vars): string;
  /**
   * A label for a code from a closed list (patent type, legal status, …): the catalogue's label when it has one,
   * otherwise the server's label, otherwise the code itself.
   */
  label(group: string, code: string | null | undefined, serverLabel?: string | null): string;
  /** Formats a count with the locale's digit grouping. */
  num(n: number): string;
}

const I18nContext = createContext<I18n | null>(null);

export function initialLang(): Lang {
  try {
    const saved = window.localStorage.getItem(STORAGE_KEY);
    if (saved === 'zh' || saved === 'en') return saved;
  } catch {
    // Storage may be disabled (private mode); fall back to Chinese.
  }
  return 'zh';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    dayjs.locale(lang === 'zh' ? 'zh-cn' : 'en');
    setApiLanguage(lang);
  }, [lang]);

  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not persisted; the choice still holds for this page.
    }
  }, []);

  const value = useMemo<I18n>(() => {
    const messages = messagesFor(lang);
    const numberFormat = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB');
    return {
      lang,
      setLang,
      t: (key, vars) => translate(messages, key, vars),
      label: (group, code, serverLabel) => {
        if (code === null || code === undefined || code === '') return serverLabel ?? '';
        const own = (messages as Record<string, string>)[`${group}.${code}`];
        return own ?? serverLabel ?? code;
      },
      num: (n) => numberFormat.format(n),
    };
  }, [lang, setLang]);

  // The API client must send the right Accept-Language before the first request of a render.
  setApiLanguage(lang);

  return (
    <I18nContext.Provider value={value}>
      {/* No space inserted between two Chinese characters in buttons: "保存" reads and matches as one word. */}
      <ConfigProvider locale={lang === 'zh' ? zhCN : enUS} theme={theme} button={{ autoInsertSpace: false }}>
        {children}
      </ConfigProvider>
    </I18nContext.Provider>
  );
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside <I18nProvider>');
  return ctx;
}
