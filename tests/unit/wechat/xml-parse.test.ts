import { describe, expect, it } from 'vitest';
import { parseWeChatXml } from '@/server/channels/wechat/parse-wechat-xml';
import { WeChatProtocolError } from '@/server/channels/wechat/wechat-protocol-error';

function parseError(body: unknown, options?: { maxBytes?: number }): WeChatProtocolError {
  try {
    parseWeChatXml(body as string, options);
  } catch (error) {
    expect(error).toBeInstanceOf(WeChatProtocolError);
    expect((error as WeChatProtocolError).code).toBe(-40002);
    return error as WeChatProtocolError;
  }
  throw new Error('expected a WeChatProtocolError');
}

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<xml><Content>&lol3;</Content></xml>`;

const EXTERNAL_ENTITY = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE xml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<xml><ToUserName><![CDATA[toUser]]></ToUserName><Content>&xxe;</Content></xml>`;

describe('parseWeChatXml refuses', () => {
  it.each([
    ['a DOCTYPE', '<!DOCTYPE xml><xml><A>1</A></xml>'],
    ['a lower-case doctype', '<!doctype xml><xml><A>1</A></xml>'],
    [
      'a DOCTYPE hidden behind a CDATA opener in a comment',
      '<!-- <![CDATA[ --><!DOCTYPE x [<!ENTITY e "z">]>]]><xml><A>1</A></xml>',
    ],
    ['billion laughs', BILLION_LAUGHS],
    ['an external entity (XXE)', EXTERNAL_ENTITY],
    ['an undeclared entity reference', '<xml><A>&xxe;</A></xml>'],
    ['a bare ampersand', '<xml><A>fish & chips</A></xml>'],
    ['a reference to a non-character', '<xml><A>&#0;</A></xml>'],
    ['unclosed root', '<xml><A>1</A>'],
    ['mismatched tags', '<xml><A>1</B></xml>'],
    ['an unterminated CDATA', '<xml><A><![CDATA[abc</A></xml>'],
    ['a wrong root', '<root><A>1</A></root>'],
    ['an upper-case root', '<XML><A>1</A></XML>'],
    ['two roots', '<xml><A>1</A></xml><xml><A>2</A></xml>'],
    ['a repeated top-level tag', '<xml><MsgType>text</MsgType><MsgType>event</MsgType></xml>'],
    ['a flattened name given twice', '<xml><A><B>1</B></A><A.B>2</A.B></xml>'],
    ['text directly inside the root', '<xml>hello<A>1</A></xml>'],
    ['a declaration inside the root', '<xml><?xml version="1.0"?><A>1</A></xml>'],
    ['CDATA outside the root', '<xml><A>1</A></xml><![CDATA[x]]>'],
    ['a processing instruction', '<xml><?php echo 1; ?><A>1</A></xml>'],
    ['an empty body', ''],
    ['a whitespace body', ' \n\t '],
    ['plain text', 'success'],
    ['JSON', '{"MsgType":"text"}'],
    ['binary garbage', '\u0000\u0001\u00ff\ufffd\u0089PNG\r\n\u001a\n'],
    ['nesting deeper than any callback', `<xml>${'<a>'.repeat(40)}x${'</a>'.repeat(40)}</xml>`],
  ])('%s', (_label, body) => {
    parseError(body);
  });

  it('a body over maxBytes, counted in UTF-8 bytes', () => {
    const body = `<xml><Content><![CDATA[${'你'.repeat(1000)}]]></Content></xml>`;
    expect(parseWeChatXml(body, { maxBytes: 3100 }).Content).toHaveLength(1000);
    // 1000 characters but over 3000 bytes.
    expect(parseError(body, { maxBytes: 3000 }).message).toMatch(/3000 bytes/);
  });

  it('a body over the default 64 KiB', () => {
    const body = `<xml><Content><![CDATA[${'a'.repeat(64 * 1024)}]]></Content></xml>`;
    parseError(body);
  });

  it('anything that is not a string, without throwing another error type', () => {
    parseError(undefined);
    parseError(null);
    parseError(Buffer.from('<xml/>'));
  });
});

describe('parseWeChatXml values', () => {
  it('keeps CDATA exactly: whitespace, entities and markup stay literal', () => {
    const body = '<xml>\n<Content><![CDATA[  a &amp; <b>\n\t ]]></Content>\n</xml>';
    expect(parseWeChatXml(body)).toStrictEqual({ Content: '  a &amp; <b>\n\t ' });
  });

  it('ignores formatting whitespace around CDATA and joins split CDATA sections', () => {
    const body = '<xml><A>\n  <![CDATA[x]]]]><![CDATA[>y]]>\n</A></xml>';
    expect(parseWeChatXml(body).A).toBe('x]]>y');
  });

  it('trims text outside CDATA and decodes the predefined entities and character references once', () => {
    const body = '<xml><A>  1 &lt;&gt;&amp;&quot;&apos; &#20320;&#x597D; &amp;lt;  </A></xml>';
    expect(parseWeChatXml(body).A).toBe(`1 <>&"' 你好 &lt;`);
  });

  it('reads empty and self-closing elements as empty strings', () => {
    expect(parseWeChatXml('<xml><A></A><B/><C><![CDATA[]]></C></xml>')).toStrictEqual({
      A: '',
      B: '',
      C: '',
    });
  });

  it('flattens nested elements as Parent.Child and indexes repeated names', () => {
    const body = `<xml><Event><![CDATA[scancode_push]]></Event>
<ScanCodeInfo><ScanType><![CDATA[qrcode]]></ScanType><ScanResult><![CDATA[1]]></ScanResult></ScanCodeInfo>
<SendPicsInfo><Count>2</Count><PicList>
<item><PicMd5Sum><![CDATA[aaa]]></PicMd5Sum></item>
<item><PicMd5Sum><![CDATA[bbb]]></PicMd5Sum></item>
</PicList></SendPicsInfo></xml>`;
    expect(parseWeChatXml(body)).toStrictEqual({
      Event: 'scancode_push',
      'ScanCodeInfo.ScanType': 'qrcode',
      'ScanCodeInfo.ScanResult': '1',
      'SendPicsInfo.Count': '2',
      'SendPicsInfo.PicList.item[0].PicMd5Sum': 'aaa',
      'SendPicsInfo.PicList.item[1].PicMd5Sum': 'bbb',
    });
  });

  it('allows an XML declaration, a BOM, comments and attributes', () => {
    const body =
      '\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n<!-- note -->\n<xml><A x="1"><!-- c -->v</A></xml>\n';
    expect(parseWeChatXml(body)).toStrictEqual({ A: 'v' });
  });

  it('refuses __proto__ / constructor and keeps other Object.prototype names as plain own fields', () => {
    parseError('<xml><__proto__><polluted>1</polluted></__proto__></xml>');
    parseError('<xml><constructor><prototype><polluted>1</polluted></prototype></constructor></xml>');
    const fields = parseWeChatXml('<xml><toString>1</toString><hasOwnProperty>2</hasOwnProperty></xml>');
    expect(Object.getPrototypeOf(fields)).toBe(Object.prototype);
    expect(Object.entries(fields)).toStrictEqual([
      ['toString', '1'],
      ['hasOwnProperty', '2'],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('declarations as content', () => {
  it('keeps a user message that merely contains "<!DOCTYPE" or "<!ENTITY" in CDATA', () => {
    const fields = parseWeChatXml(
      '<xml><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[<!doctype html> <!ENTITY x "y">]]></Content></xml>',
    );
    expect(fields.Content).toBe('<!doctype html> <!ENTITY x "y">');
  });
});
