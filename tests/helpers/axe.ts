/** Runs axe-core in a Playwright page with the WCAG 2.2 AA rule set and lists violations readably. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One line per violation: rule, impact, and the elements it was found on. */
export async function axeViolations(page: Page): Promise<string[]> {
  // evaluate() runs outside the page's Content-Security-Policy, so this works on CSP-protected pages too.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (tags) => {
    const result = await (window as any).axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v: any) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((node: any) => node.target.join(' ')),
    }));
  }, wcagTags);
  return violations.map((v: any) => `${v.id} (${v.impact}): ${v.help} at ${v.targets.join(', ')}`);
}
