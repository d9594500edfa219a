import { LANGUAGES } from "@/lib/i18n/localized";
import { TOPIC_IDS, type TopicId } from "./topics";
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

type PerTopic = Record<TopicId, number>;

/** The machine-readable summary printed by `content:check --json`. */
export interface BankSummary {
  questions: PerTopic;
  flashcards: PerTopic;
  scenarioBacked: PerTopic;
  languages: string[];
}

export function summarizeBank(bank: Pick<ContentBank, "questions" | "flashcards">): BankSummary {
  const zero = () => Object.fromEntries(TOPIC_IDS.map((t) => [t, 0])) as PerTopic;
  const summary: BankSummary = {
    questions: zero(),
    flashcards: zero(),
    scenarioBacked: zero(),
    languages: [...LANGUAGES],
  };
  for (const q of bank.questions) {
    summary.questions[q.topic] += 1;
    if (q.scenario) summary.scenarioBacked[q.topic] += 1;
  }
  for (const c of bank.flashcards) summary.flashcards[c.topic] += 1;
  return summary;
}
