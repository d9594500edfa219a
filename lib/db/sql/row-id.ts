import "server-only";
import { randomBytes } from "node:crypto";

let sequence = 0;

/**
 * A fresh row id for raw inserts (Prisma's cuid default only applies to its own model queries): 25 lowercase letters
 * and digits, time-ordered within a process like a cuid, because logs of one card made in the same millisecond are
 * told apart by id.
 */
export function newRowId(): string {
  sequence = (sequence + 1) % 36 ** 4;
  return (
    Date.now().toString(36).padStart(9, "0") + sequence.toString(36).padStart(4, "0") + randomBytes(6).toString("hex")
  );
}
