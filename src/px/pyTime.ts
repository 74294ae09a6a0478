/**
 * Python `datetime.date` / `datetime.datetime` values as PyYAML builds them from a timestamp,
 * and the two ways Polyaxon turns them into text: Python `str()` and orjson.
 */

/** The fields of a PyYAML timestamp: a `datetime.date`, or a `datetime.datetime` when `time` is set. */
export interface PyTimestamp {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly time: {
    readonly hour: number;
    readonly minute: number;
    readonly second: number;
    readonly microsecond: number;
    /** UTC offset in minutes, or null for a naive datetime. */
    readonly offsetMinutes: number | null;
  } | null;
}

/** The regex of PyYAML `SafeConstructor.timestamp_regexp`, which splits the text into fields. */
const TIMESTAMP_PARTS_RE = new RegExp(
  '^([0-9]{4})-([0-9][0-9]?)-([0-9][0-9]?)' +
    '(?:(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9]{2}):([0-9]{2})(?:\\.([0-9]*))?' +
    '(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9]{2}))?))?)?$',
);

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Splits a timestamp text the way PyYAML `construct_yaml_timestamp` does and checks the fields
 * the way `datetime` does. A string result is the exception Python raises.
 */
export function parsePyTimestamp(text: string): PyTimestamp | string {
  const m = TIMESTAMP_PARTS_RE.exec(text);
  if (!m) return "AttributeError: 'NoneType' object has no attribute 'groupdict'";
  const num = (i: number): number => Number(m[i] ?? '0');
  const [year, month, day] = [num(1), num(2), num(3)];
  if (year < 1) return `ValueError: year ${year} is out of range`;
  if (month < 1 || month > 12) return 'ValueError: month must be in 1..12';
  if (day < 1 || day > daysInMonth(year, month)) return 'ValueError: day is out of range for month';
  if (m[4] === undefined) return { year, month, day, time: null };
  const [hour, minute, second] = [num(4), num(5), num(6)];
  if (hour > 23) return 'ValueError: hour must be in 0..23';
  if (minute > 59) return 'ValueError: minute must be in 0..59';
  if (second > 59) return 'ValueError: second must be in 0..59';
  // PyYAML keeps the first 6 fraction digits and pads them with zeros.
  const microsecond = Number((m[7] ?? '').slice(0, 6).padEnd(6, '0'));
  let offsetMinutes: number | null = null;
  if (m[9] !== undefined) {
    const magnitude = num(10) * 60 + num(11);
    if (magnitude >= 24 * 60) {
      return 'ValueError: offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24)';
    }
    offsetMinutes = m[9] === '-' ? -magnitude : magnitude;
  } else if (m[8] !== undefined) {
    offsetMinutes = 0;
  }
  return { year, month, day, time: { hour, minute, second, microsecond, offsetMinutes } };
}

/** True when the text is a date without a time (PyYAML builds a `datetime.date`). */
export function isPyDate(text: string): boolean {
  const t = parsePyTimestamp(text);
  return typeof t === 'string' ? !/[Tt :]/.test(text) : t.time === null;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function datePart(t: PyTimestamp): string {
  return `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}`;
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function clockPart(time: NonNullable<PyTimestamp['time']>): string {
  const base = `${pad(time.hour)}:${pad(time.minute)}:${pad(time.second)}`;
  return time.microsecond === 0 ? base : `${base}.${pad(time.microsecond, 6)}`;
}

/**
 * Python `str()` of the date or datetime: `2024-01-01`, `2024-01-01 10:00:00`,
 * `2024-01-01 10:00:00.500000+05:00`. Falls back to the text when it is not a valid timestamp.
 */
export function pyTimestampStr(text: string): string {
  const t = parsePyTimestamp(text);
  if (typeof t === 'string') return text;
  if (!t.time) return datePart(t);
  const zone = t.time.offsetMinutes === null ? '' : offsetText(t.time.offsetMinutes);
  return `${datePart(t)} ${clockPart(t.time)}${zone}`;
}

/**
 * orjson's text for the date or datetime as clipped calls it (`OPT_NAIVE_UTC`): RFC 3339 with a
 * `T`, microseconds only when non-zero, and `+00:00` for naive and UTC values.
 */
export function orjsonTimestampStr(text: string): string {
  const t = parsePyTimestamp(text);
  if (typeof t === 'string') return text;
  if (!t.time) return datePart(t);
  return `${datePart(t)}T${clockPart(t.time)}${offsetText(t.time.offsetMinutes ?? 0)}`;
}
