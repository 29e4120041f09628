package uk.caseaudit.api.command;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The aggregate version a caller expects, from an {@code If-Match: "<version>"} header: a command endpoint's argument
 * ({@link IfMatchResolver}). The header is read only when the command asks for the version, so an invalid body is
 * reported before a malformed header.
 */
public final class IfMatch {

    private static final Pattern VERSION = Pattern.compile("^(?:W/)?\"?(\\d{1,18})\"?$");

    private final String header;

    IfMatch(String header) {
        this.header = header;
    }

    /** The expected version; null when no header was sent. */
    public Long version() {
        if (header == null || header.isBlank()) {
            return null;
        }
        Matcher matcher = VERSION.matcher(header.trim());
        if (!matcher.matches()) {
            throw new MalformedIfMatch();
        }
        return Long.parseLong(matcher.group(1));
    }

    /** An If-Match header that is not a quoted version number: answered 400. */
    public static class MalformedIfMatch extends RuntimeException {
        MalformedIfMatch() {
            super("If-Match must be the quoted version of the record, e.g. \"3\".");
        }
    }
}
