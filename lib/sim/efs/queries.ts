import type { Localized } from "./types";
import { MAX_SECURITY_GROUPS_PER_MOUNT_TARGET } from "./mount-targets";
import { NFS_PORT } from "./mount";

/** The EFS connection quota per file system (F10, https://docs.aws.amazon.com/efs/latest/ug/limits.html). */
export const MAX_CONNECTIONS_PER_FILE_SYSTEM = 25_000;

/**
 * Documented defaults and limits answered for `{"query": name}`.
 * - `defaults`: CreateFileSystem API defaults (generalPurpose, bursting; F7, F8
 *   https://docs.aws.amazon.com/efs/latest/ug/API_CreateFileSystem.html), the console's Elastic throughput, and the
 *   default lifecycle (IA after 30 days, Archive after 90 days, no return to Standard:
 *   https://docs.aws.amazon.com/efs/latest/ug/enable-lifecycle-management.html); `apiLifecycle` is what an API-created
 *   file system has before PutLifecycleConfiguration (none).
 * - `maxConnectionsPerFileSystem`: 25,000 (F10).
 */
export const EFS_QUERIES = {
  defaults: () => ({
    performanceMode: "generalPurpose",
    throughputMode: "bursting",
    consoleThroughputMode: "elastic",
    fileSystemType: "regional",
    transitionToIA: "AFTER_30_DAYS",
    transitionToArchive: "AFTER_90_DAYS",
    transitionToPrimaryStorageClass: null,
    lifecycle: { transitionToIA: "AFTER_30_DAYS", transitionToArchive: "AFTER_90_DAYS" },
    apiLifecycle: {},
    nfsVersion: "4.1",
    supportedNfsVersions: ["4.0", "4.1"],
    nfsPort: NFS_PORT,
    maxSecurityGroupsPerMountTarget: MAX_SECURITY_GROUPS_PER_MOUNT_TARGET,
    mountTargetsPerAz: 1,
    explanation: {
      en: "CreateFileSystem defaults to General Purpose and Bursting throughput (the console recommends Elastic). The default lifecycle moves files to IA after 30 days and to Archive after 90; a file system created through the API has no lifecycle policy until PutLifecycleConfiguration.",
      ko: "CreateFileSystem의 기본값은 범용 성능 모드와 버스트 처리량입니다(콘솔은 탄력적 처리량을 권장). 기본 수명 주기는 30일 후 IA, 90일 후 Archive로 옮기며, API로 만든 파일 시스템에는 PutLifecycleConfiguration 전까지 수명 주기 정책이 없습니다.",
    },
  }),
  maxConnectionsPerFileSystem: () => ({
    maxConnectionsPerFileSystem: MAX_CONNECTIONS_PER_FILE_SYSTEM,
    value: MAX_CONNECTIONS_PER_FILE_SYSTEM,
    explanation: {
      en: "An EFS file system accepts up to 25,000 client connections.",
      ko: "EFS 파일 시스템 하나에는 클라이언트 연결을 최대 25,000개까지 맺을 수 있습니다.",
    },
  }),
} satisfies Record<string, () => { explanation: Localized }>;

/** Names accepted by `{"query": name}` for `efs`. */
export type EfsQueryName = keyof typeof EFS_QUERIES;
