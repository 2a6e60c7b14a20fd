package vn.gov.plans.calendar;

import java.time.LocalDate;

/**
 * One deadline of a reporting schedule, with the working calendar applied.
 *
 * @param period the reporting period, or null for fixed dates, "within year Y" and event deadlines
 * @param periodLabel in Vietnamese: "6 tháng đầu năm 2026", "quý II năm 2026", "năm 2026"
 * @param dataPeriod the Decree 09/2019 data cut-off period, or null when there is no period
 * @param nominalDate the day the document names (D)
 * @param before whether the document says "trước ngày D"
 * @param lastDay D − 1 for "before", otherwise D
 * @param dueDate the last day moved to a working day (Civil Code Art. 148(5)); ends at 24:00
 * @param dueDateReason why the due date is what it is, in Vietnamese
 * @param reminderDate the given number of working days before the due date
 */
public record Occurrence(
    ReportingPeriod period,
    String periodLabel,
    DateRange dataPeriod,
    LocalDate nominalDate,
    boolean before,
    LocalDate lastDay,
    LocalDate dueDate,
    String dueDateReason,
    LocalDate reminderDate) {}
