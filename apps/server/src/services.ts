import type { Logger } from 'pino';
import type { ChangeFeed } from './changes/change-feed.ts';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import type { JobQueue } from './jobs/job-queue.ts';
import type { Mailer } from './mail/mailer.ts';
import type { PasswordWorkLimiter } from './secrets/password-work-limiter.ts';
import type { SecretBox } from './secrets/secret-box.ts';
import type { ZoomSettings } from './zoom/shared/zoom-settings.ts';

/**
 * The one services object, wired once at start-up (see `startServer`) and handed to the HTTP layer and to
 * every job handler. A use case takes the `Pick<Services, …>` it needs, so it runs the same from a route
 * and from a job, and its signature says what it touches.
 */
export interface Services {
  config: Config;
  database: Database;
  queue: JobQueue<Services>;
  /** The instance's budget for password hashing (sign-in, invitation accept, password change). */
  passwordWork: PasswordWorkLimiter;
  mailer: Mailer;
  /** True when mail goes to the embedded catcher; enables `/api/dev/mailbox`. */
  devMailbox: boolean;
  secretBox: SecretBox;
  logger: Logger;
  /** Zoom endpoints, Parley's two Zoom apps and the webhook secret (emulator or zoom.us). */
  zoom: ZoomSettings;
  /** What changed in each organization, for the open pages (`GET /api/changes`). */
  changes: ChangeFeed;
}
