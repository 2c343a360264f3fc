import { utf8ByteLength } from '../utf8-byte-length';
import { fakeBodyChecks } from './fake-body-checks';
import type { FakeSendProblem } from './validate-fake-send-body';

const { isObject, hasStrings } = fakeBodyChecks;
const FORMAT = [47001, 'data format error'] as const;
const MEDIA = [40007, 'invalid media_id'] as const;
const MAX_CONTENT_BYTES = 2048;
const MAX_ARTICLES = 8;

const content = (payload: unknown): FakeSendProblem => {
  if (!isObject(payload) || typeof payload.content !== 'string' || payload.content === '') return FORMAT;
  return utf8ByteLength(payload.content) > MAX_CONTENT_BYTES ? [45002, 'content size out of limit'] : null;
};

/** Required fields per `msgtype` of WeCom's app message send (`/cgi-bin/message/send`). */
function checkPayload(msgtype: string, payload: unknown): FakeSendProblem {
  switch (msgtype) {
    case 'text':
    case 'markdown':
      return content(payload);
    case 'image':
    case 'voice':
    case 'file':
    case 'video':
      return hasStrings(payload, ['media_id']) ? null : MEDIA;
    case 'news': {
      const articles = isObject(payload) ? payload.articles : undefined;
      if (!Array.isArray(articles) || articles.length === 0) return FORMAT;
      if (articles.length > MAX_ARTICLES) return [45008, 'article size out of limit'];
      return articles.every((a) => hasStrings(a, ['title', 'url'])) ? null : FORMAT;
    }
    case 'textcard':
      return hasStrings(payload, ['title', 'description', 'url']) ? null : FORMAT;
    case 'miniprogram_notice':
      return hasStrings(payload, ['appid', 'title']) ? null : FORMAT;
    default:
      return [40008, 'invalid message type'];
  }
}

/** A valid body's addressing, or WeCom's error for an invalid one. */
export type FakeWeComSendCheck =
  | { problem: readonly [errcode: number, errmsg: string] }
  | { problem: null; touser: string; msgtype: string; agentId: string; body: Record<string, unknown> };

/** WeCom takes an integer agentid; a numeric string is tolerated. */
function agentIdOf(agentid: unknown): string | null {
  if (typeof agentid === 'number' && Number.isSafeInteger(agentid) && agentid >= 0) return String(agentid);
  if (typeof agentid === 'string' && /^\d+$/.test(agentid)) return agentid;
  return null;
}

/**
 * Validates a WeCom app message body `{touser, msgtype, agentid, <msgtype>: {…}}`: a recipient, an
 * agentid and that type's payload. Whether the agent and the users exist is the state's business.
 */
export function validateFakeWeComSendBody(body: unknown): FakeWeComSendCheck {
  if (!isObject(body)) return { problem: FORMAT };
  const { touser, msgtype } = body;
  if (typeof touser !== 'string' || touser === '')
    return { problem: [81013, 'user & party & tag all invalid'] };
  const agentId = agentIdOf(body.agentid);
  if (agentId === null) return { problem: [40056, 'invalid agentid'] };
  if (typeof msgtype !== 'string') return { problem: [40008, 'invalid message type'] };
  const problem = checkPayload(msgtype, body[msgtype]);
  return problem ? { problem } : { problem: null, touser, msgtype, agentId, body };
}
