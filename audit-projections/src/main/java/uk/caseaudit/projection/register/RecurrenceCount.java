package uk.caseaudit.projection.register;

/** The number of cases of concern raised for one team or one worker. */
public record RecurrenceCount(String name, long count) {
}
