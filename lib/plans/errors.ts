// Typed errors of the plan services; the edge maps each to an HTTP status or a form message.

export class PlanError extends Error {
  readonly status: number = 400;
}

/** The thing does not exist, or it is not the caller's: both answer 404 so nothing leaks. */
export class PlanNotFoundError extends PlanError {
  override readonly status = 404;
  constructor(what = "Plan") {
    super(`${what} not found`);
    this.name = "PlanNotFoundError";
  }
}

/** The caller may see the thing but not change it (a client editing goals, ticking a coach's item). */
export class PlanForbiddenError extends PlanError {
  override readonly status = 403;
  constructor(message = "You cannot change this") {
    super(message);
    this.name = "PlanForbiddenError";
  }
}

export class PlanAlreadyExistsError extends PlanError {
  override readonly status = 409;
  constructor() {
    super("This client already has a career plan");
    this.name = "PlanAlreadyExistsError";
  }
}

export class TemplateNotFoundError extends PlanError {
  override readonly status = 404;
  constructor(key: string) {
    super(`No plan template called ${JSON.stringify(key)}`);
    this.name = "TemplateNotFoundError";
  }
}

/** Input that passed no schema check reached a service (a bad date, a goal of another plan). */
export class InvalidPlanInputError extends PlanError {
  override readonly status = 422;
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = "InvalidPlanInputError";
  }
}
