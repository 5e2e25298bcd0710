import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../api/api-error.ts';
import { describeError } from './error-message.ts';

/** A failed request, announced to screen readers; `issues` lists field problems no field could show. */
export function ErrorAlert({
  error,
  issues = [],
  onRetry,
}: {
  error: unknown;
  issues?: FieldIssue[];
  onRetry?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="alert alert-error" role="alert">
      <p>{describeError(error, t)}</p>
      {issues.length > 0 && (
        <ul>
          {issues.map((issue) => (
            <li key={`${issue.path}:${issue.message}`}>{issue.message}</li>
          ))}
        </ul>
      )}
      {onRetry && (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}

/**
 * Confirms that something worked. The live region is always present, so that screen readers announce the
 * message when it appears, without interrupting.
 */
export function SuccessMessage({ children }: { children: string | null }) {
  return <div role="status">{children && <p className="alert alert-success">{children}</p>}</div>;
}
