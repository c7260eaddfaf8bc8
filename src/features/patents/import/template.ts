import ExcelJS from 'exceljs';
import { FIELDS, TEMPLATE_HEADERS } from './headerMaps';

/** One filled-in example row (a real utility model from the 61-column sample) so users see the formats. */
const EXAMPLE: Partial<Record<(typeof FIELDS)[number], string>> = {
  applicationNumber: 'CN202122975192.6',
  publicationNumber: 'CN216774847U',
  grantNumber: 'CN216774847U',
  patentType: '实用新型',
  title: '一种可拍照便携式实时语音播报端测摄像头',
  abstract: '本实用新型公开了一种可拍照便携式实时语音播报端测摄像头，涉及端测摄像头领域……',
  mainIpc: 'H04N5/225',
  ipcCodes: 'H04N5/225;H04N5/232;H04N5/76;H02J7/00',
  applicants: '中科大数据研究院',
  patentees: '中科大数据研究院',
  inventors: '王元卓;马少丹;吴浩;刘帅锋',
  applicantType: '科研机构',
  address: '河南省郑州市郑东新区中道东路6号创意岛大厦8层',
  regionCode: '河南(41)',
  filingDate: '20211130',
  publicationDate: '20220617',
  grantDate: '20220617',
  legalStatus: '有权-审定授权',
  transferCount: '0',
  licenceCount: '0',
  pledgeCount: '0',
  industryCodes: 'C3971',
  technicalEffects: '便携;实时播报',
  trl: '6',
};

const NOTES: Record<(typeof FIELDS)[number], string> = {
  applicationNumber: '申请号，可带 CN/ZL 前缀与校验位；与公开号至少填一项',
  publicationNumber: '公开（公告）号，如 CN114081026A',
  grantNumber: '授权公告号',
  patentType: '发明 / 实用新型 / 外观设计（可留空，按申请号第 5 位推断）',
  title: '必填',
  abstract: '',
  firstClaim: '首项权利要求',
  mainIpc: 'IPC 主分类号',
  ipcCodes: '多个用分号分隔',
  cpcCodes: '多个用分号分隔',
  applicants: '多个用分号分隔，按顺序',
  patentees: '当前专利权人，多个用分号分隔，按顺序',
  inventors: '多个用分号分隔',
  applicantType: '大专院校 / 科研机构 / 企业 / 个人 / 机关团体 / 其他',
  address: '用于推断所在省市',
  regionCode: 'GB/T 2260 代码或“河南(41)”',
  filingDate: 'YYYYMMDD 或 YYYY-MM-DD',
  publicationDate: '',
  grantDate: '',
  legalStatus: '如 有权-审定授权、审中-实质审查、无权-未缴年费',
  legalEvents: '',
  feePaidUntil: '年费已缴至日期',
  transferCount: '非负整数',
  licenceCount: '非负整数',
  pledgeCount: '非负整数',
  transferDates: '多个用分号分隔',
  licenceDates: '多个用分号分隔',
  pledgeDates: '多个用分号分隔',
  lapseDate: '',
  invalidationDate: '',
  industryCodes: 'GB/T 4754-2017 代码，多个用分号分隔',
  technicalEffects: '技术功效，多个用分号分隔',
  trl: '技术就绪度 1–9',
};

const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** The platform's import template as CSV (UTF-8 with BOM so Excel shows the Chinese headers). */
export function templateCsv(): string {
  const header = FIELDS.map((f) => TEMPLATE_HEADERS[f]);
  const example = FIELDS.map((f) => EXAMPLE[f] ?? '');
  return `\uFEFF${[header, example].map((r) => r.map(quote).join(',')).join('\r\n')}\r\n`;
}

export async function templateXlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Zhuanhua';
  const sheet = wb.addWorksheet('专利');
  sheet.addRow(FIELDS.map((f) => TEMPLATE_HEADERS[f]));
  sheet.addRow(FIELDS.map((f) => EXAMPLE[f] ?? ''));
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((c) => {
    c.width = 18;
  });
  const notes = wb.addWorksheet('填写说明');
  notes.addRow(['表头', '字段', '说明']);
  for (const f of FIELDS) notes.addRow([TEMPLATE_HEADERS[f], f, NOTES[f]]);
  notes.getRow(1).font = { bold: true };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
