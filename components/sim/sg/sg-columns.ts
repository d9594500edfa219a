import type { SimTranslate } from "@/lib/i18n/sim-messages";
import type { RowColumn } from "../controls/row-table";
import type { JsonObject } from "../model/json-value";

/** Protocols offered in rule tables (SIM_CONTRACT `sg`); any other value a rule holds is kept and shown too. */
export const PROTOCOLS = ["tcp", "udp", "icmp", "icmpv6", "-1"] as const;

/** The outbound rule a newly created security group starts with (SG3). */
export const ALL_TRAFFIC_OUT: JsonObject = { protocol: "-1", fromPort: -1, toPort: -1, destination: "0.0.0.0/0" };

export function sgRuleColumns(t: SimTranslate, direction: "inbound" | "outbound"): RowColumn[] {
  const peer = direction === "inbound" ? "source" : "destination";
  return [
    { spec: { path: "protocol", kind: "select", options: PROTOCOLS, required: true }, header: t("sg.protocol") },
    { spec: { path: "fromPort", kind: "int" }, header: t("sg.fromPort") },
    { spec: { path: "toPort", kind: "int" }, header: t("sg.toPort") },
    {
      spec: { path: peer, kind: "text", required: true },
      header: t(direction === "inbound" ? "sg.source" : "sg.destination"),
    },
  ];
}

export function blankSgRule(direction: "inbound" | "outbound"): JsonObject {
  return {
    protocol: "tcp",
    fromPort: 443,
    toPort: 443,
    [direction === "inbound" ? "source" : "destination"]: "0.0.0.0/0",
  };
}

export function naclRuleColumns(t: SimTranslate): RowColumn[] {
  return [
    { spec: { path: "rule", kind: "int", required: true }, header: t("sg.ruleNumber") },
    { spec: { path: "protocol", kind: "select", options: PROTOCOLS, required: true }, header: t("sg.protocol") },
    { spec: { path: "fromPort", kind: "int" }, header: t("sg.fromPort") },
    { spec: { path: "toPort", kind: "int" }, header: t("sg.toPort") },
    { spec: { path: "cidr", kind: "text", required: true }, header: t("sg.cidr") },
    { spec: { path: "action", kind: "select", options: ["allow", "deny"], required: true }, header: t("sg.action") },
  ];
}

/** A new NACL rule numbered 10 above the highest existing one, leaving room to insert rules between. */
export function blankNaclRule(existing: readonly unknown[]): JsonObject {
  const numbers = existing.map((rule) =>
    typeof rule === "object" && rule !== null && "rule" in rule ? Number(rule.rule) : 0,
  );
  const next = Math.min(32766, Math.max(0, ...numbers.filter(Number.isFinite)) + 10);
  return { rule: next, protocol: "tcp", fromPort: 1024, toPort: 65535, cidr: "0.0.0.0/0", action: "allow" };
}
