import { fail, type Checked } from "../ebs/outcome";
import { EC2_FACTS, PARTITION_MAX_PER_AZ, SPREAD_MAX_RUNNING_PER_AZ } from "./facts";
import type { Ec2ErrorCode } from "./outcome";
import type { Ec2World, PlacementStrategy } from "./state";
import { withJosa } from "@/lib/i18n/josa";

/** Partition count used when a partition group is created without one (the simulator's choice; AWS documents none). */
export const DEFAULT_PARTITION_COUNT = 2;

/**
 * CreatePlacementGroup. A partition group has 1–7 partitions per AZ (P3); `partitionCount` is valid only with the
 * partition strategy. https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/placement-groups.html
 */
export function createPlacementGroup(
  world: Ec2World,
  strategy: PlacementStrategy,
  partitionCount: number | undefined,
): Checked<number, Ec2ErrorCode> {
  if (strategy !== "partition" && partitionCount !== undefined) {
    return fail<Ec2ErrorCode>(
      "INVALID_PARTITION_COUNT",
      EC2_FACTS.partition,
      `partitionCount is valid only for the partition strategy, not ${strategy}.`,
      `partitionCount는 partition 전략에서만 지정할 수 있으며 ${strategy}에는 쓸 수 없습니다.`,
    );
  }
  const count = strategy === "partition" ? (partitionCount ?? DEFAULT_PARTITION_COUNT) : null;
  if (count !== null && (count < 1 || count > PARTITION_MAX_PER_AZ)) {
    return fail<Ec2ErrorCode>(
      "INVALID_PARTITION_COUNT",
      EC2_FACTS.partition,
      `A partition placement group can have 1–${PARTITION_MAX_PER_AZ} partitions per AZ, not ${count}.`,
      `파티션 배치 그룹은 AZ당 파티션을 1–${PARTITION_MAX_PER_AZ}개까지 가질 수 있으며 ${count}개는 안 됩니다.`,
    );
  }
  world.groups.push({ strategy, partitionCount: count });
  return { ok: true, value: world.groups.length - 1, notes: [] };
}

/**
 * Whether one more instance may run in the group in `az`: a cluster group stays in one AZ (P1); a rack-level spread
 * group holds at most 7 running instances per AZ (P2); a partition group's instance count is not limited (P3).
 */
export function checkPlacementCapacity(
  world: Ec2World,
  groupIndex: number,
  az: string,
  self: number | null,
): Checked<null, Ec2ErrorCode> {
  const group = world.groups[groupIndex];
  if (!group) return { ok: true, value: null, notes: [] };
  const members = world.instances.filter(
    (i, index) => index !== self && i.placementGroup === groupIndex && i.state !== "terminated",
  );
  if (group.strategy === "cluster") {
    const elsewhere = members.find((i) => i.az !== az);
    if (elsewhere) {
      return fail<Ec2ErrorCode>(
        "PLACEMENT_GROUP_AZ",
        EC2_FACTS.cluster,
        `Cluster placement group ${groupIndex} is in ${elsewhere.az}; a cluster group can't span AZs, so an instance in ${az} can't join.`,
        `클러스터 배치 그룹 ${withJosa(String(groupIndex), "은/는")} ${elsewhere.az}에 있습니다. 클러스터 그룹은 여러 AZ에 걸칠 수 없으므로 ${az}의 인스턴스는 들어갈 수 없습니다.`,
      );
    }
  }
  if (group.strategy === "spread") {
    const running = members.filter((i) => i.az === az && i.state === "running").length;
    if (running >= SPREAD_MAX_RUNNING_PER_AZ) {
      return fail<Ec2ErrorCode>(
        "PLACEMENT_GROUP_CAPACITY",
        EC2_FACTS.spread,
        `Spread placement group ${groupIndex} already has ${running} running instances in ${az}; the limit is ${SPREAD_MAX_RUNNING_PER_AZ} per AZ.`,
        `분산 배치 그룹 ${withJosa(String(groupIndex), "은/는")} ${az}에서 이미 ${running}개 인스턴스가 실행 중입니다. AZ당 한도는 ${SPREAD_MAX_RUNNING_PER_AZ}개입니다.`,
      );
    }
  }
  return { ok: true, value: null, notes: [] };
}
