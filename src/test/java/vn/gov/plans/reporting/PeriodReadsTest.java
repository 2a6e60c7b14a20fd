package vn.gov.plans.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.plans.ApplicationTest;
import vn.gov.plans.plan.PlanDefinitionReader;
import vn.gov.plans.plan.PlanService;

/** A period's reads are shared within one transaction (a batch of agency reports) and never beyond it. */
@ApplicationTest
class PeriodReadsTest {

  @Autowired PeriodReads reads;
  @Autowired PlanService plans;
  @Autowired ReportingRepository reports;
  @Autowired TransactionTemplate transactions;

  long period() {
    String yaml = """
        province: haiphong
        documentType: KH
        title: Kế hoạch thử đọc kỳ báo cáo một lần
        period: {from: 2027-01-01, to: 2027-12-31}
        leadAgency: haiphong-skhcn
        issuers: [{agency: haiphong-ubnd, symbol: UBND}]
        tasks:
          - {key: "1", title: Tuyên truyền, lead: haiphong-stc, cooperating: {agencies: [haiphong-syt]}, kind: ONGOING}
        targets:
          - {key: CT1, year: 2027, description: Tỷ lệ hồ sơ trực tuyến, unit: "%%", threshold: 80,
             comparison: AT_LEAST, reportedBy: {agencies: [haiphong-syt]}}
        reporting:
          - {key: BC1, name: Báo cáo định kỳ, reporters: {agencies: [haiphong-stc, haiphong-syt]},
             compiler: haiphong-skhcn, receiver: haiphong-ubnd, schedule: {kind: ANNUAL_DATES, dates: ["12-01"], before: true}}
        issued:
          number: 9902
          symbol: 9902/KH-UBND
          date: 2027-01-04
          signatures: [{issuer: haiphong-ubnd, authority: ["KT. CHỦ TỊCH"], signerTitle: PHÓ CHỦ TỊCH, signerName: Lê Văn Minh}]
        """.replace("%%", "%");
    long planId = plans.store(PlanDefinitionReader.read(yaml), yaml).planId();
    long dutyId = reports.dutiesOf(planId).get(0);
    return reports.insertPeriod(new ReportingRepository.PeriodRow(0, planId, dutyId, ReportKind.PERIODIC, "Báo cáo định kỳ",
        "2027-11", "năm 2027", null, null, LocalDate.of(2027, 11, 30), null, LocalDate.of(2027, 12, 7),
        "haiphong-skhcn", "haiphong-ubnd", PeriodStatus.OPEN, null, null, null, null, null, null, null),
        java.util.List.of("haiphong-stc", "haiphong-syt"));
  }

  @Test
  void oneSnapshotPerTransactionWithEachAgencysTasksAndTargets() {
    long periodId = period();

    transactions.executeWithoutResult(status -> {
      PeriodReads.Snapshot first = reads.of(periodId);
      assertThat(reads.of(periodId)).as("read once in a transaction").isSameAs(first);
      assertThat(first.tasksOf("haiphong-stc")).extracting(ReportingRepository.ItemRow::role).containsExactly("Chủ trì");
      assertThat(first.tasksOf("haiphong-syt")).extracting(ReportingRepository.ItemRow::role).containsExactly("Phối hợp");
      assertThat(first.targetsOf("haiphong-syt")).extracting(ReportingRepository.ItemRow::key).containsExactly("CT1");
      assertThat(first.targetsOf("haiphong-stc")).isEmpty();
      assertThatThrownBy(() -> first.report("haiphong-svhttdl")).isInstanceOf(IllegalStateException.class);
    });
    PeriodReads.Snapshot[] inFirst = new PeriodReads.Snapshot[1];
    transactions.executeWithoutResult(status -> inFirst[0] = reads.of(periodId));
    transactions.executeWithoutResult(status ->
        assertThat(reads.of(periodId)).as("a new transaction reads again").isNotSameAs(inFirst[0]));
    assertThat(reads.of(periodId)).as("outside a transaction: read each time").isNotSameAs(reads.of(periodId));
  }
}
