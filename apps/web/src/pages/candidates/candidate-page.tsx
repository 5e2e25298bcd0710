import type { Candidate } from '@parley/api-contract';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { SuccessMessage } from '../../components/alerts.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { describeTimeZone } from '../../format/time-zones.ts';
import { languageEndonym } from '../../i18n/language-preference.ts';
import { QueryView } from '../../queries/query-view.tsx';
import { candidateQuery } from '../../queries/recruiting-queries.ts';
import { useMe } from '../../session/session-context.tsx';
import { CandidateApplications } from './candidate-applications.tsx';
import { CandidateEditForm } from './candidate-edit-form.tsx';
import { TagList } from './candidate-table.tsx';
import { nameLanguage } from './person-name.tsx';
import '../../styles/recruiting.css';

/** A candidate: their details (recruiters and admins edit them), notes, tags and applications. */
export function CandidatePage() {
  const { t } = useTranslation('recruiting');
  const { candidateId = '' } = useParams();
  const candidate = useQuery(candidateQuery(candidateId));
  const notice = (useLocation().state as { notice?: string } | null)?.notice ?? null;
  const me = useMe();
  const canEdit = me.user.role === 'admin' || me.user.role === 'recruiter';
  const [editing, setEditing] = useState(false);
  return (
    <>
      <p className="back-link">
        <Link to="/candidates">← {t('candidates.backToCandidates')}</Link>
      </p>
      <SuccessMessage>{editing ? null : notice}</SuccessMessage>
      <QueryView query={candidate}>
        {({ candidate: loaded, applications }) => (
          <>
            <PageHeading documentTitle={loaded.name}>
              <span lang={nameLanguage(loaded.name)}>{loaded.name}</span>
            </PageHeading>
            {editing ? (
              <CandidateEditForm candidate={loaded} onDone={() => setEditing(false)} />
            ) : (
              <CandidateDetails candidate={loaded} canEdit={canEdit} onEdit={() => setEditing(true)} />
            )}
            <CandidateApplications candidate={loaded} applications={applications} canEdit={canEdit} />
          </>
        )}
      </QueryView>
    </>
  );
}

interface CandidateDetailsProps {
  candidate: Candidate;
  canEdit: boolean;
  onEdit: () => void;
}

function CandidateDetails({ candidate, canEdit, onEdit }: CandidateDetailsProps) {
  const { t, i18n } = useTranslation('recruiting');
  const none = <span className="text-muted">{t('candidates.none')}</span>;
  return (
    <section className="section" aria-labelledby="candidate-details-heading">
      <div className="section-header">
        <h2 id="candidate-details-heading">{t('candidates.details')}</h2>
        {canEdit && (
          <button type="button" className="button button-secondary" onClick={onEdit}>
            {t('candidates.edit')}
          </button>
        )}
      </div>
      <dl className="facts facts-boxed">
        <div>
          <dt>{t('candidates.fields.email')}</dt>
          <dd>
            <a href={`mailto:${candidate.email}`}>{candidate.email}</a>
          </dd>
        </div>
        <div>
          <dt>{t('candidates.fields.phone')}</dt>
          <dd>{candidate.phone ? <a href={`tel:${candidate.phone}`}>{candidate.phone}</a> : none}</dd>
        </div>
        <div>
          <dt>{t('candidates.fields.timeZone')}</dt>
          <dd>{describeTimeZone(candidate.timeZone, i18n.language).label}</dd>
        </div>
        <div>
          <dt>{t('candidates.fields.language')}</dt>
          <dd lang={candidate.language}>{languageEndonym(candidate.language)}</dd>
        </div>
        <div>
          <dt>{t('candidates.fields.source')}</dt>
          <dd>{candidate.source || none}</dd>
        </div>
        <div>
          <dt>{t('candidates.fields.tags')}</dt>
          <dd>{candidate.tags.length > 0 ? <TagList tags={candidate.tags} /> : none}</dd>
        </div>
      </dl>
      <h3>{t('candidates.fields.notes')}</h3>
      {candidate.notes ? (
        <p className="candidate-notes">{candidate.notes}</p>
      ) : (
        <p className="text-muted">{t('candidates.noNotes')}</p>
      )}
    </section>
  );
}
