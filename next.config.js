import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Loaded from node_modules at run time, never bundled: the embedded database ships WASM files and
  // the database handle must be the one the custom server opened (see server/services.ts).
  serverExternalPackages: ['@electric-sql/pglite', 'postgres', 'better-auth', 'tsx', 'pg-boss', 'pg'],
  typescript: { ignoreBuildErrors: false },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
        ],
      },
      // Nothing may be framed, except the public web chat (any site embeds it) and its launcher.
      {
        source: '/((?!chat/|embed\\.js$).*)',
        headers: [{ key: 'X-Frame-Options', value: 'DENY' }],
      },
      {
        source: '/chat/:path*',
        headers: [{ key: 'Content-Security-Policy', value: 'frame-ancestors *' }],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
