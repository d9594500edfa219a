export { familyBits, formatIp, parseIp, type IpAddress, type IpFamily } from "./ip";
export { cidrContains, formatCidr, isVpcPrivateAddress, parseCidr, type Cidr } from "./cidr";
export {
  formatProtocol,
  parseProtocol,
  protocolCovers,
  PROTOCOL_NUMBERS,
  usesIcmpTypeCode,
  usesPorts,
  type NamedProtocol,
  type Protocol,
} from "./protocol";
