import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
let source: string | undefined;
const axeSource = () => (source ??= readFileSync(require.resolve('axe-core'), 'utf8'));

/** One axe finding, short enough to read in a failed assertion. */
export interface AxeFinding {
  rule: string;
  impact: string | null;
  targets: string[];
}

/** WCAG 2.1 level A and AA, the level the issue asks for. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs axe-core inside the page as it is now and returns every violation, of any impact. The
 * script comes from the installed package, so nothing is fetched from the network.
 */
export async function axeViolations(page: Page): Promise<AxeFinding[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  // Not addScriptTag: the server's Content-Security-Policy (script-src 'self') rightly refuses an
  // injected inline script, while DevTools-protocol evaluation is outside the page's CSP.
  if (!loaded) await page.evaluate(axeSource());
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: AxeApi }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => ({
      rule: v.id,
      impact: v.impact ?? null,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  }, TAGS);
}

/** The little of axe's API used here. */
interface AxeApi {
  run(
    context: Document,
    options: { runOnly: { type: 'tag'; values: string[] } },
  ): Promise<{
    violations: {
      id: string;
      impact?: string | null;
      nodes: { target: string[] }[];
    }[];
  }>;
}

/** Whether the page scrolls sideways at its current width. */
export async function scrollsSideways(page: Page): Promise<{ scrollWidth: number; width: number }> {
  return page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    width: window.innerWidth,
  }));
}
