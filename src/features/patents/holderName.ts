/** 申请人类型 as exports record it, normalised. */
export const APPLICANT_TYPES = [
  'university',
  'institute',
  'enterprise',
  'individual',
  'government',
  'other',
] as const;
export type ApplicantType = (typeof APPLICANT_TYPES)[number];

export const APPLICANT_TYPE_LABEL: Record<ApplicantType, { zh: string; en: string }> = {
  university: { zh: '大专院校', en: 'University' },
  institute: { zh: '科研机构', en: 'Research institute' },
  enterprise: { zh: '企业', en: 'Enterprise' },
  individual: { zh: '个人', en: 'Individual' },
  government: { zh: '机关团体', en: 'Government body' },
  other: { zh: '其他', en: 'Other' },
};

/** Returns undefined for a value that is present but not recognised (the importer reports it). */
export function parseApplicantType(raw: string | null | undefined): ApplicantType | null | undefined {
  const v = (raw ?? '').normalize('NFKC').trim().toLowerCase();
  if (v === '') return null;
  const first = v.split(/[;；,，]/)[0]!.trim();
  if (/^(大专院校|院校|高校|高等院校|大学|university)$/.test(first)) return 'university';
  if (/^(科研机构|科研单位|研究机构|科研院所|institute|research institute)$/.test(first)) return 'institute';
  if (/^(企业|工矿企业|公司|enterprise|company)$/.test(first)) return 'enterprise';
  if (/^(个人|自然人|individual|person)$/.test(first)) return 'individual';
  if (/^(机关团体|机关|事业单位|政府|government)$/.test(first)) return 'government';
  if (/^(其他|other)$/.test(first)) return 'other';
  return undefined;
}

export type HolderKind =
  | 'university'
  | 'institute'
  | 'enterprise'
  | 'government'
  | 'bank'
  | 'other'
  | 'individual';

/**
 * What kind of right holder a name denotes, from the words Chinese organisation names are built with.
 * Short all-Chinese names without such words are natural persons. Used where an export gives no type.
 */
export function classifyHolderName(name: string): HolderKind {
  const n = name.normalize('NFKC').trim();
  if (/银行/.test(n)) return 'bank';
  if (/大学|学院|学校|高等专科|职业技术学院|书院/.test(n)) return 'university';
  if (/研究院|研究所|科学院|研究中心|实验室|工程院|设计院|研究总院/.test(n)) return 'institute';
  if (/公司|集团|厂$|企业|合作社|股份|有限|商行|事务所|工作室|工业园|株式会社|inc\.?$|ltd\.?$|co\.,/i.test(n))
    return 'enterprise';
  if (/(人民政府|委员会|管理局|监督局|^.{2,}局$|^.{2,}厅$|^.{2,}部$|协会|学会|联合会)/.test(n))
    return 'government';
  if (/医院|中心|基金会|站$|馆$/.test(n)) return 'other';
  if (/^[\u4e00-\u9fa5·]{2,4}$/.test(n)) return 'individual';
  if (/^[A-Za-z][A-Za-z .'-]{1,40}$/.test(n) && !/\b(corp|company|gmbh|ag|llc|university)\b/i.test(n))
    return 'individual';
  return 'other';
}

export function applicantTypeForHolder(kind: HolderKind): ApplicantType {
  return kind === 'bank' ? 'enterprise' : kind;
}
