'use client';
import type { Locale } from '@/i18n/locales';
import { ChatWindow } from './chat-window';
import { useWebchat } from './use-webchat';
import { WebchatIntl, type WebchatMessages } from './webchat-intl';

/**
 * The public chat page's client root: runs the conversation and shows it in the visitor's language
 * (`locale` from `?lang=` or the browser; when neither decides, the channel's default locale).
 */
export function WebchatApp(props: {
  channelKey: string;
  locale: Locale | null;
  embed: boolean;
  messages: WebchatMessages;
}) {
  const chat = useWebchat({ channelKey: props.channelKey, locale: props.locale });
  return (
    <WebchatIntl locale={props.locale ?? chat.state.channel?.defaultLocale ?? 'en'} messages={props.messages}>
      <ChatWindow chat={chat} embed={props.embed} />
    </WebchatIntl>
  );
}
