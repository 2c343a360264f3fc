import { describe, expect, it } from 'vitest';
import { buildWeChatXml } from '@/server/channels/wechat/build-wechat-xml';
import { parseWeChatXml } from '@/server/channels/wechat/parse-wechat-xml';
import { WeChatProtocolError } from '@/server/channels/wechat/wechat-protocol-error';

describe('buildWeChatXml', () => {
  it("writes WeChat's layout: strings in CDATA, numbers bare, nested records and <item> arrays", () => {
    const xml = buildWeChatXml({
      CreateTime: 12345678,
      MsgType: 'news',
      Image: { MediaId: 'm' },
      Articles: [{ Title: 'a' }, { Title: 'b' }],
    });
    expect(xml).toBe(
      [
        '<xml>',
        '<CreateTime>12345678</CreateTime>',
        '<MsgType><![CDATA[news]]></MsgType>',
        '<Image>',
        '<MediaId><![CDATA[m]]></MediaId>',
        '</Image>',
        '<Articles>',
        '<item>',
        '<Title><![CDATA[a]]></Title>',
        '</item>',
        '<item>',
        '<Title><![CDATA[b]]></Title>',
        '</item>',
        '</Articles>',
        '</xml>',
      ].join('\n'),
    );
  });

  it('splits ]]> across two CDATA sections and round-trips it', () => {
    const content = 'a]]>b ]]>]]> <![CDATA[ & &amp; <tag> 你好 😀 ';
    const xml = buildWeChatXml({ Content: content });
    expect(xml).toBe(
      '<xml>\n<Content><![CDATA[a]]]]><![CDATA[>b ]]]]><![CDATA[>]]]]><![CDATA[> <![CDATA[ & &amp; <tag> 你好 😀 ]]></Content>\n</xml>',
    );
    expect(parseWeChatXml(xml)).toStrictEqual({ Content: content });
  });

  it('round-trips flat fields with parseWeChatXml (numbers come back as strings)', () => {
    const fields = {
      ToUserName: 'oUser',
      FromUserName: 'gh_123',
      CreateTime: 1_700_000_000,
      MsgType: 'text',
      Content: '  line 1\n\tline 2  ',
      Empty: '',
      Latitude: 23.137466,
    };
    expect(parseWeChatXml(buildWeChatXml(fields))).toStrictEqual({
      ...fields,
      CreateTime: '1700000000',
      Latitude: '23.137466',
    });
  });

  it('drops characters XML cannot carry, so the output always parses', () => {
    const xml = buildWeChatXml({ Content: 'a\u0000b\u0008c\u000Bd\uFFFFe\uD800f😀g\tok\r\n' });
    // CR LF comes back as LF: XML normalises line ends, in CDATA too.
    expect(parseWeChatXml(xml).Content).toBe('abcdef😀g\tok\n');
  });

  it.each([
    ['an invalid element name', { 'bad name': 'x' }],
    ['a name starting with xml', { xmlThing: 'x' }],
    ['NaN', { CreateTime: Number.NaN }],
    ['Infinity', { CreateTime: Number.POSITIVE_INFINITY }],
  ])('refuses %s', (_label, fields) => {
    expect(() => buildWeChatXml(fields)).toThrow(WeChatProtocolError);
  });
});
