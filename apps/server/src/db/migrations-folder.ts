import { fileURLToPath } from 'node:url';

/** The committed SQL migrations (drizzle-kit); both backends apply exactly these files. */
export const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));
