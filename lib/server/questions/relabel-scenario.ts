import "server-only";
import type { Scenario } from "@/lib/content";
import { shownLetter, type ChoiceOrder } from "@/lib/quiz";

/** A scenario whose per-choice claims or changes are keyed by the letters of one presentation, as the learner saw them. */
export function relabelScenario(scenario: Scenario, presentation: ChoiceOrder): Scenario {
  const rename = <T>(byLabel: Record<string, T>): Record<string, T> =>
    Object.fromEntries(Object.entries(byLabel).map(([label, value]) => [shownLetter(presentation, label), value]));
  if (scenario.outcome) return { ...scenario, outcome: rename(scenario.outcome) };
  if (scenario.fix) return { ...scenario, fix: { ...scenario.fix, changes: rename(scenario.fix.changes) } };
  return scenario;
}
