import { s3Simulator } from "@/lib/sim/s3";

/** O, the bucket owner; B and C, other accounts. */
export const O = "111122223333";
export const B = "444455556666";
export const C = "777788889999";
export const BUCKET = "amzn-s3-demo-bucket";
export const BUCKET_ARN = `arn:aws:s3:::${BUCKET}`;
export const OBJECTS_ARN = `${BUCKET_ARN}/*`;
export const KEY = "reports/q1.csv";

export type Json = Record<string, unknown>;

export const userOf = (account: string, name = "dave") => ({
  type: "principal",
  principal: `arn:aws:iam::${account}:user/${name}`,
  account,
});
export const sessionOf = (account: string, role = "auditor", session = "dave") => ({
  type: "principal",
  principal: `arn:aws:sts::${account}:assumed-role/${role}/${session}`,
  account,
});
export const rootOf = (account: string) => ({ type: "principal", principal: `arn:aws:iam::${account}:root`, account });
export const ANONYMOUS = { type: "anonymous" };
export const CLOUDTRAIL = { type: "service", service: "cloudtrail.amazonaws.com" };

export const policy = (...Statement: Json[]) => ({ Version: "2012-10-17", Statement });
export const allow = (extra: Json = {}): Json => ({ Effect: "Allow", Action: "s3:*", Resource: "*", ...extra });
export const deny = (extra: Json = {}): Json => ({ Effect: "Deny", Action: "s3:*", Resource: "*", ...extra });
/** A bucket-policy statement on the bucket and its objects. */
export const grant = (principal: unknown, extra: Json = {}): Json => ({
  Effect: "Allow",
  Principal: principal,
  Action: "s3:*",
  Resource: [BUCKET_ARN, OBJECTS_ARN],
  ...extra,
});
/** An IAM identity policy that allows every S3 action. */
export const S3_ADMIN = policy(allow());

/** An input with an ObjectWriter bucket owned by O, one object of O, and dave of B asking for GetObject. */
export function scenario(parts: { bucket?: Json; objects?: Json; caller?: Json; request?: Json }): Json {
  return {
    bucket: { name: BUCKET, owner: O, objectOwnership: "ObjectWriter", ...parts.bucket },
    objects: parts.objects ?? { [KEY]: { owner: O } },
    caller: parts.caller ?? { ...userOf(B), identityPolicies: [S3_ADMIN] },
    request: { action: "s3:GetObject", key: KEY, ...parts.request },
  };
}

export function runS3(input: unknown): Json {
  const run = s3Simulator.run(input);
  if (!run.ok) throw new Error(`unexpected input error: ${run.inputError}`);
  return run.result;
}

export function inputErrorOf(input: unknown) {
  const run = s3Simulator.run(input);
  if (run.ok) throw new Error(`expected an input error, got ${JSON.stringify(run.result)}`);
  return run;
}
