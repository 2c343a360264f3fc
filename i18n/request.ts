import { cookies, headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { eq } from 'drizzle-orm';
import { users } from '@/server/db/schema';
import { getSessionUser } from '@/server/auth/session-user';
import { getServices } from '@/server/services';
import { isLocale, LOCALE_COOKIE, localeFromAcceptLanguage, type Locale } from './locales';

/** The UI language: the signed-in user's saved choice, else the cookie, else Accept-Language. */
async function resolveLocale(): Promise<Locale> {
  const requestHeaders = await headers();
  const services = await getServices();
  const user = await getSessionUser(services, requestHeaders);
  if (user) {
    const [row] = await services.db.select({ locale: users.locale }).from(users).where(eq(users.id, user.id));
    if (isLocale(row?.locale)) return row.locale;
  }
  const cookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(cookie)) return cookie;
  return localeFromAcceptLanguage(requestHeaders.get('accept-language'));
}

export default getRequestConfig(async () => {
  const locale = await resolveLocale();
  const messages = (await import(`../messages/${locale}.json`)) as { default: Record<string, unknown> };
  return { locale, messages: messages.default, timeZone: 'Asia/Shanghai' };
});
