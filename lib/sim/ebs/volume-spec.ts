import { EBS_FACTS } from "./facts";
import { fail, note, num, type Attempt, type Checked, type Note } from "./outcome";
import { gp2BaselineIops, maxIopsFor, maxThroughputFor, VOLUME_TYPE_LIMITS, type VolumeType } from "./volume-limits";
import { withJosa } from "@/lib/i18n/josa";

/** A volume's resolved configuration: what DescribeVolumes would report. */
export interface VolumeSpec {
  type: VolumeType;
  sizeGiB: number;
  /** Provisioned IOPS (gp3, io1, io2) or the gp2 baseline; null for HDD and magnetic types. */
  iops: number | null;
  /** Provisioned throughput (gp3 only); null for other types. */
  throughputMiBps: number | null;
  multiAttach: boolean;
}

/** A requested volume configuration; omitted IOPS/throughput take the defaults given (CreateVolume or ModifyVolume). */
export interface SpecRequest {
  type: VolumeType;
  sizeGiB: number;
  iops?: number | undefined;
  throughputMiBps?: number | undefined;
  multiAttach: boolean;
  /** IOPS to use when the request names none (CreateVolume: 3,000 for gp3; ModifyVolume: see its API page). */
  defaultIops?: number | undefined;
  defaultThroughputMiBps?: number | undefined;
}

/**
 * Checks a volume request against its type's documented limits, in the order AWS reports them: Multi-Attach
 * support (B5), size, IOPS, then throughput. IOPS and throughput are accepted only where the type provisions them
 * (CreateVolume: "not supported for gp2, st1, sc1, or standard"; throughput "valid only for gp3").
 */
export function checkVolumeSpec(request: SpecRequest): Checked<VolumeSpec> {
  const { type, sizeGiB, multiAttach } = request;
  const limits = VOLUME_TYPE_LIMITS[type];
  const notes: Note[] = [];
  if (multiAttach && !limits.multiAttach) {
    return fail(
      "MULTI_ATTACH_NOT_SUPPORTED",
      EBS_FACTS.multiAttach,
      `Multi-Attach is supported only on Provisioned IOPS SSD (io1, io2) volumes, not ${type}.`,
      `Multi-Attach는 프로비저닝된 IOPS SSD(io1, io2) 볼륨에서만 지원되며 ${type}에서는 지원되지 않습니다.`,
    );
  }
  if (sizeGiB < limits.minSizeGiB || sizeGiB > limits.maxSizeGiB) {
    return fail(
      "INVALID_SIZE",
      limits.fact,
      `A ${type} volume must be ${num(limits.minSizeGiB)}–${num(limits.maxSizeGiB)} GiB; ${num(sizeGiB)} GiB is out of range.`,
      `${type} 볼륨 크기는 ${num(limits.minSizeGiB)}–${num(limits.maxSizeGiB)} GiB여야 하며 ${num(sizeGiB)} GiB는 범위를 벗어납니다.`,
    );
  }
  const iops = resolveIops(request, notes);
  if (!iops.ok) return iops;
  const throughput = resolveThroughput(request, iops.value, notes);
  if (!throughput.ok) return throughput;
  return {
    ok: true,
    value: { type, sizeGiB, iops: iops.value, throughputMiBps: throughput.value, multiAttach },
    notes,
  };
}

function resolveIops(request: SpecRequest, notes: Note[]): Attempt<number | null> {
  const { type, sizeGiB } = request;
  const limits = VOLUME_TYPE_LIMITS[type];
  const provisioned = limits.iops;
  if (!provisioned) {
    if (request.iops !== undefined) {
      return fail(
        "INVALID_IOPS",
        limits.fact,
        `IOPS can't be provisioned on ${type} volumes; only gp3, io1 and io2 take an IOPS value.`,
        `${type} 볼륨에는 IOPS를 프로비저닝할 수 없습니다. IOPS 값은 gp3, io1, io2에만 지정합니다.`,
      );
    }
    if (type !== "gp2") return { ok: true, value: null };
    const baseline = gp2BaselineIops(sizeGiB);
    notes.push(
      note(
        limits.fact,
        `gp2 baseline is 3 IOPS per GiB (min 100, max 16,000): ${num(sizeGiB)} GiB gives ${num(baseline)} IOPS.`,
        `gp2 기준 성능은 GiB당 3 IOPS(최소 100, 최대 16,000)이므로 ${num(sizeGiB)} GiB는 ${num(baseline)} IOPS입니다.`,
        true,
      ),
    );
    return { ok: true, value: baseline };
  }
  const max = maxIopsFor(type, sizeGiB) ?? provisioned.max;
  let value = request.iops;
  if (value === undefined) {
    value = Math.max(provisioned.min, Math.min(request.defaultIops ?? provisioned.baseline ?? 3000, max));
    notes.push(
      note(
        limits.fact,
        `No IOPS given, so the ${type} volume gets ${num(value)} IOPS by default.`,
        `IOPS를 지정하지 않아 ${type} 볼륨에 기본값 ${num(value)} IOPS가 적용됩니다.`,
        true,
      ),
    );
  }
  if (value < provisioned.min || value > max) {
    const ratio = `${num(provisioned.perGiB)} IOPS per GiB`;
    return fail(
      "INVALID_IOPS",
      limits.fact,
      `${type} allows ${num(provisioned.min)}–${num(provisioned.max)} IOPS and at most ${ratio} (${num(sizeGiB)} GiB → ${num(max)}); ${num(value)} is out of range.`,
      `${withJosa(String(type), "은/는")} ${num(provisioned.min)}–${num(provisioned.max)} IOPS, GiB당 최대 ${num(provisioned.perGiB)} IOPS(${num(sizeGiB)} GiB → ${num(max)})까지 허용하므로 ${withJosa(String(num(value)), "은/는")} 범위를 벗어납니다.`,
    );
  }
  return { ok: true, value };
}

function resolveThroughput(request: SpecRequest, iops: number | null, notes: Note[]): Attempt<number | null> {
  const { type } = request;
  const limits = VOLUME_TYPE_LIMITS[type];
  const provisioned = limits.throughput;
  if (!provisioned || iops === null) {
    if (request.throughputMiBps !== undefined) {
      return fail(
        "INVALID_THROUGHPUT",
        limits.fact,
        `Throughput can be provisioned only on gp3 volumes, not ${type}.`,
        `처리량은 gp3 볼륨에서만 프로비저닝할 수 있으며 ${type}에서는 지정할 수 없습니다.`,
      );
    }
    return { ok: true, value: null };
  }
  let value = request.throughputMiBps;
  if (value === undefined) {
    value = request.defaultThroughputMiBps ?? provisioned.default;
    notes.push(
      note(
        limits.fact,
        `No throughput given, so the gp3 volume gets ${num(value)} MiB/s.`,
        `처리량을 지정하지 않아 gp3 볼륨에 ${num(value)} MiB/s가 적용됩니다.`,
        true,
      ),
    );
  }
  const max = maxThroughputFor(type, iops) ?? provisioned.max;
  if (value < provisioned.min || value > max) {
    return fail(
      "INVALID_THROUGHPUT",
      limits.fact,
      `gp3 allows ${num(provisioned.min)}–${num(provisioned.max)} MiB/s and at most ${provisioned.perIops} MiB/s per provisioned IOPS (${num(iops)} IOPS → ${num(max)} MiB/s); ${num(value)} is out of range.`,
      `gp3는 ${num(provisioned.min)}–${num(provisioned.max)} MiB/s, 프로비저닝된 IOPS당 최대 ${provisioned.perIops} MiB/s(${num(iops)} IOPS → ${num(max)} MiB/s)까지 허용하므로 ${withJosa(String(num(value)), "은/는")} 범위를 벗어납니다.`,
    );
  }
  return { ok: true, value };
}
