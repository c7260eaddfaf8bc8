import type { Bilingual } from '../../platform/http/problem';
import type { PatentType } from './patentType';

/**
 * Publication numbers (公开号 / 授权公告号): 'CN' + 7–9 digits + kind code, e.g. CN114081026A, CN218751475U.
 * Kind codes: A application published (发明公开), B granted invention (发明授权), C granted invention before 2010,
 * U utility model (实用新型), Y utility model before 2010, S design (外观设计), D design before 2010.
 */
export interface PublicationNumber {
  canonical: string;
  kindCode: string;
  patentType: PatentType;
  /** A is a publication of an application; every other kind code is a grant publication. */
  isGrant: boolean;
}

const KIND: Record<string, { patentType: PatentType; isGrant: boolean }> = {
  A: { patentType: 'invention', isGrant: false },
  B: { patentType: 'invention', isGrant: true },
  C: { patentType: 'invention', isGrant: true },
  U: { patentType: 'utility_model', isGrant: true },
  Y: { patentType: 'utility_model', isGrant: true },
  S: { patentType: 'design', isGrant: true },
  D: { patentType: 'design', isGrant: true },
};

export type PublicationNumberResult =
  | { ok: true; value: PublicationNumber }
  | { ok: false; reason: Bilingual };

export function parsePublicationNumber(raw: string | null | undefined): PublicationNumberResult {
  const input = (raw ?? '')
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\u3000]+/g, '');
  const m = /^(?:CN)?(\d{7,9})([ABCUYSD])(\d)?$/.exec(input);
  const kind = m ? KIND[m[2]!] : undefined;
  if (!m || !kind) {
    return {
      ok: false,
      reason: {
        zh: `公开号格式不正确：「${raw ?? ''}」（应如 CN114081026A）`,
        en: `Malformed publication number "${raw ?? ''}" (expected e.g. CN114081026A)`,
      },
    };
  }
  return { ok: true, value: { canonical: `CN${m[1]}${m[2]}`, kindCode: m[2]!, ...kind } };
}
