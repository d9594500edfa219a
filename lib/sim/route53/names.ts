import type { RecordType, ZoneRecord } from "./types";

/**
 * A DNS name as Route 53 compares it: case-insensitive, with the trailing dot optional (R-45:
 * https://docs.aws.amazon.com/Route53/latest/APIReference/API_ResourceRecordSet.html, Name).
 */
export function normalizeName(written: string): string {
  const lower = written.trim().toLowerCase();
  return lower.endsWith(".") ? lower.slice(0, -1) : lower;
}

/** True when `name` is the apex or a name below it: `www.example.com` is in `example.com`, `myexample.com` is not. */
export function inZone(name: string, apex: string): boolean {
  return name === apex || name.endsWith(`.${apex}`);
}

/** The key of a group: all the records with one name and one type (SIM_CONTRACT.md, route53). */
export function groupKey(name: string, type: RecordType): string {
  return `${name} ${type}`;
}

/** The records of the batch by group key, each group in array order. */
export function groupRecords(records: readonly ZoneRecord[]): Map<string, ZoneRecord[]> {
  const groups = new Map<string, ZoneRecord[]>();
  for (const record of records) {
    const key = groupKey(record.name, record.type);
    const group = groups.get(key);
    if (group) group.push(record);
    else groups.set(key, [record]);
  }
  return groups;
}

/**
 * True when the name exists in the zone: it is the apex, a record has it, or a record has a name below it (an empty
 * non-terminal). A name that exists without the asked type gets NODATA, not NXDOMAIN (R-50, RFC 2308 §2.2).
 */
export function nameExists(name: string, apex: string, records: readonly ZoneRecord[]): boolean {
  if (name === apex) return true;
  return records.some((record) => record.name === name || record.name.endsWith(`.${name}`));
}
