/** given(events).when(command).then(events) | .thenThrows(code), for any pure decider. */
export function deciderSpecification<Command, Event, State>(decider: {
  decide(command: Command, state: State): Event[];
  evolve(state: State, event: Event): State;
  initialState: State;
}) {
  return {
    given(history: Event[]) {
      const state = history.reduce(decider.evolve, decider.initialState);
      return {
        when(command: Command) {
          const run = () => decider.decide(command, state);
          return {
            then: (expected: Event[]) => expect(run()).toEqual(expected),
            thenThrows: (code: string) => expect(run).toThrow(expect.objectContaining({ code }) as unknown as Error),
          };
        },
      };
    },
  };
}
