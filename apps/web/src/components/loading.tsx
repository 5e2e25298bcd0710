import { useTranslation } from 'react-i18next';

/** A quiet placeholder while data loads, announced once to screen readers. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {t('app.loading')}
    </p>
  );
}
