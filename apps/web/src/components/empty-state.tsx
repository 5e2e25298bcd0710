import type { ReactNode } from 'react';

/** What a list shows before it has anything: a headline and one line about what will appear. */
export function EmptyState({
  title,
  text,
  icon = 'calendar',
}: {
  title: string;
  text: string;
  /** `calendar` for interviews and dates, `envelope` for invitations and mail. */
  icon?: 'calendar' | 'envelope';
}) {
  return (
    <section className="empty-state" aria-label={title}>
      {icon === 'envelope' ? <EnvelopeIcon /> : <CalendarIcon />}
      <h2>{title}</h2>
      <p>{text}</p>
    </section>
  );
}

/** An icon of the empty state, drawn in the text's colour on a 48-unit square. */
function Icon({ name, children }: { name: string; children: ReactNode }) {
  return (
    <svg
      className="empty-state-icon"
      data-icon={name}
      viewBox="0 0 48 48"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

function EnvelopeIcon() {
  return (
    <Icon name="envelope">
      <rect x="6" y="12" width="36" height="26" rx="4" fill="none" stroke="currentColor" strokeWidth="2.5" />
      <path
        d="M7 15l17 12 17-12"
        fill="none"
        stroke="currentColor"
        strokeWidth="2.5"
        strokeLinejoin="round"
      />
    </Icon>
  );
}

function CalendarIcon() {
  return (
    <Icon name="calendar">
      <rect x="8" y="10" width="32" height="30" rx="4" fill="none" stroke="currentColor" strokeWidth="2.5" />
      <path d="M8 18h32M16 6v8M32 6v8" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
    </Icon>
  );
}
