/** given(events).when(command).then(events) | .thenThrows(code) | .thenThrowsAsIfGiven(events), for any pure decider. */
export function deciderSpecification<Command, Event, State>(decider: {
  decide(command: Command, state: State): Event[];
  evolve(state: State, event: Event): State;
  initialState: State;
}) {
  const stateAfter = (history: Event[]) => history.reduce(decider.evolve, decider.initialState);
  return {
    given(history: Event[]) {
      const state = stateAfter(history);
      return {
        when(command: Command) {
          const run = () => decider.decide(command, state);
          return {
            then: (expected: Event[]) => expect(run()).toEqual(expected),
            thenThrows: (code: string) => expect(run).toThrow(expect.objectContaining({ code }) as unknown as Error),
            /**
             * The very refusal (code, message, field errors) the same command gets after `other`,
             * e.g. a stranger's refusal on an existing target equals everyone's on a missing one.
             */
            thenThrowsAsIfGiven: (other: Event[]) => expect(refusalOf(run)).toEqual(refusalOf(() => decider.decide(command, stateAfter(other)))),
          };
        },
      };
    },
  };
}

interface Refusal {
  readonly code: string;
  readonly message: string;
  readonly fieldErrors: unknown;
}

function refusalOf(run: () => unknown): Refusal {
  try {
    run();
  } catch (error) {
    const { code, message, fieldErrors } = error as Partial<Refusal>;
    if (typeof code !== 'string' || typeof message !== 'string') throw error;
    return { code, message, fieldErrors };
  }
  throw new Error('expected the command to be refused, but it was decided');
}

/** Runs commands one after another through a decider from `history`, feeding each outcome back; every event recorded. */
export function eventsRecordedBy<Command, Event, State>(
  decider: { decide(command: Command, state: State): Event[]; evolve(state: State, event: Event): State; initialState: State },
  commands: readonly Command[],
  history: readonly Event[] = [],
): Event[] {
  const events: Event[] = [];
  let state = history.reduce(decider.evolve, decider.initialState);
  for (const command of commands) {
    const outcome = decider.decide(command, state);
    events.push(...outcome);
    state = outcome.reduce(decider.evolve, state);
  }
  return events;
}
