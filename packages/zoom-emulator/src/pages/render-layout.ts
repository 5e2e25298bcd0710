/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

const STYLE = `
  body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0; background: #f4f6fa; color: #232333; }
  header { background: #0b5cff; color: #fff; padding: 12px 24px; font-weight: 600; }
  header small { font-weight: 400; opacity: .8; margin-left: 8px; }
  main { max-width: 760px; margin: 32px auto; background: #fff; border-radius: 12px; padding: 28px 32px; box-shadow: 0 1px 4px #0002; }
  main.wide { max-width: 1100px; }
  label { display: block; margin: 14px 0 4px; font-weight: 600; }
  input, select { font: inherit; padding: 8px 10px; border: 1px solid #bbc; border-radius: 8px; width: 100%; box-sizing: border-box; }
  button { font: inherit; padding: 9px 18px; border-radius: 8px; border: 1px solid #0b5cff; background: #0b5cff; color: #fff; cursor: pointer; margin: 16px 8px 0 0; }
  button.secondary { background: #fff; color: #0b5cff; }
  button.danger { background: #c62828; border-color: #c62828; }
  table { border-collapse: collapse; width: 100%; margin: 12px 0; font-size: 14px; }
  th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid #e3e6ee; vertical-align: top; }
  td button { margin: 0; padding: 4px 10px; }
  code { background: #eef1f7; padding: 1px 5px; border-radius: 4px; }
  .error { color: #b00020; font-weight: 600; }
  .muted { color: #667; }
  ul.scopes li { margin: 6px 0; }
`;

/** A complete page in the emulator's Zoom-like look. */
export function renderPage(title: string, body: string, options: { wide?: boolean } = {}): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} - Zoom (emulator)</title><style>${STYLE}</style></head>
<body><header>zoom <small>emulator</small></header>
<main${options.wide ? ' class="wide"' : ''}>${body}</main></body></html>`;
}
