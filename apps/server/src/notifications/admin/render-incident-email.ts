import type { AdminIncidentFacts, Language } from '@parley/api-contract';
import { translate } from '../../i18n/translate.ts';
import { escapeHtml, zoomProblemParagraphs, zoomProblemSubject } from '../../i18n/zoom-messages.ts';
import type { IncidentInterview } from './list-incident-interviews.ts';

/** What the admins' e-mail about one incident says, for one recipient. */
export interface IncidentEmailInput {
  language: Language;
  /** The recipient's IANA zone: the interviews' times are given in it. */
  timeZone: string;
  recipientName: string;
  organizationName: string;
  facts: AdminIncidentFacts;
  interviews: readonly IncidentInterview[];
  publicUrl: string;
}

/** A paragraph, optionally followed by a link on a line of its own. */
interface Block {
  text: string;
  link?: string;
}

/**
 * One e-mail per incident (a digest): what happened and what to do, then every affected interview with its
 * time in the recipient's zone and a link to it. The organization connection's incidents keep the words
 * of the Zoom connection e-mail admins got before incidents existed.
 */
export function renderIncidentEmail(input: IncidentEmailInput): {
  subject: string;
  text: string;
  html: string;
} {
  const { language } = input;
  const head = headOf(input);
  const blocks: Block[] = [...head.blocks];
  if (input.interviews.length > 0) {
    blocks.push({
      text: translate(language, 'adminIncidentEmail.interviews', { count: input.interviews.length }),
    });
    for (const interview of input.interviews) {
      blocks.push({
        text: translate(language, 'adminIncidentEmail.interviewLine', {
          candidateName: interview.candidateName,
          jobTitle: interview.jobTitle,
          start: formatStart(interview.startAt, language, input.timeZone),
        }),
        link: `${input.publicUrl}/interviews/${interview.interviewId}`,
      });
    }
  }
  blocks.push({
    text: translate(language, 'adminIncidentEmail.preferences', { organizationName: input.organizationName }),
    link: `${input.publicUrl}/settings/profile`,
  });
  return { subject: head.subject, ...renderBlocks(language, blocks) };
}

function headOf(input: IncidentEmailInput): { subject: string; blocks: Block[] } {
  const { language, facts } = input;
  const zoomSettings = `${input.publicUrl}/settings/zoom`;
  switch (facts.kind) {
    case 'zoom_connection_removed':
    case 'zoom_connection_needs_reconnect': {
      const problem = {
        language,
        recipientName: input.recipientName,
        organizationName: input.organizationName,
        kind: 'organization' as const,
        status:
          facts.kind === 'zoom_connection_removed'
            ? ('removed_in_zoom' as const)
            : ('needs_reconnect' as const),
        reason: facts.reason,
        zoomUserEmail: facts.zoomUserEmail,
      };
      const paragraphs = zoomProblemParagraphs(problem);
      const last = paragraphs.pop() ?? '';
      return {
        subject: zoomProblemSubject(problem),
        blocks: [...paragraphs.map((text) => ({ text })), { text: last, link: zoomSettings }],
      };
    }
    case 'meeting_failed':
      return {
        subject: translate(language, 'adminIncidentEmail.subject.meeting_failed', {
          hostLabel: facts.hostLabel,
        }),
        blocks: [
          { text: greeting(input) },
          {
            text: translate(language, 'adminIncidentEmail.what.meeting_failed', {
              hostLabel: facts.hostLabel,
            }),
          },
          { text: describeAnswer(facts, language) },
          { text: translate(language, 'adminIncidentEmail.action.meeting_failed') },
        ],
      };
    case 'meeting_deleted_in_zoom':
      return {
        subject: translate(language, 'adminIncidentEmail.subject.meeting_deleted_in_zoom', {
          hostLabel: facts.hostLabel,
        }),
        blocks: [
          { text: greeting(input) },
          {
            text: translate(language, 'adminIncidentEmail.what.meeting_deleted_in_zoom', {
              hostLabel: facts.hostLabel,
            }),
          },
          {
            text: translate(language, 'adminIncidentEmail.action.meeting_deleted_in_zoom'),
            link: zoomSettings,
          },
        ],
      };
    case 'host_cannot_host':
      return {
        subject: translate(language, 'adminIncidentEmail.subject.host_cannot_host', {
          hostLabel: facts.hostLabel,
        }),
        blocks: [
          { text: greeting(input) },
          {
            text: translate(language, 'adminIncidentEmail.what.host_cannot_host', {
              hostLabel: facts.hostLabel,
              hostEmail: facts.hostEmail,
              flag: translate(language, `adminIncidentEmail.flags.${facts.flag}`),
            }),
          },
          { text: translate(language, 'adminIncidentEmail.action.host_cannot_host'), link: zoomSettings },
        ],
      };
  }
}

function greeting(input: IncidentEmailInput): string {
  return translate(input.language, 'zoom.problemEmail.greeting', { name: input.recipientName });
}

/** Zoom's answer as Zoom gave it: "HTTP 400, code 3161: …", or that Zoom did not answer. */
function describeAnswer(
  facts: Extract<AdminIncidentFacts, { kind: 'meeting_failed' }>,
  language: Language,
): string {
  if (facts.status === 0) return translate(language, 'adminIncidentEmail.noAnswer');
  const code = facts.zoomCode === null ? '' : ` (${facts.zoomCode})`;
  return translate(language, 'adminIncidentEmail.zoomAnswer', {
    answer: `HTTP ${facts.status}${code}: ${facts.message}`,
  });
}

/** "Thu, Dec 3, 2026, 14:00 GMT+1" in the reader's language and zone. */
export function formatStart(startAt: Date, language: Language, timeZone: string): string {
  return new Intl.DateTimeFormat(language, {
    weekday: 'short',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(startAt);
}

function renderBlocks(language: Language, blocks: readonly Block[]): { text: string; html: string } {
  const text = `${blocks.map((block) => (block.link ? `${block.text}\n${block.link}` : block.text)).join('\n\n')}\n`;
  const html = [
    `<!doctype html><html lang="${language}"><body style="font-family: sans-serif; line-height: 1.5">`,
    ...blocks.map((block) =>
      block.link
        ? `<p>${escapeHtml(block.text)}<br><a href="${escapeHtml(block.link)}">${escapeHtml(block.link)}</a></p>`
        : `<p>${escapeHtml(block.text)}</p>`,
    ),
    '</body></html>',
  ].join('\n');
  return { text, html };
}
