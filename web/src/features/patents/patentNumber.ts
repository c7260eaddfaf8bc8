/**
 * Recognises a query that is a patent number rather than words, so the search box can jump straight to the
 * patent. Forms (GLOSSARY): 申请号 `202122975192.6` (12 digits + check digit) or old style `03123456.7`
 * (8 digits), with or without `CN`/`ZL` and the check digit; 公开号 `CN114081026A`; 授权公告号 `CN111464778B`.
 * The server's look-up decides whether the number exists.
 */
export function patentNumberQuery(input: string): string | null {
  const s = toHalfWidth(input)
    .replace(/[\s\u3000]/g, '')
    .toUpperCase();
  if (!s) return null;
  // 申请号: 8 or 12 digits, optional check digit (with or without the dot).
  if (/^(CN|ZL)?(\d{8}|\d{12})(\.?[\dX])?$/.test(s)) return s;
  // 公开号 / 授权公告号: CN + 7–10 digits + kind code (A, B, C, U, Y, S, with an optional digit).
  if (/^CN\d{7,10}[A-Z]\d?$/.test(s)) return s;
  return null;
}

function toHalfWidth(s: string): string {
  return s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}
