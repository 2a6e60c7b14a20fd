/**
 * The Vietnamese working calendar and deadline rules, and their wiring into the process engine.
 *
 * <table>
 *   <caption>Where is what</caption>
 *   <tr><th>concern</th><th>class</th></tr>
 *   <tr><td>lunar dates (UTC+7, leap months)</td>
 *       <td>{@link vn.gov.plans.calendar.LunarDates}, {@link vn.gov.plans.calendar.VietnameseLunarCalendar}</td></tr>
 *   <tr><td>holidays by the Labor Code 2019 (years without a file)</td>
 *       <td>{@link vn.gov.plans.calendar.StatutoryHolidays}</td></tr>
 *   <tr><td>official days off and swapped working days, one YAML file a year</td>
 *       <td>{@code src/main/resources/calendar/year-YYYY.yaml}, {@link vn.gov.plans.calendar.OfficialCalendars}</td></tr>
 *   <tr><td>working days, Civil Code Art. 148 due dates</td>
 *       <td>{@link vn.gov.plans.calendar.WorkingCalendar}, {@link vn.gov.plans.calendar.DueDate}</td></tr>
 *   <tr><td>reporting schedules of plan files, periods of Decree 09/2019</td>
 *       <td>{@link vn.gov.plans.calendar.ReportingSchedule}, {@link vn.gov.plans.calendar.ReportingScheduler},
 *       {@link vn.gov.plans.calendar.ReportingPeriod}, {@link vn.gov.plans.calendar.Occurrence}</td></tr>
 *   <tr><td>expressions in diagrams: bean {@code deadlines}</td>
 *       <td>{@link vn.gov.plans.calendar.Deadlines}</td></tr>
 *   <tr><td>{@code P3WD} durations, {@code workingDaysFromNow(n)} in filters</td>
 *       <td>{@link vn.gov.plans.calendar.WorkingCalendarPlugin}</td></tr>
 *   <tr><td>REST: {@code /api/calendar/...}</td>
 *       <td>{@code CalendarController}, {@code CalendarErrors}</td></tr>
 * </table>
 *
 * <p>In a diagram, dates come from one call, never from arithmetic:
 *
 * <ul>
 *   <li>{@code camunda:dueDate="${deadlines.dueDateBefore(reportBefore)}"} ("trước ngày D"), or
 *       {@code ${deadlines.dueDate(lastDay)}} ("chậm nhất ngày D");
 *   <li>{@code camunda:followUpDate="${deadlines.reminderDate(deadlines.dueDateBefore(reportBefore), 3)}"};
 *   <li>an overdue timer: {@code timeDate = ${deadlines.endOfDay(deadlines.dueDateBefore(reportBefore))}};
 *   <li>{@code P3WD} as a timer duration or a task due date: three working days.
 * </ul>
 */
package vn.gov.plans.calendar;
