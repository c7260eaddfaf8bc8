import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

const FAILING_IMPACTS = new Set(['serious', 'critical']);

/**
 * Runs axe-core (WCAG 2.1 A/AA rules plus best practices) on the page and throws, listing every offending
 * node, when a serious or critical violation is found. Minor and moderate findings are returned, not thrown.
 */
export async function expectAccessible(
  page: Page,
  options: { include?: string; disableRules?: string[]; label?: string } = {},
) {
  let builder = new AxeBuilder({ page }).withTags([
    'wcag2a',
    'wcag2aa',
    'wcag21a',
    'wcag21aa',
    'best-practice',
  ]);
  if (options.include) builder = builder.include(options.include);
  if (options.disableRules?.length) builder = builder.disableRules(options.disableRules);
  const results = await builder.analyze();
  const failing = results.violations.filter((v) => FAILING_IMPACTS.has(v.impact ?? ''));
  if (failing.length) {
    const report = failing
      .map(
        (v) =>
          `[${v.impact}] ${v.id}: ${v.help}\n` +
          v.nodes
            .slice(0, 8)
            .map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`)
            .join('\n'),
      )
      .join('\n');
    throw new Error(`accessibility violations${options.label ? ` on ${options.label}` : ''}:\n${report}`);
  }
  return results.violations;
}
