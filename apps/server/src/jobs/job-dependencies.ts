import type { Logger } from 'pino';
import type { Database } from '../db/database.ts';
import type { Mailer } from '../mail/mailer.ts';
import type { SecretBox } from '../secrets/secret-box.ts';
import type { ZoomSettings } from '../zoom/shared/zoom-settings.ts';
import type { JobQueue } from './job-queue.ts';

/** The services Parley's job handlers use. */
export interface JobDependencies {
  database: Database;
  mailer: Mailer;
  secretBox: SecretBox;
  /** For links in mail, e.g. `https://parley.example.com`. */
  publicUrl: string;
  /** For jobs that enqueue further jobs (in the same transaction as their change). */
  queue: JobQueue<JobDependencies>;
  zoom: ZoomSettings;
  logger: Logger;
}
