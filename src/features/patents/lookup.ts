import { parseApplicationNumber } from './applicationNumber';
import { parsePublicationNumber } from './publicationNumber';

/** What a free-text number resolves to, for exact look-up in the catalogue. */
export type NumberQuery =
  | { kind: 'application'; canonical: string }
  | { kind: 'publication'; canonical: string }
  | { kind: 'none' };

/**
 * Reads any number form a user types: 申请号 with or without CN/ZL prefix, check digit or dot, full-width
 * digits; 公开号/授权公告号 with or without CN. Text that is not a number returns `none`.
 */
export function parseNumberQuery(raw: string): NumberQuery {
  const text = raw.normalize('NFKC').trim();
  if (text === '' || /[\u4e00-\u9fa5]/.test(text)) return { kind: 'none' };
  const pub = parsePublicationNumber(text);
  if (pub.ok) return { kind: 'publication', canonical: pub.value.canonical };
  const app = parseApplicationNumber(text);
  if (app.ok) return { kind: 'application', canonical: app.value.canonical };
  return { kind: 'none' };
}
