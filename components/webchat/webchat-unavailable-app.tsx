'use client';
import type { Locale } from '@/i18n/locales';
import { ChatUnavailable } from './chat-unavailable';
import { WebchatIntl, type WebchatMessages } from './webchat-intl';

/** For a malformed channel key: the "not available" notice in the visitor's language, no API call. */
export function WebchatUnavailableApp(props: { locale: Locale | null; messages: WebchatMessages }) {
  return (
    <WebchatIntl locale={props.locale ?? 'en'} messages={props.messages}>
      <div className="flex h-full flex-col">
        <ChatUnavailable />
      </div>
    </WebchatIntl>
  );
}
