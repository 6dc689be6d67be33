package vn.tdkt.plan.calendar.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.plan.calendar.application.CalendarService;
import vn.tdkt.calendar.CalendarEntry;
import vn.tdkt.calendar.WorkingDayCalendar;
import vn.tdkt.platform.domain.DomainException;
import vn.tdkt.platform.security.Roles;
import vn.tdkt.platform.security.TdktPrincipal;
import lombok.RequiredArgsConstructor;

/** Working-day arithmetic on the Vietnamese calendar, and the admin override of a year's data. */
@Tag(name = "Lịch ngày làm việc (calendar)", description = "Tính ngày làm việc theo lịch Việt Nam (nghỉ lễ, Tết âm "
        + "lịch, ngày nghỉ bù, làm bù) và dữ liệu lịch từng năm; quản trị viên có thể thay dữ liệu của một năm. — "
        + "Working-day arithmetic on the Vietnamese calendar (public holidays, lunar Tết, swapped days) and each "
        + "year's data; an administrator may replace a year's data.")
@RestController
@PreAuthorize(Roles.ANY_TOKEN)
@RequestMapping("/api/v1/calendar")
@RequiredArgsConstructor
public class CalendarController {

    private static final int MAX_DAYS = 3660;

    private final CalendarService calendars;

    public record AddView(LocalDate from, int days, LocalDate result, boolean covered) {
    }

    public record CheckView(LocalDate date, boolean workingDay, String holiday, String kind, boolean covered) {
    }

    public record BetweenView(LocalDate from, LocalDate to, int workingDays) {
    }

    public record EntryView(LocalDate date, String kind, String kindLabel, String label, String source) {
    }

    public record YearView(int year, CalendarService.Source source, String status, List<String> sources,
                           List<EntryView> entries, String text, Instant updatedAt, String updatedBy) {
        static YearView of(CalendarService.EffectiveYear year) {
            if (year.data() == null) {
                return new YearView(year.year(), year.source(), null, List.of(), List.of(), null, null, null);
            }
            return new YearView(year.year(), year.source(), year.data().status().name(), year.data().sources(),
                    year.data().entries().stream().map(CalendarController::entry).toList(), year.text(),
                    year.updatedAt(), year.updatedBy());
        }
    }

    static EntryView entry(CalendarEntry entry) {
        return new EntryView(entry.date(), entry.kind().name(), entry.kind().label(), entry.label(), entry.source());
    }

    /**
     * Adds working days to a date.
     * <p>Any authenticated caller. Counts {@code days} working days after {@code from} (before it when negative),
     * skipping weekends, public holidays and Tết; a working Saturday (làm bù) counts. {@code covered} is false when the
     * calendar has no data for a year involved, so the result ignores that year's holidays. At most 3660 days either
     * way (400 {@code calendar.days-out-of-range}).
     *
     * @param from the first date, {@code YYYY-MM-DD}
     * @param days working days to add; negative counts backwards
     * @return the resulting date and whether the calendar covers it
     */
    @GetMapping("/working-days/add")
    public AddView add(TdktPrincipal caller, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam int days) {
        if (Math.abs(days) > MAX_DAYS) {
            throw DomainException.invalid("calendar.days-out-of-range", MAX_DAYS);
        }
        WorkingDayCalendar calendar = calendars.calendar();
        LocalDate result = calendar.addWorkingDays(from, days);
        return new AddView(from, days, result, calendar.isCovered(from.getYear()) && calendar.isCovered(result.getYear()));
    }

    /**
     * Tells whether a date is a working day.
     * <p>Any authenticated caller. Answers the holiday's name and the kind of entry (holiday, swapped day off, working
     * weekend) when the date has one.
     *
     * @param date the date, {@code YYYY-MM-DD}
     * @return whether it is a working day, the holiday if any, and whether the year is covered
     */
    @GetMapping("/working-days/check")
    public CheckView check(TdktPrincipal caller, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        WorkingDayCalendar calendar = calendars.calendar();
        return new CheckView(date, calendar.isWorkingDay(date), calendar.holidayName(date).orElse(null),
                calendar.entryOn(date).map(e -> e.kind().name()).orElse(null), calendar.isCovered(date.getYear()));
    }

    /**
     * Counts the working days between two dates.
     * <p>Any authenticated caller. Counts the working days after {@code from} up to and including {@code to}; negative
     * when {@code to} is before {@code from}. The dates may be at most 7320 days apart (400
     * {@code calendar.days-out-of-range}).
     *
     * @param from the first date, {@code YYYY-MM-DD}
     * @param to   the last date, {@code YYYY-MM-DD}
     * @return the number of working days
     */
    @GetMapping("/working-days/between")
    public BetweenView between(TdktPrincipal caller,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        if (Math.abs(java.time.temporal.ChronoUnit.DAYS.between(from, to)) > MAX_DAYS * 2L) {
            throw DomainException.invalid("calendar.days-out-of-range", MAX_DAYS * 2);
        }
        return new BetweenView(from, to, calendars.calendar().workingDaysBetween(from, to));
    }

    /**
     * Shows a year's calendar data.
     * <p>Any authenticated caller. The entries (holidays, swapped days, working weekends) with their sources, and
     * whether they come from the release or from an administrator's override.
     *
     * @param year the year, e.g. 2026
     * @return the year's entries, their source and, for an override, who set it and when
     */
    @GetMapping("/years/{year}")
    public YearView year(TdktPrincipal caller, @PathVariable int year) {
        return YearView.of(calendars.year(year));
    }

    /**
     * Replaces a year's calendar data without a release.
     * <p>ADMIN only (403 otherwise). The body is the year's data in the text format of the bundled files
     * ({@code calendar/vn-2026.txt}): a header with the year and status, then one line per entry. Data that does not
     * parse, or names another year, answers 400 ({@code calendar.data-invalid}, {@code calendar.year-mismatch}).
     * Publishes {@code calendar-overridden}, which the other services apply to their own working-day clocks.
     *
     * @param year the year the data is for
     * @return the year as it now stands
     */
    @PreAuthorize(Roles.ADMIN)
    @PutMapping(value = "/years/{year}", consumes = "text/plain")
    public YearView override(TdktPrincipal caller, @PathVariable int year, @RequestBody String text) {
        return YearView.of(calendars.override(caller, year, text));
    }
}
