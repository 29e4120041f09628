package uk.caseaudit.api.command;

/** A second request with a key whose first request has not finished: answered 409, nothing stored. */
public class IdempotencyKeyInProgress extends RuntimeException {

    IdempotencyKeyInProgress() {
        super("A request with this Idempotency-Key is still being handled; retry shortly.");
    }
}
