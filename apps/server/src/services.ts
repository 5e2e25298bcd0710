import type { Logger } from 'pino';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import type { JobDependencies } from './jobs/job-dependencies.ts';
import type { JobQueue } from './jobs/job-queue.ts';
import type { Mailer } from './mail/mailer.ts';
import type { SecretBox } from './secrets/secret-box.ts';
import type { ZoomSettings } from './zoom/shared/zoom-settings.ts';

/** Everything the HTTP layer and the jobs use, wired once at start-up (see `startServer`). */
export interface Services {
  config: Config;
  database: Database;
  queue: JobQueue<JobDependencies>;
  mailer: Mailer;
  /** True when mail goes to the embedded catcher; enables `/api/dev/mailbox`. */
  devMailbox: boolean;
  secretBox: SecretBox;
  logger: Logger;
  /** Zoom endpoints, Parley's two Zoom apps and the webhook secret (emulator or zoom.us). */
  zoom: ZoomSettings;
}
