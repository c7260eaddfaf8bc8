/** CSV for spreadsheet users (RFC 4180 quoting, CRLF, UTF-8 with BOM so Excel reads Chinese correctly). */

export const UTF8_BOM = '\uFEFF';

/**
 * One field. Text starting with = + - @ (or tab/CR) is prefixed with an apostrophe so a spreadsheet
 * does not run it as a formula (OWASP "CSV injection").
 */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(fields: ReadonlyArray<string | number | null | undefined>): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}
