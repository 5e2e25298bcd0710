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
export function zoomResultMessage({ flow, outcome }: ZoomResult, t: TFunction): ZoomResultMessage {
  const failed = (heading: string, text: string) => ({ succeeded: false, heading, text });
  switch (outcome) {
    case 'connected':
      switch (flow) {
        case 'organization':
          return {
            succeeded: true,
            heading: t('zoomResult.connectedOrganization'),
            text: t('zoomResult.connectedOrganizationText'),
          };
        case 'personal':
          return {
            succeeded: true,
            heading: t('zoomResult.connectedPersonal'),
            text: t('zoomResult.connectedPersonalText'),
          };
        case 'admin_link':
          return {
            succeeded: true,
            heading: t('zoomResult.connectedAdminLink'),
            text: t('zoomResult.connectedAdminLinkText'),
          };
      }
      break;
    case 'access_denied':
      return failed(t('zoomResult.accessDenied'), t('zoomResult.accessDeniedText'));
    case 'state_invalid':
      return failed(t('zoomResult.stateInvalid'), t('zoomResult.stateInvalidText'));
    case 'state_expired':
      return failed(t('zoomResult.stateExpired'), t('zoomResult.stateExpiredText'));
    case 'other_browser':
      return failed(t('zoomResult.otherBrowser'), t('zoomResult.otherBrowserText'));
    case 'link_used':
      return failed(t('zoomResult.linkUsed'), t('zoomResult.linkUsedText'));
    case 'link_expired':
      return failed(t('zoomResult.linkExpired'), t('zoomResult.linkExpiredText'));
    case 'not_zoom_admin':
      return failed(
        t('zoomResult.notZoomAdmin'),
        flow === 'admin_link' ? t('zoomResult.notZoomAdminLinkText') : t('zoomResult.notZoomAdminText'),
      );
    case 'wrong_zoom_account':
      return failed(t('zoomResult.wrongZoomAccount'), t('zoomResult.wrongZoomAccountText'));
    case 'zoom_unavailable':
      return failed(t('zoomResult.zoomUnavailable'), t('zoomResult.zoomUnavailableText'));
    case 'scopes_missing':
      return failed(t('zoomResult.scopesMissing'), t('zoomResult.scopesMissingText'));
  }
  return failed(t('zoomResult.unknown'), t('zoomResult.unknownText', { outcome }));
}
