import type { CandidateSummary } from '@parley/api-contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { BreakableEmail } from '../../components/breakable-email.tsx';
import { PersonName } from './person-name.tsx';

/**
 * Candidates as a table (name linking to the candidate, e-mail, source, tags); on a phone each row
 * becomes a stacked card (recruiting.css), so nothing scrolls sideways.
 */
export function CandidateTable({ candidates }: { candidates: CandidateSummary[] }) {
  const { t } = useTranslation('recruiting');
  return (
    <table className="table candidate-table">
      <caption className="visually-hidden">{t('candidates.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('candidates.fields.name')}</th>
          <th scope="col">{t('candidates.fields.email')}</th>
          <th scope="col">{t('candidates.fields.source')}</th>
          <th scope="col">{t('candidates.fields.tags')}</th>
        </tr>
      </thead>
      <tbody>
        {candidates.map((candidate) => (
          <tr key={candidate.id}>
            <th scope="row">
              <Link to={`/candidates/${candidate.id}`}>
                <PersonName name={candidate.name} />
              </Link>
            </th>
            <td>
              <BreakableEmail email={candidate.email} />
            </td>
            <td data-label={t('candidates.fields.source')}>{candidate.source}</td>
            <td data-label={t('candidates.fields.tags')}>
              <TagList tags={candidate.tags} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Tags as badges; a list, so screen readers say how many. */
export function TagList({ tags }: { tags: string[] }) {
  if (tags.length === 0) return null;
  return (
    <ul className="tag-list">
      {tags.map((tag) => (
        <li key={tag} className="badge badge-neutral">
          {tag}
        </li>
      ))}
    </ul>
  );
}
