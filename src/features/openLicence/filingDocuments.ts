import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import ExcelJS from 'exceljs';
import type { FilingPackage } from './uptakeService';

/**
 * The filing package of a licence (专利实施许可合同备案) as a workbook and as a Word document: the
 * fields of the filing form (DOMAIN-RULES §4.2), the documents to attach (备案办法 Art. 8), the deadline
 * (Regs Art. 15(2)). Fields the platform cannot know (addresses, signatures) are left blank to fill in.
 */

function formRows(p: FilingPackage): [string, string][] {
  const patent = p.patents[0]!;
  return [
    ['专利项数', String(p.patentCount)],
    ['专利名称', patent.title],
    ['专利（申请）号', patent.patentNumber ?? ''],
    ['专利类型', patent.patentType],
    ['申请日', patent.filingDate ?? ''],
    ['授权公告日', patent.grantDate ?? ''],
    ['专利权期限届满日', patent.expiryDate ?? ''],
    ['许可种类', p.licenceKind],
    ['专利许可范围（地域）', p.territory],
    ['实施领域', p.field ?? '不限'],
    ['合同生效日期', p.effectiveDate],
    ['合同终止日期', p.endDate],
    ['使用费及支付方式', p.feeAndPayment],
    ['固定费用金额（元）', p.feeAmountYuan ?? '按提成计算'],
    ['币种', '人民币'],
    ['许可人（让与人）', p.licensor.name],
    ['许可人地址', ''],
    ['被许可人（受让人）', p.licensee.name],
    ['被许可人地址', ''],
    ['备案期限（合同生效之日起3个月内）', p.filingDeadline],
    ['备案状态', p.filingStatus],
    ...(p.openLicence
      ? ([
          ['开放许可声明编号（平台）', String(p.openLicence.declarationId)],
          ['书面实施通知日期', p.openLicence.noticeDate ?? ''],
          ['书面实施通知内容', p.openLicence.writtenNotice ?? ''],
        ] as [string, string][])
      : []),
  ];
}

export async function filingPackageXlsx(p: FilingPackage): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Zhuanhua 专利转化运用服务平台';
  wb.created = new Date(`${p.generatedOn}T00:00:00+08:00`);
  const form = wb.addWorksheet('备案申请表字段');
  form.columns = [
    { header: '字段', key: 'field', width: 32 },
    { header: '内容', key: 'value', width: 70 },
  ];
  for (const [field, value] of formRows(p)) form.addRow({ field, value });
  form.getRow(1).font = { bold: true };
  form.getColumn('value').alignment = { wrapText: true, vertical: 'top' };

  const docs = wb.addWorksheet('提交材料清单');
  docs.columns = [
    { header: '序号', key: 'n', width: 8 },
    { header: '材料', key: 'doc', width: 70 },
    { header: '已备齐', key: 'done', width: 10 },
  ];
  for (const [i, doc] of p.documents.entries()) docs.addRow({ n: i + 1, doc, done: '' });
  docs.getRow(1).font = { bold: true };

  const basis = wb.addWorksheet('依据');
  basis.columns = [{ header: '依据', key: 'b', width: 110 }];
  for (const b of p.basis) basis.addRow({ b });
  basis.getRow(1).font = { bold: true };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function cell(text: string, bold = false): TableCell {
  return new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
}

export async function filingPackageDocx(p: FilingPackage): Promise<Buffer> {
  const doc = new Document({
    creator: 'Zhuanhua 专利转化运用服务平台',
    title: '专利实施许可合同备案材料',
    styles: { default: { document: { run: { font: 'SimSun', size: 22 } } } },
    sections: [
      {
        children: [
          new Paragraph({
            heading: HeadingLevel.TITLE,
            alignment: AlignmentType.CENTER,
            children: [new TextRun('专利实施许可合同备案材料')],
          }),
          new Paragraph({
            children: [
              new TextRun({
                text: `请于 ${p.filingDeadline} 前向国家知识产权局办理备案（专利法实施细则第15条第2款）。生成日期：${p.generatedOn}。`,
              }),
            ],
          }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('一、备案申请表字段')] }),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              new TableRow({ tableHeader: true, children: [cell('字段', true), cell('内容', true)] }),
              ...formRows(p).map(([f, v]) => new TableRow({ children: [cell(f), cell(v)] })),
            ],
          }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('二、提交材料清单')] }),
          ...p.documents.map((d, i) => new Paragraph({ children: [new TextRun(`${i + 1}. ${d}`)] })),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('三、依据')] }),
          ...p.basis.map((b) => new Paragraph({ children: [new TextRun(b)] })),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('四、签章')] }),
          new Paragraph({ children: [new TextRun('许可人（签字或盖章）：                      日期：')] }),
          new Paragraph({ children: [new TextRun('被许可人（签字或盖章）：                    日期：')] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
