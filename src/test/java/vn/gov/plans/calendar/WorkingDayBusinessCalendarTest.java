package vn.gov.plans.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.plans.calendar.DeadlinesTest.at;

import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayBusinessCalendarTest {

  private final WorkingDayBusinessCalendar.Manager manager =
      new WorkingDayBusinessCalendar.Manager(standardManager(), WorkingCalendarTest.CALENDAR);

  /** The calendars Camunda registers by default. */
  private static MapBusinessCalendarManager standardManager() {
    MapBusinessCalendarManager standard = new MapBusinessCalendarManager();
    standard.addBusinessCalendar(DurationBusinessCalendar.NAME, new DurationBusinessCalendar());
    standard.addBusinessCalendar(DueDateBusinessCalendar.NAME, new DueDateBusinessCalendar());
    standard.addBusinessCalendar(CycleBusinessCalendar.NAME, new CycleBusinessCalendar());
    return standard;
  }

  @BeforeEach
  void fridayBeforeTet() {
    ClockUtil.setCurrentTime(at("2026-02-13T10:00:00"));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @ParameterizedTest(name = "{0} calendar: {1} → {2}")
  @CsvSource({
    "duration, P3WD,                     2026-02-25T23:59:59",
    "duration, p1wd,                     2026-02-23T23:59:59",
    "duration, P0WD,                     2026-02-13T23:59:59",
    "duration, P3D,                      2026-02-16T10:00:00",
    "duration, PT2H,                     2026-02-13T12:00:00",
    "dueDate,  P2WD,                     2026-02-24T23:59:59",
    "dueDate,  P3D,                      2026-02-16T10:00:00",
    "dueDate,  2026-03-01T09:00:00+07:00, 2026-03-01T09:00:00",
  })
  void workingDaysOnlyWhenAskedFor(String calendarName, String description, String expected) {
    BusinessCalendar calendar = manager.getBusinessCalendar(calendarName);
    assertThat(calendar.resolveDuedate(description)).isEqualTo(at(expected));
    assertThat(calendar.resolveDuedate(description, (org.camunda.bpm.engine.task.Task) null))
        .isEqualTo(at(expected));
  }

  @ParameterizedTest(name = "from {0}: P2WD → {1}")
  @CsvSource({"2026-12-18T16:00:00, 2026-12-22T23:59:59", "2026-12-19T09:00:00, 2026-12-22T23:59:59"})
  void countsFromTheGivenStart(String start, String expected) {
    assertThat(manager.getBusinessCalendar(DurationBusinessCalendar.NAME)
            .resolveDuedate("P2WD", at(start)))
        .isEqualTo(at(expected));
  }

  @org.junit.jupiter.api.Test
  void otherCalendarsAreUntouched() {
    assertThat(manager.getBusinessCalendar(CycleBusinessCalendar.NAME))
        .isInstanceOf(CycleBusinessCalendar.class);
  }
}
