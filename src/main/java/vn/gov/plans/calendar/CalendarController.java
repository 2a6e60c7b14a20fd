package vn.gov.plans.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The working calendar over HTTP.
 *
 * <ul>
 *   <li>{@code GET /api/calendar/{year}}: days off and worked weekend days, official or computed
 *   <li>{@code GET /api/calendar/lunar/{isoDate}}: the lunar date of a day
 *   <li>{@code GET /api/calendar/due-date?last-day=2026-12-19} (or {@code ?before=2026-12-20}): the
 *       due date after Civil Code Art. 148 and why
 * </ul>
 */
@RestController
@RequestMapping("/api/calendar")
class CalendarController {

  private static final DateTimeFormatter ISO_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  private final WorkingCalendar calendar;
  private final LunarDates lunarDates;

  CalendarController(WorkingCalendar calendar, LunarDates lunarDates) {
    this.calendar = calendar;
    this.lunarDates = lunarDates;
  }

  @GetMapping("/{year}")
  YearCalendar year(@PathVariable int year) {
    return calendar.year(year);
  }

  @GetMapping("/lunar/{isoDate}")
  LunarDate lunar(@PathVariable String isoDate) {
    return lunarDates.toLunar(parse(isoDate));
  }

  @GetMapping("/due-date")
  DueDate dueDate(
      @RequestParam(name = "last-day", required = false) String lastDay,
      @RequestParam(name = "before", required = false) String before) {
    if ((lastDay == null) == (before == null)) {
      throw new UnsupportedDateException("Cần đúng một tham số: last-day (hạn \"chậm nhất ngày D\")"
          + " hoặc before (hạn \"trước ngày D\"), ví dụ ?last-day=2026-12-19.");
    }
    return lastDay != null
        ? calendar.dueDate(parse(lastDay))
        : calendar.dueDateBefore(parse(before));
  }

  private static LocalDate parse(String text) {
    try {
      return CalendarRange.requireDate(LocalDate.parse(text, ISO_DATE));
    } catch (DateTimeParseException e) {
      throw new UnsupportedDateException("Ngày không hợp lệ: \"" + text
          + "\". Hãy viết theo dạng năm-tháng-ngày (yyyy-MM-dd), ví dụ 2026-12-19.");
    }
  }
}
