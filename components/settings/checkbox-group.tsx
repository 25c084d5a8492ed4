"use client";

import { FieldError } from "@/components/forms/field";

type Props<V extends string> = {
  id: string;
  legend: string;
  options: readonly { value: V; label: string }[];
  value: readonly V[];
  onChange: (value: V[]) => void;
  errors?: string[];
};

/** Several values of one condition as checkboxes in a fieldset (none checked = any). */
export function CheckboxGroup<V extends string>({ id, legend, options, value, onChange, errors }: Props<V>) {
  const errorId = `${id}-error`;
  return (
    <fieldset className="grid gap-1" aria-describedby={errors?.length ? errorId : undefined}>
      <legend className="mb-1 text-sm font-medium">{legend}</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {options.map((option) => (
          <label key={option.value} className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              className="size-4 accent-primary"
              checked={value.includes(option.value)}
              onChange={(e) =>
                onChange(e.target.checked ? [...value, option.value] : value.filter((v) => v !== option.value))
              }
            />
            {option.label}
          </label>
        ))}
      </div>
      <FieldError id={errorId} messages={errors} />
    </fieldset>
  );
}
