import { ZoomApiError } from '@parley/zoom-client';
import { AppError, AppErrorCode } from '../../errors/app-error.ts';

/** "Zoom 4702: Invalid client_id or client_secret" — Zoom's code (or HTTP status) and its own words. */
export function describeZoomFailure(error: ZoomApiError): string {
  const code = error.code ?? (error.status === 0 ? undefined : error.status);
  return code === undefined ? `Zoom: ${error.message}` : `Zoom ${code}: ${error.message}`;
}

/**
 * The AppError a failed Zoom call becomes, with the ZoomApiError as `cause` and Zoom's code in the
 * details: ZOOM_NEEDS_RECONNECT when only a new authorization helps, ZOOM_UNAVAILABLE otherwise (Zoom
 * down, rate-limited, or an answer Parley did not expect).
 */
export function zoomAppError(error: ZoomApiError): AppError {
  const code = error.requiresReauthorization ? AppErrorCode.ZoomNeedsReconnect : AppErrorCode.ZoomUnavailable;
  return new AppError(code, {
    cause: error,
    details: [{ path: 'zoom', message: describeZoomFailure(error) }],
  });
}

/** The ZoomApiError behind an error (itself, or the cause of an AppError), if any. */
export function zoomApiErrorOf(error: unknown): ZoomApiError | undefined {
  if (error instanceof ZoomApiError) return error;
  if (error instanceof AppError && error.cause instanceof ZoomApiError) return error.cause;
  return undefined;
}
