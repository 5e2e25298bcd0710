import { defineConfig } from 'drizzle-kit';

/** `npm run db:generate -w @parley/server` writes a new SQL migration after a change to the schema. */
export default defineConfig({
  dialect: 'postgresql',
  schema: [
    './src/db/schema.ts',
    './src/db/zoom-schema.ts',
    './src/db/recruiting-schema.ts',
    './src/db/interview-schema.ts',
    './src/db/notification-schema.ts',
    './src/db/interview-message-schema.ts',
  ],
  out: './src/db/migrations',
});
