import { isXmlChar } from './is-xml-char';
import { WeChatProtocolError } from './wechat-protocol-error';

const PREDEFINED: Readonly<Record<string, string>> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
};

/**
 * Decodes character data found outside CDATA, where the XML parser runs with entity processing
 * off: the five predefined entities and numeric character references (`&#38;`, `&#x26;`) are
 * decoded by hand, once (no recursion, so no expansion). Any other `&` is an error (-40002): with
 * DOCTYPE refused no other entity can be declared, so it is undefined or a bare ampersand.
 */
export function decodeXmlText(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&([^;&\s]{0,10});?/g, (match, name: string) => {
    if (!match.endsWith(';')) throw invalid(match);
    const named = PREDEFINED[name];
    if (named !== undefined) return named;
    const numeric = /^#(?:x([0-9a-fA-F]{1,6})|([0-9]{1,7}))$/.exec(name);
    if (!numeric) throw invalid(match);
    const code = numeric[1] !== undefined ? parseInt(numeric[1], 16) : Number(numeric[2]);
    if (!isXmlChar(code)) throw invalid(match);
    return String.fromCodePoint(code);
  });
}

function invalid(reference: string): WeChatProtocolError {
  return new WeChatProtocolError(
    -40002,
    `XML: invalid entity or character reference ${JSON.stringify(reference)}`,
  );
}
