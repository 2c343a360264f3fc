import { isXmlChar } from './is-xml-char';
import { WeChatProtocolError } from './wechat-protocol-error';

/** Fields of a WeChat XML document: strings become CDATA, numbers stay bare, arrays repeat `<item>`. */
export type XmlValue = { [name: string]: string | number | XmlValue | XmlValue[] };

const NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/**
 * Serialises `fields` as `<xml>…</xml>` in WeChat's own layout (one element per line, as in the
 * official samples), fields in insertion order. Strings are wrapped in CDATA, a `]]>` inside split
 * across two sections; characters XML cannot represent are dropped so the output is always
 * well-formed. Numbers are written bare (finite only). An array becomes repeated `<item>` children
 * (`Articles/item`). Round-trips with parseWeChatXml for flat fields (numbers come back as strings).
 * A bad element name or a non-finite number is a programming error: WeChatProtocolError -40002.
 */
export function buildWeChatXml(fields: XmlValue): string {
  return `<xml>\n${elements(fields)}</xml>`;
}

function elements(fields: XmlValue): string {
  return Object.entries(fields)
    .map(([name, value]) => element(name, value))
    .join('');
}

function element(name: string, value: XmlValue[string]): string {
  if (!NAME.test(name) || /^xml/i.test(name)) throw fail(`invalid element name ${JSON.stringify(name)}`);
  if (typeof value === 'string') return `<${name}>${cdata(value)}</${name}>\n`;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw fail(`<${name}> is not a finite number`);
    return `<${name}>${String(value)}</${name}>\n`;
  }
  if (Array.isArray(value)) {
    return `<${name}>\n${value.map((item) => `<item>\n${elements(item)}</item>\n`).join('')}</${name}>\n`;
  }
  return `<${name}>\n${elements(value)}</${name}>\n`;
}

function cdata(text: string): string {
  return `<![CDATA[${xmlChars(text).replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
}

/** `text` without the code points XML cannot carry (C0 controls but tab/LF/CR, lone surrogates…). */
function xmlChars(text: string): string {
  let kept = '';
  for (const char of text) if (isXmlChar(char.codePointAt(0) ?? 0)) kept += char;
  return kept;
}

function fail(reason: string): WeChatProtocolError {
  return new WeChatProtocolError(-40002, `XML: ${reason}`);
}
