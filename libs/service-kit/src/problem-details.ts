/** RFC 9457 problem details, with `errors` naming each refused field. */
export interface ProblemDetails {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly code?: string;
  readonly errors?: ReadonlyArray<{ readonly field: string; readonly rule: string; readonly allowed: string }>;
}

export const PROBLEM_BASE = 'https://renkei.example/problems/';

export class ProblemException extends Error {
  constructor(readonly problem: ProblemDetails) {
    super(problem.detail);
    this.name = 'ProblemException';
  }
}
