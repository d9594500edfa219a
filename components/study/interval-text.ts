import type { StudyTranslate } from "@/lib/i18n/study-messages";
import { describeInterval } from "@/lib/srs/format-interval";

/** "10m", "3d", "1.5mo" in the interface language. */
export function intervalText(t: StudyTranslate<"interval">, ms: number): string {
  const { value, unit } = describeInterval(ms);
  return t(`interval.${unit}`, { n: value });
}
