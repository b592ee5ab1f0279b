/** A slot query that cannot be answered (bad zone, date, rule or number). Map it to HTTP 400. */
export class InvalidSlotQueryError extends RangeError {
  constructor(message: string) {
    super(message);
    this.name = "InvalidSlotQueryError";
  }
}
