package uk.caseaudit.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Working-day arithmetic: Monday to Friday, except the bank holidays given. The register's review deadline counts
 * weekdays only (bank holidays are not modelled); the reference scenario counts England's bank holidays of its months.
 */
public final class WorkingDays {

    /** Monday to Friday, with no bank holidays. */
    public static final WorkingDays WEEKDAYS = new WorkingDays(Set.of());

    private final Set<LocalDate> bankHolidays;

    public WorkingDays(Set<LocalDate> bankHolidays) {
        this.bankHolidays = Set.copyOf(bankHolidays);
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !bankHolidays.contains(day);
    }

    /** The day {@code workingDays} working days after {@code day} (before it when negative); {@code day} when 0. */
    public LocalDate plus(LocalDate day, int workingDays) {
        LocalDate result = day;
        int step = workingDays < 0 ? -1 : 1;
        for (int left = Math.abs(workingDays); left > 0; ) {
            result = result.plusDays(step);
            if (isWorkingDay(result)) {
                left--;
            }
        }
        return result;
    }

    public LocalDate onOrAfter(LocalDate day) {
        return isWorkingDay(day) ? day : plus(day, 1);
    }

    public LocalDate onOrBefore(LocalDate day) {
        return isWorkingDay(day) ? day : plus(day, -1);
    }

    /** The working days from {@code first} to {@code last}, both included. */
    public List<LocalDate> between(LocalDate first, LocalDate last) {
        return first.datesUntil(last.plusDays(1)).filter(this::isWorkingDay).toList();
    }
}
