import type { IamNote, IamStatementRef, IamStepResult, IamTraceStep } from "./types";

/** The matching statements of each layer, and which layers take part. */
export interface LayerMatches {
  denies: IamStatementRef[];
  scpLevels: { index: number; allows: IamStatementRef[] }[];
  identity: IamStatementRef[];
  /** Every matching resource-policy Allow; null when no resource policy takes part. */
  resource: IamStatementRef[] | null;
  /** Null when there is no boundary / session policy. */
  boundary: IamStatementRef[] | null;
  session: IamStatementRef[] | null;
  isRoot: boolean;
  /** Same-account grants to the caller's own ARN or to `"*"`, which no boundary or session policy limits. */
  unlimited: IamStatementRef[];
}

/** Each layer's notes go to that layer's step (an SCP's to its own level). */
function attachNotes(trace: IamTraceStep[], notes: readonly IamNote[]): IamTraceStep[] {
  if (notes.length === 0) return trace;
  return trace.map((step) => {
    const mine = notes.filter(
      (note) => note.kind === step.layer && (step.layer !== "scp" || step.policyIndex === note.policyIndex),
    );
    return mine.length > 0 ? { ...step, notes: mine } : step;
  });
}

/**
 * One step per layer, in the order AWS applies them (reference_policies_evaluation-logic_policy-eval-denyallow.html):
 * the explicit-deny pass, each SCP level, identity, resource, boundary and session policies, with the notes of the
 * statements read as matching nothing.
 */
export function buildTrace(layers: LayerMatches, notes: readonly IamNote[]): IamTraceStep[] {
  const { denies, scpLevels, identity, resource, boundary, session, isRoot, unlimited } = layers;
  const limit = (allows: IamStatementRef[]): IamStepResult =>
    allows.length > 0 ? "allow" : unlimited.length > 0 ? "bypassed" : "no-allow";
  const steps: IamTraceStep[] = [
    { layer: "explicit-deny", result: denies.length > 0 ? "deny" : "no-deny", statements: denies },
    ...scpLevels.map(({ index, allows }): IamTraceStep => ({
      layer: "scp",
      policyIndex: index,
      result: allows.length > 0 ? "allow" : "no-allow",
      statements: allows,
    })),
    {
      layer: "identity",
      result: isRoot ? "root-user" : identity.length > 0 ? "allow" : "no-allow",
      statements: identity,
    },
  ];
  if (resource !== null) {
    const granted = resource.some((ref) => ref.principalMatch !== "account");
    const delegated = resource.length > 0;
    const result = granted ? "allow" : delegated ? "delegated-to-account" : "no-allow";
    steps.push({ layer: "resource", result, statements: resource });
  }
  if (boundary !== null) steps.push({ layer: "boundary", result: limit(boundary), statements: boundary });
  if (session !== null) steps.push({ layer: "session", result: limit(session), statements: session });
  return attachNotes(steps, notes);
}
