package vn.gov.plans.reporting;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.plans.agency.AgencyKind;
import vn.gov.plans.agency.Directory;
import vn.gov.plans.plan.PlanDates;
import vn.gov.plans.signing.DocumentRegister;
import vn.gov.plans.signing.DocumentSymbols;

/** Numbers the signed consolidated report ("15/BC-SKHCN") from the compiling agency's register. */
@Component
class CompiledReports {

  static final String REPORT_TYPE = "BC";

  private final ReportingRepository reports;
  private final DocumentRegister register;
  private final Directory directory;

  CompiledReports(ReportingRepository reports, DocumentRegister register, Directory directory) {
    this.reports = reports;
    this.register = register;
    this.directory = directory;
  }

  /** @return the report's number and symbol */
  String issue(long periodId) {
    ReportingRepository.PeriodRow period = reports.period(periodId).orElseThrow();
    if (period.symbol() != null) {
      return period.symbol();
    }
    LocalDate date = period.signedDate() != null ? period.signedDate() : PlanDates.today();
    int number = register.next(period.compiler(), REPORT_TYPE, date.getYear());
    boolean partyStyle = directory.agency(period.compiler())
        .map(a -> a.kind() == AgencyKind.PARTY_BOARD || a.kind() == AgencyKind.PARTY_COMMITTEE).orElse(false);
    String symbol = DocumentSymbols.format(number, REPORT_TYPE, List.of(directory.symbolOf(period.compiler())), partyStyle);
    register.use(period.compiler(), REPORT_TYPE, date.getYear(), number, symbol, null);
    reports.recordIssued(periodId, number, symbol);
    return symbol;
  }
}
