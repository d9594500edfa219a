import type { EfsFailure, FileSystemConfig, LifecycleConfig, PerformanceMode, ThroughputMode } from "./types";
import { withJosa } from "@/lib/i18n/josa";

/** Days accepted by TransitionToIA and TransitionToArchive (API_LifecyclePolicy). */
export const LIFECYCLE_DAYS = [1, 7, 14, 30, 60, 90, 180, 270, 365] as const;
/** The only TransitionToPrimaryStorageClass value (API_LifecyclePolicy: https://docs.aws.amazon.com/efs/latest/ug/API_LifecyclePolicy.html). */
export const TRANSITION_TO_PRIMARY_VALUES = ["AFTER_1_ACCESS"] as const;

const DAY_VALUE = /^AFTER_(\d+)_DAYS?$/;

/** `AFTER_30_DAYS` → 30; null unless the value is one the API accepts (`AFTER_1_DAY` is singular). */
export function lifecycleDays(value: string): number | null {
  const match = DAY_VALUE.exec(value);
  if (match === null) return null;
  const days = Number(match[1]);
  const expected = days === 1 ? "AFTER_1_DAY" : `AFTER_${days}_DAYS`;
  return value === expected && (LIFECYCLE_DAYS as readonly number[]).includes(days) ? days : null;
}

/**
 * Max I/O is not supported on One Zone file systems or with Elastic throughput (F7,
 * https://docs.aws.amazon.com/efs/latest/ug/performance.html#performancemodes ; "Elastic throughput mode is available
 * only for file systems that are configured with the General Purpose performance mode").
 */
export function checkCreateFileSystem(fs: FileSystemConfig): EfsFailure | null {
  if (fs.performanceMode !== "maxIO") return null;
  if (fs.type === "oneZone") {
    return {
      error: "UNSUPPORTED_CONFIGURATION",
      explanation: {
        en: "Max I/O performance mode is not supported on One Zone file systems.",
        ko: "최대 I/O 성능 모드는 One Zone 파일 시스템에서 지원되지 않습니다.",
      },
    };
  }
  if (fs.throughputMode === "elastic") {
    return {
      error: "UNSUPPORTED_CONFIGURATION",
      explanation: {
        en: "Max I/O performance mode can't be combined with Elastic throughput; Elastic requires General Purpose.",
        ko: "최대 I/O 성능 모드는 탄력적 처리량과 함께 쓸 수 없습니다. 탄력적 처리량은 범용 성능 모드가 필요합니다.",
      },
    };
  }
  return null;
}

/**
 * UpdateFileSystem can change the throughput mode but never the performance mode, which is fixed at creation (F7,
 * https://docs.aws.amazon.com/efs/latest/ug/API_UpdateFileSystem.html). Elastic still requires General Purpose.
 */
export function applyUpdate(
  fs: FileSystemConfig,
  update: { performanceMode: PerformanceMode | null; throughputMode: ThroughputMode | null },
): FileSystemConfig | EfsFailure {
  if (update.performanceMode !== null) {
    return {
      error: "UNSUPPORTED_OPERATION",
      explanation: {
        en: `The performance mode can't be changed after the file system is created (it stays ${fs.performanceMode}); create a new file system and copy the data.`,
        ko: `성능 모드는 파일 시스템을 만든 뒤에는 바꿀 수 없습니다(현재 ${fs.performanceMode}). 새 파일 시스템을 만들어 데이터를 옮겨야 합니다.`,
      },
    };
  }
  if (update.throughputMode === "elastic" && fs.performanceMode === "maxIO") {
    return {
      error: "UNSUPPORTED_CONFIGURATION",
      explanation: {
        en: "Elastic throughput is available only with the General Purpose performance mode.",
        ko: "탄력적 처리량은 범용 성능 모드에서만 사용할 수 있습니다.",
      },
    };
  }
  return { ...fs, throughputMode: update.throughputMode ?? fs.throughputMode };
}

function invalid(en: string, ko: string): EfsFailure {
  return { error: "INVALID_LIFECYCLE", explanation: { en, ko } };
}

/**
 * PutLifecycleConfiguration: values from the documented set; TransitionToArchive must be unset or later than
 * TransitionToIA; the Archive class needs Elastic throughput and General Purpose mode (F6,
 * https://docs.aws.amazon.com/efs/latest/ug/API_PutLifecycleConfiguration.html).
 */
export function checkLifecycle(fs: FileSystemConfig, lifecycle: LifecycleConfig): EfsFailure | null {
  const { transitionToIA, transitionToArchive, transitionToPrimaryStorageClass } = lifecycle;
  const iaDays = transitionToIA === undefined ? null : lifecycleDays(transitionToIA);
  const archiveDays = transitionToArchive === undefined ? null : lifecycleDays(transitionToArchive);
  const allowed = LIFECYCLE_DAYS.map((d) => (d === 1 ? "AFTER_1_DAY" : `AFTER_${d}_DAYS`)).join(", ");
  if (transitionToIA !== undefined && iaDays === null) {
    return invalid(
      `TransitionToIA ${transitionToIA} is not a valid value (${allowed}).`,
      `TransitionToIA 값 ${withJosa(String(transitionToIA), "은/는")} 허용되지 않습니다(${allowed}).`,
    );
  }
  if (transitionToArchive !== undefined && archiveDays === null) {
    return invalid(
      `TransitionToArchive ${transitionToArchive} is not a valid value (${allowed}).`,
      `TransitionToArchive 값 ${withJosa(String(transitionToArchive), "은/는")} 허용되지 않습니다(${allowed}).`,
    );
  }
  if (transitionToPrimaryStorageClass !== undefined && transitionToPrimaryStorageClass !== "AFTER_1_ACCESS") {
    return invalid(
      `TransitionToPrimaryStorageClass accepts only AFTER_1_ACCESS, not ${transitionToPrimaryStorageClass}.`,
      `TransitionToPrimaryStorageClass에는 AFTER_1_ACCESS만 쓸 수 있습니다(${transitionToPrimaryStorageClass} 불가).`,
    );
  }
  if (iaDays !== null && archiveDays !== null && archiveDays <= iaDays) {
    return invalid(
      `TransitionToArchive (${transitionToArchive}) must be later than TransitionToIA (${transitionToIA}): files can't reach Archive before IA.`,
      `TransitionToArchive(${transitionToArchive})는 TransitionToIA(${transitionToIA})보다 늦어야 합니다. 파일은 IA보다 먼저 Archive로 갈 수 없습니다.`,
    );
  }
  if (archiveDays !== null && (fs.throughputMode !== "elastic" || fs.performanceMode !== "generalPurpose")) {
    return {
      error: "UNSUPPORTED_CONFIGURATION",
      explanation: {
        en: `The Archive storage class needs Elastic throughput and General Purpose performance mode; this file system uses ${fs.throughputMode} and ${fs.performanceMode}.`,
        ko: `Archive 스토리지 클래스는 탄력적 처리량과 범용 성능 모드가 필요합니다. 이 파일 시스템은 ${fs.throughputMode}, ${fs.performanceMode}입니다.`,
      },
    };
  }
  return null;
}
