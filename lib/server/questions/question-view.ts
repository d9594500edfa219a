import "server-only";
import type { Localized } from "@/lib/content";
import type { Scenario, Source } from "@/lib/content";

/** What the browser may see of a question before it is answered: no key, no explanations. */
export interface QuestionView {
  id: string;
  topicId: string;
  type: "single" | "multiple";
  selectCount: number;
  difficulty: number;
  scenarioBacked: boolean;
  stem: Localized;
  choices: { label: string; text: Localized }[];
}

/** What the browser sees after the server has graded an answer. */
export interface AnswerFeedback {
  questionId: string;
  isCorrect: boolean;
  selected: string[];
  key: string[];
  explanations: { label: string; explanation: Localized }[];
  sources: Source[];
  /** The day the question's facts were last checked against its sources (YYYY-MM-DD), shown next to them. */
  checkedAt: string | null;
  /** The simulation that decides the key, or null. Sent only after answering: its input and claims reveal the key. */
  scenario: Scenario | null;
}
