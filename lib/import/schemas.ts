import { z } from "zod";
import { nameSchema } from "@/lib/actions/common-schemas";

const suggestion = { suggestionId: z.uuid() };

export const confirmSuggestionSchema = z.object({
  ...suggestion,
  displayName: nameSchema(80),
  signOff: z
    .string()
    .trim()
    .regex(/^[-^~*] ?\p{L}{1,20}$/u, "import.errors.signOff"),
});
export const mergeSuggestionSchema = z.object({ ...suggestion, identityId: z.uuid() });
export const dismissSuggestionSchema = z.object(suggestion);
