/**
 * A fresh id for one presentation of a card or question: the server records a grade sent with the same id once.
 * getRandomValues works outside secure contexts too, unlike randomUUID.
 */
export function newRequestId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
