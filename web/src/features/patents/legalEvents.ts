/**
 * The 法律事件 column of a patent-database export is one free text (the import stores it as given,
 * patents/import/headerMaps.ts): events separated by line breaks or semicolons, each usually starting with
 * its date (2021-05-04, 2021.05.04 or 20210504), e.g. "2021-05-04 实质审查的生效；2022-03-01 授权". This splits it
 * into the events to list, each with its date in ISO form when it starts with one. Pure.
 */
export interface LegalEventLine {
  /** YYYY-MM-DD, or null when the event does not start with a date. */
  readonly date: string | null;
  readonly text: string;
}

// 年 月 日, full-width colon and comma written as escapes (text shown to users lives in the message catalogue).
const LEADING_DATE = /^(\d{4})[-./\u5e74]?(\d{2})[-./\u6708]?(\d{2})\u65e5?[\s:\uff1a,\uff0c]*/;

export function legalEventLines(text: string | null | undefined): LegalEventLine[] {
  if (!text) return [];
  return text
    .split(/[\r\n;\uff1b]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const m = LEADING_DATE.exec(part);
      if (!m) return { date: null, text: part };
      const [, y, mo, d] = m;
      const rest = part.slice(m[0].length).trim();
      return { date: `${y}-${mo}-${d}`, text: rest || part };
    });
}
