import { RECORD_TYPES, ROUTINGS } from "@/lib/sim/route53";
import type { FieldSpec } from "../model/field-codec";

/** The question's fields (SIM_CONTRACT `route53`, Input: `question`), as paths inside `question`. */
export const QUESTION_FIELDS: readonly FieldSpec[] = [
  { path: "name", kind: "text", required: true },
  { path: "type", kind: "select", options: RECORD_TYPES, required: true },
  { path: "random", kind: "number" },
  { path: "from.geo", kind: "json" },
  { path: "from.latencyMs", kind: "json" },
  { path: "from.distanceKm", kind: "json" },
  { path: "from.ip", kind: "text" },
];

/** One column per record field; the routing policy's own field is filled only for that policy. */
export const RECORD_COLUMNS: readonly FieldSpec[] = [
  { path: "name", kind: "text", required: true },
  { path: "type", kind: "select", options: RECORD_TYPES, required: true },
  { path: "routing", kind: "select", options: ROUTINGS },
  { path: "setIdentifier", kind: "text" },
  { path: "ttl", kind: "int" },
  { path: "values", kind: "list" },
  { path: "aliasTarget", kind: "json" },
  { path: "healthCheckId", kind: "text" },
  { path: "weight", kind: "int" },
  { path: "region", kind: "text" },
  { path: "failover", kind: "select", options: ["PRIMARY", "SECONDARY"] },
  { path: "geo", kind: "json" },
  { path: "geoproximity", kind: "json" },
  { path: "cidr", kind: "json" },
];

/** What "add record" appends: a simple A record in the zone's www name. */
export const BLANK_RECORD = { name: "www.example.com", type: "A", ttl: 60, values: ["192.0.2.1"] };
