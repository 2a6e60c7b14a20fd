package vn.gov.plans.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The beans other packages and diagrams rely on, without the rest of the application. */
class CalendarConfigurationTest {

  @Test
  void beans() {
    new ApplicationContextRunner()
        .withUserConfiguration(CalendarConfiguration.class, Deadlines.class, WorkingCalendarPlugin.class)
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context.getBean("deadlines")).isInstanceOf(Deadlines.class);
          assertThat(context).hasSingleBean(WorkingCalendar.class);
          assertThat(context).hasSingleBean(ReportingScheduler.class);
          assertThat(context.getBeansOfType(ProcessEnginePlugin.class)).hasSize(1);
          assertThat(context.getBean(WorkingCalendar.class).year(2026).official()).isTrue();
        });
  }
}
