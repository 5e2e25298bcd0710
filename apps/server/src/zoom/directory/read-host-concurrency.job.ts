import { z } from 'zod';
import { AppError, AppErrorCode } from '../../errors/app-error.ts';
import { defineJob } from '../../jobs/job-definition.ts';
import type { Services } from '../../services.ts';
import { readHostConcurrency } from './read-host-concurrency.ts';

/**
 * Reads how many meetings each host candidate may run at once, after an admin added hosts: until then host
 * assignment assumes 1 for them. Enqueued in the transaction that adds them. A connection that is gone or
 * broken by then is left alone; the next directory read tries again.
 */
export const readHostConcurrencyJob = defineJob({
  name: 'read-host-concurrency-v1',
  payload: z.object({ organizationId: z.uuid() }),
  retry: { limit: 3, delaySeconds: 30, backoff: true },
  expireInSeconds: 5 * 60,
  concurrency: 2,
  async handle(payload, services: Pick<Services, 'database' | 'secretBox' | 'zoom' | 'queue'>, run) {
    try {
      const counts = await readHostConcurrency(services, payload.organizationId);
      run.logger.info(counts, 'Zoom hosts’ concurrent meetings read');
    } catch (error) {
      const settled =
        error instanceof AppError &&
        (error.code === AppErrorCode.ZoomNotConnected || error.code === AppErrorCode.ZoomNeedsReconnect);
      if (!settled) throw error;
      run.logger.info(
        { code: error.code },
        'Hosts’ concurrent meetings not read: the connection is not working',
      );
    }
  },
});
