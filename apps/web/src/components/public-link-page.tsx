import type { AppErrorCode } from '@parley/api-contract';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiError } from '../api/api-error.ts';
import { QueryView } from '../queries/query-view.tsx';
import { PageHeading } from './page-heading.tsx';
import { PublicLayout } from './public-layout.tsx';

/** Why a link from an e-mail no longer works. */
export type UnusableLinkReason = 'invalid' | 'expired';

/**
 * Reads the server's refusal of a link (an invitation, a Zoom admin link) as the reason the page explains;
 * any other failure is undefined, for the shared error alert and its retry.
 */
export function unusableLinkReason(
  error: unknown,
  codes: { expired: `${AppErrorCode}`; invalid: `${AppErrorCode}` },
): UnusableLinkReason | undefined {
  if (!(error instanceof ApiError)) return undefined;
  if (error.code === codes.expired) return 'expired';
  if (error.code === codes.invalid) return 'invalid';
  return undefined;
}

/**
 * A public link's page while the server checks the link: its heading and what it waits for, or a failure
 * that is not the link's (with the retry button).
 */
export function CheckingLink({
  query,
  documentTitle,
  heading,
  checking,
}: {
  query: UseQueryResult;
  documentTitle: string;
  heading: string;
  checking: string;
}) {
  return (
    <>
      <PageHeading documentTitle={documentTitle}>{heading}</PageHeading>
      <QueryView
        query={query}
        loading={
          <p className="loading" role="status">
            {checking}
          </p>
        }
      >
        {() => null}
      </QueryView>
    </>
  );
}

/** A link that no longer works: why, in the page's words, and what to do instead (`children`). */
export function UnusableLinkPage({
  heading,
  text,
  children,
}: {
  heading: string;
  text: string;
  children?: ReactNode;
}) {
  return (
    <PublicLayout>
      <PageHeading documentTitle={heading} intro={text}>
        {heading}
      </PageHeading>
      {children}
    </PublicLayout>
  );
}
