/**
 * Converts the machine-readable copy of 战略性新兴产业分类与国际专利分类参照关系表（2021）（试行）
 * published in GitHub vvangpc/pr-re (data/zhanlue_1.js … data/zhanlue_4.js, commit ab5c0d49 for 1, 2, 4
 * and a759188e for 3) into data/reference/sei-ipc-2021.json. Only the data is kept, never their code.
 *
 *   npx tsx scripts/reference/convertSeiConcordance.ts <dir holding zhanlue_1.js … zhanlue_4.js>
 *
 * Each source file is a list of calls z('1.1', '下一代信息网络产业', page, [{ p: [...], x: [...], k: [...] }]).
 * They are evaluated in an empty sandbox with a stub `DB` that only records the arguments; the rules are
 * written unchanged (patterns and exclusions exactly as printed, '*' wildcards included; interpretation
 * lives in src/features/reference/seiConcordance.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = path.join(ROOT, 'data/reference/sei-ipc-2021.json');

// 战略性新兴产业分类（2018）(国家统计局令第23号) first level, in the official order. The codes 1–9 are
// confirmed by the concordance itself: every second-level code n.m belongs to domain n.
const DOMAINS: [string, string][] = [
  ['1', '新一代信息技术产业'],
  ['2', '高端装备制造产业'],
  ['3', '新材料产业'],
  ['4', '生物产业'],
  ['5', '新能源汽车产业'],
  ['6', '新能源产业'],
  ['7', '节能环保产业'],
  ['8', '数字创意产业'],
  ['9', '相关服务业'],
];

interface SourceRow {
  p?: unknown;
  x?: unknown;
  k?: unknown;
}
interface SourceEntry {
  no: string;
  name: string;
  page: number;
  rows: SourceRow[];
}

function strings(v: unknown, what: string): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v) || v.some((s) => typeof s !== 'string'))
    throw new Error(`${what} is not a list of strings`);
  return (v as string[]).map((s) => s.trim());
}

function main() {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: convertSeiConcordance.ts <dir with zhanlue_1.js … zhanlue_4.js>');
  const entries: SourceEntry[] = [];
  const sandbox = {
    DB: {
      zhanlueZ: (no: string, name: string, page: number, rows: SourceRow[]) => ({ no, name, page, rows }),
      addEntries: (list: SourceEntry[]) => entries.push(...list),
    },
  };
  for (const n of [1, 2, 3, 4]) {
    vm.runInNewContext(fs.readFileSync(path.join(dir, `zhanlue_${n}.js`), 'utf8'), sandbox, {
      timeout: 1000,
    });
  }

  const categories = DOMAINS.map(([code, name]) => ({
    code,
    name,
    parent: null as string | null,
    page: null as number | null,
  }));
  const rules: {
    id: number;
    seiCode: string;
    page: number;
    patterns: string[];
    exclusions: string[];
    keywords: string | null;
  }[] = [];
  for (const e of entries) {
    const domain = e.no.split('.')[0]!;
    if (!/^\d\.\d$/.test(e.no) || !DOMAINS.some(([c]) => c === domain)) throw new Error(`bad code ${e.no}`);
    if (categories.some((c) => c.code === e.no)) throw new Error(`duplicate category ${e.no}`);
    categories.push({ code: e.no, name: e.name.trim(), parent: domain, page: e.page });
    for (const row of e.rows) {
      const patterns = strings(row.p, `${e.no} p`);
      if (patterns.length === 0) throw new Error(`${e.no}: a rule without patterns`);
      const keywords = strings(row.k, `${e.no} k`).filter(Boolean);
      rules.push({
        id: rules.length + 1,
        seiCode: e.no,
        page: e.page,
        patterns,
        exclusions: strings(row.x, `${e.no} x`),
        keywords: keywords.length ? keywords.join('；') : null,
      });
    }
  }

  const out = {
    title: '战略性新兴产业分类与国际专利分类参照关系表（2021）（试行）',
    classification: '战略性新兴产业分类（2018）（国家统计局令第23号）',
    source: 'GitHub vvangpc/pr-re data/zhanlue_1.js … zhanlue_4.js (transcription of the PDF, pages 148–179)',
    categories,
    rules,
  };
  fs.writeFileSync(OUT, `${JSON.stringify(out, null, 1)}\n`);
  console.log(
    `${categories.length} categories (${entries.length} second level), ${rules.length} rules → ${OUT}`,
  );
}

main();
