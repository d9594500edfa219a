import type { InputProblem } from "../input-issue";
import { explainAnswer, explainBatchError } from "./explain";
import { distributionOf, resolveQuestion } from "./resolve";
import type { Route53Result, Route53Scenario } from "./types";
import { validateBatch } from "./validate-batch";

export type Route53Outcome = { ok: true; result: Route53Result } | ({ ok: false } & InputProblem);

/**
 * Validates the change batch, then answers the question. A rejected batch is a normal result
 * (`{error, reason, atRecord}`); a latency or geoproximity Region the question gives no figure for is an input error,
 * found only when the question reaches that group (SIM_CONTRACT.md, route53).
 */
export function runScenario(scenario: Route53Scenario): Route53Outcome {
  const failure = validateBatch(scenario);
  if (failure !== null) {
    const { error, reason, atRecord } = failure;
    return { ok: true, result: { error, reason, atRecord, explanation: explainBatchError(failure, scenario) } };
  }
  const resolution = resolveQuestion(scenario);
  if (!resolution.ok) return { ok: false, ...resolution.problem };
  const { rcode, group, outcome } = resolution;
  const { answers, ttl, decidedBy, healthFallback, steps } = outcome.chosen;
  const distribution = distributionOf(outcome.dist);
  const answered = answers.length > 0;
  return {
    ok: true,
    result: {
      rcode,
      answerType: answered && group ? group.type : null,
      answers,
      answerCount: answers.length,
      ttl: answered ? ttl : null,
      distribution,
      decidedBy: answered ? decidedBy : [],
      healthFallback,
      routing: group?.routing ?? null,
      trace: steps,
      explanation: explainAnswer({
        rcode,
        question: `${scenario.question.written} ${scenario.question.type}`,
        group: group ? { key: group.key, routing: group.routing, cname: group.type === "CNAME" } : null,
        answers,
        decidedBy,
        healthFallback,
        weightedOdds: distribution !== null,
        reasons: steps.map((step) => step.explanation),
      }),
    },
  };
}
