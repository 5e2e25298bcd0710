import path from 'node:path';
import { serverRoot } from '../server-root.ts';

/** The committed SQL migrations (drizzle-kit); both backends apply exactly these files. */
export const migrationsFolder = path.join(serverRoot, 'src', 'db', 'migrations');
