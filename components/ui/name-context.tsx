import type { ReactNode } from "react";

/**
 * Words a screen reader hears after a control's visible text — which conversation, which table — so the visible
 * text stays the start of the accessible name (WCAG 2.5.3 Label in Name: "click Assign to me" works by voice),
 * which an aria-label would replace. The leading space keeps the two apart in the computed name.
 */
export function NameContext({ children }: { children: ReactNode }) {
  return <span className="sr-only"> {children}</span>;
}
