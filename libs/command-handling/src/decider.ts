/** The shape every context's pure domain exposes (STYLE.md §1). */
export interface Decider<Command, Event, State> {
  readonly initialState: State;
  decide(command: Command, state: State): Event[];
  evolve(state: State, event: Event): State;
}

/** A domain event as the store keeps it: a type and JSON data. */
export interface DomainEvent {
  readonly type: string;
  readonly data: object;
}
