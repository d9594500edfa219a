import type { z } from "zod";
import { ContentFileSchema, FlashcardSchema, QuestionSchema, type Flashcard, type Question } from "./schema";
import { isDraftTopicId, isTopicId, type DraftTopicId, type TopicId } from "./topics";

/** A problem in a content file, precise enough to fix without searching: file, item id and field. */
export interface ContentIssue {
  file: string;
  id: string | null;
  field: string;
  message: string;
}

export interface TopicQuestion extends Question {
  topic: TopicId | DraftTopicId;
  file: string;
}
export interface TopicFlashcard extends Flashcard {
  topic: TopicId | DraftTopicId;
  file: string;
}

export interface ParsedContentFile {
  questions: TopicQuestion[];
  flashcards: TopicFlashcard[];
  issues: ContentIssue[];
}

function fieldOf(path: readonly PropertyKey[]): string {
  return path.length === 0 ? "(item)" : path.map(String).join(".");
}

function itemId(raw: unknown): string | null {
  if (raw && typeof raw === "object" && "id" in raw && typeof raw.id === "string") return raw.id;
  return null;
}

function issuesOf(file: string, id: string | null, prefix: string, error: z.ZodError): ContentIssue[] {
  return error.issues.map((issue) => ({
    file,
    id,
    field: prefix + fieldOf(issue.path),
    message: issue.message,
  }));
}

/**
 * Validates one content file's parsed YAML. `file` is its path relative to the repository (`content/ec2/x.yaml`);
 * the topic is the folder name. Valid items are returned even when siblings fail, so a report lists every issue.
 */
export function parseContentFile(file: string, data: unknown): ParsedContentFile {
  const result: ParsedContentFile = { questions: [], flashcards: [], issues: [] };
  const folder = /(?:^|\/)content\/([^/]+)\/[^/]+$/.exec(file)?.[1] ?? "";
  if (!isTopicId(folder) && !isDraftTopicId(folder)) {
    result.issues.push({
      file,
      id: null,
      field: "(file)",
      message: `files must live in content/<topic>/ with a known topic, not "${folder}"`,
    });
    return result;
  }
  const topic = folder;
  const envelope = ContentFileSchema.safeParse(data ?? {});
  if (!envelope.success) {
    result.issues.push(...issuesOf(file, null, "", envelope.error));
    return result;
  }
  envelope.data.questions.forEach((raw, index) => {
    const parsed = QuestionSchema.safeParse(raw);
    if (parsed.success) result.questions.push({ ...parsed.data, topic, file });
    else result.issues.push(...issuesOf(file, itemId(raw) ?? `questions[${index}]`, "", parsed.error));
  });
  envelope.data.flashcards.forEach((raw, index) => {
    const parsed = FlashcardSchema.safeParse(raw);
    if (parsed.success) result.flashcards.push({ ...parsed.data, topic, file });
    else result.issues.push(...issuesOf(file, itemId(raw) ?? `flashcards[${index}]`, "", parsed.error));
  });
  return result;
}

export function formatIssue(issue: ContentIssue): string {
  return `${issue.file}: ${issue.id ?? "(file)"}: ${issue.field}: ${issue.message}`;
}
