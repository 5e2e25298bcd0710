/** Recipients as one line; the list endpoint sends an array, and a single string is accepted as well. */
export function formatRecipients(to: readonly string[] | string): string {
  return typeof to === 'string' ? to : to.join(', ');
}

/**
 * The readable text of an email: its text part, or — for an HTML-only email — the HTML's text with each
 * link's address written after it, so links stay visible and clickable.
 */
export function readableMailText(text: string | null | undefined, html: string | null | undefined): string {
  if (text?.trim() || !html?.trim()) return text ?? '';
  const document = new DOMParser().parseFromString(html, 'text/html');
  for (const anchor of document.querySelectorAll('a[href]')) {
    anchor.append(` (${anchor.getAttribute('href')})`);
  }
  for (const lineBreak of document.querySelectorAll('br, p, div, li, tr')) lineBreak.append('\n');
  return (document.body.textContent ?? '').replace(/\n{3,}/g, '\n\n').trim();
}
