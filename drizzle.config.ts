import { defineConfig } from 'drizzle-kit';

// Migrations are generated from the schema and committed; they are applied at start (server/db/migrate.ts).
export default defineConfig({
  dialect: 'postgresql',
  schema: './server/db/schema.ts',
  out: './drizzle',
});
