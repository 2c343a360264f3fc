import { zonedParts } from '../time/zoned-parts';

const TOKENS = /YYYY|MM|DD|HH|mm|ss/g;

/** Formats `at` in `timeZone` with the tokens YYYY, MM, DD, HH, mm, ss; other text is kept. */
export function formatDate(options: { at: Date; format: string; timeZone: string }): string {
  const p = zonedParts(options.at, options.timeZone);
  const pad = (value: number) => String(value).padStart(2, '0');
  const values: Record<string, string> = {
    YYYY: String(p.year),
    MM: pad(p.month),
    DD: pad(p.day),
    HH: pad(p.hour),
    mm: pad(p.minute),
    ss: pad(p.second),
  };
  return options.format.replace(TOKENS, (token) => values[token] ?? token);
}
