import { LANGUAGES } from "@/lib/i18n/localized";
import { TOPIC_IDS, type DraftTopicId, type TopicId } from "./topics";
import type { ContentIssue, ParsedContentFile, TopicFlashcard, TopicQuestion } from "./validate";

/** Every item of every content file, with the issues that span files (duplicate ids). */
export interface ContentBank {
  questions: TopicQuestion[];
  flashcards: TopicFlashcard[];
  issues: ContentIssue[];
}

/** Merges parsed files; ids must be unique across all questions and flashcards because they key database rows. */
export function assembleBank(files: readonly ParsedContentFile[]): ContentBank {
  const bank: ContentBank = { questions: [], flashcards: [], issues: [] };
  const seen = new Map<string, string>();
  const claim = (id: string, file: string) => {
    const first = seen.get(id);
    if (first !== undefined) {
      bank.issues.push({ file, id, field: "id", message: `duplicate id: already used in ${first}` });
      return false;
    }
    seen.set(id, file);
    return true;
  };
  for (const file of files) {
    bank.issues.push(...file.issues);
    for (const q of file.questions) if (claim(q.id, q.file)) bank.questions.push(q);
    for (const c of file.flashcards) if (claim(c.id, c.file)) bank.flashcards.push(c);
  }
  return bank;
}

/** Counts per topic: every published topic, and any draft topic whose items are in the bank. */
type PerTopic = Record<string, number>;

/** The machine-readable summary printed by `content:check --json`. */
export interface BankSummary {
  questions: PerTopic;
  flashcards: PerTopic;
  scenarioBacked: PerTopic;
  languages: string[];
}

export function summarizeBank(bank: Pick<ContentBank, "questions" | "flashcards">): BankSummary {
  const zero = () => Object.fromEntries(topicsOf(bank).map((t) => [t, 0])) as PerTopic;
  const summary: BankSummary = {
    questions: zero(),
    flashcards: zero(),
    scenarioBacked: zero(),
    languages: [...LANGUAGES],
  };
  for (const q of bank.questions) {
    summary.questions[q.topic]! += 1;
    if (q.scenario) summary.scenarioBacked[q.topic]! += 1;
  }
  for (const c of bank.flashcards) summary.flashcards[c.topic]! += 1;
  return summary;
}

/** The published topics, then any draft topic that has items in this bank. */
export function topicsOf(bank: Pick<ContentBank, "questions" | "flashcards">): (TopicId | DraftTopicId)[] {
  const present = new Set([...bank.questions, ...bank.flashcards].map((item) => item.topic));
  return [...TOPIC_IDS, ...[...present].filter((t) => !(TOPIC_IDS as readonly string[]).includes(t)).sort()];
}
