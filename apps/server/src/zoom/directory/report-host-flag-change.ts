import { basicLicenseMaxMinutes } from '@parley/api-contract';
import { and, eq, gt, gte, notInArray } from 'drizzle-orm';
import type { Transaction } from '../../db/database.ts';
import { interviews } from '../../db/interview-schema.ts';
import { hostCause } from '../../notifications/admin/incident-cause.ts';
import { reportIncident } from '../../notifications/admin/report-incident.ts';
import { resolveIncidents } from '../../notifications/admin/resolve-incidents.ts';
import type { Services } from '../../services.ts';
import { recordedHostLabel } from '../shared/zoom-user-facts.ts';
import type { HostCandidateRow, HostRefresh } from './refresh-host-candidate.ts';

/**
 * Tells the admins when a host can no longer host interviews that are still to come (deactivated or
 * deleted in Zoom, or down to a Basic licence for interviews longer than its 40 minutes): one incident per
 * host listing those interviews. The flag clearing (reactivated, licensed again) resolves it. A host
 * nobody's upcoming interview uses is only flagged in the host list.
 */
export async function reportHostFlagChange(
  tx: Transaction,
  services: Pick<Services, 'queue'>,
  host: HostCandidateRow,
  refresh: HostRefresh,
): Promise<void> {
  const { from, to } = refresh.flag;
  if (from === to) return;
  if (to === null) {
    await resolveIncidents(tx, {
      organizationId: host.organizationId,
      kinds: ['host_cannot_host'],
      cause: hostCause(host.id),
    });
    return;
  }
  const affected = await tx.db
    .select({ id: interviews.id })
    .from(interviews)
    .where(
      and(
        eq(interviews.organizationId, host.organizationId),
        eq(interviews.hostCandidateId, host.id),
        gte(interviews.endAt, new Date()),
        notInArray(interviews.state, ['cancelled', 'completed']),
        ...(to === 'basic_license' ? [gt(interviews.durationMinutes, basicLicenseMaxMinutes)] : []),
      ),
    );
  if (affected.length === 0) return;
  await reportIncident(tx, services, {
    organizationId: host.organizationId,
    facts: {
      kind: 'host_cannot_host',
      hostCandidateId: host.id,
      hostLabel: recordedHostLabel(host),
      hostEmail: refresh.email,
      flag: to,
    },
    interviewIds: affected.map((interview) => interview.id),
  });
}
