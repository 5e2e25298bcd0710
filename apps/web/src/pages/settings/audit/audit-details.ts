import { isZoomConnectionStatus, type Role, roles } from '@parley/api-contract';
import type { TFunction } from 'i18next';
import { roleLabel } from '../../../components/role-label.ts';
import { zoomStatusLabel } from '../../../zoom/zoom-labels.ts';
import { zoomStatusReasonLabel } from '../../../zoom/zoom-status-reason.ts';

type Details = Record<string, unknown>;
type FormatInstant = (iso: string) => string;

/**
 * What the sentences are made of: the audit log's own texts, the Zoom states and reasons (the `zoom`
 * namespace's words), the shared words such as role names (the default namespace), and instants in the
 * reader's zone.
 */
export interface AuditWords {
  t: TFunction<'audit'>;
  zoomT: TFunction<'zoom'>;
  sharedT: TFunction;
  formatInstant: FormatInstant;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const count = (value: unknown): number | null => (typeof value === 'number' ? value : null);

/** The e-mail addresses of a list of `{email}` entries, as the host change records them. */
function emailsOf(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    const email = text((entry as { email?: unknown } | null)?.email);
    return email ? [email] : [];
  });
}

/** "Connected → Needs reconnect" as a sentence, with the reason when one was recorded. */
function statusSentence(details: Details, { t, zoomT }: AuditWords): string | null {
  const { from, to, reason } = details;
  if (!isZoomConnectionStatus(from) || !isZoomConnectionStatus(to)) return null;
  const words = { from: zoomStatusLabel(from, zoomT), to: zoomStatusLabel(to, zoomT) };
  const why = text(reason);
  return why
    ? t('audit.details.statusChangedBecause', { ...words, reason: zoomStatusReasonLabel(why, zoomT) })
    : t('audit.details.statusChanged', words);
}

function roleWord(value: unknown, sharedT: TFunction): string | null {
  return roles.includes(value as Role) ? roleLabel(value as Role, sharedT) : null;
}

function accountSentences(action: string, details: Details, { t, sharedT }: AuditWords): string[] {
  const email = text(details.email);
  const role = roleWord(details.role, sharedT);
  switch (action) {
    case 'auth.login': {
      const address = text(details.remoteAddress);
      return address ? [t('audit.details.signedInFrom', { address })] : [];
    }
    case 'auth.login_failed':
      return details.reason === 'deactivated'
        ? [t('audit.details.loginDeactivated')]
        : [t('audit.details.loginWrongPassword')];
    case 'user.invited':
      return email && role ? [t('audit.details.invitedAs', { email, role })] : [];
    case 'invitation.accepted':
    case 'user.created_by_cli':
      return role ? [t('audit.details.joinedAs', { role })] : [];
    case 'invitation.revoked':
      if (details.reason === 'replaced' && email) return [t('audit.details.invitationReplaced', { email })];
      return email ? [t('audit.details.invitationTo', { email })] : [];
    case 'user.role_changed': {
      const from = roleWord(details.from, sharedT);
      const to = roleWord(details.to, sharedT);
      return from && to ? [t('audit.details.roleChanged', { from, to })] : [];
    }
    default:
      return [];
  }
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

function zoomSentences(action: string, details: Details, words: AuditWords): string[] {
  const { t, formatInstant } = words;
  const email = text(details.zoomUserEmail);
  const status = statusSentence(details, words);
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
      return zoomUserSentences(details, t);
  }
}

/** A webhook about a Zoom user who is a host: whether they can still host. */
function zoomUserSentences(details: Details, t: TFunction<'audit'>): string[] {
  const email = text(details.zoomUserEmail);
  const flag = details.flag as { from?: unknown; to?: unknown } | null | undefined;
  if (!email || !flag || typeof flag !== 'object') return [];
  if (text(flag.to)) return [t('audit.details.hostCannotHost', { email })];
  if (text(flag.from)) return [t('audit.details.hostCanHostAgain', { email })];
  return [];
}

function recruitingSentences(action: string, details: Details, t: TFunction<'audit'>): string[] {
  const name = text(details.name);
  switch (action) {
    case 'job.created':
      return text(details.title) ? [t('audit.details.jobTitle', { title: details.title })] : [];
    case 'stage.added':
    case 'stage.removed':
      return name ? [t('audit.details.stageName', { name })] : [];
    case 'application.created':
      return text(details.toStage) ? [t('audit.details.addedAtStage', { stage: details.toStage })] : [];
    case 'application.moved':
      return text(details.fromStage) && text(details.toStage)
        ? [t('audit.details.movedBetweenStages', { from: details.fromStage, to: details.toStage })]
        : [];
    case 'application.rejected':
    case 'application.withdrawn':
      return text(details.reason) ? [t('audit.details.closedBecause', { reason: details.reason })] : [];
    default:
      return [];
  }
}

function interviewSentences(action: string, details: Details, { t, formatInstant }: AuditWords): string[] {
  const meetingId = text(details.zoomMeetingId);
  switch (action) {
    case 'interview.scheduled':
    case 'interview.rescheduled': {
      const start = text(details.startAt);
      return start ? [t('audit.details.interviewAt', { time: formatInstant(start) })] : [];
    }
    case 'interview.meeting_failed':
      return text(details.message) ? [t('audit.details.zoomAnswered', { message: details.message })] : [];
    case 'interview.meeting_recreated':
      return text(details.previousZoomMeetingId)
        ? [t('audit.details.meetingReplaced', { id: details.previousZoomMeetingId })]
        : [];
    default:
      return meetingId ? [t('audit.details.zoomMeeting', { id: meetingId })] : [];
  }
}

/**
 * An event's details as sentences a recruiter reads ("Role changed from Recruiter to Admin.", "Added as
 * hosts: a@acme.test."), in the reader's language, with instants in their zone. Details without a sentence
 * (internal ids, granted scopes) are left out: the action's name already says what happened.
 */
export function describeAuditDetails(
  action: string,
  details: Record<string, unknown>,
  words: AuditWords,
): string {
  const [domain] = action.split('.');
  const sentences =
    domain === 'auth' || domain === 'user' || domain === 'invitation'
      ? accountSentences(action, details, words)
      : domain === 'zoom'
        ? zoomSentences(action, details, words)
        : domain === 'interview'
          ? interviewSentences(action, details, words)
          : recruitingSentences(action, details, words.t);
  return sentences.join(' ');
}
