/** The translated messages of one field, referenced by the input's aria-describedby. */
export function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages?.length) return null;
  return (
    <p id={id} className="text-sm text-destructive">
      {messages.join(" ")}
    </p>
  );
}

/** Props that tie an input to its error and hint (both optional). */
export function describedBy(id: string, { error, hint }: { error?: string[]; hint?: boolean }) {
  const ids = [hint ? `${id}-hint` : null, error?.length ? `${id}-error` : null].filter(Boolean);
  return { "aria-invalid": Boolean(error?.length), "aria-describedby": ids.length ? ids.join(" ") : undefined };
}
