import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { REFERENCE_DATA_DIR } from '../reference';

/**
 * IPC scheme titles as extra knowledge for the subclass classifier: the Chinese title of each subclass and of
 * each of its main groups (IPC 2026.01, vendored in data/reference, see NOTICE), each a short text labelled with
 * its subclass. They teach the classifier words a catalogue may not have yet, most for rare subclasses.
 *
 * Subgroups are left out: there are ~69,000 of them (embedding them once takes ~10 minutes on two cores) and in
 * a first measurement the main groups gave most of the gain. Notes in parentheses ("（用于…入A01C5/00）", the
 * scheme's cross-references) are removed: they name other places, not this one.
 */
export interface IpcReferenceText {
  readonly code: string;
  readonly subclass: string;
  readonly text: string;
}

const TITLE_MISSING = '（标题缺失）';
const PARENTHESES = /[（(][^（）()]*[）)]/g;

/** A scheme title as classifier text: notes in parentheses and whitespace removed, at most 120 characters. */
export function referenceText(title: string): string {
  let t = title;
  // Nested notes: strip innermost first until none is left.
  for (let i = 0; i < 4 && PARENTHESES.test(t); i++) t = t.replace(PARENTHESES, '');
  return t
    .replace(/\s+/g, '')
    .replace(/[；;，,。]+$/u, '')
    .slice(0, 120);
}

export function ipcReferenceTexts(
  options: { file?: string; subclasses?: ReadonlySet<string> } = {},
): IpcReferenceText[] {
  const file = options.file ?? path.join(REFERENCE_DATA_DIR, 'ipc-2026.01-zh.csv');
  const rows = parse(fs.readFileSync(file), { columns: true, bom: true, skip_empty_lines: true }) as {
    code: string;
    level: string;
    title: string;
  }[];
  const out: IpcReferenceText[] = [];
  const seen = new Set<string>();
  for (const r of rows) {
    if (r.level !== 'subclass' && r.level !== 'main_group') continue;
    if (!r.title || r.title === TITLE_MISSING || seen.has(r.code)) continue;
    const subclass = r.code.slice(0, 4);
    if (options.subclasses && !options.subclasses.has(subclass)) continue;
    const text = referenceText(r.title);
    if (text.length < 2) continue;
    seen.add(r.code);
    out.push({ code: r.code, subclass, text });
  }
  return out;
}
