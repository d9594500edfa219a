"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormField } from "@/components/ui/form-field";
import type { Language } from "@/lib/content";
import type { StudyMessages } from "@/lib/i18n/study-messages";
import { translateWith } from "@/lib/i18n/translate";
import { intervalRatioForDecay, RETENTION_MAX, RETENTION_MIN } from "@/lib/srs/retention-range";
import type { StudySettings, StudySettingsField } from "@/lib/srs";
import { saveSettings } from "./actions";

// Listed here rather than read from the schema, which would bring zod into this page's JavaScript.
const STUDY_SETTINGS_FIELDS: readonly StudySettingsField[] = [
  "dailyNewLimit",
  "dailyQuizSize",
  "desiredRetention",
  "timeZone",
  "locale",
  "examAccommodation",
];

type Draft = Record<Exclude<StudySettingsField, "examAccommodation" | "locale">, string> &
  Pick<StudySettings, "examAccommodation" | "locale">;

/**
 * The study settings. The server checks them with the shared schema and names every invalid field, shown here with a
 * message in the interface language; the form ships no validation library. `decay` is FSRS's forgetting-curve decay,
 * computed on the server, for the interval preview. `savedIn` is the confirmation in each language: it is shown in
 * the language just saved.
 */
export function SettingsForm({
  initial,
  timeZones,
  messages,
  savedIn,
  decay,
}: {
  initial: StudySettings;
  timeZones: readonly string[];
  messages: StudyMessages<"settings">;
  savedIn: Record<Language, string>;
  decay: number;
}) {
  const t = translateWith(messages);
  const router = useRouter();
  const [draft, setDraft] = useState<Draft>({
    dailyNewLimit: String(initial.dailyNewLimit),
    dailyQuizSize: String(initial.dailyQuizSize),
    desiredRetention: String(initial.desiredRetention),
    timeZone: initial.timeZone,
    locale: initial.locale,
    examAccommodation: initial.examAccommodation,
  });
  const [errors, setErrors] = useState<Partial<Record<StudySettingsField, string>>>({});
  const [status, setStatus] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const retention = Number(draft.desiredRetention);
  const retentionValid = Number.isFinite(retention) && retention >= RETENTION_MIN && retention <= RETENTION_MAX;

  function submit(event: React.FormEvent) {
    event.preventDefault();
    setStatus(null);
    startTransition(async () => {
      const result = await saveSettings(draft);
      if (result.ok) {
        setErrors({});
        setStatus(savedIn[draft.locale]);
        router.refresh();
      } else {
        const fields = STUDY_SETTINGS_FIELDS.filter((name) => result.fields?.[name] !== undefined);
        if (fields.length > 0) setErrors(Object.fromEntries(fields.map((name) => [name, t(`settings.error.${name}`)])));
        else setStatus(result.message);
      }
    });
  }

  const field = (name: "dailyNewLimit" | "dailyQuizSize" | "desiredRetention") => ({
    id: name,
    name,
    value: draft[name],
    error: errors[name],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => setDraft({ ...draft, [name]: e.target.value }),
  });

  return (
    <form onSubmit={submit} noValidate className="max-w-xl space-y-5">
      <FormField
        label={t("settings.newLimit")}
        hint={t("settings.newLimitHint")}
        type="number"
        inputMode="numeric"
        min={0}
        max={500}
        step={1}
        {...field("dailyNewLimit")}
      />
      <FormField
        label={t("settings.quizSize")}
        hint={t("settings.quizSizeHint")}
        type="number"
        inputMode="numeric"
        min={1}
        max={50}
        step={1}
        {...field("dailyQuizSize")}
      />
      <div className="space-y-1">
        <FormField
          label={t("settings.retention")}
          hint={t("settings.retentionHint")}
          type="number"
          inputMode="decimal"
          min={RETENTION_MIN}
          max={RETENTION_MAX}
          step={0.01}
          {...field("desiredRetention")}
        />
        {retentionValid ? (
          <p className="text-xs text-slate-600" aria-live="polite">
            {t("settings.retentionRatio", {
              r: retention.toFixed(2),
              pct: Math.round(intervalRatioForDecay(decay, retention, 0.9) * 100),
            })}
          </p>
        ) : null}
      </div>
      <FormField
        label={t("settings.timeZone")}
        hint={t("settings.timeZoneHint")}
        list="time-zones"
        autoComplete="off"
        id="timeZone"
        name="timeZone"
        value={draft.timeZone}
        error={errors.timeZone}
        onChange={(e) => setDraft({ ...draft, timeZone: e.target.value })}
      />
      <datalist id="time-zones">
        {timeZones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <div className="space-y-1">
        <label htmlFor="locale" className="block text-sm font-medium">
          {t("settings.language")}
        </label>
        <select
          id="locale"
          value={draft.locale}
          onChange={(e) => setDraft({ ...draft, locale: e.target.value === "en" ? "en" : "ko" })}
          className="rounded-md border border-slate-300 px-3 py-2"
        >
          <option value="ko">한국어</option>
          <option value="en">English</option>
        </select>
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={draft.examAccommodation}
          onChange={(e) => setDraft({ ...draft, examAccommodation: e.target.checked })}
        />
        {t("settings.accommodation")}
      </label>
      <div className="flex items-center gap-3">
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800 disabled:opacity-50"
        >
          {t("settings.save")}
        </button>
        <p role="status" aria-live="polite" className="text-sm text-emerald-700">
          {status}
        </p>
      </div>
    </form>
  );
}
