// Times in the partnership's time zone, money in Danish kroner.

import { lang } from "./i18n";

function locale(): string {
  return lang() === "en" ? "en-GB" : "da-DK";
}

const formats = new Map<string, Intl.DateTimeFormat>();
const moneyFormats = new Map<string, Intl.NumberFormat>();

/** A formatter for `options` in the current language (made once: making one is slow). */
function dateFormat(options: Intl.DateTimeFormatOptions, fixedLocale?: string): Intl.DateTimeFormat {
  const language = fixedLocale ?? locale();
  const key = `${language} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language, options);
    formats.set(key, format);
  }
  return format;
}

/** "onsdag 26. februar 2025 kl. 14.30" in the partnership's zone. */
export function dateTime(iso: string | null | undefined, timeZone: string): string {
  if (!iso) return "";
  return dateFormat({
    timeZone,
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  }).format(new Date(iso));
}

export function shortDate(iso: string, timeZone: string): string {
  return dateFormat({ timeZone, day: "numeric", month: "short", year: "numeric" }).format(new Date(iso));
}

/** A calendar date ("2026-12-20": no zone) as "20. dec. 2026". */
export function calendarDate(day: string): string {
  return shortDate(`${day}T12:00:00Z`, "UTC");
}

export function time(iso: string, timeZone: string): string {
  return dateFormat({ timeZone, hour: "2-digit", minute: "2-digit" }).format(new Date(iso));
}

/** A local date and time ("2025-02-26", "14:30") in `timeZone` as a UTC instant (RFC 3339). */
export function toInstant(date: string, clock: string, timeZone: string): string {
  const guess = new Date(`${date}T${clock}:00Z`);
  // The zone's offset at that moment, found by formatting the guess in the zone.
  const parts = dateFormat(
    { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" },
    "en-US",
  ).formatToParts(guess);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asLocal = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"));
  return new Date(guess.getTime() - (asLocal - guess.getTime())).toISOString();
}

/** An API amount ("1250000.00" kroner) as "1.250.000,00 kr." */
export function money(amount: string | number | null | undefined, currency = "DKK"): string {
  if (amount === null || amount === undefined) return "";
  const key = `${locale()} ${currency}`;
  let format = moneyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale(), { style: "currency", currency });
    moneyFormats.set(key, format);
  }
  return format.format(Number(amount));
}
