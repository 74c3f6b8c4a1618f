package org.govex.exchange.access;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Counts working days: Monday to Friday, minus public holidays, plus the weekend days that are
 * worked in exchange for holidays (调休).
 */
public final class WorkingDays {

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> workedWeekends;

    public WorkingDays(Set<LocalDate> holidays, Set<LocalDate> workedWeekends) {
        this.holidays = Set.copyOf(holidays);
        this.workedWeekends = Set.copyOf(workedWeekends);
    }

    public boolean isWorkingDay(LocalDate d) {
        if (holidays.contains(d)) {
            return false;
        }
        boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
        return !weekend || workedWeekends.contains(d);
    }

    /** The day that ends a period of {@code n} working days counted from the day after {@code start}. */
    public LocalDate plus(LocalDate start, int n) {
        LocalDate d = start;
        int left = n;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }
}
