"use client";

import { useRef, useState, useTransition } from "react";
import { ReportButton } from "@/app/_components/report-button";
import { useHotkeys } from "@/components/study/use-hotkeys";
import { newRequestId } from "@/components/study/request-id";
import { intervalText } from "@/components/study/interval-text";
import { toggleChoice } from "@/components/study/choice-list";
import type { Language } from "@/lib/content";
import type { AppMessages } from "@/lib/i18n/messages";
import type { StudyMessages } from "@/lib/i18n/study-messages";
import { failureText } from "@/lib/i18n/failure-text";
import { translateWith } from "@/lib/i18n/translate";
import type { ReviewQueue } from "@/lib/server/review";
import type { AnswerFeedback } from "@/lib/server/questions";
import type { GradeName } from "@/lib/srs";
import type { ActionFailure } from "@/lib/validation";
import { answerReviewItem, gradeReviewCard, markLastReviewEasy, undoLastReview } from "./actions";
import { FlashcardFace } from "./flashcard-face";
import { QuestionFace } from "./question-face";

const GRADE_KEYS: Record<string, GradeName> = { "1": "again", "2": "hard", "3": "good", "4": "easy" };

export interface Answered {
  feedback: AnswerFeedback;
  logId: string;
  /** The queue after this answer, shown when the learner continues. */
  after: ReviewQueue;
  easy: boolean;
}

/** The review loop: one card at a time, keyboard first, every grade decided and timed by the server. */
export function ReviewSession({
  initial,
  language,
  messages,
  reportMessages,
  errorMessages,
}: {
  initial: ReviewQueue;
  language: Language;
  messages: StudyMessages<"review" | "interval" | "study">;
  reportMessages: AppMessages<"report">;
  errorMessages: AppMessages<"errors">;
}) {
  const t = translateWith(messages);
  const [queue, setQueue] = useState(initial);
  const [requestId, setRequestId] = useState(newRequestId);
  const [revealed, setRevealed] = useState(false);
  const [selected, setSelected] = useState<string[]>([]);
  const [answered, setAnswered] = useState<Answered | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const inFlight = useRef(false);
  const item = queue.next;
  const undoLogId = answered ? answered.after.undoLogId : queue.undoLogId;

  function present(next: ReviewQueue, message: string | null = null) {
    setQueue(next);
    setRequestId(newRequestId());
    setRevealed(false);
    setSelected([]);
    setAnswered(null);
    setNotice(message);
    setError(null);
  }

  function fail(result: ActionFailure<ReviewQueue>) {
    if (result.recovered) present(result.recovered);
    setError(result.code === "CONFLICT" ? t("review.conflict") : failureText(translateWith(errorMessages), result));
  }

  /**
   * Runs a server action; a dropped connection keeps the card and its request id, so retrying is safe. One at a time,
   * guarded by a ref rather than `pending`: React shows the next card (set after the await) before `pending` turns
   * false, and a grade key pressed in between would otherwise be dropped.
   */
  function send(action: () => Promise<void>) {
    if (inFlight.current) return;
    inFlight.current = true;
    startTransition(async () => {
      try {
        await action();
      } catch {
        setError(t("review.failed"));
      } finally {
        inFlight.current = false;
      }
    });
  }

  function grade(name: GradeName) {
    if (item?.kind !== "flashcard" || !revealed) return;
    send(async () => {
      const result = await gradeReviewCard({
        itemId: item.itemId,
        grade: name,
        expectedVersion: item.version,
        requestId,
      });
      if (result.ok) present(result.data);
      else fail(result);
    });
  }

  function submitAnswer() {
    if (item?.kind !== "question" || answered || selected.length !== item.question.selectCount) return;
    send(async () => {
      const result = await answerReviewItem({
        itemId: item.itemId,
        selected,
        expectedVersion: item.version,
        requestId,
      });
      if (result.ok)
        setAnswered({
          feedback: result.data.feedback,
          logId: result.data.logId,
          after: result.data.queue,
          easy: false,
        });
      else fail(result);
    });
  }

  function markEasy() {
    if (!answered?.feedback.isCorrect || answered.easy) return;
    const logId = answered.logId;
    send(async () => {
      const result = await markLastReviewEasy({ logId });
      if (result.ok) setAnswered({ ...answered, after: result.data, easy: true });
      else fail(result);
    });
  }

  function undo() {
    if (!undoLogId) return;
    send(async () => {
      const result = await undoLastReview({ logId: undoLogId });
      if (result.ok) present(result.data, t("review.undone"));
      else fail(result);
    });
  }

  useHotkeys((key) => {
    if (key === "u") {
      undo();
      return true;
    }
    if (!item) return false;
    if (item.kind === "flashcard") {
      if (!revealed && (key === " " || key === "Enter")) {
        setRevealed(true);
        return true;
      }
      const name = GRADE_KEYS[key];
      if (!revealed || !name) return false;
      grade(name);
      return true;
    }
    if (answered) {
      if (key === " " || key === "Enter") present(answered.after);
      else if (key === "4") markEasy();
      else return false;
      return true;
    }
    const label = key.toLowerCase();
    if (/^[a-h]$/.test(label) && item.question.choices.some((c) => c.label === label)) {
      setSelected((current) => toggleChoice(current, label, item.question.type === "multiple"));
      return true;
    }
    if (key !== "Enter") return false;
    submitAnswer();
    return true;
  });

  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600">
        {t("review.counts", { due: queue.counts.due, new: queue.counts.new, learning: queue.counts.learning })}
      </p>
      {item ? (
        <article
          key={`${item.kind}:${item.itemId}:${item.version}`}
          className="space-y-5 rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
          aria-label={t("review.title")}
        >
          <div className="flex flex-wrap gap-2 text-xs">
            {item.isNew ? <span className="rounded bg-sky-50 px-2 text-sky-800">{t("review.new")}</span> : null}
            {item.isLeech ? <span className="rounded bg-amber-50 px-2 text-amber-800">{t("review.leech")}</span> : null}
          </div>
          {item.kind === "flashcard" ? (
            <FlashcardFace
              item={item}
              language={language}
              t={t}
              revealed={revealed}
              pending={pending}
              onReveal={() => setRevealed(true)}
              onGrade={grade}
            />
          ) : (
            <QuestionFace
              item={item}
              language={language}
              t={t}
              selected={selected}
              answered={answered}
              pending={pending}
              onToggle={(label) =>
                setSelected((current) => toggleChoice(current, label, item.question.type === "multiple"))
              }
              onSubmit={submitAnswer}
              onContinue={() => answered && present(answered.after)}
              onEasy={markEasy}
            />
          )}
          <div className="border-t border-slate-100 pt-3">
            <ReportButton itemKind={item.kind} itemId={item.itemId} messages={reportMessages} />
          </div>
        </article>
      ) : (
        <p className="rounded-lg border border-slate-200 bg-white p-6">
          {t("review.done")}
          {queue.nextDueInMs !== null ? ` ${t("review.nextDue", { when: intervalText(t, queue.nextDueInMs) })}` : null}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          onClick={undo}
          disabled={!undoLogId || pending}
          aria-keyshortcuts="U"
          className="rounded-md border border-slate-300 px-3 py-1 text-sm disabled:opacity-40"
        >
          {t("review.undo")} <kbd className="ml-1 text-xs text-slate-500">{t("review.undoKey")}</kbd>
        </button>
        <p className="text-xs text-slate-500">{t("review.keys")}</p>
      </div>
      <div aria-live="polite" className="min-h-5 text-sm">
        {notice ? <p className="text-emerald-700">{notice}</p> : null}
        {error ? (
          <p role="alert" className="text-red-700">
            {error}
          </p>
        ) : null}
      </div>
    </div>
  );
}
