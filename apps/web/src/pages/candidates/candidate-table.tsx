import type { CandidateSummary } from '@parley/api-contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { BreakableEmail } from '../../components/breakable-email.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { PersonName } from './person-name.tsx';

/**
 * Candidates as a table (name linking to the candidate, e-mail, source, tags); on a phone each row
 * becomes a stacked card (recruiting.css), so nothing scrolls sideways.
 */
export function CandidateTable({ candidates }: { candidates: CandidateSummary[] }) {
  const { t } = useTranslation('recruiting');
  const label = (field: 'name' | 'email' | 'source' | 'tags') => t(`candidates.fields.${field}`);
  return (
    <DataTable
      caption={t('candidates.title')}
      tableClassName="candidate-table"
      boxed={false}
      columns={[label('name'), label('email'), label('source'), label('tags')]}
    >
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
          <td data-label={label('source')}>{candidate.source}</td>
          <td data-label={label('tags')}>
            <TagList tags={candidate.tags} />
          </td>
        </tr>
      ))}
    </DataTable>
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
