import { Fragment } from 'react';
import { splitLinks } from '../../format/split-links.ts';

/** Plain text with its web addresses as links; line breaks are kept by the surrounding `white-space`. */
export function LinkifiedText({ text }: { text: string }) {
  return (
    <>
      {splitLinks(text).map((part) =>
        part.kind === 'link' ? (
          <a key={part.offset} href={part.value} rel="noopener noreferrer">
            {part.value}
          </a>
        ) : (
          <Fragment key={part.offset}>{part.value}</Fragment>
        ),
      )}
    </>
  );
}
