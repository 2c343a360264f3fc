import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Loaded from node_modules at run time, never bundled: the embedded database ships WASM files and
  // the database handle must be the one the custom server opened (see server/services.ts).
  serverExternalPackages: ['@electric-sql/pglite', 'postgres', 'better-auth', 'tsx'],
  typescript: { ignoreBuildErrors: false },
};

export default withNextIntl(nextConfig);
