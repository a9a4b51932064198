import type { ComponentChildren } from 'preact';
import type { Feedback } from '../outbox/feedback';
import { TapBadge } from '../outbox/tap-feedback';

/** One fact under a card's title: a label and what it says. */
export interface DealFact {
  readonly label: string;
  readonly value: ComponentChildren;
}

/**
 * The top of an RFQ or purchase order card: its id as the title, where it stands (a badge in
 * words), what the phone's own taps on it are doing, and who sent it and when.
 */
export function DealCardHead({ id, title, stage, stageText, feedback, facts }: { id: string; title: string; stage: string; stageText: string; feedback: Feedback; facts: readonly DealFact[] }) {
  return (
    <>
      <div class="card-head">
        <h3 id={`${id}-title`}>{title}</h3>
        <p class="badges">
          <span class={`badge stage-${stage}`} data-field="stage">
            {stageText}
          </span>
          <TapBadge feedback={feedback} />
        </p>
      </div>
      <dl class="item-facts">
        {facts.map((fact) => (
          <div key={fact.label}>
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
