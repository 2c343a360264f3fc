'use client';
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { ChatInput } from '@/server/runtime/webchat/webchat-contract';
import type { Locale } from '@/i18n/locales';
import { classifyWebchatError } from './classify-webchat-error';
import { newClientMessageId } from './new-client-message-id';
import { createRuntimeClient } from './runtime-client';
import { visitorStorage } from './visitor-storage';
import { initialWebchatState, nextToSend, webchatReducer, type WebchatState } from './webchat-reducer';

/** How often new replies are fetched while the tab is visible (delayed replies, HTTP calls, agents). */
const POLL_INTERVAL_MS = 2_000;

export interface Webchat {
  state: WebchatState;
  send(input: ChatInput): void;
  retry(clientMessageId: string): void;
  reconnect(): void;
}

/**
 * Runs one visitor's conversation with a web chat channel: opens it (reusing the stored visitor
 * token), sends queued messages one at a time in order, and polls for later replies. A token the
 * server refuses later (its key changed) makes it open again as a new visitor and resend.
 */
export function useWebchat(options: { channelKey: string; locale: Locale | null }): Webchat {
  const { channelKey, locale } = options;
  const [client] = useState(() => createRuntimeClient());
  const [storage] = useState(() => visitorStorage(channelKey));
  const [state, dispatch] = useReducer(webchatReducer, undefined, () => initialWebchatState());
  const token = useRef<string | null>(null);
  const sending = useRef(false);
  const lastId = useRef(0);
  const openRequested = useRef(false);
  useEffect(() => {
    lastId.current = state.entries.at(-1)?.id ?? 0;
  }, [state.entries]);

  const open = useCallback(
    async (forgetVisitor = false) => {
      dispatch({ type: 'open-started' });
      try {
        const opened = await client.webchat.open.mutate({
          channelKey,
          token: forgetVisitor ? null : storage.readToken(),
          ...(locale ? { locale } : {}),
        });
        token.current = opened.token;
        storage.writeToken(opened.token);
        const { title, avatarUrl, defaultLocale } = opened;
        dispatch({ type: 'opened', channel: { title, avatarUrl, defaultLocale }, entries: opened.entries });
      } catch (error) {
        dispatch({ type: 'open-failed', code: classifyWebchatError(error) });
      }
    },
    [client, channelKey, storage, locale],
  );

  // Once per page: a second open of a new visitor would create a second visitor (Strict Mode runs
  // effects twice in development; the ref survives that).
  useEffect(() => {
    if (openRequested.current) return;
    openRequested.current = true;
    for (const item of storage.readOutbox()) dispatch({ type: 'enqueued', item });
    void open();
  }, [open, storage]);

  useEffect(() => storage.writeOutbox(state.outbox), [storage, state.outbox]);

  const head = nextToSend(state);
  useEffect(() => {
    if (!head || sending.current || !token.current) return;
    const { clientMessageId, input } = head;
    sending.current = true;
    dispatch({ type: 'send-started', clientMessageId });
    client.webchat.send.mutate({ channelKey, token: token.current, clientMessageId, input }).then(
      (result) => {
        sending.current = false;
        dispatch({ type: 'sent', clientMessageId, entries: result.entries, handoff: result.handoff });
      },
      (error: unknown) => {
        sending.current = false;
        const code = classifyWebchatError(error);
        dispatch({ type: 'send-failed', clientMessageId, code });
        if (code === 'expired') void open(true);
      },
    );
  }, [head, client, channelKey, open]);

  const ready = state.phase === 'ready';
  useEffect(() => {
    if (!ready) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    let polling = false;
    const poll = async () => {
      clearTimeout(timer);
      // A send returns its own replies; polling meanwhile would only race it.
      if (!polling && !sending.current && token.current && document.visibilityState === 'visible') {
        polling = true;
        try {
          const result = await client.webchat.poll.query({
            channelKey,
            token: token.current,
            afterId: lastId.current,
          });
          if (!stopped) dispatch({ type: 'polled', entries: result.entries, handoff: result.handoff });
        } catch (error) {
          const code = classifyWebchatError(error);
          if (!stopped) dispatch({ type: 'poll-failed', code });
          if (!stopped && code === 'expired') return void open(true);
        } finally {
          polling = false;
        }
      }
      if (!stopped) timer = setTimeout(() => void poll(), POLL_INTERVAL_MS);
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') void poll();
    };
    timer = setTimeout(() => void poll(), POLL_INTERVAL_MS);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      stopped = true;
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [ready, client, channelKey, open]);

  const send = useCallback((input: ChatInput) => {
    dispatch({
      type: 'enqueued',
      item: { clientMessageId: newClientMessageId(), input, createdAt: Date.now() },
    });
  }, []);
  const retry = useCallback((clientMessageId: string) => dispatch({ type: 'retry', clientMessageId }), []);
  const reconnect = useCallback(() => void open(), [open]);

  return { state, send, retry, reconnect };
}
