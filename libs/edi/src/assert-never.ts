/** The `default` of an exhaustive switch: adding a message kind fails to compile until it is handled. */
export function assertNever(value: never): never {
  throw new Error(`unhandled case: ${JSON.stringify(value)}`);
}
