import { useTranslation } from 'react-i18next';
import type { ZoomProblem } from '../api/zoom-types.ts';

/** A problem the last check or use found: the server's words, Zoom's code and any missing scopes. */
export function ZoomProblemAlert({ problem }: { problem: ZoomProblem }) {
  const { t } = useTranslation();
  return (
    <div className="alert alert-error">
      <p>
        <strong>{t('zoom.problem.heading')}</strong> {problem.message}
      </p>
      {problem.zoomCode !== undefined && <p>{t('zoom.problem.zoomCode', { code: problem.zoomCode })}</p>}
      {problem.missingScopes && problem.missingScopes.length > 0 && (
        <>
          <p>{t('zoom.problem.missingScopes')}</p>
          <ScopeList scopes={problem.missingScopes} />
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
