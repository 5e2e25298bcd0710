import type { Me } from '@parley/api-contract';
import type { TFunction } from 'i18next';

export type SettingsGroup = 'account' | 'organization' | 'integrations' | 'developer';

/** Whether a person may open a section, and whether this server offers it at all. */
export type SectionAccess = 'granted' | 'forbidden' | 'unavailable';

/**
 * One entry of the settings sub-navigation. New sections (Integrations → Zoom, My Zoom, Audit log) are added
 * here once; the navigation and the route guard both read this list.
 */
export interface SettingsSection {
  path: string;
  group: SettingsGroup;
  label: (t: TFunction) => string;
  access: (me: Me) => SectionAccess;
  /** What to say when `access` is `forbidden`, if not "Only admins can open this page". */
  forbidden?: (t: TFunction) => { heading: string; text: string };
  /** What to say when `access` is `unavailable` (the server does not offer this section). */
  unavailable?: (t: TFunction) => { heading: string; text: string };
}

const everyone = (): SectionAccess => 'granted';
const adminsOnly = (me: Me): SectionAccess => (me.user.role === 'admin' ? 'granted' : 'forbidden');
/** Admins change, recruiters read; interviewers do not see it. */
const adminsAndRecruiters = (me: Me): SectionAccess =>
  me.user.role === 'interviewer' ? 'forbidden' : 'granted';

export const settingsSections = [
  { path: 'profile', group: 'account', label: (t) => t('settings.profile.title'), access: everyone },
  { path: 'my-zoom', group: 'account', label: (t) => t('zoom.myZoom.title'), access: everyone },
  {
    path: 'organization',
    group: 'organization',
    label: (t) => t('settings.organization.title'),
    access: adminsOnly,
  },
  { path: 'users', group: 'organization', label: (t) => t('users.title'), access: adminsOnly },
  { path: 'invitations', group: 'organization', label: (t) => t('invitations.title'), access: adminsOnly },
  { path: 'audit-log', group: 'organization', label: (t) => t('audit.log.title'), access: adminsOnly },
  {
    path: 'message-templates',
    group: 'organization',
    label: (t) => t('settings.messageTemplates'),
    access: adminsOnly,
  },
  {
    path: 'zoom',
    group: 'integrations',
    label: (t) => t('zoom.settings.title'),
    access: adminsAndRecruiters,
    forbidden: (t) => ({ heading: t('settings.noAccessHeading'), text: t('zoom.settings.noAccessText') }),
  },
  {
    path: 'mailbox',
    group: 'developer',
    label: (t) => t('mailbox.title'),
    access: (me) => {
      const access = adminsOnly(me);
      return access === 'granted' && !me.features.devMailbox ? 'unavailable' : access;
    },
    unavailable: (t) => ({ heading: t('mailbox.unavailableHeading'), text: t('mailbox.unavailableText') }),
  },
] as const satisfies readonly SettingsSection[];

export type SettingsSectionPath = (typeof settingsSections)[number]['path'];

export function groupLabel(group: SettingsGroup, t: TFunction): string {
  switch (group) {
    case 'account':
      return t('settings.groups.account');
    case 'organization':
      return t('settings.groups.organization');
    case 'integrations':
      return t('settings.groups.integrations');
    case 'developer':
      return t('settings.groups.developer');
  }
}

/** The groups with the sections this person can open, in navigation order. */
export function visibleSettingsGroups(me: Me): { group: SettingsGroup; sections: SettingsSection[] }[] {
  const groups: { group: SettingsGroup; sections: SettingsSection[] }[] = [];
  for (const section of settingsSections) {
    if (section.access(me) !== 'granted') continue;
    const existing = groups.find((entry) => entry.group === section.group);
    if (existing) existing.sections.push(section);
    else groups.push({ group: section.group, sections: [section] });
  }
  return groups;
}
