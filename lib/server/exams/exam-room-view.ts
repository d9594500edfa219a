import "server-only";
import type { ExamKind } from "@/lib/exam";

/**
 * What the browser may see of an item during an exam: the question and the learner's own work. No key, no
 * explanations, no sources, no scenario — they would reveal the answer before submission.
 */
export interface ExamRoomItem {
  questionId: string;
  position: number;
  type: "single" | "multiple";
  selectCount: number;
  /** In the learner's language. */
  stem: string;
  choices: { label: string; text: string }[];
  selected: string[];
  flagged: boolean;
}

export interface ExamRoomView {
  attemptId: string;
  kind: ExamKind;
  topicId: string | null;
  /** ISO instants. The deadline is the server's; `serverNow` lets the page correct for a wrong clock. */
  startedAt: string;
  deadline: string;
  serverNow: string;
  durationMinutes: number;
  accommodation: boolean;
  currentIndex: number;
  items: ExamRoomItem[];
}
