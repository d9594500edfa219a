import type { SimName } from "../names";
import { EBS_EXAMPLES } from "./ebs";
import { EC2_EXAMPLES } from "./ec2";
import { EFS_EXAMPLES } from "./efs";
import { ELB_ASG_EXAMPLES } from "./elb-asg";
import { IAM_EXAMPLES } from "./iam";
import { SG_EXAMPLES } from "./sg";
import { S3_EXAMPLES } from "./s3";
import { ROUTE53_EXAMPLES } from "./route53";
import { VPC_EXAMPLES } from "./vpc";
import type { SimExample } from "./types";

export type { JsonObject, JsonValue, SimExample } from "./types";

/** Lab starting points by simulator. Plain data; the Labs pages hand the ones they show to the browser. */
export const SIM_EXAMPLES: Readonly<Record<SimName, readonly SimExample[]>> = {
  iam: IAM_EXAMPLES,
  sg: SG_EXAMPLES,
  ebs: EBS_EXAMPLES,
  ec2: EC2_EXAMPLES,
  "elb-asg": ELB_ASG_EXAMPLES,
  efs: EFS_EXAMPLES,
  s3: S3_EXAMPLES,
  route53: ROUTE53_EXAMPLES,
  vpc: VPC_EXAMPLES,
};
