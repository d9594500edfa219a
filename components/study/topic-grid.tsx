import Link from "next/link";
import type { Language, Localized } from "@/lib/i18n/localized";

export interface TopicCard {
  id: string;
  name: Localized;
  summary: Localized;
  questionCount: number;
  flashcardCount: number;
  hasLab: boolean;
}

/** The topics as cards: what each covers, how much the bank holds, and links to practise it and to its Lab. */
export function TopicGrid({
  topics,
  language,
  texts,
}: {
  topics: readonly TopicCard[];
  language: Language;
  texts: { counts: (topic: TopicCard) => string; practice: string; lab: string };
}) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {topics.map((topic) => (
        <li key={topic.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <h3 className="font-semibold">{topic.name[language]}</h3>
          <p className="mt-1 text-sm text-slate-600">{topic.summary[language]}</p>
          <p className="mt-2 text-xs text-slate-500">{texts.counts(topic)}</p>
          <Link
            href={`/practice/${topic.id}`}
            className="mt-3 inline-block text-sm font-medium text-sky-700 hover:underline"
          >
            {texts.practice} <span className="sr-only">{topic.name[language]}</span> →
          </Link>
          {topic.hasLab ? (
            <Link
              href={`/labs/${topic.id}`}
              className="ml-4 mt-3 inline-block text-sm font-medium text-sky-700 hover:underline"
            >
              {texts.lab} <span className="sr-only">{topic.name[language]}</span> →
            </Link>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
