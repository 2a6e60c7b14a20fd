package vn.gov.plans.calendar;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The calendar's plain classes as beans. */
@Configuration(proxyBeanMethods = false)
public class CalendarConfiguration {

  @Bean
  LunarDates lunarDates() {
    return new LunarDates();
  }

  @Bean
  WorkingCalendar workingCalendar(LunarDates lunarDates) {
    return new WorkingCalendar(
        OfficialCalendars.fromClasspath(), new StatutoryHolidays(lunarDates));
  }

  @Bean
  ReportingScheduler reportingScheduler(WorkingCalendar workingCalendar) {
    return new ReportingScheduler(workingCalendar);
  }
}
