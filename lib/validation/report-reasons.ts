/** Why a learner reports an item. Kept free of zod so the report button adds nothing heavy to study pages. */
export const REPORT_REASONS = ["wrong", "unclear", "outdated", "typo"] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];
