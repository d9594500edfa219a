import "server-only";
import { availableParallelism } from "node:os";
import { hash, verify } from "@node-rs/argon2";
import pLimit from "p-limit";

// Argon2id with OWASP's minimum recommended parameters (19 MiB, 2 iterations, 1 lane).
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

// At most this many hashes at once, whatever arrives: a burst of sign-ups or sign-ins waits its turn instead of
// taking every core (and 19 MiB each) from the learners being served. One core is always left to everything else.
const hashing = pLimit(Math.max(1, availableParallelism() - 1));

export function hashPassword(password: string): Promise<string> {
  return hashing(() => hash(password, OPTIONS));
}

/** False for a wrong password or an unreadable hash; never throws on user input. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await hashing(() => verify(passwordHash, password));
  } catch {
    return false;
  }
}

// Verifying against a real hash when the account does not exist keeps response times equal, so timing does not reveal
// which emails have accounts.
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword("gureum-no-such-account");
  return dummyHash;
}
