import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { useI18n } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/locales';

export type Section = 'work' | 'rfqs' | 'orders';

const SECTIONS: ReadonlyArray<{ readonly section: Section; readonly label: MessageKey }> = [
  { section: 'work', label: 'phone.tab.work' },
  { section: 'rfqs', label: 'phone.tab.rfqs' },
  { section: 'orders', label: 'phone.tab.orders' },
];

/**
 * Three tabs (WAI-ARIA tabs pattern: arrow keys, Home and End move between them), each naming
 * how many of its items wait for the workshop; the chosen one's panel below.
 */
export function SectionTabs({ section, counts, onChoose, children }: { section: Section; counts: Record<Section, number | null>; onChoose: (section: Section) => void; children: ComponentChildren }) {
  const { t } = useI18n();
  const tabs = useRef<Array<HTMLButtonElement | null>>([]);
  const move = (event: KeyboardEvent, index: number) => {
    const last = SECTIONS.length - 1;
    const target = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = SECTIONS[target];
    if (next) onChoose(next.section);
    tabs.current[target]?.focus();
  };
  return (
    <>
      <div class="tabs" role="tablist" aria-label={t('phone.tabs.label')}>
        {SECTIONS.map(({ section: candidate, label }, index) => {
          const count = counts[candidate];
          const selected = candidate === section;
          return (
            <button
              key={candidate}
              ref={(element) => {
                tabs.current[index] = element;
              }}
              type="button"
              role="tab"
              id={`tab-${candidate}`}
              class="tab"
              aria-selected={selected}
              aria-controls={selected ? `panel-${candidate}` : undefined}
              tabIndex={selected ? 0 : -1}
              onClick={() => onChoose(candidate)}
              onKeyDown={(event) => move(event, index)}
            >
              <span class="tab-label">{t(label)}</span>
              {count !== null && count > 0 && <span class="tab-count">{t('phone.tab.count', { count })}</span>}
            </button>
          );
        })}
      </div>
      <div class="tab-panel" role="tabpanel" id={`panel-${section}`} aria-labelledby={`tab-${section}`}>
        {children}
      </div>
    </>
  );
}
