package vn.gov.plans.plan;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.plans.agency.AgencyKind;
import vn.gov.plans.agency.Directory;
import vn.gov.plans.calendar.WorkingCalendar;
import vn.gov.plans.signing.DocumentRegister;
import vn.gov.plans.signing.DocumentSymbols;

/**
 * Issues a signed plan: the number from the first issuer's register for the document type and year,
 * the symbol ("310/KH-UBND", or "05-CTPH/BTGDVTU-SKHCN" for a Party body), and the date: the day of
 * signing, or the next working day when signed on a day off (Decree 30/2020, Art. 18).
 */
@Component
public class PlanIssuing {

  private final PlanRepository plans;
  private final DocumentRegister register;
  private final Directory directory;
  private final WorkingCalendar calendar;
  private final ImplementingPlans implementingPlans;

  PlanIssuing(PlanRepository plans, DocumentRegister register, Directory directory, WorkingCalendar calendar,
      ImplementingPlans implementingPlans) {
    this.implementingPlans = implementingPlans;
    this.plans = plans;
    this.register = register;
    this.directory = directory;
    this.calendar = calendar;
  }

  public record Issued(int number, String symbol, LocalDate date) {}

  public Issued issue(long planId) {
    PlanRepository.PlanRow plan = plans.find(planId)
        .orElseThrow(() -> new IllegalStateException("Không có kế hoạch " + planId));
    List<PlanRepository.IssuerRow> issuers = plans.issuers(planId);
    LocalDate date = calendar.workingDayOnOrAfter(PlanDates.today());
    String first = issuers.get(0).agency();
    int number = register.next(first, plan.documentType(), date.getYear());
    boolean partyStyle = directory.agency(first)
        .map(agency -> agency.kind() == AgencyKind.PARTY_BOARD || agency.kind() == AgencyKind.PARTY_COMMITTEE)
        .orElse(false);
    String symbol = DocumentSymbols.format(number, plan.documentType(),
        issuers.stream().map(PlanRepository.IssuerRow::symbol).toList(), partyStyle);
    register.use(first, plan.documentType(), date.getYear(), number, symbol, planId);
    plans.setIssued(planId, number, symbol, date);
    implementingPlans.issued(planId);
    return new Issued(number, symbol, date);
  }
}
