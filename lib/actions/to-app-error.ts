import { pgErrorCode } from "@/db/connect";
import { AppError } from "@/lib/errors";

/**
 * Expected failures as AppError: our own, plus database refusals that bad input can cause (a duplicate, a
 * malformed value, a reference to something that does not exist). Returns undefined for real bugs.
 */
export function toAppError(error: unknown): AppError | undefined {
  if (error instanceof AppError) return error;
  switch (pgErrorCode(error)) {
    case "23505": // unique_violation
    case "40001": // serialization_failure
    case "40P01": // deadlock_detected: two changes crossed (e.g. handovers A→B and B→A at once); one may retry
      return new AppError("conflict");
    case "23503": // foreign_key_violation
    case "22P02": // invalid_text_representation (e.g. a malformed uuid)
    case "22001": // string_data_right_truncation
    case "22003": // numeric_value_out_of_range
    case "22007": // invalid_datetime_format
    case "22008": // datetime_field_overflow
    case "22021": // character_not_in_repertoire: a NUL byte in text (the schemas refuse it first; this is the backstop)
    case "22P05": // untranslatable_character: a \u0000 inside JSON
      return new AppError("bad_request");
    default:
      return undefined;
  }
}
