package vn.tdkt.plan.calendar.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
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
import vn.tdkt.platform.security.TdktPrincipal;

/** Working-day arithmetic on the Vietnamese calendar, and the admin override of a year's data. */
@RestController
@RequestMapping("/api/v1/calendar")
public class CalendarController {

    private static final int MAX_DAYS = 3660;

    private final CalendarService calendars;

    public CalendarController(CalendarService calendars) {
        this.calendars = calendars;
    }

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

    @GetMapping("/working-days/check")
    public CheckView check(TdktPrincipal caller, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        WorkingDayCalendar calendar = calendars.calendar();
        return new CheckView(date, calendar.isWorkingDay(date), calendar.holidayName(date).orElse(null),
                calendar.entryOn(date).map(e -> e.kind().name()).orElse(null), calendar.isCovered(date.getYear()));
    }

    @GetMapping("/working-days/between")
    public BetweenView between(TdktPrincipal caller,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        if (Math.abs(java.time.temporal.ChronoUnit.DAYS.between(from, to)) > MAX_DAYS * 2L) {
            throw DomainException.invalid("calendar.days-out-of-range", MAX_DAYS * 2);
        }
        return new BetweenView(from, to, calendars.calendar().workingDaysBetween(from, to));
    }

    @GetMapping("/years/{year}")
    public YearView year(TdktPrincipal caller, @PathVariable int year) {
        return YearView.of(calendars.year(year));
    }

    /** Body: the yearly data in the text format of the bundled files (see CalendarDataParser). */
    @PutMapping(value = "/years/{year}", consumes = "text/plain")
    public YearView override(TdktPrincipal caller, @PathVariable int year, @RequestBody String text) {
        return YearView.of(calendars.override(caller, year, text));
    }
}
