import { isZoomConnectionStatus } from '@parley/api-contract';
import type { TFunction } from 'i18next';
import { zoomStatusLabel } from '../../../zoom/zoom-labels.ts';
import { zoomStatusReasonLabel } from '../../../zoom/zoom-status-reason.ts';
import { zoomResultMessage } from '../../zoom/zoom-result.ts';
import { type AuditWords, count, type DescribedEvent, text } from './audit-words.ts';

type Details = Record<string, unknown>;

/** The e-mail addresses of a list of `{email}` entries, as the host change records them. */
function emailsOf(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    const email = text((entry as { email?: unknown } | null)?.email);
    return email ? [email] : [];
  });
}

/** "Connected → Needs reconnect" as a sentence, with the reason when one was recorded. */
function statusSentence(details: Details, t: TFunction<'audit'>, zoomT: TFunction<'zoom'>): string | null {
  const { from, to, reason } = details;
  if (!isZoomConnectionStatus(from) || !isZoomConnectionStatus(to)) return null;
  const words = { from: zoomStatusLabel(from, zoomT), to: zoomStatusLabel(to, zoomT) };
  const why = text(reason);
  return why
    ? t('audit.details.statusChangedBecause', { ...words, reason: zoomStatusReasonLabel(why, zoomT) })
    : t('audit.details.statusChanged', words);
}

function hostChangeSentences(details: Details, t: TFunction<'audit'>): string[] {
  const sentences: string[] = [];
  const added = emailsOf(details.added);
  const removed = emailsOf(details.removed);
  if (added.length > 0) sentences.push(t('audit.details.hostsAdded', { list: added.join(', ') }));
  if (removed.length > 0) sentences.push(t('audit.details.hostsRemoved', { list: removed.join(', ') }));
  for (const entry of Array.isArray(details.relabeled) ? details.relabeled : []) {
    const { email, from, to } = entry as Record<string, unknown>;
    if (text(email) && text(to)) {
      sentences.push(t('audit.details.hostRelabeled', { email, from: text(from) ?? '—', to }));
    }
  }
  return sentences;
}

/**
 * Why connecting failed, in the words the result page showed the person who tried ("This link has
 * expired"); what Zoom answered is not repeated here beyond that.
 */
function connectFailedSentence(
  action: string,
  details: Details,
  t: TFunction<'audit'>,
  zoomT: TFunction<'zoom'>,
) {
  const outcome = text(details.outcome);
  if (!outcome) return [];
  const flow =
    details.via === 'admin_link'
      ? 'admin_link'
      : action.startsWith('zoom.personal.')
        ? 'personal'
        : 'organization';
  const { heading } = zoomResultMessage({ flow, outcome, zoomCode: null, missing: [] }, zoomT);
  return [t('audit.details.connectFailed', { reason: heading })];
}

/** A Server-to-Server test: accepted (the owner is in the Zoom column), or what Zoom said; never the secret. */
function serverToServerSentences({ result, details }: DescribedEvent, t: TFunction<'audit'>): string[] {
  if (result === 'success') return [t('audit.details.serverToServerAccepted')];
  const message = text(details.zoomMessage);
  return message
    ? [t('audit.details.serverToServerRefusedBecause', { message })]
    : [t('audit.details.serverToServerRefused')];
}

/** A webhook about a Zoom user who is a host: whether they can still host (named by the host's label). */
function zoomUserSentences(
  { details, subject }: DescribedEvent,
  email: string | null,
  t: TFunction<'audit'>,
) {
  const host = subject?.name ?? email;
  const flag = details.flag as { from?: unknown; to?: unknown } | null | undefined;
  if (!host || !flag || typeof flag !== 'object') return [];
  if (text(flag.to)) return [t('audit.details.hostCannotHost', { host })];
  if (text(flag.from)) return [t('audit.details.hostCanHostAgain', { host })];
  return [];
}

/** The organization's and personal Zoom connections, the directory and Zoom's webhooks. */
export function zoomSentences(event: DescribedEvent, words: AuditWords): string[] {
  const { action, details } = event;
  const { zoomT, formatInstant } = words;
  const t: TFunction<'audit'> = words.t;
  const email = text(details.zoomUserEmail) ?? event.zoomUserEmail ?? null;
  const status = statusSentence(details, t, zoomT);
  if (status) return [status];
  switch (action) {
    case 'zoom.organization.connected':
    case 'zoom.personal.connected': {
      const sentences = email ? [t('audit.details.connectedAs', { email })] : [];
      if (details.via === 'admin_link') sentences.push(t('audit.details.viaAdminLink'));
      if (Array.isArray(details.missingScopes)) sentences.push(t('audit.details.missingScopes'));
      if (details.replaced) sentences.push(t('audit.details.replacedConnection'));
      return sentences;
    }
    case 'zoom.organization.connect_failed':
    case 'zoom.personal.connect_failed':
      return connectFailedSentence(action, details, t, zoomT);
    case 'zoom.organization.server_to_server_tested':
      return serverToServerSentences(event, t);
    case 'zoom.organization.disconnected':
    case 'zoom.personal.disconnected':
      return email ? [t('audit.details.disconnected', { email })] : [];
    case 'zoom.admin_link.created': {
      const until = text(details.expiresAt);
      return until ? [t('audit.details.linkValidUntil', { time: formatInstant(until) })] : [];
    }
    case 'zoom.host_candidates.changed':
      return hostChangeSentences(details, t);
    case 'zoom.account_users.synced':
      return count(details.total) === null
        ? []
        : [t('audit.details.zoomUsersLoaded', { number: details.total })];
    case 'zoom.rooms.synced':
      return count(details.total) === null
        ? []
        : [t('audit.details.zoomRoomsLoaded', { number: details.total })];
    default:
      return zoomUserSentences(event, email, t);
  }
}
