import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/**
 * WCAG 2.1 A/AA problems axe can detect on the page as it is now (labels, contrast, roles, names), and "Label in
 * Name" (2.5.3: a control's accessible name contains the text it shows, so "click Assign to me" works by voice),
 * which axe marks experimental and leaves out of its tag sets.
 */
export async function violations(page: Page) {
  const results = await new AxeBuilder({ page })
    .options({ rules: { "label-content-name-mismatch": { enabled: true } } })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 3)
        .join(" | ")}`,
  );
}
