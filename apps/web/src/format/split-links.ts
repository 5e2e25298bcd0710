export interface TextPart {
  kind: 'text' | 'link';
  value: string;
  /** Where the part starts in the original text; unique, so usable as a React key. */
  offset: number;
}

const urlPattern = /https?:\/\/[^\s<>"]+/g;
/** Punctuation that ends a sentence rather than the address: "see https://parley.test/x." */
const trailingPunctuation = /[.,;:!?)\]}'’”]+$/;

/** Splits plain text into text and http(s) web addresses. */
export function splitLinks(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let position = 0;
  for (const match of text.matchAll(urlPattern)) {
    const url = match[0].replace(trailingPunctuation, '');
    const start = match.index;
    if (start > position) parts.push({ kind: 'text', value: text.slice(position, start), offset: position });
    parts.push({ kind: 'link', value: url, offset: start });
    position = start + url.length;
  }
  if (position < text.length) parts.push({ kind: 'text', value: text.slice(position), offset: position });
  return parts;
}
