import { useI18n } from '../../i18n/i18n-context';

/** A bar for the eye and the number as text (the bar is hidden from screen readers: the text says it all). */
export function Progress({ percent }: { percent: number }) {
  const { percent: format } = useI18n();
  const clamped = Math.max(0, Math.min(100, percent));
  return (
    <span class="progress">
      <progress aria-hidden="true" max={100} value={clamped} />
      <span class="progress-number">{format(clamped)}</span>
    </span>
  );
}
