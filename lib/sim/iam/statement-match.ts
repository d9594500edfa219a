import type { ContextLookup } from "./context";
import { conditionsHold } from "./conditions";
import type { ParsedStatement, PatternList } from "./policy-model";
import { IGNORE, type NoteSink } from "./notes";
import { matchArnPattern, matchTokens, patternText, resolvePattern } from "./pattern";
import { matchPrincipals, type Caller } from "./principal";
import type { PrincipalMatchKind } from "./types";

/** The request as statement matching needs it: the caller parsed from its ARN and a case-insensitive context. */
export interface MatchRequest {
  action: string;
  resource: string;
  caller: Caller;
  lookup: ContextLookup;
  callerHasBoundary: boolean;
}

/**
 * Action names are case-insensitive and may hold `*` and `?` anywhere (AWS_FACTS I7).
 * Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html
 */
function actionMatches(list: PatternList, action: string, lookup: ContextLookup): boolean {
  const listed = list.patterns.some((tokens) => {
    const resolved = resolvePattern(tokens, lookup);
    return resolved !== null && matchTokens(resolved, action, true);
  });
  return list.negated ? !listed : listed;
}

/**
 * Resource ARNs match case-sensitively, with `*` crossing `/` (AWS_FACTS I9); NotResource applies to every resource
 * not listed (I10). A pattern whose policy variable has no value matches nothing, in `NotResource` too, which then
 * excludes nothing: "If a variable that has no value in the authorization context is used as part of the `Resource` or
 * `NotResource` element of a policy, the resource that includes a policy variable with no value will not match any
 * resource". A pattern with a wildcard in the resource type matches nothing either, and `note` is told.
 * Sources: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html ,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html
 */
function resourceMatches(list: PatternList | null, resource: string, lookup: ContextLookup, note: NoteSink): boolean {
  if (list === null) return true;
  const listed = list.patterns.some((tokens) => {
    const resolved = resolvePattern(tokens, lookup);
    if (resolved === null) return false;
    const match = matchArnPattern(resolved, resource);
    if (match === "resource-type-wildcard") note(match, patternText(resolved));
    return match === "match";
  });
  return list.negated ? !listed : listed;
}

/** Whether a statement applies and, for resource policies, how its Principal matched the caller. */
export type StatementMatch = { matches: false } | { matches: true; principalMatch?: PrincipalMatchKind };

/**
 * A statement matches when Action/NotAction, Resource/NotResource, Principal (resource policies) and Condition all do.
 * `note` is told of each part read as matching nothing because its form is forbidden or undefined.
 */
export function matchStatement(
  statement: ParsedStatement,
  request: MatchRequest,
  note: NoteSink = IGNORE,
): StatementMatch {
  if (!actionMatches(statement.actions, request.action, request.lookup)) return { matches: false };
  if (!resourceMatches(statement.resources, request.resource, request.lookup, note)) return { matches: false };
  let principalMatch: PrincipalMatchKind | undefined;
  if (statement.principals !== null) {
    const kind = matchPrincipals(statement.principals, request.caller, {
      deny: statement.effect === "Deny",
      callerHasBoundary: request.callerHasBoundary,
    });
    if (kind === null) return { matches: false };
    principalMatch = kind;
  }
  if (!conditionsHold(statement.conditions, request.lookup, note)) return { matches: false };
  return principalMatch === undefined ? { matches: true } : { matches: true, principalMatch };
}
