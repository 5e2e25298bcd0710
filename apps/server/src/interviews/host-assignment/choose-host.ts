import type { HostChoice, HostExplanation } from '@parley/api-contract';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { zoomHostCandidates } from '../../db/zoom-schema.ts';
import { AppError, AppErrorCode } from '../../errors/app-error.ts';
import { requireOrganizationConnection } from '../../zoom/access/find-organization-connection.ts';
import { describeZoomAccess } from '../../zoom/access/resolve-zoom-access.ts';
import { accountHostCandidates } from '../../zoom/shared/account-host-candidates.ts';
import { recordedHostLabel } from '../../zoom/shared/zoom-user-facts.ts';
import { assignHost, checkNamedHost } from './assign-host.ts';
import {
  type HostIdentity,
  listHostCandidateRows,
  loadHostFacts,
  type PlacementQuery,
} from './load-host-facts.ts';

/** The host an interview's meeting goes on, and the connection that creates it. */
export interface ChosenHost {
  zoomUserId: string;
  label: string;
  /** Null for the recruiter's own Zoom. */
  hostCandidateId: string | null;
  connectionId: string;
}

/** A host choice worked out: the explanation always, the host when one fits. */
export interface HostDecision {
  explanation: HostExplanation;
  host: ChosenHost | null;
}

/** The organization connection, refused unless it works: no meeting is planned on a broken connection. */
async function usableOrganizationConnection(db: Db, organizationId: string) {
  const connection = await requireOrganizationConnection(db, organizationId);
  if (connection.status !== 'connected') throw new AppError(AppErrorCode.ZoomNeedsReconnect);
  return connection;
}

/**
 * Works out who hosts an interview at `query`'s time: Parley's pick among the host candidates, the
 * candidate the recruiter named, or the recruiter's own personal Zoom. Throws when Zoom is not usable for
 * the choice (not connected, needs reconnect, unknown host); a host who cannot take this interview is not
 * an error here but an explanation with `host: null`, so a preview can show it.
 */
export async function decideHost(
  db: Db,
  actor: { organizationId: string; userId: string },
  choice: HostChoice,
  query: PlacementQuery,
): Promise<HostDecision> {
  const slot = { start: query.start, end: query.end };
  switch (choice.kind) {
    case 'automatic': {
      const connection = await usableOrganizationConnection(db, actor.organizationId);
      const hosts = await listHostCandidateRows(db, actor.organizationId, connection.zoomAccountId);
      const explanation = assignHost(await loadHostFacts(db, query, hosts), slot, query.now);
      return { explanation, host: hostOf(explanation, connection.id) };
    }
    case 'host_candidate': {
      const connection = await usableOrganizationConnection(db, actor.organizationId);
      const [candidate] = await db
        .select()
        .from(zoomHostCandidates)
        .where(
          and(
            eq(zoomHostCandidates.id, choice.hostCandidateId),
            accountHostCandidates(actor.organizationId, connection.zoomAccountId),
          ),
        );
      if (!candidate)
        throw new AppError(AppErrorCode.NotFound, { details: [{ path: 'host', message: 'unknown host' }] });
      const [facts] = await loadHostFacts(db, query, [{ ...candidate, label: recordedHostLabel(candidate) }]);
      const explanation = checkNamedHost(facts!, slot, query.now);
      return { explanation, host: hostOf(explanation, connection.id) };
    }
    case 'own_zoom':
      return decideOwnZoom(db, actor.userId, query);
  }
}

/**
 * The recruiter's own Zoom is their personal connection. Without one there is no "own Zoom"; a broken
 * one is refused, never replaced by the organization's.
 */
async function decideOwnZoom(db: Db, userId: string, query: PlacementQuery): Promise<HostDecision> {
  const access = await describeZoomAccess(db, userId);
  if (access.source !== 'personal' || !access.connection) {
    throw new AppError(AppErrorCode.ZoomNotConnected, {
      details: [{ path: 'host', message: 'no personal Zoom connection' }],
    });
  }
  if (!access.usable) throw new AppError(AppErrorCode.ZoomNeedsReconnect);
  const identity: HostIdentity = {
    id: access.connection.id,
    zoomUserId: access.connection.zoomUserId,
    label: access.connection.zoomUserEmail,
    type: 2,
    status: 'active',
    // Parley does not read a personal connection's settings: how many meetings it runs at once is unknown.
    concurrentMeetings: null,
  };
  const [facts] = await loadHostFacts(db, query, [identity]);
  const named = checkNamedHost(facts!, { start: query.start, end: query.end }, query.now);
  const explanation: HostExplanation = {
    ...named,
    choice: 'own_zoom',
    chosen: named.chosen && { ...named.chosen, hostCandidateId: '' },
    skipped: named.skipped.map((skip) => ({ ...skip, hostCandidateId: '' })),
  };
  return {
    explanation,
    host: explanation.chosen
      ? {
          zoomUserId: identity.zoomUserId,
          label: identity.label,
          hostCandidateId: null,
          connectionId: access.connection.id,
        }
      : null,
  };
}

function hostOf(explanation: HostExplanation, connectionId: string): ChosenHost | null {
  const { chosen } = explanation;
  if (!chosen) return null;
  return {
    zoomUserId: chosen.zoomUserId,
    label: chosen.label,
    hostCandidateId: chosen.hostCandidateId,
    connectionId,
  };
}

/**
 * Whether an interview Parley placed can stay with its current host (and so keep its join link) at
 * `query`'s time: that host's decision, worded as Parley's pick, when the host can take it; null when it
 * cannot or is no longer a host candidate. A move keeps the host when it can (update-interview.ts), and
 * the schedule dialog's preview must name the same host rather than a fresh pick.
 */
export async function decideKeptHost(
  db: Db,
  scheduler: { organizationId: string; userId: string },
  current: { hostCandidateId: string | null },
  query: PlacementQuery,
): Promise<{ explanation: HostExplanation; host: ChosenHost } | null> {
  const choice: HostChoice = current.hostCandidateId
    ? { kind: 'host_candidate', hostCandidateId: current.hostCandidateId }
    : { kind: 'own_zoom' };
  const decision = await decideHost(db, scheduler, choice, query).catch((error: unknown) => {
    if (error instanceof AppError && error.code === AppErrorCode.NotFound) return null;
    throw error;
  });
  if (!decision?.host) return null;
  return { explanation: { ...decision.explanation, choice: 'automatic' }, host: decision.host };
}

/** Like {@link decideHost}, but NO_HOST_AVAILABLE / HOST_CANNOT_HOST when nobody fits: never a meeting that will fail. */
export async function requireHost(
  db: Db,
  actor: { organizationId: string; userId: string },
  choice: HostChoice,
  query: PlacementQuery,
): Promise<{ explanation: HostExplanation; host: ChosenHost }> {
  const decision = await decideHost(db, actor, choice, query);
  if (decision.host) return { explanation: decision.explanation, host: decision.host };
  throw new AppError(
    choice.kind === 'automatic' ? AppErrorCode.NoHostAvailable : AppErrorCode.HostCannotHost,
    {
      details: decision.explanation.skipped.map((skip) => ({
        path: `host.${skip.label}`,
        message: skip.reason.kind,
      })),
    },
  );
}
