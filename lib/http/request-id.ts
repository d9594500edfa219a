import { z } from "zod";

/** One per presentation of a card or question (see components/study/request-id.ts): the server records it once. */
export const RequestIdSchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, "request ids are 16–64 letters, digits, - or _");
