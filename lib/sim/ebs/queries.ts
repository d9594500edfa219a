import { EBS_FACTS } from "./facts";
import type { EbsQueryInput } from "./schema";
import { VOLUME_TYPE_LIMITS, VOLUME_TYPES } from "./volume-limits";

/**
 * Documented EBS limits on request: per-type size/IOPS/throughput limits (B6–B10, current values) and the
 * Multi-Attach instance limit (B5, 16). https://docs.aws.amazon.com/ebs/latest/userguide/ebs-volume-types.html
 */
export function answerEbsQuery(input: EbsQueryInput): Record<string, unknown> {
  if (input.query === "multiAttachMaxInstances") {
    return {
      multiAttachMaxInstances: 16,
      explanation: {
        en: "A Multi-Attach io1/io2 volume attaches to up to 16 Nitro instances in its AZ.",
        ko: "Multi-Attach io1/io2 볼륨은 같은 AZ의 Nitro 인스턴스 최대 16개에 연결할 수 있습니다.",
      },
      decidedBy: [EBS_FACTS.multiAttach],
    };
  }
  const types = input.type ? [input.type] : VOLUME_TYPES;
  const limits = Object.fromEntries(
    types.map((type) => {
      const { fact, ...rest } = VOLUME_TYPE_LIMITS[type];
      return [
        type,
        {
          ...rest,
          ...(type === "gp2" ? { baselineIops: { perGiB: 3, min: 100, max: 16_000 } } : {}),
          source: fact.source,
        },
      ];
    }),
  );
  return {
    volumeTypeLimits: limits,
    explanation: {
      en: "Current EBS volume limits; gp3 reflects the September 2025 increase (64 TiB, 80,000 IOPS, 2,000 MiB/s).",
      ko: "현재 EBS 볼륨 한도입니다. gp3는 2025년 9월 상향(64 TiB, 80,000 IOPS, 2,000 MiB/s)을 반영합니다.",
    },
    decidedBy: types.map((type) => VOLUME_TYPE_LIMITS[type].fact),
  };
}
