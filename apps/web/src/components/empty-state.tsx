/** What a list shows before it has anything: a headline and one line about what will appear. */
export function EmptyState({ title, text }: { title: string; text: string }) {
  return (
    <section className="empty-state" aria-label={title}>
      <svg className="empty-state-icon" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
        <rect
          x="8"
          y="10"
          width="32"
          height="30"
          rx="4"
          fill="none"
          stroke="currentColor"
          strokeWidth="2.5"
        />
        <path d="M8 18h32M16 6v8M32 6v8" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
      </svg>
      <h2>{title}</h2>
      <p>{text}</p>
    </section>
  );
}
