import type { Metadata, Viewport } from 'next';
import { headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { WebchatApp } from '@/components/webchat/webchat-app';
import { WebchatUnavailableApp } from '@/components/webchat/webchat-unavailable-app';
import { pickChatLocale } from '@/components/webchat/pick-chat-locale';
import en from '@/messages/en.json';
import zhCN from '@/messages/zh-CN.json';
import { channelKeySchema } from '@/server/runtime/webchat/webchat-contract';

interface ChatPageProps {
  params: Promise<{ channelKey: string }>;
  searchParams: Promise<{ lang?: string | string[]; embed?: string | string[] }>;
}

/** Only the chat's own strings go to the browser, in both languages (the channel may pick either). */
const messages = { en: en.webchat, 'zh-CN': zhCN.webchat };

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  interactiveWidget: 'resizes-content',
};

export async function generateMetadata({ searchParams }: ChatPageProps): Promise<Metadata> {
  const locale = await chatLocale(searchParams);
  const t = await getTranslations({ locale: locale ?? 'en', namespace: 'webchat' });
  return { title: t('pageTitle'), robots: { index: false } };
}

/**
 * The hosted web chat (`/chat/<key>`, `?lang=en|zh-CN`, `?embed=1` inside the launcher's iframe).
 * Public: no session, no management API; the window talks to the runtime API only. Framable from
 * any site (see next.config.js).
 */
export default async function ChatPage({ params, searchParams }: ChatPageProps) {
  const { channelKey } = await params;
  const { embed } = await searchParams;
  const locale = await chatLocale(searchParams);
  if (!channelKeySchema.safeParse(channelKey).success) {
    return <WebchatUnavailableApp locale={locale} messages={messages} />;
  }
  return (
    <WebchatApp channelKey={channelKey} locale={locale} embed={first(embed) === '1'} messages={messages} />
  );
}

async function chatLocale(searchParams: ChatPageProps['searchParams']) {
  const { lang } = await searchParams;
  return pickChatLocale({ lang: first(lang), acceptLanguage: (await headers()).get('accept-language') });
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
