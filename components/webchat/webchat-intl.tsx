'use client';
import { NextIntlClientProvider } from 'next-intl';
import { useState, type ReactNode } from 'react';
import type { Locale } from '@/i18n/locales';

/** The `webchat` message namespace in each UI language (passed from the server: only what the chat needs). */
export type WebchatMessages = Record<Locale, Record<string, unknown>>;

/**
 * The chat's own messages in the visitor's language, independent of the management UI's language
 * and session, on a subtree marked with `lang` (the root `<html lang>` follows the management UI).
 */
export function WebchatIntl(props: { locale: Locale; messages: WebchatMessages; children: ReactNode }) {
  // The visitor's own clock: timestamps are rendered in the browser only (entries load after mount).
  const [timeZone] = useState(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  return (
    <NextIntlClientProvider
      locale={props.locale}
      messages={{ webchat: props.messages[props.locale] }}
      timeZone={timeZone}
    >
      <div lang={props.locale} className="h-dvh">
        {props.children}
      </div>
    </NextIntlClientProvider>
  );
}
