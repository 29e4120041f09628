package uk.caseaudit.shared;

/**
 * Who gave a command: the authenticated user and the role they acted in. Every event carries both
 * in its metadata under {@link #USER_KEY} and {@link #ROLE_KEY}.
 */
public record Actor(String user, String role) {

    /** Metadata key of the acting user's name. */
    public static final String USER_KEY = "actorUser";
    /** Metadata key of the role the user acted in. */
    public static final String ROLE_KEY = "actorRole";
    /** Metadata key of the id of the request or command that started a chain of messages. */
    public static final String CORRELATION_KEY = "correlationId";
    /** Metadata key of the id of the message that directly caused this one. */
    public static final String CAUSATION_KEY = "causationId";

    /** The service itself, for facts it records on its own (e.g. the demo data at first start). */
    public static final Actor SYSTEM = new Actor("system", "SYSTEM");
}
