import { useI18n } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/locales';
import { sectionHref, type BoardSection } from './routes';

const SECTIONS: ReadonlyArray<{ readonly section: BoardSection; readonly label: MessageKey }> = [
  { section: 'orders', label: 'board.nav.orders' },
  { section: 'rfqs', label: 'board.nav.rfqs' },
  { section: 'purchase-orders', label: 'board.nav.purchaseOrders' },
];

export function BoardNav({ current }: { current: BoardSection }) {
  const { t } = useI18n();
  return (
    <nav class="board-nav" aria-label={t('board.nav.label')}>
      <ul>
        {SECTIONS.map(({ section, label }) => (
          <li key={section}>
            <a href={sectionHref(section)} aria-current={section === current ? 'page' : undefined}>
              {t(label)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
