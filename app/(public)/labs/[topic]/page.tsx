import Link from "next/link";
import { notFound } from "next/navigation";
import { LabBench } from "@/components/sim/lab-bench";
import { SIM_NAMES, type SimName } from "@/lib/sim";
import { isTopicId, TOPICS } from "@/lib/content";
import { simMessages, simTranslator } from "@/lib/i18n/sim-messages";
import { SIM_EXAMPLES } from "@/lib/sim/examples";
import { getLanguage } from "@/lib/server/language";

function topicOf(id: string) {
  return isTopicId(id) ? TOPICS.find((topic) => topic.id === id) : undefined;
}

export async function generateMetadata({ params }: { params: Promise<{ topic: string }> }) {
  const [{ topic }, language] = await Promise.all([params, getLanguage()]);
  const info = topicOf(topic);
  const t = simTranslator(language);
  return { title: info ? t("labs.topicHeading", { topic: info.name[language] }) : t("labs.title") };
}

/** A topic's simulators with their example scenarios. Public: the simulators run in the browser and store nothing. */
export default async function TopicLabsPage({ params }: { params: Promise<{ topic: string }> }) {
  const [{ topic }, language] = await Promise.all([params, getLanguage()]);
  const info = topicOf(topic);
  if (!info) notFound();
  const t = simTranslator(language);
  const sims = info.sims.filter((sim): sim is SimName => (SIM_NAMES as readonly string[]).includes(sim));
  if (sims.length === 0) notFound();
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <Link href="/labs" className="text-sm text-sky-700 hover:underline">
          ← {t("labs.back")}
        </Link>
        <h1 className="text-2xl font-bold">{t("labs.topicHeading", { topic: info.name[language] })}</h1>
        <p className="max-w-2xl text-slate-700">{t("labs.lead")}</p>
      </header>
      {sims.map((sim) => (
        <section
          key={sim}
          aria-labelledby={`lab-${sim}`}
          className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
        >
          <h2 id={`lab-${sim}`} className="text-xl font-semibold">
            {t(`sim.${sim}`)}
          </h2>
          <LabBench sim={sim} examples={SIM_EXAMPLES[sim]} language={language} messages={simMessages(language)} />
        </section>
      ))}
    </div>
  );
}
