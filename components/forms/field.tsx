import type { ReactElement, ReactNode } from "react";
import { cloneElement } from "react";
import { Label } from "@/components/ui/label";

// The one set of form-field helpers: every form wires labels, hints and translated field errors the same way.

/** The translated messages of one field, referenced by the input's aria-describedby. */
export function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages?.length) return null;
  return (
    <p id={id} className="text-sm text-destructive">
      {messages.join(" ")}
    </p>
  );
}

/** What Field gives its control: the id the label points at, and the ties to the hint and the error. */
export type FieldControlProps = {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
};

type FieldProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  className?: string;
  /** One control element (it receives FieldControlProps), or a function for controls that place them elsewhere. */
  children: ReactElement<Record<string, unknown>> | ((control: FieldControlProps) => ReactNode);
};

/**
 * The one form field: a label, the control, an optional hint, and the translated field errors, tied together with
 * aria-describedby and aria-invalid. Every form uses it.
 */
export function Field({ id, label, hint, errors, className, children }: FieldProps) {
  const describedBy =
    [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  const control: FieldControlProps = {
    id,
    "aria-invalid": errors?.length ? true : undefined,
    "aria-describedby": describedBy,
  };
  return (
    <div className={className ?? "grid gap-1.5"}>
      <Label htmlFor={id}>{label}</Label>
      {typeof children === "function" ? children(control) : cloneElement(children, control)}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-muted-foreground">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={`${id}-error`} className="text-sm text-destructive">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

export const textareaClass =
  "min-h-16 w-full rounded-md border border-input bg-transparent px-3 py-2 text-base shadow-xs outline-none placeholder:text-muted-foreground focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/50 aria-invalid:border-destructive disabled:opacity-60 md:text-sm";
export const selectClass =
  "h-9 w-full rounded-md border border-input bg-background px-3 text-base shadow-xs outline-none focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/50 aria-invalid:border-destructive disabled:opacity-60 md:text-sm";
