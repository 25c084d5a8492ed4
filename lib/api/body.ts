import { AppError } from "@/lib/errors";
import { fail, FailureError, type Failure } from "@/lib/outcome";

/**
 * The request body, refused (413, or `tooLarge`) as soon as it grows past `limit`; the rest is not read. Counting
 * while reading is what holds for a chunked body without content-length, which formData() or json() would
 * otherwise buffer whole. A declared oversized body is refused before reading.
 */
export async function readBodyAtMost(
  request: Request,
  limit: number,
  tooLarge: Failure = fail("payload_too_large"),
): Promise<Uint8Array<ArrayBuffer>> {
  if (Number(request.headers.get("content-length") ?? 0) > limit) throw new FailureError(tooLarge);
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      size += chunk.value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => undefined);
        throw new FailureError(tooLarge);
      }
      chunks.push(chunk.value);
    }
  } catch (error) {
    if (error instanceof FailureError) throw error;
    // The client went away or sent a broken stream.
    throw new AppError("bad_request");
  }
  const body = new Uint8Array(size);
  chunks.reduce((offset, chunk) => (body.set(chunk, offset), offset + chunk.byteLength), 0);
  return body;
}
