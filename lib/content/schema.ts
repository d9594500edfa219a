import { z } from "zod";
import { EXAM_IDS, isDomainOf, isTaskOf, type ExamId } from "./exams";
import { LocalizedSchema } from "@/lib/i18n/localized";
import { SIM_NAMES } from "@/lib/sim/names";

/** Stable ids: lower-case words joined by hyphens. They key database rows, so never rename a published id. */
export const ItemIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lower-case words joined by hyphens")
  .min(3)
  .max(80);

/** A page learners may open next to an explanation: a title and an https link, in practice AWS documentation. */
export const SourceSchema = z.strictObject(
  {
    title: z.string().trim().min(3),
    url: z.url({ protocol: /^https$/, error: "must be an https URL" }),
  },
  {
    error: (issue) =>
      issue.code === "unrecognized_keys" ? "a source is only {title, url}; study notes go in `provenance`" : undefined,
  },
);
export type Source = z.infer<typeof SourceSchema>;

/**
 * Sources as a database row stores them, for display: anything but {title, https url} is dropped, because rows written
 * before issue #12 may still hold study-note entries, and learners never see those.
 */
export function displayedSources(stored: unknown): Source[] {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((entry) => {
    const parsed = SourceSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

/** AWS's own pages: every item must cite at least one, so a learner can check the fact at its origin. */
export function isAwsPage(url: string): boolean {
  return /(^|\.)aws\.amazon\.com$/.test(new URL(url).hostname);
}

const SourcesSchema = z
  .array(SourceSchema)
  .min(1, "at least one source is required")
  .refine((sources) => sources.some((source) => isAwsPage(source.url)), {
    message: "at least one source must be an AWS page (aws.amazon.com)",
  });

/**
 * Where an item came from, for maintainers only: the study note in shared/seeds/ it was written from. Never sent to
 * learners: the database does not store it and no view carries it.
 */
export const ProvenanceSchema = z
  .object({
    seed: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, "must name a file in shared/seeds/"),
    note: z.string().trim().min(1).optional(),
  })
  .strict();
export type Provenance = z.infer<typeof ProvenanceSchema>;

/**
 * Kinds of fact that AWS changes over time. `price`: prices and what is billed; `limit`: fixed sizes and maxima;
 * `quota`: adjustable service quotas; `date`: launch or deprecation dates and "as of"; `exam-guide`: what an exam guide
 * lists (support plans, in-scope services); `default`: console or API defaults; `feature`: what a service supports or
 * who may do something, where AWS has been widening it.
 */
export const TIME_SENSITIVE_KINDS = ["price", "limit", "quota", "date", "exam-guide", "default", "feature"] as const;
export type TimeSensitiveKind = (typeof TIME_SENSITIVE_KINDS)[number];

/**
 * Freshness fields shared by questions and flashcards. `checkedAt` is the day the item's facts were last checked
 * against its sources; `timeSensitive` names the kinds of changing fact it teaches (see {@link freshnessIssues}).
 */
const freshnessFields = {
  checkedAt: z.iso.date({ error: "must be a date written YYYY-MM-DD" }),
  timeSensitive: z
    .array(z.enum(TIME_SENSITIVE_KINDS))
    .min(1, "leave timeSensitive out when nothing in the item changes over time")
    .refine((kinds) => new Set(kinds).size === kinds.length, { message: "a kind is listed twice" })
    .optional(),
  provenance: z.array(ProvenanceSchema).min(1).optional(),
};

/** A dotted path into a simulation's input or result: `verdict`, `state.volumes.0.az`. */
const PathSchema = z.string().regex(/^[A-Za-z0-9_:-]+(?:\.[A-Za-z0-9_:-]+)*$/, "must be a dotted path");
const JsonValueSchema = z.json();

/** One edit to a scenario input, used by "fix" scenarios: set a value, append to a list, or remove an entry. */
export const ScenarioChangeSchema = z.union([
  z.object({ set: PathSchema, value: JsonValueSchema }).strict(),
  z.object({ push: PathSchema, value: JsonValueSchema }).strict(),
  z.object({ remove: PathSchema }).strict(),
]);
export type ScenarioChange = z.infer<typeof ScenarioChangeSchema>;

const ClaimSchema = z.object({ path: PathSchema, equals: JsonValueSchema }).strict();

/**
 * A simulation scenario that decides a question's key.
 * - `outcome`: the simulator runs once on `input`; each choice claims a value in the result; the key is the set of
 *   choices whose claim holds.
 * - `fix`: each choice is a list of changes to `input`; the key is the set of choices after which the result at
 *   `path` equals `equals`.
 * Every choice must appear in the map, so the simulator determines the whole key.
 */
export const ScenarioSchema = z
  .object({
    sim: z.enum(SIM_NAMES),
    input: z.record(z.string(), JsonValueSchema),
    outcome: z.record(z.string(), ClaimSchema).optional(),
    fix: z
      .object({
        path: PathSchema,
        equals: JsonValueSchema,
        changes: z.record(z.string(), z.array(ScenarioChangeSchema)),
      })
      .strict()
      .optional(),
  })
  .strict()
  .refine((s) => (s.outcome === undefined) !== (s.fix === undefined), {
    message: "a scenario needs exactly one of `outcome` or `fix`",
  });
export type Scenario = z.infer<typeof ScenarioSchema>;

export const ChoiceSchema = z
  .object({
    id: z.string().regex(/^[a-h]$/, "must be a single letter a–h"),
    correct: z.boolean().default(false),
    text: LocalizedSchema,
    explanation: LocalizedSchema,
  })
  .strict();

/** Where an item sits in an exam guide: the domain and, as the guide numbers it, the task statement ("2.3"). */
const ExamTagSchema = z
  .object({
    exam: z.enum(EXAM_IDS as [ExamId, ...ExamId[]]),
    domain: z.string(),
    task: z
      .string({
        error: (issue) =>
          issue.input === undefined
            ? "a task statement number such as 2.3 is required (see lib/content/exams.ts)"
            : undefined,
      })
      .regex(/^[1-9]\.[1-9]$/, "must be a task statement number such as 2.3"),
  })
  .strict()
  .refine((tag) => isDomainOf(tag.exam, tag.domain), {
    message: "domain is not in that exam's blueprint (see lib/content/exams.ts)",
    path: ["domain"],
  })
  .refine((tag) => isTaskOf(tag.exam, tag.domain, tag.task), {
    message: "task is not a task statement of that domain in the exam guide (see lib/content/exams.ts)",
    path: ["task"],
  });

export const QuestionSchema = z
  .object({
    id: ItemIdSchema,
    type: z.enum(["single", "multiple"]),
    /** For multiple response: how many choices to pick; the stem must say so. */
    select: z.number().int().min(2).optional(),
    difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    exams: z.array(ExamTagSchema).min(1),
    stem: LocalizedSchema,
    choices: z.array(ChoiceSchema).min(4).max(8),
    sources: SourcesSchema,
    ...freshnessFields,
    scenario: ScenarioSchema.optional(),
    /**
     * Show the choices in their stored order every time (numeric ranges, "both of the above"). Otherwise every
     * presentation shuffles them, so that a score measures the learner and not the position of the key.
     */
    keepChoiceOrder: z.boolean().optional(),
    tags: z.array(z.string().min(1)).default([]),
  })
  .strict()
  .superRefine((q, ctx) => {
    const correct = q.choices.filter((c) => c.correct).length;
    q.choices.forEach((choice, index) => {
      const expected = String.fromCharCode(97 + index);
      if (choice.id !== expected) {
        ctx.addIssue({
          code: "custom",
          path: ["choices", index, "id"],
          message: `expected "${expected}": ids run a, b, c… in order`,
        });
      }
    });
    if (q.type === "single") {
      if (correct !== 1)
        ctx.addIssue({
          code: "custom",
          path: ["choices"],
          message: `single response needs exactly 1 correct choice, found ${correct}`,
        });
      if (q.select !== undefined)
        ctx.addIssue({ code: "custom", path: ["select"], message: "only multiple-response questions take `select`" });
    } else {
      if (q.select === undefined)
        ctx.addIssue({
          code: "custom",
          path: ["select"],
          message: "multiple response needs `select` (how many to pick)",
        });
      else if (correct !== q.select)
        ctx.addIssue({
          code: "custom",
          path: ["choices"],
          message: `select is ${q.select} but ${correct} choices are correct`,
        });
      if (q.choices.length < 5)
        ctx.addIssue({ code: "custom", path: ["choices"], message: "multiple response needs at least 5 choices" });
    }
    const exams = q.exams.map((t) => t.exam);
    if (new Set(exams).size !== exams.length)
      ctx.addIssue({ code: "custom", path: ["exams"], message: "an exam is tagged twice" });
    if (q.scenario) {
      const ids = q.choices
        .map((c) => c.id)
        .sort()
        .join(",");
      const mapped = Object.keys(q.scenario.outcome ?? q.scenario.fix?.changes ?? {})
        .sort()
        .join(",");
      if (ids !== mapped) {
        ctx.addIssue({
          code: "custom",
          path: ["scenario"],
          message: `the scenario must map every choice (${ids}), it maps (${mapped})`,
        });
      }
    }
  });
export type Question = z.infer<typeof QuestionSchema>;

export const FlashcardSchema = z
  .object({
    id: ItemIdSchema,
    front: LocalizedSchema,
    back: LocalizedSchema,
    /** One line on why the answer holds. */
    why: LocalizedSchema,
    sources: SourcesSchema,
    ...freshnessFields,
    tags: z.array(z.string().min(1)).default([]),
  })
  .strict();
export type Flashcard = z.infer<typeof FlashcardSchema>;

/** One YAML file under `content/<topic>/`: any number of questions and flashcards of that topic. */
export const ContentFileSchema = z
  .object({
    questions: z.array(z.unknown()).default([]),
    flashcards: z.array(z.unknown()).default([]),
  })
  .strict();
