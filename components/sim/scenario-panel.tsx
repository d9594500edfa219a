"use client";

import type { Language } from "@/lib/i18n/localized";
import type { Scenario } from "@/lib/content/schema";
import type { SimMessages } from "@/lib/i18n/sim-messages";
import { translateWith } from "@/lib/i18n/translate";
import { SimPanel } from "./sim-panel";

/**
 * A question's scenario after it has been answered: the simulator that decided the key, opened on the question's
 * input, with the choices' claims or fixes beside it.
 */
export function ScenarioPanel({
  scenario,
  language,
  messages,
  choices,
}: {
  scenario: Scenario;
  language: Language;
  messages: SimMessages;
  choices?: readonly { label: string; text: string }[];
}) {
  const t = translateWith(messages);
  return (
    <section aria-labelledby="scenario-panel-heading" className="space-y-3 border-t border-slate-200 pt-4">
      <h3 id="scenario-panel-heading" className="text-lg font-semibold">
        {t("panel.heading")} · {t(`sim.${scenario.sim}`)}
      </h3>
      <p className="text-sm text-slate-600">{t("panel.intro")}</p>
      <SimPanel
        sim={scenario.sim}
        input={scenario.input}
        fix={scenario.fix}
        claims={scenario.outcome}
        choices={choices}
        language={language}
        messages={messages}
      />
    </section>
  );
}
