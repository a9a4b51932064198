import type { ApiError } from '../../api/api-error';
import { ListFrame } from '../shared/list-state';
import type { TapContext } from '../workbench';
import { WorkItemCard } from './work-item-card';
import { workItemKey, type MyWorkItem } from './work-items';
import { isDone } from './work-taps';

/** The workshop's open work, earliest due date first; an item just finished stays at the end until the API lets it go. */
export function WorkList({ items, error, truncated, context, onRetry }: { items: readonly MyWorkItem[] | null; error: ApiError | null; truncated: boolean; context: TapContext; onRetry: () => void }) {
  const ordered = items === null ? null : [...items.filter((item) => !isDone(item)), ...items.filter(isDone)];
  return (
    <ListFrame heading="phone.work.heading" empty="phone.work.none" count={ordered?.length ?? null} error={error} truncated={truncated} onRetry={onRetry}>
      <ul class="cards" role="list">
        {ordered?.map((item) => (
          <li key={workItemKey(item)}>
            <WorkItemCard item={item} context={context} />
          </li>
        ))}
      </ul>
    </ListFrame>
  );
}
