import type { Services } from '../../services.ts';

/** What the meeting operation uses: the database, the secret box, Zoom's access and the queue, and a logger. */
export type MeetingServices = Pick<Services, 'database' | 'secretBox' | 'zoom' | 'queue' | 'logger'>;
