/**
 * Gives focus back to `element` — or, when it was re-rendered meanwhile (a list refreshed, the calendar's grid
 * swapped for its draggable form), to the element now carrying the same `data-focus-key`. Returns whether it could.
 */
export function focusAgain(element: HTMLElement | null) {
  const key = element?.dataset.focusKey;
  const target = element?.isConnected
    ? element
    : key
      ? document.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(key)}"]`)
      : null;
  if (!target || target === document.body) return false;
  target.focus();
  return true;
}
