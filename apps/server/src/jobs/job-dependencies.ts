import type { Database } from '../db/database.ts';
import type { Mailer } from '../mail/mailer.ts';
import type { SecretBox } from '../secrets/secret-box.ts';

/** The services Parley's job handlers use. */
export interface JobDependencies {
  database: Database;
  mailer: Mailer;
  secretBox: SecretBox;
  /** For links in mail, e.g. `https://parley.example.com`. */
  publicUrl: string;
}
