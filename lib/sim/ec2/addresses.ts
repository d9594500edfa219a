import { fail, note, type Checked } from "../ebs/outcome";
import { EC2_FACTS } from "./facts";
import type { Ec2ErrorCode } from "./outcome";
import { assignAutoPublicIp, issueElasticIp, type Ec2Instance, type Ec2World } from "./state";
import { withJosa } from "@/lib/i18n/josa";

/**
 * AllocateAddress. Since 1 February 2024 every public IPv4 address is billed $0.005 per hour, associated or idle
 * (IP1; the old "one attached EIP is free" rule is obsolete).
 * https://aws.amazon.com/blogs/aws/new-aws-public-ipv4-address-charge-public-ip-insights/
 */
export function allocateEip(world: Ec2World): Checked<number, Ec2ErrorCode> {
  world.eips.push({ publicIp: issueElasticIp(world), instance: null });
  const index = world.eips.length - 1;
  return {
    ok: true,
    value: index,
    notes: [
      note(
        EC2_FACTS.publicIpv4Billing,
        `Elastic IP ${index} is billed $0.005 per hour from allocation, whether or not it is associated.`,
        `탄력적 IP ${withJosa(String(index), "은/는")} 할당한 순간부터 연결 여부와 관계없이 시간당 0.005달러가 과금됩니다.`,
        true,
      ),
    ],
  };
}

/**
 * AssociateAddress. The EIP replaces the instance's auto-assigned public IPv4 and survives stop/start and hibernation;
 * re-association moves it (an instance that loses it gets a new auto-assigned address if it had one). A terminated
 * instance can't take one. https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/elastic-ip-addresses-eip.html
 */
export function associateEip(
  world: Ec2World,
  eipIndex: number,
  instanceIndex: number,
  instance: Ec2Instance,
): Checked<null, Ec2ErrorCode> {
  const eip = world.eips[eipIndex];
  if (!eip) return { ok: true, value: null, notes: [] };
  if (instance.state === "terminated") {
    return fail<Ec2ErrorCode>(
      "INCORRECT_INSTANCE_STATE",
      EC2_FACTS.elasticIp,
      `Instance ${instanceIndex} is terminated; an Elastic IP can't be associated with it.`,
      `인스턴스 ${withJosa(String(instanceIndex), "은/는")} 종료되었으므로 탄력적 IP를 연결할 수 없습니다.`,
    );
  }
  const previous = eip.instance === null ? undefined : world.instances[eip.instance];
  if (previous && eip.instance !== instanceIndex) {
    previous.eip = null;
    if (previous.state === "running") assignAutoPublicIp(world, previous);
    else previous.publicIp = null;
  }
  const replaced = instance.eip === null ? undefined : world.eips[instance.eip];
  if (replaced && instance.eip !== eipIndex) replaced.instance = null;
  eip.instance = instanceIndex;
  instance.eip = eipIndex;
  instance.publicIp = eip.publicIp;
  instance.ipAtEipAssociation = eip.publicIp;
  return {
    ok: true,
    value: null,
    notes: [
      note(
        EC2_FACTS.elasticIp,
        `Elastic IP ${eipIndex} now is instance ${instanceIndex}'s public IPv4 and stays with it through stop/start and hibernation.`,
        `탄력적 IP ${withJosa(String(eipIndex), "이/가")} 인스턴스 ${instanceIndex}의 퍼블릭 IPv4가 되었으며 중지/시작과 최대 절전 모드 후에도 유지됩니다.`,
      ),
    ],
  };
}
