import type { Bilingual } from '../../platform/http/problem';

export const PATENT_TYPES = ['invention', 'utility_model', 'design'] as const;
export type PatentType = (typeof PATENT_TYPES)[number];

export const PATENT_TYPE_LABEL: Record<PatentType, Bilingual> = {
  invention: { zh: '发明', en: 'Invention' },
  utility_model: { zh: '实用新型', en: 'Utility model' },
  design: { zh: '外观设计', en: 'Design' },
};

/**
 * The type column of exports and data sets: 发明公开 / 发明授权 / 发明 / 实用新型 / 外观设计, also combined
 * values such as '发明公开;发明授权' (one patent, two publications). Returns undefined when unrecognised.
 */
export function parsePatentType(raw: string | null | undefined): PatentType | null | undefined {
  const v = (raw ?? '').trim().toLowerCase();
  if (v === '') return null;
  const parts = v
    .split(/[;；,，/|]/)
    .map((p) => p.trim())
    .filter(Boolean);
  const kinds = new Set<PatentType>();
  for (const p of parts) {
    if (/^(发明|发明公开|发明授权|发明专利|发明申请|invention|fm)$/.test(p)) kinds.add('invention');
    else if (/^(实用新型|实用新型专利|新型|utility[ _-]?model|utility|xx)$/.test(p))
      kinds.add('utility_model');
    else if (/^(外观设计|外观|外观设计专利|design|wg)$/.test(p)) kinds.add('design');
    else return undefined;
  }
  return kinds.size === 1 ? [...kinds][0] : undefined;
}
