import type { ZoomProblem } from '@parley/api-contract';
import { useTranslation } from 'react-i18next';

/**
 * A problem the last check or use found: the server's words, Zoom's code and any missing scopes. When the
 * problem is the status reason already explained above it (`explainedReason`), only its details are added.
 */
export function ZoomProblemAlert({
  problem,
  explainedReason,
}: {
  problem: ZoomProblem;
  explainedReason: string | null;
}) {
  const { t } = useTranslation('zoom');
  const explained = problem.code === explainedReason;
  const missingScopes = problem.missingScopes ?? [];
  if (explained && problem.zoomCode === undefined && missingScopes.length === 0) return null;
  return (
    <div className="alert alert-error">
      {!explained && (
        <p>
          <strong>{t('zoom.problem.heading')}</strong> {problem.message}
        </p>
      )}
      {problem.zoomCode !== undefined && <p>{t('zoom.problem.zoomCode', { code: problem.zoomCode })}</p>}
      {missingScopes.length > 0 && (
        <>
          <p>{t('zoom.problem.missingScopes')}</p>
          <ScopeList scopes={missingScopes} />
        </>
      )}
    </div>
  );
}

/** Zoom scope names as code, e.g. `meeting:write:admin`. */
export function ScopeList({ scopes }: { scopes: readonly string[] }) {
  return (
    <ul className="scope-list">
      {scopes.map((scope) => (
        <li key={scope}>
          <code>{scope}</code>
        </li>
      ))}
    </ul>
  );
}
