import type { TFunction } from 'i18next';

export const zoomResultFlows = ['organization', 'personal', 'admin_link'] as const;
export type ZoomResultFlow = (typeof zoomResultFlows)[number];

export interface ZoomResult {
  flow: ZoomResultFlow;
  outcome: string;
  zoomCode: string | null;
  /** Scopes Zoom did not grant (`scopes_missing`). */
  missing: string[];
}

/**
 * Reads `/zoom/result?flow=…&outcome=…[&zoomCode=…][&missing=a,b]`. `missing` may also be repeated; an
 * unknown flow counts as the organization's.
 */
export function parseZoomResult(search: URLSearchParams): ZoomResult {
  const flow = search.get('flow');
  return {
    flow: zoomResultFlows.find((known) => known === flow) ?? 'organization',
    outcome: search.get('outcome') ?? '',
    zoomCode: search.get('zoomCode'),
    missing: search
      .getAll('missing')
      .flatMap((value) => value.split(/[\s,]+/))
      .filter((scope) => scope !== ''),
  };
}

export interface ZoomResultMessage {
  succeeded: boolean;
  heading: string;
  text: string;
}

/** What happened, in words, for each outcome of docs/zoom-api.md; unknown outcomes are not hidden. */
export function zoomResultMessage({ flow, outcome }: ZoomResult, t: TFunction<'zoom'>): ZoomResultMessage {
  const failed = (heading: string, text: string) => ({ succeeded: false, heading, text });
  switch (outcome) {
    case 'connected':
      switch (flow) {
        case 'organization':
          return {
            succeeded: true,
            heading: t('zoom.result.connectedOrganization'),
            text: t('zoom.result.connectedOrganizationText'),
          };
        case 'personal':
          return {
            succeeded: true,
            heading: t('zoom.result.connectedPersonal'),
            text: t('zoom.result.connectedPersonalText'),
          };
        case 'admin_link':
          return {
            succeeded: true,
            heading: t('zoom.result.connectedAdminLink'),
            text: t('zoom.result.connectedAdminLinkText'),
          };
      }
      break;
    case 'access_denied':
      return failed(t('zoom.result.accessDenied'), t('zoom.result.accessDeniedText'));
    case 'state_invalid':
      return failed(t('zoom.result.stateInvalid'), t('zoom.result.stateInvalidText'));
    case 'state_expired':
      return failed(t('zoom.result.stateExpired'), t('zoom.result.stateExpiredText'));
    case 'other_browser':
      return failed(t('zoom.result.otherBrowser'), t('zoom.result.otherBrowserText'));
    case 'link_used':
      return failed(t('zoom.result.linkUsed'), t('zoom.result.linkUsedText'));
    case 'link_expired':
      return failed(t('zoom.result.linkExpired'), t('zoom.result.linkExpiredText'));
    case 'not_zoom_admin':
      return failed(
        t('zoom.result.notZoomAdmin'),
        flow === 'admin_link' ? t('zoom.result.notZoomAdminLinkText') : t('zoom.result.notZoomAdminText'),
      );
    case 'wrong_zoom_account':
      return failed(t('zoom.result.wrongZoomAccount'), t('zoom.result.wrongZoomAccountText'));
    case 'zoom_unavailable':
      return failed(t('zoom.result.zoomUnavailable'), t('zoom.result.zoomUnavailableText'));
    case 'scopes_missing':
      return failed(t('zoom.result.scopesMissing'), t('zoom.result.scopesMissingText'));
  }
  return failed(t('zoom.result.unknown'), t('zoom.result.unknownText', { outcome }));
}
