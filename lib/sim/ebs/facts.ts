/** A documented rule that decided part of a result: the AWS_FACTS.md row id and the AWS page it comes from. */
export interface FactRef {
  rule: string;
  source: string;
}

const EBS_GUIDE = "https://docs.aws.amazon.com/ebs/latest/userguide";
const EC2_API = "https://docs.aws.amazon.com/AWSEC2/latest/APIReference";

/** EBS facts (AWS_FACTS.md section 4) plus the API pages whose defaults the simulator follows. */
export const EBS_FACTS = {
  sameAz: { rule: "B1", source: `${EBS_GUIDE}/ebs-attaching-volume.html` },
  snapshotRegion: { rule: "B2", source: `${EBS_GUIDE}/ebs-copy-snapshot.html` },
  copyEncryption: { rule: "B3", source: `${EBS_GUIDE}/ebs-encryption.html` },
  encryptionInherited: { rule: "B4", source: `${EBS_GUIDE}/ebs-encryption.html` },
  multiAttach: { rule: "B5", source: `${EBS_GUIDE}/ebs-volumes-multi.html` },
  gp2: { rule: "B6", source: `${EBS_GUIDE}/general-purpose.html` },
  gp3: { rule: "B7", source: `${EBS_GUIDE}/general-purpose.html` },
  io1: { rule: "B8", source: `${EBS_GUIDE}/provisioned-iops.html` },
  io2: { rule: "B9", source: `${EBS_GUIDE}/provisioned-iops.html` },
  hdd: { rule: "B10", source: `${EBS_GUIDE}/ebs-volume-types.html` },
  elasticVolumes: { rule: "B11", source: `${EBS_GUIDE}/modify-volume-requirements.html` },
  createVolumeApi: { rule: "CreateVolume", source: `${EC2_API}/API_CreateVolume.html` },
  modifyVolumeApi: { rule: "ModifyVolume", source: `${EC2_API}/API_ModifyVolume.html` },
  detachApi: { rule: "DetachVolume", source: `${EC2_API}/API_DetachVolume.html` },
} as const satisfies Record<string, FactRef>;
