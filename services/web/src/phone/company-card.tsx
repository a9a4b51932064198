import { useI18n } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/locales';
import type { CompanyProfile } from './company-profile';

const ROLE_KEYS: Readonly<Record<string, MessageKey>> = { lead: 'role.lead', workshop: 'role.workshop', integrator: 'role.integrator', coordinator: 'role.coordinator' };

export function CompanyCard({ company }: { company: CompanyProfile }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <section class="card" aria-labelledby="company-name">
      <h2 id="company-name">{company.legalName}</h2>
      <dl class="facts">
        <dt>{t('phone.company.id')}</dt>
        <dd>{company.companyId}</dd>
        <dt>{t('phone.company.roles')}</dt>
        <dd>{company.roles.map((role) => (ROLE_KEYS[role] ? t(ROLE_KEYS[role]) : role)).join('、')}</dd>
        <dt>{t('phone.company.timeZone')}</dt>
        <dd>{company.timeZone}</dd>
        <dt>{t('phone.company.registeredAt')}</dt>
        <dd>
          <time dateTime={company.registeredAt}>{i18n.dateTime(company.registeredAt, company.timeZone)}</time>
        </dd>
      </dl>
    </section>
  );
}
