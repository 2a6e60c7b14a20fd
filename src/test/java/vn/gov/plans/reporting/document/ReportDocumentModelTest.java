package vn.gov.plans.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.plans.reporting.document.TargetLine.Assessment;
import vn.gov.plans.reporting.document.TargetLine.Comparison;

class ReportDocumentModelTest {

  @Test
  void documentNumberBeforeAndAfterSigning() {
    assertThat(DocumentNumber.of(15, "BC-SKHCN").render()).isEqualTo("Số: 15/BC-SKHCN");
    assertThat(DocumentNumber.of(5, "BC-SKHCN").render()).isEqualTo("Số: 05/BC-SKHCN");
    assertThat(DocumentNumber.unnumbered("BC-SKHCN").render()).isEqualTo("Số:      /BC-SKHCN");
    assertThat(DocumentNumber.unnumbered("/BC-SKHCN").symbol()).isEqualTo("BC-SKHCN");
    assertThatThrownBy(() -> DocumentNumber.of(0, "BC-SKHCN"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void summaryCountsTheAgencies() {
    SubmissionSummary summary = SubmissionSummary.of(HueHalfYearReport.agencies());

    assertThat(summary).isEqualTo(new SubmissionSummary(3, 1, 1, 1));
    assertThat(summary.render()).isEqualTo("Tổng số cơ quan, đơn vị phải gửi báo cáo: 03; trong đó"
        + " 01 đơn vị gửi đúng hạn, 01 đơn vị gửi quá hạn, 01 đơn vị chưa gửi.");
    assertThatThrownBy(() -> new SubmissionSummary(3, 1, 1, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void targetsAreAssessedAgainstTheirThreshold() {
    var atLeast80 = new TargetLine("Tỷ lệ người dân được tiếp cận", Comparison.AT_LEAST,
        new BigDecimal("80"), "%", new BigDecimal("80.0"));
    var below = new TargetLine("Tỷ lệ", Comparison.AT_LEAST, new BigDecimal("100"), "%",
        new BigDecimal("92.5"));
    var atMost = new TargetLine("Số ngày xử lý", Comparison.AT_MOST, new BigDecimal("5"), "ngày",
        new BigDecimal("7"));
    var noFigure = new TargetLine("Số chương trình", Comparison.AT_LEAST, new BigDecimal("3"),
        "chương trình", null);

    assertThat(atLeast80.assessment()).isEqualTo(Assessment.ACHIEVED);
    assertThat(atLeast80.thresholdText()).isEqualTo("≥ 80%");
    assertThat(below.assessment().label()).isEqualTo("Chưa đạt");
    assertThat(below.valueText()).isEqualTo("92,5%");
    assertThat(atMost.assessment()).isEqualTo(Assessment.NOT_ACHIEVED);
    assertThat(atMost.thresholdText()).isEqualTo("≤ 5 ngày");
    assertThat(noFigure.assessment()).isEqualTo(Assessment.NO_DATA);
    assertThat(noFigure.valueText()).isEqualTo("-");
  }

  @Test
  void agencyStatusAndDateMustAgree() {
    assertThatThrownBy(() -> new AgencyReport("Sở Du lịch", SubmissionStatus.MISSING,
        LocalDate.of(2026, 6, 1), null, null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AgencyReport("Sở Du lịch", SubmissionStatus.LATE, null, null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void recipientsArePrintedWithDashesAndPunctuation() {
    ReportDocumentModel model = HueHalfYearReport.model();

    assertThat(model.recipientLines()).containsExactly(
        "- UBND thành phố (để b/c);",
        "- Các Sở, ban ngành, địa phương;",
        "- Giám đốc, các PGĐ Sở;",
        "- Lưu: VT, QLKH.");
    assertThat(model.placeAndDate()).isEqualTo("Huế, ngày 19 tháng 6 năm 2026");
  }

  @Test
  void recipientsGivenWithTheirPunctuationAreNotDoubled() {
    ReportDocumentModel model = HueHalfYearReport.model();
    ReportDocumentModel withDashes = new ReportDocumentModel(model.issuer(), model.motto(),
        model.number(), model.place(), model.date(), model.documentType(), model.subject(),
        model.content(), model.signature(), List.of("- UBND thành phố (để b/c);", "- Lưu: VT, QLKH."));

    assertThat(withDashes.recipientLines())
        .containsExactly("- UBND thành phố (để b/c);", "- Lưu: VT, QLKH.");
  }

  @Test
  void theModelIsImmutable() {
    List<String> recipients = new ArrayList<>(List.of("UBND thành phố (để b/c)"));
    ReportDocumentModel model = HueHalfYearReport.model();
    ReportDocumentModel copy = new ReportDocumentModel(model.issuer(), null, model.number(),
        model.place(), model.date(), model.documentType(), model.subject(), model.content(),
        model.signature(), recipients);
    recipients.add("Lưu: VT");

    assertThat(copy.recipients()).hasSize(1);
    assertThat(copy.motto()).isEqualTo(NationalMotto.VIETNAM);
    assertThatThrownBy(() -> copy.content().agencies().add(AgencyReport.missing("Sở Du lịch")))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
