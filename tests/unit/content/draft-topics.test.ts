import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DRAFT_TOPIC_IDS, lintBank, summarizeBank } from "@/lib/content";
import { readContentDir } from "@/lib/content-dir";

// A bank in draft, when there is one (every bank may be published: then there is nothing to hide).
const draft = (DRAFT_TOPIC_IDS as readonly string[])[0] ?? "";

/** A draft bank with one flashcard: too small to publish, and invisible unless asked for. */
async function repositoryWithDraft(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), "gureum-drafts-"));
  const topic = draft;
  await mkdir(path.join(root, "content", topic), { recursive: true });
  await writeFile(
    path.join(root, "content", topic, "one.yaml"),
    [
      "flashcards:",
      "  - id: draft-card-one",
      "    front: { ko: 앞면입니다, en: The front }",
      "    back: { ko: 뒷면입니다, en: The back }",
      "    why: { ko: 이유입니다, en: The reason }",
      "    sources: [{ title: Amazon RDS User Guide, url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Welcome.html' }]",
      "    checkedAt: 2026-12-07",
      "",
    ].join("\n"),
  );
  return root;
}

describe.skipIf(draft === "")("draft topics", () => {
  it("are left out of the bank the app and the seed read", async () => {
    const bank = await readContentDir(await repositoryWithDraft());
    expect(bank.flashcards).toEqual([]);
    expect(bank.issues).toEqual([]);
  });

  it("are validated and held to the bank minimums when asked for", async () => {
    const bank = await readContentDir(await repositoryWithDraft(), { drafts: true });
    expect(bank.issues).toEqual([]);
    expect(bank.flashcards.map((c) => c.topic)).toEqual([draft]);
    expect(summarizeBank(bank).flashcards[draft]).toBe(1);
    const shortfalls = lintBank(bank, new Set(), []).filter((i) => i.file === `content/${draft}/`);
    expect(shortfalls.map((i) => i.field).sort()).toEqual(["flashcards", "questions"]);
  });
});
