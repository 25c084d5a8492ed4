import { Input } from "@/components/ui/input";
import { describedBy } from "@/components/forms/field";

/** A text field with the runtime's IANA zones as suggestions (typing filters them); the server validates. */
export function TimeZoneInput({
  id,
  value,
  onChange,
  options,
  error,
  hint,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  options: string[];
  error?: string[];
  hint?: boolean;
}) {
  return (
    <>
      <Input
        id={id}
        name="timezone"
        list={`${id}-options`}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        required
        maxLength={64}
        autoComplete="off"
        spellCheck={false}
        {...describedBy(id, { error, hint })}
      />
      <datalist id={`${id}-options`}>
        {options.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
    </>
  );
}
