import type { Message } from '@/core';
import { maxPassiveArticles } from './max-passive-articles';
import { MAX_PASSIVE_TEXT_BYTES, passiveReply, type PassiveReplyOptions } from './passive-reply';
import { splitUtf8Text } from './split-utf8-text';

export type PassivePlan = {
  /** The XML body answering the push, or null: answer `success` / an empty body. */
  passive: string | null;
  /** Everything else, in order, for the customer-service send API. */
  viaApi: Message[];
};

/**
 * Splits one turn's messages between the single passive reply WeChat takes per push and the
 * customer-service API (PROTOCOL.md §4–5). Only the turn's first message (its first part) can be
 * the passive reply: the passive answer reaches the user before any API message, so taking a later
 * message would reorder the turn (a menu, then "pick one"). When the first cannot go passively,
 * everything goes `viaApi`, in order, and the push is answered with `success`.
 *
 * Messages are first cut to what each path carries: a text over 2048 UTF-8 bytes becomes several
 * texts of at most 2048 bytes (splitUtf8Text), so its first chunk can be the passive reply; a news
 * becomes, when passive, its first `maxPassiveArticles` articles, and through the API one news per
 * article (API news carries 1 article). Other messages pass through unchanged.
 */
export function planPassiveReplies(
  options: Omit<PassiveReplyOptions, 'message'> & { messages: Message[] },
): PassivePlan {
  const { messages, ...reply } = options;
  const first = messages[0] && passiveParts(messages[0], reply.inboundMsgType)[0];
  const built = first ? passiveReply({ ...reply, message: first }) : null;
  const parts = apiPartsOf({ messages, passiveTaken: built !== null, inboundMsgType: reply.inboundMsgType });
  return { passive: built?.xml ?? null, viaApi: parts.map((p) => p.message) };
}

/**
 * What the customer-service API sends of a turn's messages, in order, each part with the index of
 * the message it belongs to: everything, or (`passiveTaken`) everything after the first message's
 * passive part. The delivery worker and planPassiveReplies cut the same way.
 */
export function apiPartsOf(options: {
  messages: readonly Message[];
  passiveTaken: boolean;
  inboundMsgType: string;
}): { index: number; message: Message }[] {
  return options.messages.flatMap((message, index) => {
    const rest =
      index === 0 && options.passiveTaken
        ? passiveParts(message, options.inboundMsgType).slice(1)
        : [message];
    return rest.flatMap(apiParts).map((part) => ({ index, message: part }));
  });
}

/** `message` cut so that its first part fits a passive reply (when its kind can be passive). */
function passiveParts(message: Message, inboundMsgType: string): Message[] {
  if (message.kind === 'text') return splitText(message.text);
  if (message.kind === 'news') {
    const cap = maxPassiveArticles(inboundMsgType);
    if (message.articles.length <= cap) return [message];
    return [
      { kind: 'news', articles: message.articles.slice(0, cap) },
      { kind: 'news', articles: message.articles.slice(cap) },
    ];
  }
  return [message];
}

/** `message` cut to what one customer-service API call carries. */
function apiParts(message: Message): Message[] {
  if (message.kind === 'text') return splitText(message.text);
  if (message.kind === 'news' && message.articles.length > 1) {
    return message.articles.map((article) => ({ kind: 'news', articles: [article] }));
  }
  return [message];
}

function splitText(text: string): Message[] {
  return splitUtf8Text(text, MAX_PASSIVE_TEXT_BYTES).map((chunk) => ({ kind: 'text', text: chunk }));
}
