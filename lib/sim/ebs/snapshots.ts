import type { BlockStore, Snapshot, Volume } from "./block-store";
import { regionOf } from "./block-store";
import { EBS_FACTS } from "./facts";
import { note, type Checked, type Note } from "./outcome";
import { withJosa } from "@/lib/i18n/josa";

/** CreateSnapshot: the snapshot lives in the volume's Region and is encrypted iff the volume is (B2, B4). */
export function createSnapshot(store: BlockStore, volume: Volume, volumeIndex: number): Checked<number> {
  store.snapshots.push({
    region: regionOf(volume.az),
    encrypted: volume.encrypted,
    sizeGiB: volume.sizeGiB,
    fromVolume: volumeIndex,
    copiedFrom: null,
  });
  return { ok: true, value: store.snapshots.length - 1, notes: [] };
}

/**
 * CopySnapshot to a Region (B2). The copy can add encryption (B3); a copy of an encrypted snapshot stays encrypted (B4).
 * https://docs.aws.amazon.com/ebs/latest/userguide/ebs-copy-snapshot.html
 */
export function copySnapshot(
  store: BlockStore,
  source: Snapshot,
  snapshotIndex: number,
  destinationRegion: string,
  encrypt: boolean | undefined,
): Checked<number> {
  const notes: Note[] = [];
  if (source.encrypted && encrypt === false) {
    notes.push(
      note(
        EBS_FACTS.encryptionInherited,
        `The copy of encrypted snapshot ${snapshotIndex} stays encrypted; encryption can't be removed.`,
        `암호화된 스냅샷 ${snapshotIndex}의 복사본은 암호화된 상태로 남습니다. 암호화는 해제할 수 없습니다.`,
      ),
    );
  } else if (!source.encrypted && encrypt === true) {
    notes.push(
      note(
        EBS_FACTS.copyEncryption,
        `Copying unencrypted snapshot ${snapshotIndex} with encryption produces an encrypted copy.`,
        `암호화되지 않은 스냅샷 ${withJosa(String(snapshotIndex), "을/를")} 암호화 옵션으로 복사하면 암호화된 복사본이 만들어집니다.`,
      ),
    );
  }
  store.snapshots.push({
    region: destinationRegion,
    encrypted: source.encrypted || encrypt === true,
    sizeGiB: source.sizeGiB,
    fromVolume: source.fromVolume,
    copiedFrom: snapshotIndex,
  });
  return { ok: true, value: store.snapshots.length - 1, notes };
}
