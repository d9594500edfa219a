import type { Evaluation } from "./evaluate";
import { IGNORE_REASONS, type S3Scenario, type S3TraceStep } from "./types";

/**
 * The evaluation step by step, in the contract's order: explicit Denies; the root user's bucket-policy access; the
 * grants set aside, one step per reason; the user context (an IAM principal's own account) and the owner context (the
 * resource owner's grants); a rejection of the authorized request.
 */
export function buildTrace(scenario: S3Scenario, evaluation: Evaluation): S3TraceStep[] {
  const { answer } = evaluation;
  const denied = evaluation.denies.length > 0;
  const trace: S3TraceStep[] = [{ step: "explicit-deny", outcome: denied ? "fail" : "pass", refs: evaluation.denies }];
  if (evaluation.rootPolicyAccess) {
    trace.push({ step: "root-policy-access", outcome: "pass", refs: [] });
  } else {
    for (const reason of IGNORE_REASONS) {
      const refs = evaluation.ignored.filter((entry) => entry.reason === reason).map((entry) => entry.ref);
      if (refs.length > 0) trace.push({ step: "ignored", outcome: "skipped", refs, detail: reason });
    }
    const { caller } = scenario;
    if (answer.rootOfResourceAccount) {
      trace.push({ step: "user-context", outcome: "pass", refs: [], detail: "root" });
    } else if (caller.type === "principal" && caller.kind !== "root") {
      const detail = answer.userContext ? (answer.identityAllows ? "identity" : "grant") : (answer.gap ?? "identity");
      trace.push({
        step: "user-context",
        outcome: answer.userContext ? "pass" : "fail",
        refs: [...evaluation.identityRefs, ...answer.userGrants],
        detail,
      });
    }
    if (!answer.rootOfResourceAccount) {
      trace.push({
        step: "owner-context",
        outcome: answer.ownerContext ? "pass" : "fail",
        refs: evaluation.crossAccount ? evaluation.grants : [],
        detail: evaluation.crossAccount ? "grant" : "same-account",
      });
    }
  }
  if (evaluation.rejection !== null) {
    trace.push({ step: "rejection", outcome: "fail", refs: [], detail: evaluation.rejection.rejectedBy });
  }
  return denied ? trace.slice(0, 1).concat(trace.slice(1).filter((step) => step.step === "ignored")) : trace;
}
