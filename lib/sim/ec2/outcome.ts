import type { EbsErrorCode } from "../ebs/outcome";

/** EC2 error codes of the simulator contract; EBS codes also appear when `createVolume`/`attach` break EBS rules. */
export const EC2_ERROR_CODES = [
  "UNSUPPORTED_OPERATION",
  "INCORRECT_INSTANCE_STATE",
  "HIBERNATION_PREREQUISITE",
  "HIBERNATION_NOT_MODIFIABLE",
  "HIBERNATION_NOT_ENABLED",
  "PLACEMENT_GROUP_CAPACITY",
  "INVALID_PARTITION_COUNT",
  "PLACEMENT_GROUP_AZ",
] as const;
/** One of the contract's EC2 error codes, or an EBS code from a volume operation. */
export type Ec2ErrorCode = (typeof EC2_ERROR_CODES)[number] | EbsErrorCode;
