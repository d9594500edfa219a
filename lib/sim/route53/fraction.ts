/**
 * Exact rationals for the route53 simulator: weighted probabilities are rounded from the exact fraction, not from a
 * floating-point product (SIM_CONTRACT.md, route53, Clarifications), and `random` is compared with interval bounds
 * exactly, so that a draw on a boundary lands where the contract says.
 */
export interface Fraction {
  /** Numerator; the fraction is always reduced. */
  n: bigint;
  /** Denominator, always positive. */
  d: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

export function fraction(n: bigint | number, d: bigint | number = 1n): Fraction {
  let num = BigInt(n);
  let den = BigInt(d);
  if (den < 0n) [num, den] = [-num, -den];
  const g = gcd(num, den) || 1n;
  return { n: num / g, d: den / g };
}

export const ZERO = fraction(0);
export const ONE = fraction(1);

export function add(a: Fraction, b: Fraction): Fraction {
  return fraction(a.n * b.d + b.n * a.d, a.d * b.d);
}

export function sub(a: Fraction, b: Fraction): Fraction {
  return fraction(a.n * b.d - b.n * a.d, a.d * b.d);
}

export function mul(a: Fraction, b: Fraction): Fraction {
  return fraction(a.n * b.n, a.d * b.d);
}

export function div(a: Fraction, b: Fraction): Fraction {
  return fraction(a.n * b.d, a.d * b.n);
}

/** -1, 0 or 1 as `a` is below, equal to or above `b`. */
export function compare(a: Fraction, b: Fraction): number {
  const left = a.n * b.d;
  const right = b.n * a.d;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** The largest integer not above `a`. */
export function floor(a: Fraction): bigint {
  const q = a.n / a.d;
  return a.n < 0n && q * a.d !== a.n ? q - 1n : q;
}

/** The exact value of a finite double: every double is an integer times a power of two. */
export function fromNumber(x: number): Fraction {
  if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const negative = bits >> 63n === 1n;
  const exponent = Number((bits >> 52n) & 0x7ffn);
  const mantissa = bits & ((1n << 52n) - 1n);
  const significand = exponent === 0 ? mantissa : mantissa | (1n << 52n);
  const shift = (exponent === 0 ? 1 : exponent) - 1075;
  const value = shift >= 0 ? fraction(significand << BigInt(shift)) : fraction(significand, 1n << BigInt(-shift));
  return negative ? fraction(-value.n, value.d) : value;
}

/** `a` rounded to 4 decimal places, halves up, as a number (0.78431… → 0.7843). */
export function round4(a: Fraction): number {
  const scaled = floor(add(mul(a, fraction(10_000)), fraction(1, 2)));
  return Number(scaled) / 10_000;
}
