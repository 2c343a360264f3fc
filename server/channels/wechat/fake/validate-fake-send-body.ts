import { utf8ByteLength } from '../utf8-byte-length';
import { fakeBodyChecks } from './fake-body-checks';

/** WeChat's error for a malformed custom-service message: `[errcode, errmsg]`, or null when valid. */
export type FakeSendProblem = readonly [errcode: number, errmsg: string] | null;

const MAX_TEXT_BYTES = 2048;

const { isObject, hasStrings } = fakeBodyChecks;

const FORMAT: FakeSendProblem = [47001, 'data format error'];

/** Required fields per `msgtype` (PROTOCOL.md §5), checked like WeChat's custom-service send. */
function checkPayload(msgtype: string, payload: unknown): FakeSendProblem {
  switch (msgtype) {
    case 'text': {
      if (!isObject(payload) || typeof payload.content !== 'string') return FORMAT;
      return utf8ByteLength(payload.content) > MAX_TEXT_BYTES ? [45002, 'content size out of limit'] : null;
    }
    case 'image':
    case 'voice':
    case 'mpnews':
      return hasStrings(payload, ['media_id']) ? null : [40007, 'invalid media_id'];
    case 'video':
      return hasStrings(payload, ['media_id', 'thumb_media_id']) ? null : [40007, 'invalid media_id'];
    case 'music':
      return hasStrings(payload, ['musicurl', 'hqmusicurl', 'thumb_media_id']) ? null : FORMAT;
    case 'news': {
      const articles = isObject(payload) ? payload.articles : undefined;
      if (!Array.isArray(articles) || articles.length === 0) return FORMAT;
      if (articles.length > 1) return [45008, 'article size out of limit'];
      return hasStrings(articles[0], ['title', 'url']) ? null : FORMAT;
    }
    case 'msgmenu': {
      const list = isObject(payload) ? payload.list : undefined;
      if (!Array.isArray(list) || list.length === 0) return FORMAT;
      return list.every((item) => hasStrings(item, ['id', 'content'])) ? null : FORMAT;
    }
    case 'miniprogrampage':
      return hasStrings(payload, ['title', 'appid', 'pagepath', 'thumb_media_id']) ? null : FORMAT;
    default:
      return [40008, 'invalid message type'];
  }
}

/** Validates a custom-service send body: touser, msgtype and that type's payload. */
export function validateFakeSendBody(body: unknown): FakeSendProblem {
  if (!isObject(body)) return FORMAT;
  if (typeof body.touser !== 'string' || body.touser === '') return [40003, 'invalid openid'];
  if (typeof body.msgtype !== 'string') return [40008, 'invalid message type'];
  return checkPayload(body.msgtype, body[body.msgtype]);
}
