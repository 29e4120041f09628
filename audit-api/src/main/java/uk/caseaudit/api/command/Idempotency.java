package uk.caseaudit.api.command;

/**
 * The Idempotency-Key of the request being handled: who sent it with which key, and a hash of the
 * request, so a repeat with another body under the same key is told apart.
 */
record Idempotency(String keyId, String requestHash) {

    static final String REQUEST_ATTRIBUTE = Idempotency.class.getName();
    static final String KEY_METADATA = "idempotencyKey";
    static final String HASH_METADATA = "idempotencyRequestHash";

}
