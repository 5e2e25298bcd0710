import type { Database } from '../../db/database.ts';
import type { JobDependencies } from '../../jobs/job-dependencies.ts';
import type { JobQueue } from '../../jobs/job-queue.ts';
import type { SecretBox } from '../../secrets/secret-box.ts';
import type { ZoomSettings } from './zoom-settings.ts';

/**
 * What the Zoom use cases need. Both the HTTP layer's `Services` and the jobs' `JobDependencies` provide
 * it, so a use case runs the same from a route and from a background job.
 */
export interface ZoomServices {
  database: Database;
  secretBox: SecretBox;
  zoom: ZoomSettings;
  queue: JobQueue<JobDependencies>;
}

/** Who reads the Zoom directory: a signed-in admin, or Parley itself (`userId` null) after a connect. */
export interface DirectoryActor {
  organizationId: string;
  userId: string | null;
}
