/** The simulators a scenario can name; content files refer to them by these names. */
export const SIM_NAMES = ["iam", "sg", "ebs", "ec2", "elb-asg", "efs", "s3", "route53", "vpc"] as const;
export type SimName = (typeof SIM_NAMES)[number];
