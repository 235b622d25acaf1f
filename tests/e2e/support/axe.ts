// Shared axe-core helper for the e2e suite: runs the WCAG 2.2 AA rule set on a page and turns violations
// into one readable line each (rule, impact, target, summary), so a failing test says what to fix.
import { AxeBuilder } from '@axe-core/playwright';
import type { Result } from 'axe-core';
import type { Page } from 'playwright-core';

/** WCAG 2.0, 2.1 and 2.2 success criteria at levels A and AA. */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The axe violations of the page as it is now (nothing excluded). */
export async function axeViolations(page: Page): Promise<Result[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_AA_TAGS).analyze();
  return results.violations;
}

/** One line per violating node: `rule (impact) target: summary`. */
export function describeViolations(violations: readonly Result[]): string[] {
  return violations.flatMap((v) =>
    v.nodes.map((node) => {
      const target = node.target.map((t) => (Array.isArray(t) ? t.join(' >> ') : String(t))).join(' | ');
      const summary = (node.failureSummary ?? v.help).replace(/\s*\n\s*/g, ' ').trim();
      return `${v.id} (${v.impact ?? 'n/a'}) ${target}: ${summary} [${v.helpUrl}]`;
    }),
  );
}

/** Readable violations of the page: empty when axe finds nothing. */
export async function axeReport(page: Page): Promise<string[]> {
  return describeViolations(await axeViolations(page));
}
