import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { translate } from './messages';
import { en } from './messages.en';
import { zh } from './messages.zh';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  it('have the same keys in Chinese and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it.each(Object.keys(zh) as (keyof typeof zh)[])(
    '%s uses the same placeholders in both languages',
    (key) => {
      expect(placeholders(en[key])).toEqual(placeholders(zh[key]));
      expect(en[key].trim()).not.toBe('');
    },
  );

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate(zh, 'search.resultsSummary', { total: '1,234', ms: 5 })).toBe(
      '共 1,234 条结果，用时 5 毫秒',
    );
    expect(translate(en, 'search.resultsSummary', { total: 3 })).toBe('3 results in {ms} ms');
  });
});

// All UI text comes from the catalogues: components hold no Chinese characters of their own.
describe('no hard-coded Chinese outside the message catalogue', () => {
  const srcDir = path.resolve(import.meta.dirname, '..');
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(tsx?|css)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) files.push(full);
    }
  };
  walk(srcDir);
  // Catalogues: i18n/messages.{zh,en}.ts and any feature's own messages.{zh,en}.ts.
  const isCatalogue = (file: string) => /^messages\.(zh|en)\.ts$/.test(path.basename(file));

  it('finds the source files', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files.filter((f) => !isCatalogue(f)).map((f) => [path.relative(srcDir, f), f]))(
    '%s',
    (_rel, file) => {
      const lines = fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ line: i + 1, text: line }))
        // Comments may explain things in Chinese; only code and markup are checked.
        .filter(({ text }) => !/^\s*(\/\/|\*|\/\*)/.test(text))
        .filter(({ text }) =>
          /[\u3400-\u4dbf\u4e00-\u9fff]/.test(text.replace(/\/\/.*$/, '').replace(/\{\/\*.*?\*\/\}/g, '')),
        );
      expect(lines).toEqual([]);
    },
  );
});
