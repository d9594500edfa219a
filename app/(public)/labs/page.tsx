import Link from "next/link";
import { SIM_NAMES, type SimName } from "@/lib/sim";
import { TOPICS } from "@/lib/content";
import { simTranslator } from "@/lib/i18n/sim-messages";
import { SIM_EXAMPLES } from "@/lib/sim/examples";
import { getLanguage } from "@/lib/server/language";

export async function generateMetadata() {
  return { title: simTranslator(await getLanguage())("labs.title") };
}

/** Each simulator once, under the first topic that pairs with it; topics without a simulator of their own have no lab. */
function labTopics() {
  const shown = new Set<SimName>();
  return TOPICS.flatMap((topic) => {
    const sims = topic.sims.filter(
      (sim): sim is SimName => (SIM_NAMES as readonly string[]).includes(sim) && !shown.has(sim as SimName),
    );
    sims.forEach((sim) => shown.add(sim));
    return sims.length > 0 ? [{ topic, sims }] : [];
  });
}

/** The topics' simulators, each a public lab: no sign-in, nothing stored. */
export default async function LabsPage() {
  const language = await getLanguage();
  const t = simTranslator(language);
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{t("labs.heading")}</h1>
        <p className="max-w-2xl text-slate-700">{t("labs.lead")}</p>
      </header>
      <ul className="grid gap-4 sm:grid-cols-2">
        {labTopics().map(({ topic, sims }) => {
          const count = sims.reduce((n, sim) => n + SIM_EXAMPLES[sim].length, 0);
          return (
            <li key={topic.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <h2 className="font-semibold">{topic.name[language]}</h2>
              <ul className="mt-1 list-disc pl-5 text-sm text-slate-600">
                {sims.map((sim) => (
                  <li key={sim}>{t(`sim.${sim}`)}</li>
                ))}
              </ul>
              <p className="mt-2 text-xs text-slate-500">{t("labs.examples", { n: count })}</p>
              <Link
                href={`/labs/${topic.id}`}
                className="mt-3 inline-block text-sm font-medium text-sky-700 hover:underline"
              >
                {t("labs.open")}: {topic.name[language]} →
              </Link>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
