/**
 * Quantity suffixes (Kubernetes apimachinery `pkg/api/resource/suffix.go`, `newSuffixer`) and
 * advice for the suffixes people get wrong (`512MB`, `1GB`, `2K`, `100mi`).
 */

/** How a quantity was written: `64Mi` binarySI, `500m` / `2G` / `3` decimalSI, `1e3` decimalExponent. */
export type QuantityFormat = 'binarySI' | 'decimalSI' | 'decimalExponent';

/** A recognised suffix: value multiplier 10^pow10 × 2^pow2. */
export interface SuffixInfo {
  readonly format: QuantityFormat;
  readonly pow10: number;
  readonly pow2: number;
}

const BINARY: Readonly<Record<string, number>> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
const DECIMAL: Readonly<Record<string, number>> = {
  n: -9,
  u: -6,
  m: -3,
  '': 0,
  k: 3,
  M: 6,
  G: 9,
  T: 12,
  P: 15,
  E: 18,
};
const EXPONENT_RE = /^[eE]([+-]?)(\d+)$/;

/** Largest exponent magnitude accepted after `e` (Kubernetes stores it as an int32). */
export const MAX_EXPONENT = 2147483647;

/** Looks a suffix up; `undefined` when Kubernetes does not know it (or the exponent is out of range). */
export function lookupSuffix(suffix: string): SuffixInfo | undefined {
  const binary = BINARY[suffix];
  if (binary !== undefined) return { format: 'binarySI', pow10: 0, pow2: binary };
  const decimal = DECIMAL[suffix];
  if (decimal !== undefined) return { format: 'decimalSI', pow10: decimal, pow2: 0 };
  const match = EXPONENT_RE.exec(suffix);
  if (!match) return undefined;
  const digits = (match[2] ?? '').replace(/^0+(?=\d)/, '');
  if (digits.length > 10 || Number(digits) > MAX_EXPONENT) return undefined;
  const magnitude = Number(digits);
  return { format: 'decimalExponent', pow10: match[1] === '-' ? -magnitude : magnitude, pow2: 0 };
}

const BINARY_POWER: Readonly<Record<string, number>> = { K: 10, M: 20, G: 30, T: 40, P: 50, E: 60 };
const DECIMAL_POWER: Readonly<Record<string, number>> = { K: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };

/** `Mi (2^20)` */
function binaryChoice(letter: string): string {
  return `${letter}i (2^${BINARY_POWER[letter] ?? 0})`;
}

/** `M (10^6)`, with `k` for kilo. */
function decimalChoice(letter: string): string {
  return `${letter === 'K' ? 'k' : letter} (10^${DECIMAL_POWER[letter] ?? 0})`;
}

/**
 * Explains why a suffix is not accepted and what to write instead, e.g. for `MB`:
 * "unknown suffix 'MB'; use Mi (2^20) or M (10^6)".
 */
export function suffixAdvice(suffix: string): string {
  const unknown = `unknown suffix '${suffix}'`;
  const letter = suffix.charAt(0).toUpperCase();
  const known = BINARY_POWER[letter] !== undefined;
  if (/^[eE][+-]?\d*\.\d*$/.test(suffix)) {
    return `the exponent after '${suffix.charAt(0)}' must be a whole number (e.g. 1e3, not 1e3.5)`;
  }
  if (/^[eE][+-]?\d+$/.test(suffix)) {
    return `the exponent in '${suffix}' is out of range (at most ${MAX_EXPONENT} either way)`;
  }
  if (/^[eE][+-]?$/.test(suffix) && suffix !== 'E') {
    return `an exponent needs digits after '${suffix}' (e.g. 1e3)`;
  }
  if (known && /^[A-Za-z][iI]?[bB]$/.test(suffix)) {
    if (suffix.length === 3) return `${unknown}; use ${binaryChoice(letter)}`;
    return `${unknown}; use ${binaryChoice(letter)} or ${decimalChoice(letter)}`;
  }
  if (known && /^[A-Za-z][iI]$/.test(suffix)) return `${unknown}; use ${binaryChoice(letter)}`;
  if (suffix === 'K') return `${unknown}; use k (10^3) or Ki (2^10)`;
  if (known && suffix.length === 1)
    return `${unknown}; use ${decimalChoice(letter)} or ${binaryChoice(letter)}`;
  if (/^(b|bytes?)$/i.test(suffix)) {
    return `${unknown}; amounts are plain numbers of bytes, so drop '${suffix}' or use a suffix such as Mi or M`;
  }
  if (/^(cores?|cpus?|vcpus?)$/i.test(suffix)) {
    return `${unknown}; CPU is counted in cores, so drop '${suffix}' (write 2, or 500m for half a core)`;
  }
  if (suffix.startsWith('.')) return 'has more than one decimal point';
  if (/^,\d/.test(suffix)) return "use '.' as the decimal separator, not ','";
  return (
    `${unknown}; use one of Ki Mi Gi Ti Pi Ei (powers of 2), n u m k M G T P E (powers of 10) ` +
    'or an exponent such as e3'
  );
}
