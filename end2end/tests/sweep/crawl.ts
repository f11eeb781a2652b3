import { expect, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../fixtures/axe";
import { dirOf, langOf, type Locale } from "../fixtures/i18n";

/**
 * Visits every page in `every` (assessment questions, module steps: each one),
 * and every page a person can reach from `start` by following links, each kind
 * of page once (`/events/12` and `/events/13` are one kind), but not those
 * `sweptElsewhere` matches (another test's `every`). Checks each as a phone
 * shows it: the language asked for, no axe violation, no sideways scrolling at
 * 320 px. The site's scripts are blocked, so what is checked is the server's
 * HTML, which every person gets first and people without JavaScript keep.
 * Returns the kinds of page visited.
 */
export async function sweep(
  page: Page,
  locale: Locale,
  { start = [], every = [], sweptElsewhere }: { start?: string[]; every?: string[]; sweptElsewhere?: RegExp },
): Promise<Set<string>> {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.route(/\.(js|wasm)(\?.*)?$/, (route) => route.abort());
  const visited = new Set<string>();
  const kinds = new Set<string>();
  const queue = [...every.map((path) => ({ path, crawl: false })), ...start.map((path) => ({ path, crawl: true }))];
  for (let next = queue.shift(); next; next = queue.shift()) {
    const kind = kindOf(next.path);
    if (visited.has(next.path) || (next.crawl && (kinds.has(kind) || sweptElsewhere?.test(next.path)))) continue;
    visited.add(next.path);
    kinds.add(kind);
    await checkPageAt(page, locale, next.path);
    if (next.crawl) for (const path of await linksOn(page)) queue.push({ path, crawl: true });
  }
  return kinds;
}

/** A page's kind: its path with every number made `{id}`, without the query. */
export function kindOf(path: string): string {
  return path.split("?")[0].replace(/\/\d+(?=\/|$)/g, "/{id}");
}

async function checkPageAt(page: Page, locale: Locale, path: string): Promise<void> {
  const address = `${path}${path.includes("?") ? "&" : "?"}lang=${locale}`;
  const response = await page.goto(address);
  expect(response?.status(), `status of ${address}`).toBeLessThan(400);
  await expect(page.locator("html"), `language of ${address}`).toHaveAttribute("lang", langOf(locale));
  await expect(page.locator("html"), `direction of ${address}`).toHaveAttribute("dir", dirOf(locale));
  await expectNoAxeViolations(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `horizontal scrolling at 320 px on ${address}`).toBeLessThanOrEqual(0);
}

/** Same-site pages this page links to, without `lang`, fragments, files or language switches. */
async function linksOn(page: Page): Promise<string[]> {
  const origin = new URL(page.url()).origin;
  const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  const paths: string[] = [];
  for (const href of hrefs) {
    const url = new URL(href);
    if (url.origin !== origin || /^\/(api|language|pkg|media)\//.test(url.pathname)) continue;
    if (/\.\w+$/.test(url.pathname)) continue;
    url.searchParams.delete("lang");
    paths.push(url.pathname + url.search);
  }
  return paths;
}
