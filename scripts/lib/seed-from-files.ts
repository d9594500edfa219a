import { formatIssue } from "../../lib/content";
import { readContentDir } from "../../lib/content-dir";
import type { Db } from "../../lib/db/client";
import { seedContent } from "../../lib/db/seed-content";
import { progressPrinter } from "./progress";

/** Validates every content file, then seeds; an invalid file stops everything before the first write. */
export async function seedFromFiles(db: Db, root: string): Promise<boolean> {
  const bank = await readContentDir(root);
  if (bank.issues.length > 0) {
    for (const issue of bank.issues) console.error(formatIssue(issue));
    console.error(`seed: ${bank.issues.length} content problem(s); nothing was written.`);
    return false;
  }
  const result = await seedContent(db, bank, progressPrinter("Seeding content"));
  const line = (name: string, r: typeof result.questions) =>
    `${name}: ${r.created} new, ${r.updated} updated, ${r.unchanged} unchanged, ${r.retired} retired`;
  console.log(`${line("Questions", result.questions)}; ${line("flashcards", result.flashcards)}`);
  return true;
}
