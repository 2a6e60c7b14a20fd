package vn.gov.plans.reporting;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What every agency report of a period reads when it starts (the period, the agencies' rows, their
 * plan tasks and targets), read once per transaction: a batch of 250 agency reports makes four
 * queries instead of a thousand. The snapshot lives as long as the transaction (Camunda's command
 * runs in Spring's), so it never outlives a change; outside a transaction every call reads afresh.
 */
@Component
class PeriodReads {

  /** One period as its agency reports see it when they start. */
  record Snapshot(ReportingRepository.PeriodRow period, Map<String, ReportingRepository.AgencyReportRow> reports,
      Map<String, List<ReportingRepository.ItemRow>> tasks, Map<String, List<ReportingRepository.ItemRow>> targets) {

    ReportingRepository.AgencyReportRow report(String agency) {
      ReportingRepository.AgencyReportRow report = reports.get(agency);
      if (report == null) {
        // an incident in Cockpit, read by supervisors
        throw new IllegalStateException("Đơn vị " + agency + " không có trong kỳ báo cáo mã " + period.id() + ".");
      }
      return report;
    }

    List<ReportingRepository.ItemRow> tasksOf(String agency) {
      return tasks.getOrDefault(agency, List.of());
    }

    List<ReportingRepository.ItemRow> targetsOf(String agency) {
      return targets.getOrDefault(agency, List.of());
    }
  }

  private final ReportingRepository reports;

  PeriodReads(ReportingRepository reports) {
    this.reports = reports;
  }

  Snapshot of(long periodId) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return load(periodId);
    }
    Key key = new Key(periodId);
    Snapshot snapshot = (Snapshot) TransactionSynchronizationManager.getResource(key);
    if (snapshot == null) {
      snapshot = load(periodId);
      TransactionSynchronizationManager.bindResource(key, snapshot);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(key);
        }
      });
    }
    return snapshot;
  }

  private Snapshot load(long periodId) {
    ReportingRepository.PeriodRow period = reports.period(periodId).orElseThrow();
    return new Snapshot(period,
        reports.agencyReports(periodId).stream()
            .collect(Collectors.toMap(ReportingRepository.AgencyReportRow::agency, Function.identity())),
        reports.tasksByAgency(period.planId()),
        reports.targetsByAgency(period.planId(), period.targetYear()));
  }

  /** The transaction resource key of one period's snapshot. */
  private record Key(long periodId) {}
}
