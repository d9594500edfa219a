"use client";

import { useRouter } from "next/navigation";
import { useMemo, useState, useTransition } from "react";
import { Countdown } from "@/components/exam/countdown";
import type { NavigatorCell } from "@/components/exam/navigator-grid";
import { NavigatorGrid } from "@/components/exam/navigator-grid";
import { QuestionPanel } from "@/components/exam/question-panel";
import { ReviewScreen } from "@/components/exam/review-screen";
import { isAnswered } from "@/lib/exam/response";
import type { ExamRoomMessages } from "@/lib/i18n/exam-messages";
import { failureText } from "@/lib/i18n/failure-text";
import type { AppMessages } from "@/lib/i18n/messages";
import { translateWith } from "@/lib/i18n/translate";
import type { ExamRoomView } from "@/lib/server/exams";
import type { ActionResult } from "@/lib/validation";
import { discardExamAction, moveExamCursorAction, saveExamResponseAction, submitExamAction } from "../actions";

type Work = { selected: string[]; flagged: boolean };

/**
 * The exam room. Every change is saved on the server at once (selection, flag, position), so a reload, another
 * device or a restarted server resumes here; the server refuses anything after its deadline. When the server says
 * the attempt is over (time up, or submitted elsewhere) the room gives way to the score report.
 */
export function ExamRoom({
  room,
  title,
  messages,
  errorMessages,
}: {
  room: ExamRoomView;
  title: string;
  messages: ExamRoomMessages;
  errorMessages: AppMessages<"errors">;
}) {
  const t = useMemo(() => translateWith(messages), [messages]);
  const router = useRouter();
  const [work, setWork] = useState<Work[]>(() => room.items.map((i) => ({ selected: i.selected, flagged: i.flagged })));
  const [index, setIndex] = useState(Math.min(room.currentIndex, room.items.length - 1));
  const [reviewing, setReviewing] = useState(false);
  const [pendingSaves, setPendingSaves] = useState(0);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [everSaved, setEverSaved] = useState(false);
  const [ended, setEnded] = useState(false);
  const [discarding, setDiscarding] = useState(false);
  const [submitting, startSubmit] = useTransition();

  const resultUrl = `/exams/${room.attemptId}/result`;
  const cells: NavigatorCell[] = room.items.map((item, i) => ({
    answered: isAnswered(work[i]?.selected ?? [], item.selectCount),
    flagged: work[i]?.flagged ?? false,
  }));
  const item = room.items[index];

  function finish() {
    setEnded(true);
    router.replace(resultUrl);
  }

  async function persist(call: () => Promise<ActionResult<unknown>>) {
    setPendingSaves((n) => n + 1);
    try {
      const result = await call();
      if (result.ok) {
        setSaveError(null);
        setEverSaved(true);
      } else if (result.code === "CONFLICT") finish();
      else setSaveError(failureText(translateWith(errorMessages), result));
    } catch {
      setSaveError(t("room.saveFailed", { error: "network" }));
    } finally {
      setPendingSaves((n) => n - 1);
    }
  }

  function update(i: number, change: Partial<Work>) {
    const target = room.items[i];
    if (!target || ended) return;
    setWork((current) => current.map((w, j) => (j === i ? { ...w, ...change } : w)));
    void persist(() => saveExamResponseAction({ attemptId: room.attemptId, questionId: target.questionId, ...change }));
  }

  function go(i: number) {
    if (i < 0 || i >= room.items.length || ended) return;
    setIndex(i);
    setReviewing(false);
    requestAnimationFrame(() => document.getElementById("exam-question-heading")?.focus());
    void persist(() => moveExamCursorAction({ attemptId: room.attemptId, index: i }));
  }

  function openReview() {
    setReviewing(true);
    requestAnimationFrame(() => document.getElementById("review-heading")?.focus());
  }

  function discard() {
    startSubmit(async () => {
      const result = await discardExamAction({ attemptId: room.attemptId });
      if (result.ok) {
        setEnded(true);
        router.replace("/exams");
      } else if (result.code === "CONFLICT") finish();
      else setSaveError(failureText(translateWith(errorMessages), result));
    });
  }

  function submit() {
    startSubmit(async () => {
      const result = await submitExamAction({ attemptId: room.attemptId });
      if (result.ok || result.code === "CONFLICT") finish();
      else setSaveError(failureText(translateWith(errorMessages), result));
    });
  }

  const status = ended
    ? t("room.timeUp")
    : saveError
      ? t("room.saveFailed", { error: saveError })
      : pendingSaves > 0
        ? t("room.saving")
        : everSaved
          ? t("room.saved")
          : "";
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 pb-3">
        <h1 className="text-xl font-bold">{title}</h1>
        <Countdown
          deadline={room.deadline}
          serverNow={room.serverNow}
          onExpire={() =>
            startSubmit(async () => {
              await submitExamAction({ attemptId: room.attemptId });
              finish();
            })
          }
          t={t}
        />
      </header>
      <p
        id="exam-save-status"
        aria-live="polite"
        className={`text-xs ${saveError ? "text-red-700" : "text-slate-500"}`}
      >
        {status}
      </p>
      {reviewing || !item ? (
        <div className="space-y-6">
          <ReviewScreen
            cells={cells}
            t={t}
            submitting={submitting || ended}
            onGo={go}
            onBack={() => go(index)}
            onSubmit={submit}
          />
          <div className="border-t border-slate-200 pt-4">
            {discarding ? (
              <div
                role="group"
                aria-label={t("room.discard")}
                className="space-y-2 rounded-md border border-red-200 bg-red-50 p-3"
              >
                <p className="text-sm text-red-900">{t("room.discardConfirm")}</p>
                <div className="flex gap-2">
                  <button
                    type="button"
                    disabled={submitting || ended}
                    onClick={discard}
                    className="rounded-md bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-800 disabled:opacity-50"
                  >
                    {t("room.discardYes")}
                  </button>
                  <button
                    type="button"
                    autoFocus
                    onClick={() => setDiscarding(false)}
                    className="rounded-md border border-slate-300 px-3 py-1.5 text-sm"
                  >
                    {t("room.discardNo")}
                  </button>
                </div>
              </div>
            ) : (
              <button
                type="button"
                disabled={submitting || ended}
                onClick={() => setDiscarding(true)}
                className="rounded-md border border-red-300 px-3 py-1.5 text-sm text-red-800 hover:bg-red-50 disabled:opacity-50"
              >
                {t("room.discard")}
              </button>
            )}
          </div>
        </div>
      ) : (
        <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
          <div className="space-y-5 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
            <QuestionPanel
              key={item.questionId}
              item={item}
              selected={work[index]?.selected ?? []}
              number={index + 1}
              total={room.items.length}
              t={t}
              disabled={ended}
              onChange={(selected) => update(index, { selected })}
            />
            <div className="flex flex-wrap items-center gap-3 border-t border-slate-100 pt-4">
              <button
                type="button"
                onClick={() => go(index - 1)}
                disabled={index === 0}
                className="rounded-md border border-slate-300 px-3 py-1.5 hover:bg-slate-50 disabled:opacity-40"
              >
                {t("room.previous")}
              </button>
              <button
                type="button"
                aria-pressed={work[index]?.flagged ?? false}
                onClick={() => update(index, { flagged: !(work[index]?.flagged ?? false) })}
                className={`rounded-md border px-3 py-1.5 ${work[index]?.flagged ? "border-amber-500 bg-amber-50 text-amber-900" : "border-slate-300 hover:bg-slate-50"}`}
              >
                {work[index]?.flagged ? t("room.unflag") : t("room.flag")}
              </button>
              {index < room.items.length - 1 ? (
                <button
                  type="button"
                  onClick={() => go(index + 1)}
                  className="rounded-md bg-sky-700 px-3 py-1.5 font-medium text-white hover:bg-sky-800"
                >
                  {t("room.next")}
                </button>
              ) : null}
              <button
                type="button"
                onClick={openReview}
                className="ml-auto rounded-md border border-sky-700 px-3 py-1.5 font-medium text-sky-800 hover:bg-sky-50"
              >
                {t("room.review")}
              </button>
            </div>
          </div>
          <aside className="space-y-2">
            <NavigatorGrid cells={cells} current={index} onGo={go} t={t} label={t("room.navigator")} />
          </aside>
        </div>
      )}
    </div>
  );
}
