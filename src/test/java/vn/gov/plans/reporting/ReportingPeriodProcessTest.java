package vn.gov.plans.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.plans.ApplicationTest;
import vn.gov.plans.access.ProvinceTenantIdProvider;
import vn.gov.plans.agency.AgencyGroups;
import vn.gov.plans.plan.PlanDefinitionReader;
import vn.gov.plans.plan.PlanService;
import vn.gov.plans.reporting.ReportingPeriodProcess.Elements;
import vn.gov.plans.reporting.ReportingPeriodProcess.Variables;

/**
 * Paths of reporting-period.bpmn with a small duty of three agencies: on time, sent back by the
 * leader, late after the overdue notice, missing at the cut-off; reminders and notices sent by the
 * period's sweeps (two agencies per transaction in the tests, so a sweep of three goes round twice)
 * to a real SMTP server; every agency reporting early; the compiled, signed and numbered report.
 */
@ApplicationTest
class ReportingPeriodProcessTest {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  static final String SKHCN = "haiphong-skhcn";
  static final List<String> REPORTERS = List.of("haiphong-stc", "haiphong-syt", "haiphong-svhttdl");

  @RegisterExtension
  static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired PlanService plans;
  @Autowired ReportingRepository reports;
  @Autowired ReportingPeriods periods;
  @Autowired ReportDocuments documents;
  @Autowired ReportExtensions extensions;

  static int planNumber = 40;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(processEngine);
    ClockUtil.setCurrentTime(at(LocalDate.of(2027, 5, 3)));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  static Date at(LocalDate day) {
    return Date.from(day.atTime(9, 0).atZone(VIETNAM).toInstant());
  }

  /** A signed plan of 2027 whose departments report before 1 June and before 1 December. */
  long openFirstHalfYear() {
    int number = planNumber++;
    String yaml = """
        province: haiphong
        documentType: KH
        title: Kế hoạch thử nghiệm báo cáo định kỳ năm 2027 số %d
        period: {from: 2027-01-01, to: 2027-12-31}
        leadAgency: haiphong-skhcn
        issuers: [{agency: haiphong-ubnd, symbol: UBND}]
        tasks:
          - {key: "1", title: Tuyên truyền về chuyển đổi số, lead: haiphong-stc, kind: ONGOING}
        targets:
          - {key: CT1, year: 2027, description: Tỷ lệ cán bộ được tập huấn, unit: "%%", threshold: 70,
             comparison: AT_LEAST, reportedBy: {agencies: [haiphong-stc]}}
        reporting:
          - key: BC1
            name: Báo cáo kết quả thực hiện kế hoạch
            reporters: {agencies: [haiphong-stc, haiphong-syt, haiphong-svhttdl]}
            compiler: haiphong-skhcn
            receiver: haiphong-ubnd
            schedule: {kind: ANNUAL_DATES, dates: ["06-01", "12-01"], before: true}
        reminderWorkingDays: 3
        issued:
          number: %d
          symbol: %d/KH-UBND
          date: 2027-01-04
          signatures: [{issuer: haiphong-ubnd, authority: ["KT. CHỦ TỊCH"], signerTitle: PHÓ CHỦ TỊCH, signerName: Lê Văn Minh}]
        """.formatted(number, number, number);
    long planId = plans.store(PlanDefinitionReader.read(yaml), yaml).planId();
    long dutyId = reports.dutiesOf(planId).get(0);
    // Before 1 June 2027: the last day is Monday 31 May 2027.
    long periodId = periods.open(dutyId, LocalDate.of(2027, 5, 31));
    runJobs(periodId);
    return periodId;
  }

  ProcessInstance instance(long periodId) {
    return runtimeService.createProcessInstanceQuery()
        .processInstanceId(reports.period(periodId).orElseThrow().processInstanceId()).singleResult();
  }

  /** Executes the due asynchronous steps (not the timers) of the period and its agencies, as the job executor would. */
  void runJobs(long periodId) {
    boolean ran = true;
    while (ran) {
      ran = false;
      List<String> instances = new java.util.ArrayList<>(reports.agencyInstances(periodId));
      instances.add(reports.period(periodId).orElseThrow().processInstanceId());
      for (String instance : instances) {
        for (Job job : managementService.createJobQuery().processInstanceId(instance).executable().messages().list()) {
          managementService.executeJob(job.getId());
          ran = true;
        }
      }
    }
  }

  void fireTimer(long periodId, String activity, String agency) {
    String instance = agency == null ? reports.period(periodId).orElseThrow().processInstanceId()
        : reports.agencyInstance(periodId, agency).orElseThrow();
    List<String> matching = managementService.createJobQuery().processInstanceId(instance).timers().list().stream()
        .filter(job -> activity.equals(managementService.createJobDefinitionQuery()
            .jobDefinitionId(job.getJobDefinitionId()).singleResult().getActivityId()))
        .map(Job::getId)
        .toList();
    assertThat(matching).as("timer " + activity).isNotEmpty();
    matching.forEach(managementService::executeJob);
    runJobs(periodId);
  }

  Task task(long periodId, String activity, String group) {
    return taskService.createTaskQuery().processVariableValueEquals(Variables.PERIOD_ID, periodId)
        .taskDefinitionKey(activity).taskCandidateGroup(group).singleResult();
  }

  void write(long periodId, String agency) {
    Task write = task(periodId, AgencyReportProcess.Elements.WRITE_REPORT, AgencyGroups.staff(agency));
    taskService.complete(write.getId(), Map.of(Variables.RESULTS,
        "Đã tổ chức 2 hội nghị và đăng 15 tin bài về chuyển đổi số trong 6 tháng đầu năm."));
  }

  void approve(long periodId, String agency, boolean approved) {
    taskService.complete(task(periodId, AgencyReportProcess.Elements.APPROVE_REPORT, AgencyGroups.leaders(agency)).getId(),
        approved ? Map.of(Variables.REPORT_APPROVED, true)
            : Map.of(Variables.REPORT_APPROVED, false, Variables.LEADER_COMMENT, "Bổ sung số liệu"));
  }

  @Test
  void eachAgencyGetsItsReportTaskWithItsDueDateAndWhatToReport() {
    long periodId = openFirstHalfYear();

    for (String agency : REPORTERS) {
      Task write = task(periodId, AgencyReportProcess.Elements.WRITE_REPORT, AgencyGroups.staff(agency));
      assertThat(write).as(agency).isNotNull();
      assertThat(write.getDueDate().toInstant().atZone(VIETNAM).toLocalDate()).isEqualTo(LocalDate.of(2027, 5, 31));
      assertThat(write.getTenantId()).as("the province's tenant").isEqualTo("haiphong");
      assertThat(runtimeService.getVariables(write.getProcessInstanceId()))
          .as("the province only served the start").doesNotContainKey(ProvinceTenantIdProvider.PROVINCE);
      assertThat(managementService.createJobQuery().processInstanceId(write.getProcessInstanceId()).count())
          .as("an agency's instance waits without a job").isZero();
    }
    assertThat(instance(periodId)).isWaitingAt(Elements.NEXT_DEADLINE);
    assertThat(managementService.createJobQuery().processInstanceId(instance(periodId).getId()).timers().singleResult()
        .getDuedate()).as("the first sweep: 08:00 of the reminder day, 3 working days before the last day")
        .isEqualTo(Date.from(LocalDate.of(2027, 5, 26).atTime(8, 0).atZone(VIETNAM).toInstant()));
    Task stc = task(periodId, AgencyReportProcess.Elements.WRITE_REPORT, AgencyGroups.staff("haiphong-stc"));
    assertThat(taskService.getVariable(stc.getId(), Variables.TASK_ITEMS).toString()).contains("Tuyên truyền về chuyển đổi số");
    assertThat(taskService.getVariable(stc.getId(), Variables.TARGET_ITEMS).toString()).contains("≥ 70 %");
    assertThat((String) taskService.getVariable(stc.getId(), Variables.PERIOD_LABEL))
        .isEqualTo("6 tháng đầu năm 2027 (số liệu từ 15/12/2026 đến 14/06/2027)");
  }

  @Test
  void onTimeSentBackLateAndMissingAreCountedAndTheReportIsCompiledSignedAndNumbered() throws Exception {
    long periodId = openFirstHalfYear();

    Task stc = task(periodId, AgencyReportProcess.Elements.WRITE_REPORT, AgencyGroups.staff("haiphong-stc"));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> taskService.complete(stc.getId(), Map.of(Variables.RESULTS,
        "Đã tập huấn cho 75% cán bộ, công chức của Sở trong 6 tháng đầu năm.", Variables.TARGET_VALUES, "CT9: 75")))
        .hasMessageContaining("CT9");
    taskService.complete(stc.getId(), Map.of(Variables.RESULTS, "Đã tập huấn cho 75% cán bộ, công chức của Sở trong 6 tháng đầu năm.",
        Variables.TARGET_VALUES, "CT1: 75 %"));
    approve(periodId, "haiphong-stc", true);
    write(periodId, "haiphong-syt");
    approve(periodId, "haiphong-syt", false);
    assertThat(task(periodId, AgencyReportProcess.Elements.WRITE_REPORT, AgencyGroups.staff("haiphong-syt"))).as("sent back").isNotNull();

    ClockUtil.setCurrentTime(at(LocalDate.of(2027, 5, 26)));
    fireTimer(periodId, Elements.NEXT_DEADLINE, null);
    assertThat(subjects()).as("reminders to the two agencies that have not sent")
        .filteredOn(subject -> subject.startsWith("[Nhắc hạn]")).hasSize(2)
        .allSatisfy(subject -> assertThat(subject).contains("6 tháng đầu năm 2027"));
    assertThat(instance(periodId)).isWaitingAt(Elements.NEXT_DEADLINE);
    assertThat(reports.agencyReport(periodId, "haiphong-syt").orElseThrow().reminderSent()).isTrue();

    ClockUtil.setCurrentTime(at(LocalDate.of(2027, 6, 1)));
    fireTimer(periodId, Elements.NEXT_DEADLINE, null);
    assertThat(subjects()).as("an overdue notice to each late agency and one list to the compiling agency")
        .filteredOn(subject -> subject.startsWith("[Quá hạn]"))
        .containsExactlyInAnyOrder(
            "[Quá hạn] Báo cáo 6 tháng đầu năm 2027 – Kế hoạch " + planSymbol(periodId) + " – hạn 31/05/2027",
            "[Quá hạn] Báo cáo 6 tháng đầu năm 2027 – Kế hoạch " + planSymbol(periodId) + " – hạn 31/05/2027",
            "[Quá hạn] 2 cơ quan chưa gửi báo cáo 6 tháng đầu năm 2027 – Kế hoạch " + planSymbol(periodId));
    assertThat(instance(periodId)).as("no deadline left to follow").isWaitingAt(Elements.WAIT_FOR_REPORTS);
    assertThat(task(periodId, AgencyReportProcess.Elements.WRITE_REPORT, AgencyGroups.staff("haiphong-syt")))
        .as("the task stays open after the due date").isNotNull();
    write(periodId, "haiphong-syt");
    approve(periodId, "haiphong-syt", true);

    ClockUtil.setCurrentTime(at(LocalDate.of(2027, 6, 10)));
    fireTimer(periodId, Elements.CUTOFF, null);

    Map<String, SubmissionStatus> statuses = new java.util.HashMap<>();
    for (var report : reports.agencyReports(periodId)) {
      statuses.put(report.agency(), SubmissionStatus.of(report.dueDate(), report.submittedOn(), LocalDate.of(2027, 6, 10)));
    }
    assertThat(statuses).containsEntry("haiphong-stc", SubmissionStatus.ON_TIME)
        .containsEntry("haiphong-syt", SubmissionStatus.LATE)
        .containsEntry("haiphong-svhttdl", SubmissionStatus.MISSING);
    Task compile = task(periodId, Elements.COMPILE, AgencyGroups.staff(SKHCN));
    assertThat((String) taskService.getVariable(compile.getId(), Variables.SUBMISSION_SUMMARY))
        .contains("đúng hạn: 1").contains("quá hạn: 1").contains("chưa gửi: 1")
        .contains("Tỷ lệ cán bộ được tập huấn (≥ 70 %): 1 đơn vị báo cáo, 1 đơn vị đạt, trung bình 75 %");
    taskService.complete(compile.getId(), Map.of(Variables.COMPILED_TEXT,
        "Các đơn vị đã triển khai đầy đủ các nhiệm vụ; một đơn vị chưa gửi báo cáo đúng hạn, đề nghị chấn chỉnh."));
    taskService.complete(task(periodId, Elements.SIGN, AgencyGroups.leaders(SKHCN)).getId(), Map.of(
        Variables.AUTHORITY, "KT. GIÁM ĐỐC", Variables.SIGNER_TITLE, "PHÓ GIÁM ĐỐC", Variables.SIGNER_NAME, "Trần Thị Lan"));
    runJobs(periodId);

    assertThat(instance(periodId)).isNull();
    ReportingRepository.PeriodRow period = reports.period(periodId).orElseThrow();
    assertThat(period.status()).isEqualTo(PeriodStatus.SENT);
    assertThat(period.symbol()).matches("\\d{2,}/BC-SKHCN");
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(documents.document(periodId)));
        XWPFWordExtractor text = new XWPFWordExtractor(document)) {
      assertThat(text.getText()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: " + period.symbol(),
          "Sở Văn hóa, Thể thao và Du lịch", "KT. GIÁM ĐỐC", "Trần Thị Lan", "Nơi nhận");
    }
  }

  @Test
  void aMailFailureIsRetriedAndEndsInAnIncidentWithoutBlockingTheReport() {
    long periodId = openFirstHalfYear();
    String instance = instance(periodId).getId();
    mail.stop();
    try {
      ClockUtil.setCurrentTime(at(LocalDate.of(2027, 5, 26)));
      managementService.executeJob(managementService.createJobQuery().processInstanceId(instance).timers()
          .singleResult().getId());
      Job sweep = managementService.createJobQuery().processInstanceId(instance).messages().singleResult();
      for (int attempt = 0; attempt < 3; attempt++) {
        try {
          managementService.executeJob(sweep.getId());
        } catch (RuntimeException expected) {
          // the SMTP server is down: the sweep's job fails, is rolled back and keeps its retries
        }
      }

      assertThat(runtimeService.createIncidentQuery().processInstanceId(instance).activityId(Elements.SEND_NOTICES).count())
          .as("an incident on the period's sweep, visible in Cockpit").isOne();
      assertThat(reports.agencyReports(periodId)).as("nothing marked as sent")
          .noneMatch(ReportingRepository.AgencyReportRow::reminderSent);
      assertThat(task(periodId, AgencyReportProcess.Elements.WRITE_REPORT, AgencyGroups.staff("haiphong-stc")))
          .as("the report task is not blocked").isNotNull();

      mail.start();
      managementService.setJobRetries(sweep.getId(), 1);
      managementService.executeJob(sweep.getId());
      runJobs(periodId);
      assertThat(subjects()).as("a supervisor's retry sends them").filteredOn(s -> s.startsWith("[Nhắc hạn]")).hasSize(3);
      assertThat(instance(periodId)).isWaitingAt(Elements.NEXT_DEADLINE);
    } finally {
      if (!mail.isRunning()) {
        mail.start();
      }
    }
  }

  @Test
  void anExtendedAgencyIsRemindedOnItsNewLastDayAndEveryoneReportingEndsTheSweepsEarly() {
    long periodId = openFirstHalfYear();
    ReportingRepository.PeriodRow period = reports.period(periodId).orElseThrow();
    extensions.extend(periodId, "haiphong-svhttdl", LocalDate.of(2027, 6, 4), "Chờ số liệu quyết toán");

    ClockUtil.setCurrentTime(at(LocalDate.of(2027, 6, 1)));
    fireTimer(periodId, Elements.NEXT_DEADLINE, null);
    assertThat(subjects()).as("the two others are late; the extended agency's reminder was not due yet")
        .filteredOn(subject -> subject.startsWith("[Quá hạn]")).hasSize(3);
    assertThat(subjects()).filteredOn(subject -> subject.startsWith("[Nhắc hạn]")).isEmpty();
    assertThat(managementService.createJobQuery().processInstanceId(period.processInstanceId()).timers().list())
        .extracting(Job::getDuedate).as("the next sweep: 08:00 of the extended last day")
        .containsExactly(Date.from(LocalDate.of(2027, 6, 4).atTime(8, 0).atZone(VIETNAM).toInstant()));

    for (String agency : REPORTERS) {
      write(periodId, agency);
      approve(periodId, agency, true);
    }
    assertThat(instance(periodId)).as("everyone has reported: compile at once")
        .hasPassed(Elements.REPORTS_COMPLETE_EARLY).isWaitingAt(Elements.COMPILE);
    assertThat(managementService.createJobQuery().processInstanceId(period.processInstanceId()).count())
        .as("the sweep's timer is gone").isZero();
  }

  @Test
  void anAgencyReportStartedBeforeTheSweepsStillSendsItsNoticesOnceWithItsOwnTimers() {
    long periodId = openFirstHalfYear();
    RepositoryService repository = processEngine.getRepositoryService();
    String deployment = repository.createDeployment().name("agency-report before the sweeps")
        .addClasspathResource("legacy/agency-report-before-sweeps.bpmn").deploy().getId();
    try {
      String legacy = repository.createProcessDefinitionQuery().deploymentId(deployment).singleResult().getId();
      String instance = runtimeService.startProcessInstanceById(legacy, Map.of(
          Variables.PERIOD_ID, periodId, Variables.PLAN_ID, reports.period(periodId).orElseThrow().planId(),
          Variables.PERIOD_LABEL, "6 tháng đầu năm 2027", Variables.PLAN_SYMBOL, planSymbol(periodId),
          Variables.REPORTING_GROUP, AgencyGroups.staff("haiphong-syt"), ProvinceTenantIdProvider.PROVINCE, "haiphong",
          AgencyReportProcess.BeforeSweeps.REMINDER_DATE, Date.from(LocalDate.of(2027, 5, 26).atTime(8, 0).atZone(VIETNAM).toInstant()))).getId();

      ClockUtil.setCurrentTime(at(LocalDate.of(2027, 5, 26)));
      fireLegacyTimer(instance, AgencyReportProcess.BeforeSweeps.REMINDER);
      assertThat(subjects()).filteredOn(subject -> subject.startsWith("[Nhắc hạn]")).hasSize(1);
      assertThat(reports.agencyReport(periodId, "haiphong-syt").orElseThrow().reminderSent()).isTrue();

      ClockUtil.setCurrentTime(at(LocalDate.of(2027, 6, 1)));
      fireLegacyTimer(instance, AgencyReportProcess.BeforeSweeps.DUE);
      assertThat(subjects()).filteredOn(subject -> subject.startsWith("[Quá hạn]"))
          .as("the overdue notice and a list of one to the compiling agency").hasSize(2)
          .contains("[Quá hạn] Sở Y tế chưa gửi báo cáo 6 tháng đầu năm 2027 – Kế hoạch " + planSymbol(periodId));
      assertThat(reports.agencyReport(periodId, "haiphong-syt").orElseThrow().overdueNotified()).isTrue();

      fireTimer(periodId, Elements.NEXT_DEADLINE, null);
      assertThat(subjects()).as("the period's sweep leaves that agency alone: the two others only")
          .filteredOn(subject -> subject.startsWith("[Quá hạn] Báo cáo")).hasSize(3);
    } finally {
      repository.deleteDeployment(deployment, true);
    }
  }

  void fireLegacyTimer(String instance, String activity) {
    for (Job timer : managementService.createJobQuery().processInstanceId(instance).timers().list()) {
      if (activity.equals(managementService.createJobDefinitionQuery().jobDefinitionId(timer.getJobDefinitionId())
          .singleResult().getActivityId())) {
        managementService.executeJob(timer.getId());
      }
    }
  }

  List<String> subjects() {
    return java.util.Arrays.stream(mail.getReceivedMessages()).map(message -> {
      try {
        return message.getSubject();
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  String planSymbol(long periodId) {
    return reports.planSymbol(reports.period(periodId).orElseThrow().planId());
  }
}
