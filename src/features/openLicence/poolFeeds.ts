import { toCsv } from './csvWriter';
import type { DeclarationView } from './schemas';

/**
 * The public pool as RSS 2.0, JSON Feed 1.1 and a CSV with the Regs Art. 85 declaration fields (专利号、
 * 专利权人、许可使用费支付方式和标准、许可期限、其他事项) for bulk submission to the national platform.
 * Pure renderers over pool items.
 */

const PATENT_TYPE_ZH = { invention: '发明', utility_model: '实用新型', design: '外观设计' } as const;

/** XML 1.0 allows no control characters other than tab, line feed and carriage return. */
function xmlChars(text: string): string {
  return Array.from(text)
    .filter((ch) => {
      const code = ch.codePointAt(0)!;
      return code >= 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
    })
    .join('');
}

function escapeXml(text: string): string {
  return xmlChars(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function link(base: string, d: DeclarationView): string {
  return `${base.replace(/\/$/, '')}/open-licences/${d.id}`;
}

/** RFC 822 date at noon China time of the publication day (RSS wants a time; the day is what counts). */
function rfc822(day: string): string {
  return new Date(`${day}T12:00:00+08:00`).toUTCString();
}

/** '一次性付费：人民币 5 万元' → mode '一次性付费', standard '人民币 5 万元'; '免费（无偿许可）' has no standard. */
function splitPayment(description: string): { mode: string; standard: string } {
  const i = description.indexOf('：');
  return i < 0
    ? { mode: description, standard: description }
    : { mode: description.slice(0, i), standard: description.slice(i + 1) };
}

function summary(d: DeclarationView): string {
  return [
    `专利号：${d.patent.patentNumber ?? '—'}（${PATENT_TYPE_ZH[d.patent.patentType]}）`,
    `专利权人：${d.patentees.join('、')}`,
    `许可使用费：${d.paymentDescription.zh}`,
    `许可期限：${d.term.startDate} 至 ${d.term.endDate}`,
    `地域：${d.territoryDescription.zh}`,
  ].join('；');
}

export interface FeedMeta {
  /** Public base URL of the web app, e.g. https://zhuanhua.example */
  baseUrl: string;
  /** URL of this feed itself. */
  feedUrl: string;
}

export function poolRss(items: readonly DeclarationView[], meta: FeedMeta): string {
  const entries = items
    .map(
      (d) => `    <item>
      <title>${escapeXml(d.patent.title)}</title>
      <link>${escapeXml(link(meta.baseUrl, d))}</link>
      <guid isPermaLink="false">zhuanhua-open-licence-${d.id}</guid>
      <pubDate>${rfc822(d.publishedOn ?? d.updatedAt.slice(0, 10))}</pubDate>
      <description>${escapeXml(summary(d))}</description>
${d.patent.ipcCodes.map((c) => `      <category domain="IPC">${escapeXml(c)}</category>`).join('\n')}
    </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>开放许可专利池</title>
    <link>${escapeXml(`${meta.baseUrl.replace(/\/$/, '')}/open-licences`)}</link>
    <atom:link href="${escapeXml(meta.feedUrl)}" rel="self" type="application/rss+xml"/>
    <description>专利转化运用服务平台发布的开放许可声明（专利法第50条）</description>
    <language>zh-cn</language>
${entries}
  </channel>
</rss>
`;
}

export function poolJsonFeed(items: readonly DeclarationView[], meta: FeedMeta) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: '开放许可专利池',
    home_page_url: `${meta.baseUrl.replace(/\/$/, '')}/open-licences`,
    feed_url: meta.feedUrl,
    description: '专利转化运用服务平台发布的开放许可声明（专利法第50条）',
    language: 'zh-CN',
    items: items.map((d) => ({
      id: `zhuanhua-open-licence-${d.id}`,
      url: link(meta.baseUrl, d),
      title: d.patent.title,
      content_text: summary(d),
      date_published: new Date(`${d.publishedOn ?? d.updatedAt.slice(0, 10)}T12:00:00+08:00`).toISOString(),
      tags: [
        ...d.patent.ipcCodes,
        PATENT_TYPE_ZH[d.patent.patentType],
        splitPayment(d.paymentDescription.zh).mode,
      ],
      _zhuanhua: {
        patentNumber: d.patent.patentNumber,
        patentees: d.patentees,
        paymentTerms: d.paymentTerms,
        term: d.term,
        territory: d.territory,
      },
    })),
  };
}

/** Columns of the CSV export: the declaration's content under Regs Art. 85(1)(i)–(v). */
export const POOL_CSV_HEADER = [
  '专利号',
  '专利名称',
  '专利类型',
  '专利权人',
  '许可使用费支付方式',
  '许可使用费标准',
  '许可期限起',
  '许可期限止',
  '许可地域',
  '其他需要明确的事项',
  '联系方式',
  '授权公告日',
  '专利权期限届满日',
  '平台发布日期',
  '平台链接',
];

export function poolCsv(items: readonly DeclarationView[], baseUrl: string): string {
  return toCsv([
    POOL_CSV_HEADER,
    ...items.map((d) => {
      const { mode, standard } = splitPayment(d.paymentDescription.zh);
      return [
        d.patent.patentNumber,
        d.patent.title,
        PATENT_TYPE_ZH[d.patent.patentType],
        d.patentees.join('、'),
        mode,
        standard,
        d.term.startDate,
        d.term.endDate,
        d.territoryDescription.zh,
        d.otherMatters,
        d.contact,
        d.patent.grantDate,
        d.patent.expiryDate,
        d.publishedOn,
        link(baseUrl, d),
      ];
    }),
  ]);
}
