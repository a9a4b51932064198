/**
 * What a process closes when it stops, in the reverse order it was opened: the app (HTTP, then
 * consumers) before the relay, the relay before the store, pools last. A step that fails is
 * reported and the rest still run, so one stuck client cannot keep a pool open.
 */
export class ShutdownSequence {
  private readonly steps: Array<{ name: string; close: () => Promise<unknown> }> = [];

  constructor(private readonly report: (name: string, error: unknown) => void) {}

  add(name: string, close: () => Promise<unknown>): void {
    this.steps.push({ name, close });
  }

  async run(): Promise<void> {
    for (const step of this.steps.splice(0).reverse()) {
      await step.close().catch((error: unknown) => this.report(step.name, error));
    }
  }
}
