export type BodyRead = { ok: true; bytes: Uint8Array } | { ok: false; reason: "too-large" | "aborted" };

/**
 * Reads a request body with a running byte count and cancels the stream as soon as the count crosses `limit`: an
 * oversized body (a chunked one has no Content-Length to refuse it by) costs at most `limit` plus one chunk of memory,
 * never the whole body. A stream that fails midway (the client went away) is "aborted".
 */
export async function readBodyWithinLimit(body: ReadableStream<Uint8Array> | null, limit: number): Promise<BodyRead> {
  if (body === null) return { ok: true, bytes: new Uint8Array(0) };
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limit) {
        // Not awaited: cancelling tells the source to stop; the answer need not wait for it.
        reader.cancel().catch(() => undefined);
        return { ok: false, reason: "too-large" };
      }
      chunks.push(value);
    }
  } catch {
    return { ok: false, reason: "aborted" };
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes };
}
