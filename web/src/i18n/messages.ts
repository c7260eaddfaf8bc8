import { en } from './messages.en';
import { type MessageKey, zh } from './messages.zh';

export type { MessageKey };
export type Lang = 'zh' | 'en';
export type Vars = Record<string, string | number>;
export type Messages = Record<MessageKey, string>;

export function messagesFor(lang: Lang): Messages {
  return lang === 'en' ? en : zh;
}

/** Fills `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function translate(messages: Messages, key: MessageKey, vars?: Vars): string {
  const template = messages[key] ?? key;
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(vars, name) ? String(vars[name]) : whole,
  );
}
