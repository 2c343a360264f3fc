// The WeChat XML codec: parse a callback body, build a reply body.
export { parseWeChatXml, DEFAULT_MAX_XML_BYTES } from './parse-wechat-xml';
export { buildWeChatXml } from './build-wechat-xml';
export type { XmlValue } from './build-wechat-xml';
