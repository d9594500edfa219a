/**
 * Local days in a learner's IANA time zone. A "day" is the calendar date `YYYY-MM-DD` on the learner's wall clock;
 * its bounds are found with Intl (the tz database), so days that are 23 or 25 hours long around DST changes, and
 * days whose midnight does not exist, come out right.
 */

export const DEFAULT_TIME_ZONE = "Asia/Seoul";

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * True for a time zone name the tz database knows, written as an IANA name ("Asia/Seoul", "UTC"); fixed offsets
 * such as "+09:00", which Intl also accepts, are refused because they do not follow DST.
 */
export function isValidTimeZone(name: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(name)) return false;
  try {
    formatterFor(name);
    return true;
  } catch {
    return false;
  }
}

/** The learner's calendar date at `instant` in `timeZone`, as YYYY-MM-DD. Throws RangeError for an unknown zone. */
export function localDay(instant: Date, timeZone: string): string {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}

/** The calendar date `n` days after `day` (n may be negative). */
export function addDays(day: string, n: number): string {
  const match = DAY_PATTERN.exec(day);
  if (!match) throw new RangeError(`A day is written YYYY-MM-DD; got "${day}"`);
  const utc = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + n));
  return utc.toISOString().slice(0, 10);
}

/**
 * The first instant of `day` in `timeZone`: usually local midnight; where a DST change skips midnight, the moment
 * the day begins. Binary search over whole seconds in the 30 hours around UTC midnight (offsets lie within ±14 h).
 */
export function startOfDay(day: string, timeZone: string): Date {
  const match = DAY_PATTERN.exec(day);
  if (!match) throw new RangeError(`A day is written YYYY-MM-DD; got "${day}"`);
  const utcMidnight = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  let low = utcMidnight / 1000 - 15 * 3600;
  let high = utcMidnight / 1000 + 15 * 3600;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (localDay(new Date(mid * 1000), timeZone) >= day) high = mid;
    else low = mid + 1;
  }
  return new Date(low * 1000);
}

export interface DayBounds {
  day: string;
  /** Inclusive. */
  start: Date;
  /** Exclusive: the start of the next day. */
  end: Date;
}

/** The learner's day containing `now`, with its bounds as instants. */
export function dayBounds(now: Date, timeZone: string): DayBounds {
  const day = localDay(now, timeZone);
  return { day, start: startOfDay(day, timeZone), end: startOfDay(addDays(day, 1), timeZone) };
}
