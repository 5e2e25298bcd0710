import { type Role, roles } from '@parley/api-contract';
import type { TFunction } from 'i18next';
import { roleLabel } from '../../../components/role-label.ts';
import { interviewSentences, recruitingSentences } from './audit-recruiting-details.ts';
import { type AuditWords, type DescribedEvent, text } from './audit-words.ts';
import { zoomSentences } from './audit-zoom-details.ts';

export type { AuditWords, DescribedEvent } from './audit-words.ts';

function roleWord(value: unknown, sharedT: TFunction): string | null {
  return roles.includes(value as Role) ? roleLabel(value as Role, sharedT) : null;
}

/** A user's access: the sentence names the user (by their name now) when the listing found them. */
function userAccessSentences(
  action: string,
  details: Record<string, unknown>,
  name: string | null,
  words: AuditWords,
) {
  const t: TFunction<'audit'> = words.t;
  switch (action) {
    case 'user.role_changed': {
      const from = roleWord(details.from, words.sharedT);
      const to = roleWord(details.to, words.sharedT);
      if (!from || !to) return [];
      return [
        name
          ? t('audit.details.roleChangedOf', { name, from, to })
          : t('audit.details.roleChanged', { from, to }),
      ];
    }
    case 'user.deactivated':
      return name ? [t('audit.details.userDeactivated', { name })] : [];
    case 'user.reactivated':
      return name ? [t('audit.details.userReactivated', { name })] : [];
    case 'user.sign_in_unlocked':
      return name ? [t('audit.details.signInUnlocked', { name })] : [];
    default:
      return [];
  }
}

function accountSentences({ action, details, subject }: DescribedEvent, words: AuditWords): string[] {
  const t: TFunction<'audit'> = words.t;
  const email = text(details.email);
  const role = roleWord(details.role, words.sharedT);
  const name = subject?.name ?? null;
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
      if (!role) return [];
      return [
        name ? t('audit.details.joinedAsNamed', { name, role }) : t('audit.details.joinedAs', { role }),
      ];
    case 'invitation.revoked': {
      if (details.reason === 'replaced' && email) return [t('audit.details.invitationReplaced', { email })];
      const to = email ?? name;
      return to ? [t('audit.details.invitationTo', { email: to })] : [];
    }
    case 'organization.updated': {
      const zone = details.timeZone as { from?: unknown; to?: unknown } | undefined;
      return text(zone?.from) && text(zone?.to)
        ? [t('audit.details.timeZoneChanged', { from: zone?.from, to: zone?.to })]
        : [];
    }
    default:
      return userAccessSentences(action, details, name, words);
  }
}

/**
 * An event's details as sentences a recruiter reads ("Role of Ben Baker changed from Recruiter to Admin.",
 * "Added as hosts: a@acme.test."), in the reader's language, with instants in their zone, naming whom the
 * event is about when the listing found them. Details without a sentence (internal ids, granted scopes)
 * are left out: the action's name already says what happened.
 */
export function describeAuditDetails(event: DescribedEvent, words: AuditWords): string {
  const [domain] = event.action.split('.');
  const sentences =
    domain === 'auth' || domain === 'user' || domain === 'invitation' || domain === 'organization'
      ? accountSentences(event, words)
      : domain === 'zoom'
        ? zoomSentences(event, words)
        : domain === 'interview'
          ? interviewSentences(event, words)
          : recruitingSentences(event, words);
  return sentences.join(' ');
}
