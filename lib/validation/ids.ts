import { z } from "zod";

/** One per presentation of a card or question (see components/study/request-id.ts): the server records it once. */
export const RequestIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{16,64}$/, "request ids are 16–64 letters, digits, - or _");

/** A row id made by Prisma's cuid() or by newRowId: lowercase letters and digits. */
export const RowIdSchema = z.string().regex(/^[a-z0-9]{10,40}$/, "not a valid id");
