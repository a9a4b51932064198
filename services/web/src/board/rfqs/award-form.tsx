import { useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n-context';
import { ActionError } from '../shared/action-error';
import { planAward, splitTotal, type AwardProblem, type LineChoice } from './award-plan';
import type { QuoteComparison } from './quote-comparison';
import { QuoteComparisonTable } from './quote-comparison-table';
import { awardRfq, type AwardRfqInput, type RfqLine } from './rfq-api';
import { useAction } from '../shared/use-action';

interface Props {
  readonly apiKey: string;
  readonly rfqId: string;
  readonly comparison: QuoteComparison<RfqLine>;
  /** Null: the RFQ is decided and the comparison is shown for the record only. */
  readonly awardable: boolean;
  readonly nameOf: (id: string) => string;
  readonly onAwarded: () => void;
  readonly onUnauthenticated: () => void;
}

/** The quotes side by side, line by line, with the choice of workshop (or a split) under each line. */
export function AwardForm({ apiKey, rfqId, comparison, awardable, nameOf, onAwarded, onUnauthenticated }: Props) {
  const { t } = useI18n();
  const [choices, setChoices] = useState<ReadonlyMap<number, LineChoice>>(new Map());
  const [problems, setProblems] = useState<readonly AwardProblem[]>([]);
  const award = useAction((input: AwardRfqInput, key: string) => awardRfq(apiKey, rfqId, input, key), onUnauthenticated);
  const lines = comparison.lines.map(({ line }) => line);
  const plan = planAward(lines, choices);
  const choose = (lineNo: number, choice: LineChoice) => {
    setChoices((current) => new Map(current).set(lineNo, choice));
    setProblems([]);
  };

  if (!awardable) {
    return (
      <>
        {comparison.lines.map((line) => (
          <QuoteComparisonTable key={line.line.lineNo} comparison={line} workshops={comparison.workshops} nameOf={nameOf} />
        ))}
      </>
    );
  }
  return (
    <form
      class="award-form"
      aria-labelledby="award-heading"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!plan.ok) {
          setProblems(plan.problems);
          return;
        }
        void award.run(plan.input).then((done) => done && onAwarded());
      }}
    >
      <h3 id="award-heading">{t('board.rfq.compareHeading')}</h3>
      {comparison.lines.map((lineComparison) => {
        const { line } = lineComparison;
        const choice = choices.get(line.lineNo) ?? { kind: 'none' };
        const name = `award-line-${line.lineNo}`;
        return (
          <div class="award-line" key={line.lineNo}>
            <QuoteComparisonTable comparison={lineComparison} workshops={comparison.workshops} nameOf={nameOf} />
            <fieldset data-award-line={line.lineNo}>
              <legend>{t('board.rfq.awardLegend', { lineNo: line.lineNo, part: line.partNumber })}</legend>
              {line.offers.map((offer) => (
                <label class="choice" key={offer.workshopId}>
                  <input
                    type="radio"
                    name={name}
                    checked={choice.kind === 'whole' && choice.workshopId === offer.workshopId}
                    onChange={() => choose(line.lineNo, { kind: 'whole', workshopId: offer.workshopId })}
                  />
                  {t('board.rfq.awardWhole', { workshop: nameOf(offer.workshopId), quantity: line.quantity })}
                </label>
              ))}
              {line.offers.length > 1 && (
                <label class="choice">
                  <input
                    type="radio"
                    name={name}
                    checked={choice.kind === 'split'}
                    onChange={() => choose(line.lineNo, { kind: 'split', quantities: Object.fromEntries(line.offers.map((offer) => [offer.workshopId, ''])) })}
                  />
                  {t('board.rfq.awardSplit')}
                </label>
              )}
              {choice.kind === 'split' && (
                <div class="split">
                  {line.offers.map((offer) => {
                    const id = `split-${line.lineNo}-${offer.workshopId}`;
                    return (
                      <div class="field split-field" key={offer.workshopId}>
                        <label for={id}>{t('board.rfq.splitQuantity', { workshop: nameOf(offer.workshopId) })}</label>
                        <input
                          id={id}
                          type="number"
                          inputMode="numeric"
                          min={0}
                          max={line.quantity}
                          step={1}
                          value={choice.quantities[offer.workshopId] ?? ''}
                          onInput={(event) => choose(line.lineNo, { kind: 'split', quantities: { ...choice.quantities, [offer.workshopId]: event.currentTarget.value } })}
                        />
                      </div>
                    );
                  })}
                  <p class="hint" aria-live="polite">
                    {t('board.rfq.splitSoFar', { given: splitTotal(choice.quantities), quantity: line.quantity })}
                  </p>
                </div>
              )}
              <label class="choice">
                <input type="radio" name={name} checked={choice.kind === 'none'} onChange={() => choose(line.lineNo, { kind: 'none' })} />
                {t('board.rfq.awardNone')}
              </label>
            </fieldset>
          </div>
        );
      })}
      {problems.length > 0 && (
        <div role="alert" class="error" id="award-problems">
          <p>{t('board.rfq.problemsHeading')}</p>
          <ul>
            {problems.map((problem, index) => (
              <li key={index}>{problemText(problem)}</li>
            ))}
          </ul>
        </div>
      )}
      {plan.ok && plan.unawarded.length > 0 && <p class="hint">{t('board.rfq.partialNote', { lines: plan.unawarded.join(', ') })}</p>}
      {award.state.state === 'failed' && <ActionError error={award.state.error} />}
      <button type="submit" class="primary" disabled={award.state.state === 'sending'}>
        {award.state.state === 'sending' ? t('board.rfq.awarding') : t('board.rfq.award')}
      </button>
    </form>
  );

  function problemText(problem: AwardProblem): string {
    switch (problem.kind) {
      case 'nothing-chosen':
        return t('board.rfq.problem.nothing');
      case 'not-a-quantity':
        return t('board.rfq.problem.quantity', { lineNo: problem.lineNo, workshop: nameOf(problem.workshopId) });
      case 'split-total':
        return t('board.rfq.problem.splitTotal', { lineNo: problem.lineNo, total: problem.total, expected: problem.expected });
      case 'no-offer':
        return t('board.rfq.problem.noOffer', { lineNo: problem.lineNo, workshop: nameOf(problem.workshopId) });
      default: {
        const unexpected: never = problem;
        return String(unexpected);
      }
    }
  }
}
