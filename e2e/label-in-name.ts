import type { Locator } from "@playwright/test";

/**
 * WCAG 2.5.3 "Label in Name": a speech-input user says what a control shows ("click Assign to me"), so its
 * accessible name must contain that text, best at the start. Controls here show their text and add context for
 * screen readers in an `.sr-only` span instead of an aria-label that would replace it. The axe scan of every page
 * (e2e/axe.ts) runs the rule; these helpers check particular names.
 */

/** The text a control shows: its text without what is there for screen readers only (.sr-only, aria-hidden). */
export function visibleText(control: Locator) {
  return control.evaluate((root) => {
    const parts: string[] = [];
    const walk = (node: Node) => {
      if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? "");
      else if (node instanceof Element && !node.matches(".sr-only, [aria-hidden='true']"))
        node.childNodes.forEach(walk);
    };
    walk(root);
    return parts.join(" ").replace(/\s+/g, " ").trim();
  });
}
