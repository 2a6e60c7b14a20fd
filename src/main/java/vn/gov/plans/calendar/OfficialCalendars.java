package vn.gov.plans.calendar;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads the official calendar of each year from {@code calendar/year-YYYY.yaml} on the classpath.
 * A year file is the complete list of that year's days off and worked weekend days for state
 * agencies, as the government announced them; it replaces the computed defaults for its year.
 *
 * <pre>
 * year: 2026
 * daysOff:
 *   - date: 2026-01-01
 *     name: Tết Dương lịch
 *     source: Bộ luật Lao động 2019, Điều 112 khoản 1
 *   - from: 2026-02-14        # a range: every day from..to, weekends included
 *     to: 2026-02-22
 *     name: Nghỉ Tết Âm lịch Bính Ngọ
 *     source: Thông báo ... của Bộ Nội vụ
 * workingWeekendDays:
 *   - date: 2025-04-26
 *     name: Làm bù cho ngày 02/5/2025
 *     source: ...
 * </pre>
 *
 * Files are checked on loading: the year matches the file name, every day lies in that year, worked
 * days are Saturdays or Sundays, no day is listed twice.
 */
public final class OfficialCalendars {

  /** Where the year files are looked up. */
  public static final String LOCATION = "classpath*:calendar/year-*.yaml";

  private static final Pattern FILE_NAME = Pattern.compile("year-(\\d{4})\\.yaml$");

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .registerModule(new JavaTimeModule())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private OfficialCalendars() {}

  /** Every year file found at {@link #LOCATION}, by year. */
  public static Map<Integer, YearCalendar> fromClasspath() {
    return load(LOCATION);
  }

  /** Every year file matching a Spring resource pattern, by year. */
  public static Map<Integer, YearCalendar> load(String locationPattern) {
    Map<Integer, YearCalendar> years = new HashMap<>();
    try {
      for (Resource resource :
          new PathMatchingResourcePatternResolver().getResources(locationPattern)) {
        String name = resource.getFilename() == null ? "" : resource.getFilename();
        Matcher matcher = FILE_NAME.matcher(name);
        if (!matcher.find()) {
          continue;
        }
        try (InputStream in = resource.getInputStream()) {
          YearCalendar year = parse(in, name);
          if (year.year() != Integer.parseInt(matcher.group(1))) {
            throw invalid(name, "năm " + year.year() + " không khớp với tên tệp");
          }
          if (years.put(year.year(), year) != null) {
            throw invalid(name, "có hơn một tệp cho năm " + year.year());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Không đọc được lịch nghỉ chính thức: " + locationPattern, e);
    }
    return Map.copyOf(years);
  }

  /** Parses and checks one year file. */
  public static YearCalendar parse(InputStream yaml, String fileName) throws IOException {
    YearFile file;
    try {
      file = YAML.readValue(yaml, YearFile.class);
    } catch (IOException e) {
      throw new IllegalStateException("Tệp lịch " + fileName + " sai định dạng: " + e.getMessage(), e);
    }
    if (!CalendarRange.supports(file.year())) {
      throw invalid(fileName, "năm " + file.year() + " nằm ngoài phạm vi được hỗ trợ");
    }
    List<CalendarDay> daysOff = expand(file.daysOff(), file.year(), fileName);
    List<CalendarDay> worked = expand(file.workingWeekendDays(), file.year(), fileName);
    Set<LocalDate> seen = new HashSet<>();
    for (CalendarDay day : daysOff) {
      if (!seen.add(day.date())) {
        throw invalid(fileName, "ngày " + day.date() + " được liệt kê hai lần");
      }
    }
    for (CalendarDay day : worked) {
      if (!VietnameseDates.isWeekend(day.date())) {
        throw invalid(fileName, "ngày làm bù " + day.date() + " không phải thứ Bảy hay Chủ nhật");
      }
      if (!seen.add(day.date())) {
        throw invalid(fileName, "ngày " + day.date() + " vừa là ngày nghỉ vừa là ngày làm việc");
      }
    }
    return new YearCalendar(file.year(), true, daysOff, worked);
  }

  private static List<CalendarDay> expand(List<Entry> entries, int year, String fileName) {
    List<CalendarDay> days = new ArrayList<>();
    for (Entry entry : entries == null ? List.<Entry>of() : entries) {
      LocalDate from = entry.date() != null ? entry.date() : entry.from();
      LocalDate to = entry.date() != null ? entry.date() : entry.to();
      if (from == null || to == null || (entry.date() != null && entry.from() != null)
          || from.isAfter(to)) {
        throw invalid(fileName, "mỗi mục cần 'date', hoặc 'from' và 'to' theo thứ tự: " + entry);
      }
      for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
        if (day.getYear() != year) {
          throw invalid(fileName, "ngày " + day + " không thuộc năm " + year);
        }
        try {
          days.add(new CalendarDay(day, entry.name(), entry.source()));
        } catch (IllegalArgumentException e) {
          throw invalid(fileName, e.getMessage());
        }
      }
    }
    days.sort(Comparator.comparing(CalendarDay::date));
    return days;
  }

  private static IllegalStateException invalid(String fileName, String problem) {
    return new IllegalStateException("Tệp lịch " + fileName + " không hợp lệ: " + problem + ".");
  }

  record YearFile(int year, List<Entry> daysOff, List<Entry> workingWeekendDays) {}

  record Entry(LocalDate date, LocalDate from, LocalDate to, String name, String source) {}
}
