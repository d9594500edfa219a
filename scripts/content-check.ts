/**
 * `npm run content:check [-- --json]`: validates every content file, verifies scenario keys with the simulators and
 * lints the bank, including that no public Lab example gives a question's scenario away. Exits 1 on any problem,
 * naming file, item id and field. `--drafts` includes the banks still being written (DRAFT_TOPIC_IDS). A checkedAt in
 * the future fails; time-sensitive items checked more than a year ago are reported as warnings, which do not fail.
 * Every task statement of both exam guides must hold at least BANK_MINIMUMS.questionsPerTask questions across the bank
 * (issue #16): a statement that falls short fails, named with its count.
 */
import path from "node:path";
import {
  BANK_MINIMUMS,
  EXAMS,
  formatIssue,
  freshnessIssues,
  latestDayOnEarth,
  lintBank,
  questionsPerTask,
  STALE_AFTER_MONTHS,
  summarizeBank,
  taskCoverageIssues,
  topicsOf,
  type TopicQuestion,
} from "../lib/content";
import { readContentDir } from "../lib/content-dir";
import { availableSimulators } from "../lib/sim";
import { SIM_EXAMPLES } from "../lib/sim/examples";

const json = process.argv.includes("--json");
const drafts = process.argv.includes("--drafts");
const bank = await readContentDir(path.resolve(import.meta.dirname, ".."), { drafts });
const freshness = freshnessIssues(bank, latestDayOnEarth(new Date()));
const shortTasks = taskCoverageIssues(bank);
const issues = [
  ...bank.issues,
  ...lintBank(bank, new Set(availableSimulators()), Object.values(SIM_EXAMPLES).flat()),
  ...freshness.errors,
  ...shortTasks,
];
const summary = summarizeBank(bank);

function countBy<T>(items: readonly T[], keyOf: (item: T) => string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) for (const key of keyOf(item)) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

function table(title: string, counts: Map<string, number>, order?: readonly string[]) {
  const keys = order ?? [...counts.keys()].sort();
  console.log(`\n${title}`);
  for (const key of keys) console.log(`  ${key.padEnd(34)} ${String(counts.get(key) ?? 0).padStart(5)}`);
}

for (const issue of issues) console.error(formatIssue(issue));
for (const warning of freshness.warnings) console.error(`warning: ${formatIssue(warning)}`);
if (json) {
  console.log(JSON.stringify(summary));
} else {
  const qs: TopicQuestion[] = bank.questions;
  console.log("topic                   questions  multiple  scenario  flashcards");
  for (const topic of topicsOf(bank)) {
    const mine = qs.filter((q) => q.topic === topic);
    console.log(
      `${topic.padEnd(22)} ${String(mine.length).padStart(9)} ${String(mine.filter((q) => q.type === "multiple").length).padStart(9)} ${String(summary.scenarioBacked[topic]).padStart(9)} ${String(summary.flashcards[topic]).padStart(11)}`,
    );
  }
  table(
    "questions per exam",
    countBy(qs, (q) => q.exams.map((t) => t.exam)),
    Object.keys(EXAMS),
  );
  table(
    "questions per exam domain",
    countBy(qs, (q) => q.exams.map((t) => `${t.exam} ${t.domain}`)),
  );
  const perTask = questionsPerTask(bank);
  table("questions per exam task statement", perTask, [...perTask.keys()]);
  table(
    "questions per difficulty",
    countBy(qs, (q) => [`difficulty ${q.difficulty}`]),
  );
  table(
    "questions per type",
    countBy(qs, (q) => [q.type]),
  );
  const timeSensitive = [...bank.questions, ...bank.flashcards].filter((item) => item.timeSensitive);
  table(
    "time-sensitive items per kind",
    countBy(timeSensitive, (item) => item.timeSensitive ?? []),
  );
  console.log(
    `\nfreshness: ${timeSensitive.length} time-sensitive item(s); ${freshness.warnings.length} checked over ${STALE_AFTER_MONTHS} months ago (warnings, not failures)`,
  );
  console.log(
    `\ntask statements: ${shortTasks.length} of ${perTask.size} hold fewer than ${BANK_MINIMUMS.questionsPerTask} questions`,
  );
  console.log(`\nlanguages: ${summary.languages.join(", ")} (every item has every language: the schema requires it)`);
  console.log(issues.length > 0 ? `\ncontent:check: ${issues.length} problem(s)` : "\ncontent:check: no problems");
}
process.exitCode = issues.length > 0 ? 1 : 0;
