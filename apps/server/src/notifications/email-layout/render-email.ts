import type { Language } from '@parley/api-contract';

/** One line of the details table: a label and its value, linked when it is a URL. */
export interface EmailDetail {
  label: string;
  value: string;
  href?: string;
}

/** A link the reader acts on, shown as a button (the first) or a plain link. */
export interface EmailAction {
  label: string;
  url: string;
}

/** What an e-mail says, in the reader's language; the layout decides how it looks. */
export interface EmailContent {
  language: Language;
  /** The line mail clients show after the subject in the inbox. */
  preheader: string;
  heading: string;
  paragraphs: string[];
  details: EmailDetail[];
  actions: EmailAction[];
  footer: string;
}

const colors = { text: '#1f2328', muted: '#59636e', line: '#d1d9e0', accent: '#0b5cad', card: '#ffffff' };

/**
 * The layout in MJML, with markers where each message's content goes. MJML turns it into the tables and
 * media queries that narrow clients and old Outlooks need, which takes milliseconds: it is compiled once
 * per process, and every message fills in the markers.
 */
const layoutSource = `<mjml>
  <mj-head>
    <mj-title>%%HEADING%%</mj-title>
    <mj-preview>%%PREHEADER%%</mj-preview>
    <mj-attributes>
      <mj-all font-family="-apple-system, 'Segoe UI', Roboto, 'Hiragino Sans', 'Noto Sans JP', Arial, sans-serif" />
      <mj-text font-size="15px" line-height="1.55" color="${colors.text}" padding="6px 24px" />
    </mj-attributes>
    <mj-style>
      .details td { padding: 4px 12px 4px 0; vertical-align: top; font-size: 14px; }
      .details td.label { color: ${colors.muted}; white-space: nowrap; }
      .details a, .links a { color: ${colors.accent}; word-break: break-all; }
      .button { display: inline-block; padding: 10px 18px; border-radius: 6px; background: ${colors.accent}; color: #ffffff !important; text-decoration: none; font-weight: 600; }
      @media (prefers-color-scheme: dark) {
        .card, .card > table, .card td { background: #161b22 !important; }
        .card div, .details td { color: #e6edf3 !important; }
        .details td.label, .muted div { color: #9198a1 !important; }
        .details a, .links a { color: #58a6ff !important; }
      }
    </mj-style>
  </mj-head>
  <mj-body width="600px" background-color="#f6f8fa">
    <mj-section css-class="card" background-color="${colors.card}" padding="20px 0" border="1px solid ${colors.line}">
      <mj-column>
        <mj-text font-size="20px" font-weight="600" padding-bottom="12px">%%HEADING%%</mj-text>
        <mj-text>%%PARAGRAPHS%%</mj-text>
        <mj-text>%%DETAILS%%</mj-text>
        <mj-text css-class="links" padding-top="12px">%%ACTIONS%%</mj-text>
        <mj-text css-class="muted" font-size="13px" color="${colors.muted}" padding-top="16px">%%FOOTER%%</mj-text>
      </mj-column>
    </mj-section>
  </mj-body>
</mjml>`;

let compiledLayout: Promise<string> | undefined;

/** The compiled layout; the meta tag tells clients that support it the mail reads in dark mode too. */
function layout(): Promise<string> {
  compiledLayout ??= compileLayout();
  return compiledLayout;
}

async function compileLayout(): Promise<string> {
  // Loaded with the first message rather than at start-up: MJML is large, and most starts send nothing.
  const { default: mjml2html } = await import('mjml');
  // No web fonts: MJML would link Google Fonts for a named font, a request to a third party each time a
  // candidate opens the mail. The font list falls back to what the reader's system has.
  const result = await mjml2html(layoutSource, { validationLevel: 'strict', fonts: {} });
  return result.html.replace(
    '<head>',
    '<head><meta name="color-scheme" content="light dark"><meta name="supported-color-schemes" content="light dark">',
  );
}

/** Text made safe to put into HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

const urlPattern = /https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)）。、]/g;

/**
 * A paragraph as HTML: the text escaped, its line breaks kept and its web addresses made links. That is
 * all the markup a paragraph gets: the words come from admins' templates and from names people typed,
 * and neither may put HTML into a candidate's mail.
 */
export function paragraphHtml(paragraph: string): string {
  const linked = escapeHtml(paragraph).replace(urlPattern, (url) => `<a href="${url}">${url}</a>`);
  return `<p>${linked.replaceAll('\n', '<br>')}</p>`;
}

function detailsHtml(details: readonly EmailDetail[]): string {
  const rows = details.map(({ label, value, href }) => {
    const shown = href ? `<a href="${escapeHtml(href)}">${escapeHtml(value)}</a>` : escapeHtml(value);
    return `<tr><td class="label">${escapeHtml(label)}</td><td>${shown}</td></tr>`;
  });
  return rows.length
    ? `<table class="details" role="presentation" cellpadding="0" cellspacing="0">${rows.join('')}</table>`
    : '';
}

function actionsHtml(actions: readonly EmailAction[]): string {
  return actions
    .map(({ label, url }, index) =>
      index === 0
        ? `<p><a class="button" href="${escapeHtml(url)}">${escapeHtml(label)}</a></p>`
        : `<p><a href="${escapeHtml(url)}">${escapeHtml(label)}</a></p>`,
    )
    .join('');
}

/** The plain-text part: the same content, one fact a line, every link written out. */
export function renderEmailText(content: EmailContent): string {
  const width = Math.max(0, ...content.details.map((detail) => detail.label.length));
  const lines = [
    content.heading,
    '',
    ...content.paragraphs.flatMap((paragraph) => [paragraph, '']),
    ...content.details.map((detail) => `${detail.label.padEnd(width)}  ${detail.value}`),
    '',
    ...content.actions.flatMap((action) => [`${action.label}:`, action.url, '']),
    content.footer,
    '',
  ];
  return lines.join('\n');
}

/** The HTML and plain-text parts of an e-mail. */
export async function renderEmail(content: EmailContent): Promise<{ html: string; text: string }> {
  const filled: Record<string, string> = {
    '%%HEADING%%': escapeHtml(content.heading),
    '%%PREHEADER%%': escapeHtml(content.preheader),
    '%%PARAGRAPHS%%': content.paragraphs.map(paragraphHtml).join(''),
    '%%DETAILS%%': detailsHtml(content.details),
    '%%ACTIONS%%': actionsHtml(content.actions),
    '%%FOOTER%%': escapeHtml(content.footer),
  };
  const html = (await layout())
    .replace('lang="und"', `lang="${content.language}"`)
    .replace(/%%[A-Z]+%%/g, (marker) => filled[marker] ?? marker);
  return { html, text: renderEmailText(content) };
}
