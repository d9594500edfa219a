"use client";

import { useEffect, useRef, useState } from "react";
import type { ExamRoomTranslate } from "@/lib/i18n/exam-messages";

const WARN_AT_MINUTES = [10, 5, 1];

/** "1:05:09" or "4:07": hours only when needed. Negative durations show as 0:00. */
function formatClock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = h > 0 ? String(m).padStart(2, "0") : String(m);
  return `${h > 0 ? `${h}:` : ""}${mm}:${String(s).padStart(2, "0")}`;
}

/**
 * Shows the time left until the server's deadline. The page's clock only displays it: the offset between the
 * server's and the browser's clocks is measured once from `serverNow`, and the deadline itself never leaves the
 * server's hands (late answers are refused there). Calls `onExpire` once when the time is up, including after a
 * sleeping laptop wakes up past the deadline.
 */
export function Countdown({
  deadline,
  serverNow,
  onExpire,
  t,
}: {
  deadline: string;
  serverNow: string;
  onExpire: () => void;
  t: ExamRoomTranslate;
}) {
  const deadlineMs = Date.parse(deadline);
  // The first render uses the server's clock only, so the server's HTML and the browser's first render agree.
  const [left, setLeft] = useState(deadlineMs - Date.parse(serverNow));
  const [warning, setWarning] = useState<string | null>(null);
  const expired = useRef(false);
  // Kept in refs so that a parent's re-render neither restarts the clock nor repeats a warning.
  const onExpireRef = useRef(onExpire);
  const tRef = useRef(t);
  useEffect(() => {
    onExpireRef.current = onExpire;
    tRef.current = t;
  });

  useEffect(() => {
    const offset = Date.parse(serverNow) - Date.now();
    const warned = new Set<number>();
    const tick = () => {
      const remaining = deadlineMs - (Date.now() + offset);
      setLeft(remaining);
      for (const minutes of WARN_AT_MINUTES) {
        if (remaining <= minutes * 60_000 && remaining > (minutes - 1) * 60_000 && !warned.has(minutes)) {
          warned.add(minutes);
          setWarning(tRef.current("room.timeWarning", { minutes }));
        }
      }
      if (remaining <= 0 && !expired.current) {
        expired.current = true;
        onExpireRef.current();
      }
    };
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [deadlineMs, serverNow]);

  const urgent = left <= 5 * 60_000;
  return (
    <div className="flex items-center gap-2">
      <span className="text-sm text-slate-600">{t("room.timeLeft")}</span>
      <span
        role="timer"
        aria-live="off"
        aria-label={t("room.timeLeftValue", { time: formatClock(left) })}
        className={`font-mono text-lg font-semibold tabular-nums ${urgent ? "text-red-700" : "text-slate-900"}`}
      >
        {formatClock(left)}
      </span>
      <span aria-live="assertive" className="sr-only">
        {warning}
      </span>
    </div>
  );
}
