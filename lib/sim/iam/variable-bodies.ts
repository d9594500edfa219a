/**
 * Where each `${...}` of a policy string closes and whether its body is a well-formed policy variable, for every
 * position at once, in one right-to-left pass (linear time).
 *
 * The body of a `${` that starts at `open` runs from `open + 2` to the first `}` outside single quotes (every `'`
 * toggles quoting). It is a variable when it has the form `key` or `key, 'default'` (`''` is a quote inside the
 * default), with optional white space around the parts: the language of `VARIABLE_BODY` in pattern.ts. Scanning each
 * `${` separately costs the length of its body, and many `${` can share one long body (`${${${…}`), which made
 * parsing quadratic; here every position is visited once.
 *
 * Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html
 */

/**
 * The states of an automaton that reads a body from its last character to its first. It recognises the reverse of
 * `\s*[^\s,']+\s*(?:,\s*'(?:[^']|'')*'\s*)?`, which is deterministic read backwards: the last non-space character
 * decides whether there is a default, and inside a default a quote is either half of a `''` pair or, when a space
 * or a comma comes before it, the opening quote.
 */
const DEAD = 0;
/** Nothing but trailing white space read yet. */
const END = 1;
/** Inside the key (accepting). */
const KEY = 2;
/** White space before the key (accepting). */
const LEAD = 3;
/** Inside the default, after the closing quote or a `''` pair. */
const QUOTED = 4;
/** One quote read inside the default: the first half of a pair, or the opening quote. */
const QUOTE_READ = 5;
/** White space between the comma and the opening quote. */
const BEFORE_QUOTE = 6;
/** The comma read, or white space between the key and the comma. */
const COMMA = 7;
type State =
  | typeof DEAD
  | typeof END
  | typeof KEY
  | typeof LEAD
  | typeof QUOTED
  | typeof QUOTE_READ
  | typeof BEFORE_QUOTE
  | typeof COMMA;

const WHITE_SPACE = /\s/;

function step(state: number, ch: string): State {
  const kind = ch === "'" ? "quote" : ch === "," ? "comma" : WHITE_SPACE.test(ch) ? "space" : "key";
  switch (state) {
    case END:
      return kind === "space" ? END : kind === "key" ? KEY : kind === "quote" ? QUOTED : DEAD;
    case KEY:
      return kind === "key" ? KEY : kind === "space" ? LEAD : DEAD;
    case LEAD:
      return kind === "space" ? LEAD : DEAD;
    case QUOTED:
      return kind === "quote" ? QUOTE_READ : QUOTED;
    case QUOTE_READ:
      if (kind === "quote") return QUOTED;
      return kind === "space" ? BEFORE_QUOTE : kind === "comma" ? COMMA : DEAD;
    case BEFORE_QUOTE:
      return kind === "space" ? BEFORE_QUOTE : kind === "comma" ? COMMA : DEAD;
    case COMMA:
      return kind === "space" ? COMMA : kind === "key" ? KEY : DEAD;
    default:
      return DEAD;
  }
}

/** The bodies of the `${` in a policy string, indexed by where a body starts (`open + 2`). */
export interface VariableBodies {
  /** The index of the `}` closing a body that starts at `start`, or -1 when none does. */
  close(start: number): number;
  /** Whether the body starting at `start` (up to `close(start)`) has the form of a policy variable. */
  isVariable(start: number): boolean;
}

export function scanVariableBodies(text: string): VariableBodies {
  const size = text.length + 1;
  // Index [2 * i + q]: the body read from position i with the quoting state q (1 = inside quotes).
  const closes = new Int32Array(2 * size).fill(-1);
  const states = new Uint8Array(2 * size);
  for (let i = text.length - 1; i >= 0; i -= 1) {
    const ch = text[i] ?? "";
    for (let quoted = 0; quoted < 2; quoted += 1) {
      const at = 2 * i + quoted;
      if (ch === "}" && quoted === 0) {
        closes[at] = i;
        states[at] = END;
        continue;
      }
      const next = 2 * (i + 1) + (ch === "'" ? 1 - quoted : quoted);
      closes[at] = closes[next] ?? -1;
      states[at] = step(states[next] ?? DEAD, ch);
    }
  }
  return {
    close: (start) => (start < size ? (closes[2 * start] ?? -1) : -1),
    isVariable: (start) => {
      const state = states[2 * start];
      return start < size && (state === KEY || state === LEAD);
    },
  };
}
