import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { decodeXmlText } from './decode-xml-text';
import { WeChatProtocolError } from './wechat-protocol-error';

/** Real callbacks are a few hundred bytes; anything near this is not WeChat. */
export const DEFAULT_MAX_XML_BYTES = 64 * 1024;

const CDATA = '#cdata';
const TEXT = '#text';
const COMMENT = '#comment';

/** Entity processing off and values kept as written: MsgId is 64-bit, CDATA is kept exactly. */
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: false,
  processEntities: false,
  htmlEntities: false,
  cdataPropName: CDATA,
  commentPropName: COMMENT,
  maxNestedTags: 16,
  // The library refuses __proto__ / constructor / prototype; other Object.prototype names
  // (toString…) keep their name: nodes are only read through Object.keys and the result is
  // built with Object.fromEntries, so no name can reach a prototype.
  onDangerousProperty: (name) => name,
});

type OrderedNode = Record<string, unknown>;

/**
 * Parses a WeChat / WeCom callback body into the top-level children of its `<xml>` root, every
 * value a string exactly as sent (`MsgId`, `CreateTime`, `AgentID`… are not turned into numbers).
 * Nested elements are flattened as `Parent.Child` keys (`ScanCodeInfo.ScanResult`); a name that
 * repeats inside a parent is indexed: `PicList.item[0].PicMd5Sum`, `PicList.item[1].PicMd5Sum`.
 * Attributes, comments and an XML declaration are ignored.
 *
 * Values: CDATA content is kept exactly (whitespace, `&amp;`, `<` stay literal; only line ends
 * are normalised to `\n`, as XML requires) and
 * whitespace-only text around CDATA is formatting; text outside CDATA is trimmed, then the five
 * predefined entities and numeric character references are decoded by hand (see decodeXmlText).
 *
 * Refused with WeChatProtocolError -40002 (and nothing else is ever thrown): a body over
 * `maxBytes` UTF-8 bytes (default 64 KiB), any `<!DOCTYPE` or `<!ENTITY` outside CDATA (a user may
 * well text "<!doctype html>": that is content, kept), malformed XML, a root other than a single `<xml>`,
 * text directly inside the root, a repeated top-level tag or flattened key, a processing
 * instruction, any other entity reference.
 */
export function parseWeChatXml(body: string, options?: { maxBytes?: number }): Record<string, string> {
  try {
    return parseChecked(body, options?.maxBytes ?? DEFAULT_MAX_XML_BYTES);
  } catch (error) {
    if (error instanceof WeChatProtocolError) throw error;
    throw fail(error instanceof Error ? error.message : 'unreadable body');
  }
}

function parseChecked(body: string, maxBytes: number): Record<string, string> {
  if (typeof body !== 'string') throw fail('body is not a string');
  if (Buffer.byteLength(body, 'utf8') > maxBytes) throw fail(`body over ${maxBytes} bytes`);
  // Declarations are looked for in the markup, where CDATA sections are content; and anywhere before
  // the root, where a declaration must stand and no CDATA can (so a "<![CDATA[" in a comment hides nothing).
  const declaration = /<!\s*(?:DOCTYPE|ENTITY)/i;
  const rootAt = body.search(/<xml[\s>]/);
  if (
    declaration.test(rootAt < 0 ? body : body.slice(0, rootAt)) ||
    declaration.test(body.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, ''))
  )
    throw fail('DOCTYPE and ENTITY declarations are refused');
  const text = body.startsWith('\uFEFF') ? body.slice(1) : body;
  if (text.trim() === '') throw fail('empty body');
  const verdict = XMLValidator.validate(text);
  if (verdict !== true)
    throw fail(`${verdict.err.msg} (line ${verdict.err.line}, column ${verdict.err.col})`);
  const root = findRoot(parser.parse(text) as OrderedNode[]);
  const fields = new Map<string, string>();
  collect({ children: root, prefix: '', fields, topLevel: true });
  return Object.fromEntries(fields);
}

/** The children of the single `<xml>` root, allowing only a declaration and comments beside it. */
function findRoot(document: OrderedNode[]): OrderedNode[] {
  let root: OrderedNode[] | null = null;
  for (const node of document) {
    const name = nameOf(node);
    if (name === COMMENT || name === '?xml') continue;
    if (name === TEXT && String(node[TEXT]).trim() === '') continue;
    if (name !== 'xml' || root !== null) throw fail('the document must have a single <xml> root');
    root = node.xml as OrderedNode[];
  }
  if (root === null) throw fail('no <xml> root');
  return root;
}

function collect(options: {
  children: OrderedNode[];
  prefix: string;
  fields: Map<string, string>;
  topLevel: boolean;
}): void {
  const { children, prefix, fields, topLevel } = options;
  const elements = children.filter((node) => !isIgnorable(node));
  const counts = new Map<string, number>();
  for (const node of elements) {
    const name = nameOf(node);
    if (name === TEXT || name === CDATA) throw fail(`text directly inside <${prefix || 'xml'}>`);
    if (name.startsWith('?')) throw fail(`processing instruction <${name}> inside <${prefix || 'xml'}>`);
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const seen = new Map<string, number>();
  for (const node of elements) {
    const name = nameOf(node);
    const repeats = (counts.get(name) ?? 0) > 1;
    if (repeats && topLevel) throw fail(`repeated top-level tag <${name}>`);
    const index = seen.get(name) ?? 0;
    seen.set(name, index + 1);
    const key = `${prefix}${name}${repeats ? `[${index}]` : ''}`;
    const content = node[name] as OrderedNode[];
    if (content.some((child) => isElement(child))) {
      collect({ children: content, prefix: `${key}.`, fields, topLevel: false });
    } else {
      if (fields.has(key)) throw fail(`field ${key} given twice`);
      fields.set(key, valueOf(content));
    }
  }
}

/** An element's character content: CDATA exact, the text outside it trimmed and decoded. */
function valueOf(content: OrderedNode[]): string {
  const hasCdata = content.some((node) => nameOf(node) === CDATA);
  const parts: string[] = [];
  for (const node of content) {
    const name = nameOf(node);
    if (name === CDATA) {
      parts.push((node[CDATA] as OrderedNode[]).map((part) => String(part[TEXT] ?? '')).join(''));
    } else if (name === TEXT) {
      const raw = String(node[TEXT]);
      if (!hasCdata || raw.trim() !== '') parts.push(hasCdata ? decodeXmlText(raw) : raw);
    }
  }
  return hasCdata ? parts.join('') : decodeXmlText(parts.join('').trim());
}

function isElement(node: OrderedNode): boolean {
  const name = nameOf(node);
  return name !== TEXT && name !== CDATA && name !== COMMENT;
}

/** Comments and formatting whitespace between elements. */
function isIgnorable(node: OrderedNode): boolean {
  const name = nameOf(node);
  return name === COMMENT || (name === TEXT && String(node[TEXT]).trim() === '');
}

function nameOf(node: OrderedNode): string {
  const name = Object.keys(node).find((key) => key !== ':@');
  if (name === undefined) throw fail('empty node');
  if (name.startsWith('?')) {
    if (name !== '?xml') throw fail(`processing instruction <${name}> refused`);
  }
  return name;
}

function fail(reason: string): WeChatProtocolError {
  return new WeChatProtocolError(-40002, `XML: ${reason}`);
}
