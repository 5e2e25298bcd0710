import {
  type HostCandidate,
  type HostCandidateStatus,
  type HostNameParts,
  isDefaultHostLabel,
  zoomDirectoryAuditActions,
} from '@parley/api-contract';
import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../actor.ts';
import { recordAuditEvent } from '../../audit/record-audit-event.ts';
import { isUniqueViolation } from '../../db/unique-violation.ts';
import { zoomAccountUsers, zoomHostCandidates } from '../../db/zoom-schema.ts';
import { AppError, AppErrorCode } from '../../errors/app-error.ts';
import type { Services } from '../../services.ts';
import { requireOrganizationConnection } from '../access/find-organization-connection.ts';
import { accountHostCandidates } from '../shared/account-host-candidates.ts';
import { hostFlagFor, recordedHostLabel } from '../shared/zoom-user-facts.ts';
import { defaultHostFacts, ensureDefaultHost } from './ensure-default-host.ts';
import { selectHostCandidates } from './list-host-candidates.ts';
import { readHostConcurrencyJob } from './read-host-concurrency.job.ts';

/**
 * One chosen host; without `label` an existing host keeps theirs and a new one gets the default; `null`
 * returns a host to the default.
 */
export interface HostChoice {
  zoomUserId: string;
  label?: string | null | undefined;
}

/**
 * Replaces the organization's host candidates with `choices` (admins): hosts not chosen any more are
 * removed, new ones are taken from the synced account users (or are the connecting Zoom user), labels are
 * kept unless a new one is given (a label that is the default in either name order is stored as the
 * default, which views compose in their viewer's order). An empty choice falls back to the default host, since the connecting
 * user is the host when nobody else is. Records `zoom.host_candidates.changed` with what was added,
 * removed and relabeled (nothing when nothing changed). Added hosts get their concurrent meetings read by a
 * job enqueued in the same transaction.
 */
export async function replaceHostCandidates(
  { database, queue }: Pick<Services, 'database' | 'queue'>,
  actor: Actor,
  choices: readonly HostChoice[],
): Promise<HostCandidate[]> {
  const connection = await requireOrganizationConnection(database.db, actor.organizationId);
  const { organizationId } = actor;
  const { zoomAccountId } = connection;
  const duplicates = choices.flatMap((choice, index) =>
    choices.findIndex((other) => other.zoomUserId === choice.zoomUserId) < index
      ? [{ path: `hosts.${index}.zoomUserId`, message: 'validation.hostChosenTwice' }]
      : [],
  );
  if (duplicates.length > 0) throw new AppError(AppErrorCode.ValidationFailed, { details: duplicates });

  return database
    .transaction(async (tx) => {
      const existing = await tx.db
        .select()
        .from(zoomHostCandidates)
        .where(accountHostCandidates(organizationId, zoomAccountId));
      const existingById = new Map(existing.map((host) => [host.zoomUserId, host]));
      const newIds = choices.map((choice) => choice.zoomUserId).filter((id) => !existingById.has(id));
      const known =
        newIds.length === 0
          ? []
          : await tx.db
              .select()
              .from(zoomAccountUsers)
              .where(
                and(
                  eq(zoomAccountUsers.organizationId, organizationId),
                  eq(zoomAccountUsers.zoomAccountId, zoomAccountId),
                  inArray(zoomAccountUsers.zoomUserId, newIds),
                ),
              );
      const knownById = new Map(known.map((user) => [user.zoomUserId!, user]));
      const unknown = choices.flatMap((choice, index) =>
        existingById.has(choice.zoomUserId) ||
        knownById.has(choice.zoomUserId) ||
        choice.zoomUserId === connection.zoomUserId
          ? []
          : [
              {
                path: `hosts.${index}.zoomUserId`,
                message: 'validation.unknownZoomUser',
              },
            ],
      );
      if (unknown.length > 0) throw new AppError(AppErrorCode.ValidationFailed, { details: unknown });

      const chosenIds = new Set(choices.map((choice) => choice.zoomUserId));
      const removed = existing.filter((host) => !chosenIds.has(host.zoomUserId));
      if (removed.length > 0) {
        await tx.db.delete(zoomHostCandidates).where(
          inArray(
            zoomHostCandidates.id,
            removed.map((host) => host.id),
          ),
        );
      }
      const planned: PlannedHost[] = [];
      for (const choice of choices) {
        const host = existingById.get(choice.zoomUserId);
        if (host) {
          const asked = customLabelOf(choice, host);
          const customLabel = asked === undefined ? host.customLabel : asked;
          planned.push({ choice, existing: host, facts: host, customLabel });
          continue;
        }
        const user = knownById.get(choice.zoomUserId);
        const facts = user
          ? {
              email: user.email,
              firstName: user.firstName,
              lastName: user.lastName,
              type: user.type,
              status: user.status,
            }
          : await defaultHostFacts(tx, connection);
        planned.push({ choice, existing: null, facts, customLabel: customLabelOf(choice, facts) ?? null });
      }
      refuseDuplicateLabels(planned);
      const added: { zoomUserId: string; email: string }[] = [];
      const relabeled: { zoomUserId: string; email: string; from: string; to: string }[] = [];
      for (const { choice, existing: host, facts, customLabel } of planned) {
        if (host) {
          if (customLabel === host.customLabel) continue;
          await tx.db
            .update(zoomHostCandidates)
            .set({ customLabel, updatedAt: new Date() })
            .where(eq(zoomHostCandidates.id, host.id));
          relabeled.push({
            zoomUserId: host.zoomUserId,
            email: host.email,
            from: recordedHostLabel(host),
            to: recordedHostLabel({ ...host, customLabel }),
          });
          continue;
        }
        await tx.db.insert(zoomHostCandidates).values({
          organizationId,
          zoomAccountId,
          zoomUserId: choice.zoomUserId,
          ...facts,
          customLabel,
          isDefault: choice.zoomUserId === connection.zoomUserId,
          flag: hostFlagFor(facts.status, facts.type),
        });
        added.push({ zoomUserId: choice.zoomUserId, email: facts.email });
      }
      const summary = (host: { zoomUserId: string; email: string }) => ({
        zoomUserId: host.zoomUserId,
        email: host.email,
      });
      if (added.length + removed.length + relabeled.length > 0) {
        await recordAuditEvent(tx, {
          organizationId,
          actorUserId: actor.userId,
          action: zoomDirectoryAuditActions.hostCandidatesChanged,
          result: 'success',
          metadata: { zoomAccountId, added, removed: removed.map(summary), relabeled },
        });
      }
      if (choices.length === 0)
        await ensureDefaultHost(tx, { ...connection, connectedByUserId: actor.userId });
      // A new host's concurrent meetings are unknown (assumed 1) until Zoom is asked.
      if (added.length > 0 || choices.length === 0)
        await queue.enqueue(tx, readHostConcurrencyJob, { organizationId });
      return selectHostCandidates(tx.db, organizationId, zoomAccountId, actor.language);
    })
    .catch((error: unknown) => {
      // Two admins giving two hosts one label at once both pass the check above; the index stops the second.
      if (isUniqueViolation(error, 'zoom_host_candidates_label_unique')) {
        throw new AppError(AppErrorCode.HostLabelTaken);
      }
      throw error;
    });
}

/** The custom label a choice asks for: undefined keeps the current one, null (or a default label) none. */
function customLabelOf(
  choice: HostChoice,
  host: { email: string; firstName: string; lastName: string },
): string | null | undefined {
  if (choice.label === undefined || choice.label === null) return choice.label;
  const typed = choice.label.trim();
  return isDefaultHostLabel(typed, host) ? null : typed;
}

/** Labels compare as a recruiter reads them: without surrounding spaces and regardless of case. */
function labelKey(label: string): string {
  return label.trim().toLocaleLowerCase();
}

/** A chosen host as it will be stored: the row it updates (null when new), its facts, its custom label. */
interface PlannedHost {
  choice: HostChoice;
  existing: typeof zoomHostCandidates.$inferSelect | null;
  facts: HostNameParts & { type: number; status: HostCandidateStatus };
  customLabel: string | null;
}

/**
 * Recruiters choose a host by its label, so two hosts with one label would be a coin toss. Checked on the
 * list as it will be written (defaults included) before anything is written, and only for the hosts this
 * change adds or relabels: an older duplicate does not block unrelated changes. HOST_LABEL_TAKEN names
 * each offending choice's label field.
 */
function refuseDuplicateLabels(planned: readonly PlannedHost[]): void {
  const labels = planned.map((host) =>
    labelKey(recordedHostLabel({ ...host.facts, customLabel: host.customLabel })),
  );
  const countByLabel = new Map<string, number>();
  for (const label of labels) countByLabel.set(label, (countByLabel.get(label) ?? 0) + 1);
  const details = planned.flatMap((host, index) => {
    const changed = !host.existing || host.existing.customLabel !== host.customLabel;
    return changed && (countByLabel.get(labels[index]!) ?? 0) > 1
      ? [{ path: `hosts.${index}.label`, message: 'validation.hostLabelTaken' }]
      : [];
  });
  if (details.length > 0) throw new AppError(AppErrorCode.HostLabelTaken, { details });
}
