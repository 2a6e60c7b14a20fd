package vn.gov.plans.calendar;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Puts the Vietnamese working calendar into the process engine (the Camunda Spring Boot starter
 * applies every {@code ProcessEnginePlugin} bean):
 *
 * <ul>
 *   <li>the duration and due-date business calendars understand {@code P<n>WD}, n working days
 *       ({@link WorkingDayBusinessCalendar});
 *   <li>the expression language gains {@code workingDaysFromNow(int)} ({@link WorkingDayFunctions})
 *       for Tasklist filters such as {@code dueBefore: ${workingDaysFromNow(3)}}.
 * </ul>
 */
@Component
public class WorkingCalendarPlugin extends AbstractProcessEnginePlugin {

  private final WorkingCalendar calendar;

  public WorkingCalendarPlugin(WorkingCalendar calendar) {
    this.calendar = calendar;
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setBusinessCalendarManager(new WorkingDayBusinessCalendar.Manager(
        configuration.getBusinessCalendarManager(), calendar));
    WorkingDayFunctions.use(calendar);
    configuration.getExpressionManager().addFunction(
        WorkingDayFunctions.WORKING_DAYS_FROM_NOW, WorkingDayFunctions.WORKING_DAYS_FROM_NOW_METHOD);
  }

  @Override
  public String toString() {
    return "WorkingCalendarPlugin";
  }
}
