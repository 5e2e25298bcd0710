import type { Meeting } from '../state/types.ts';
import { escapeHtml, renderPage } from './render-layout.ts';

/** A short page for join and start links (so that links in invitations lead somewhere offline). */
export function renderMeetingNotice(title: string, message: string, meeting?: Meeting, extra = ''): string {
  const about = meeting ? `<p class="muted">Meeting ID ${meeting.id} · ${escapeHtml(meeting.topic)}</p>` : '';
  return renderPage(
    title,
    `<h1>${escapeHtml(title)}</h1><p role="status">${escapeHtml(message)}</p>${about}${extra}`,
  );
}

/** The host's page after opening a valid start link. */
export function renderStartedPage(meeting: Meeting, zak: string): string {
  const form = `<form method="post" action="/s/${meeting.id}/end"><input type="hidden" name="zak" value="${escapeHtml(zak)}">
<button type="submit" class="danger">End meeting</button></form>`;
  return renderMeetingNotice('Meeting started', 'You are the host of this meeting.', meeting, form);
}
