/**
 * E-mail notifications about periodic reports: a reminder before the due date, an overdue notice to
 * the late agency, and to the compiling agency one list of the agencies that became late together
 * ({@link vn.gov.plans.notification.OverdueDigest}).
 *
 * <table>
 *   <caption>Where is what</caption>
 *   <tr><th>concern</th><th>class</th></tr>
 *   <tr><td>what a notice is about</td>
 *       <td>{@link vn.gov.plans.notification.ReportReminder}, {@link vn.gov.plans.notification.ReportOverdue},
 *       {@link vn.gov.plans.notification.OverdueDigest}</td></tr>
 *   <tr><td>subject and body in Vietnamese, dates written out</td>
 *       <td>{@link vn.gov.plans.notification.NotificationTexts}</td></tr>
 *   <tr><td>sending over SMTP ({@code spring.mail.*}, sender {@code app.mail.from})</td>
 *       <td>{@link vn.gov.plans.notification.Mailer}</td></tr>
 * </table>
 *
 * <p>The due date of a notice is the <em>last day</em> on which the report is on time: "trước ngày
 * 20/6" is 19/6, already moved past weekends and holidays by the calendar package; the texts say
 * that the report is due by the end (24:00) of that day.
 *
 * <p>{@link vn.gov.plans.notification.Mailer} throws when the SMTP server cannot be reached or
 * refuses the message, so that the Camunda job calling it fails, is retried by the engine and ends
 * in an incident. An agency without an e-mail address is logged and skipped. Call it in a job that
 * does little else (the period's sweep step, {@code camunda:asyncBefore}), so that a retry repeats
 * only the sending and a rollback elsewhere does not send the same notice twice; a sweep sends its
 * batch with {@link vn.gov.plans.notification.Mailer#batch()} over one SMTP connection.
 */
package vn.gov.plans.notification;
