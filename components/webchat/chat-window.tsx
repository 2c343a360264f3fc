import { useTranslations } from 'next-intl';
import { ChatBanners } from './chat-banners';
import { ChatHeader } from './chat-header';
import { ChatUnavailable } from './chat-unavailable';
import { Composer } from './composer';
import { MessageList } from './message-list';
import type { Webchat } from './use-webchat';

/**
 * The chat window. Standalone it is a card centred on wide screens and full-screen on phones;
 * embedded (`?embed=1`, the launcher's iframe) it fills the frame edge to edge without the footer.
 */
export function ChatWindow({ chat, embed }: { chat: Webchat; embed: boolean }) {
  const t = useTranslations('webchat');
  const { state } = chat;
  const title = state.channel?.title || t('defaultTitle');
  const unavailable = state.phase === 'failed' && state.error?.code === 'unavailable';
  const banner = unavailable ? null : (state.error?.code ?? null);
  return (
    <div
      className={
        embed ? 'h-full bg-white' : 'h-full bg-linear-to-br from-slate-100 via-slate-50 to-emerald-50 sm:py-6'
      }
    >
      <div
        className={
          embed
            ? 'flex h-full flex-col'
            : 'flex h-full flex-col bg-white sm:mx-auto sm:max-w-md sm:overflow-hidden sm:rounded-3xl sm:shadow-2xl sm:ring-1 sm:shadow-slate-900/10 sm:ring-slate-900/5 sm:max-h-[760px]'
        }
      >
        <ChatHeader
          title={title}
          avatarUrl={state.channel?.avatarUrl ?? null}
          connecting={state.phase === 'connecting'}
          embed={embed}
        />
        <ChatBanners
          handoff={state.handoff}
          error={banner}
          onReconnect={state.phase === 'failed' ? chat.reconnect : null}
        />
        {unavailable ? (
          <ChatUnavailable />
        ) : (
          <MessageList
            state={state}
            botName={title}
            onMenuOption={(option) =>
              chat.send({ type: 'menu-option', optionId: option.id, label: option.label })
            }
            onRetry={chat.retry}
          />
        )}
        {unavailable ? null : <Composer onSend={(text) => chat.send({ type: 'text', text })} />}
        {embed ? null : (
          <p className="shrink-0 bg-white pb-2 text-center text-[11px] text-slate-400">{t('poweredBy')}</p>
        )}
      </div>
    </div>
  );
}
