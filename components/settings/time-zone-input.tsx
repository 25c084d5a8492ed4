import type { ComponentProps } from "react";
import { Input } from "@/components/ui/input";

type Props = Omit<ComponentProps<"input">, "value" | "onChange" | "list"> & {
  id: string;
  value: string;
  onChange: (value: string) => void;
  options: string[];
};

/** A text field with the runtime's IANA zones as suggestions (typing filters them); the server validates. */
export function TimeZoneInput({ id, value, onChange, options, ...props }: Props) {
  return (
    <>
      <Input
        id={id}
        name="timezone"
        list={`${id}-options`}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        autoComplete="off"
        spellCheck={false}
        {...props}
      />
      <datalist id={`${id}-options`}>
        {options.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
    </>
  );
}
