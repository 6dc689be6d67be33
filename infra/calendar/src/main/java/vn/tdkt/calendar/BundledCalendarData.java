package vn.tdkt.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The yearly calendar data shipped with the service ({@code classpath:calendar/}). The file
 * {@code calendar/index.txt} lists the year files, so a year is added by dropping a file and a line,
 * without code. Corrections between releases go through {@link WorkingDayCalendar#withOverrides}.
 */
public final class BundledCalendarData {

    static final String INDEX = "calendar/index.txt";

    private BundledCalendarData() {
    }

    /** All bundled years, parsed and validated. */
    public static List<CalendarYear> load() {
        ClassLoader loader = BundledCalendarData.class.getClassLoader();
        CalendarDataParser parser = new CalendarDataParser();
        List<CalendarYear> years = new ArrayList<>();
        for (String file : readIndex(loader)) {
            String path = "calendar/" + file;
            try (InputStream in = loader.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("Calendar index lists missing resource " + path);
                }
                years.add(parser.parse(new InputStreamReader(in, StandardCharsets.UTF_8)));
            } catch (CalendarDataException e) {
                throw new IllegalStateException("Invalid bundled calendar data " + path + ": " + e.getMessage(), e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return years;
    }

    /** The calendar of all bundled years. */
    public static WorkingDayCalendar calendar() {
        return WorkingDayCalendar.of(load());
    }

    private static List<String> readIndex(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(INDEX)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + INDEX);
            }
            List<String> files = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    files.add(name);
                }
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
