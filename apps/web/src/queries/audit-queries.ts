import type { AuditEventQuery } from '@parley/api-contract';
import { infiniteQueryOptions } from '@tanstack/react-query';
import { api } from '../api/parley-client.ts';

const pageSize = 50;

/** Cache keys of the audit log. */
export const auditKeys = {
  all: ['audit-events'] as const,
  events: (query: AuditEventQuery) => ['audit-events', query] as const,
};

/** The events matching `query`, newest first, 50 at a time; each next page starts before the last event. */
export const auditEventsQuery = (query: AuditEventQuery) =>
  infiniteQueryOptions({
    queryKey: auditKeys.events(query),
    queryFn: ({ pageParam }) => api.listAuditEvents({ ...query, before: pageParam, limit: pageSize }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextBefore ?? undefined,
  });
