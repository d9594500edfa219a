import type { Language } from "@/lib/i18n/localized";
import type { SimMessages } from "@/lib/i18n/sim-messages";
import type { JsonObject } from "./model/json-value";
import type { ScenarioClaims, ScenarioFix } from "./model/scenario-review";

/** What every simulator panel takes: the starting input and, for a question's scenario, its fix or claims. */
export interface SimPanelProps {
  language: Language;
  /** The simulation texts in `language`, picked on the server (`simMessages`). */
  messages: SimMessages;
  input: JsonObject;
  fix?: ScenarioFix;
  claims?: ScenarioClaims;
  /** The question's choice texts by label, shown beside each choice's trial or claim. */
  choices?: readonly { label: string; text: string }[];
}

/** A purpose-built form for one simulator's input. It must tolerate any object: the JSON editor can produce one. */
export interface SimFormProps {
  value: JsonObject;
  onChange: (next: JsonObject) => void;
  messages: SimMessages;
}
