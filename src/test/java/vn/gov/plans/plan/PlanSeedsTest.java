package vn.gov.plans.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.gov.plans.agency.AgencyKind;
import vn.gov.plans.agency.Directory;
import vn.gov.plans.agency.DirectoryReader;
import vn.gov.plans.calendar.NominalDeadline;
import vn.gov.plans.calendar.PeriodType;
import vn.gov.plans.calendar.ReportingSchedule;
import vn.gov.plans.plan.PlanDefinition.RecipientAction;
import vn.gov.plans.plan.PlanDefinition.ReviewKind;
import vn.gov.plans.plan.PlanDefinition.TaskKind;

/**
 * The seed plans in {@code plans/seeds/}: each passes the JSON Schema, the reader and the validator
 * against the shipped directory, and states what its source document says.
 */
class PlanSeedsTest {

  static final String SCHEMA = "/plans/plan-definition.schema.json";
  static final String SEEDS = "/plans/seeds/";
  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  static final ObjectMapper JSON = new ObjectMapper();

  /** No number is taken, no plan is stored. */
  static final PlanValidator.Registry EMPTY_REGISTRY = new PlanValidator.Registry() {
    @Override
    public boolean numberTaken(String issuerAgency, String documentType, int year, int number) {
      return false;
    }

    @Override
    public boolean planExists(long planId) {
      return false;
    }
  };

  static JsonSchemaFactory factory;
  static JsonSchema schema;
  static JsonNode schemaNode;
  static Directory directory;
  static PlanValidator validator;

  @BeforeAll
  static void load() throws IOException {
    factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    try (InputStream in = resource(SCHEMA)) {
      schemaNode = JSON.readTree(in);
    }
    schema = factory.getSchema(schemaNode, config);
    try (InputStream in = resource("/directory/directory.yaml")) {
      directory = DirectoryReader.read("directory.yaml", in);
    }
    validator = new PlanValidator(directory, EMPTY_REGISTRY);
  }

  static Stream<String> seeds() {
    return Stream.of(
        "hue-310-kh-ubnd.yaml",
        "haiphong-05-ctph.yaml",
        "haiphong-57-kh-ubnd.yaml",
        "haiphong-thaitan-kh-2026.yaml");
  }

  // ------------------------------------------------------------------------------------------
  // Every seed: schema, reader, validator

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void aSeedPassesTheSchemaTheReaderAndTheValidator(String file) throws IOException {
    String yaml = text(SEEDS + file);

    // (a) the JSON Schema, on the YAML read as a Jackson tree
    assertThat(schemaErrors(YAML.readTree(yaml))).as("schema errors of %s", file).isEmpty();

    // (b) the reader
    PlanDefinition plan = PlanDefinitionReader.read(yaml);

    // (c) the validator, against the shipped directory
    assertThat(validator.validate(plan)).as("validator errors of %s", file).isEmpty();

    // every seed names its source document and is signed on paper
    assertThat(yaml).startsWith("# Nguồn: ");
    assertThat(plan.issued()).isNotNull();
    assertThat(plan.issued().signatures()).hasSameSizeAs(plan.issuers());
    assertThat(plan.tasks()).isNotEmpty().allSatisfy(task -> assertThat(task.lead()).isNotBlank());
  }

  @Test
  void everySeedFileIsTested() throws IOException, URISyntaxException {
    Path folder = Path.of(PlanSeedsTest.class.getResource(SEEDS).toURI());
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".yaml")))
          .containsExactlyInAnyOrderElementsOf(seeds().toList());
    }
  }

  // ------------------------------------------------------------------------------------------
  // What each seed says

  @Test
  void hue310() throws IOException {
    PlanDefinition plan = seed("hue-310-kh-ubnd.yaml");

    assertThat(plan.province()).isEqualTo("hue");
    assertThat(plan.documentType()).isEqualTo("KH");
    assertThat(plan.leadAgency()).isEqualTo("hue-skhcn");
    assertThat(plan.issued().number()).isEqualTo(310);
    assertThat(plan.issued().symbol()).isEqualTo("310/KH-UBND");
    assertThat(plan.issued().date()).isEqualTo(LocalDate.of(2025, 7, 21));
    assertThat(plan.issued().signatures()).singleElement().satisfies(signature -> {
      assertThat(signature.issuer()).isEqualTo("hue-ubnd");
      assertThat(signature.authority()).containsExactly("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH");
      assertThat(signature.signerTitle()).isEqualTo("PHÓ CHỦ TỊCH");
      assertThat(signature.signerName()).isEqualTo("Nguyễn Thanh Bình");
    });

    // Press agencies on the 20th of every month; departments and localities before 20/6 and 20/12.
    assertThat(plan.reporting()).hasSize(2).allSatisfy(duty -> {
      assertThat(duty.compiler()).isEqualTo("hue-skhcn");
      assertThat(duty.receiver()).isEqualTo("hue-ubnd");
    });
    assertThat(plan.reporting().get(0).schedule()).isEqualTo(new ReportingSchedule.Monthly(20, false, 0));
    assertThat(validator.resolve("hue", plan.reporting().get(0).reporters()))
        .containsExactlyInAnyOrder("hue-baoptth", "hue-congttdt", "hue-hueioc");
    assertThat(plan.reporting().get(1).schedule()).isEqualTo(new ReportingSchedule.AnnualDates(
        List.of(MonthDay.of(6, 20), MonthDay.of(12, 20)), true, PeriodType.HALF_YEAR, 0));
    assertThat(((ReportingSchedule.AnnualDates) plan.reporting().get(1).schedule()).deadlines(2026))
        .extracting(NominalDeadline::lastDay)
        .containsExactly(LocalDate.of(2026, 6, 19), LocalDate.of(2026, 12, 19));
    assertThat(validator.resolve("hue", plan.reporting().get(1).reporters()))
        .contains("hue-svhtt", "hue-sgddt", "hue-p-phuxuan", "hue-x-aluoi2")
        .doesNotContain("hue-baoptth", "hue-ubnd");

    // Departments and localities issue their implementing plan within 2025.
    Set<String> mustIssue = plan.recipients().stream()
        .filter(r -> r.action() == RecipientAction.ISSUE_IMPLEMENTING_PLAN)
        .peek(r -> assertThat(r.deadline()).isEqualTo(LocalDate.of(2025, 12, 31)))
        .flatMap(r -> validator.resolve("hue", r.to()).stream())
        .collect(Collectors.toSet());
    assertThat(mustIssue).contains("hue-skhcn", "hue-sngv", "hue-p-kimlong", "hue-x-phuloc")
        .doesNotContain("hue-ubnd", "hue-baoptth", "hue-dhhue");

    // Targets: 2025 100 % of plans issued; 2027 at least 3 programmes; 2030 at least 80 % and 70 %.
    assertThat(plan.targets()).hasSize(12).allSatisfy(target -> {
      assertThat(target.year()).isBetween(2025, 2030);
      assertThat(target.unit()).isNotBlank();
    });
    assertThat(target(plan, "II.2.a.1")).satisfies(t -> {
      assertThat(t.year()).isEqualTo(2025);
      assertThat(t.threshold()).isEqualTo(100);
      assertThat(t.unit()).isEqualTo("%");
    });
    assertThat(target(plan, "II.2.c.1")).satisfies(t -> {
      assertThat(t.threshold()).isEqualTo(3);
      assertThat(t.unit()).isEqualTo("chương trình");
    });
    assertThat(plan.targets()).filteredOn(t -> t.year() == 2030)
        .extracting(PlanDefinition.Target::threshold).containsExactly(100.0, 80.0, 70.0);
    assertThat(plan.targets()).allSatisfy(t -> assertThat(t.comparison()).isEqualTo(PlanDefinition.Comparison.AT_LEAST));

    // Tasks: ongoing, due in a year, from a year on, and the two yearly days.
    assertThat(plan.tasks()).hasSize(38);
    assertThat(task(plan, "III.1.b.1a").recurrence()).isEqualTo(new ReportingSchedule.Yearly(5, 18, false, 0));
    assertThat(task(plan, "III.1.b.1b").recurrence()).isEqualTo(new ReportingSchedule.Yearly(10, 10, false, 0));
    assertThat(task(plan, "III.1.b.3")).satisfies(t -> {
      assertThat(t.kind()).isEqualTo(TaskKind.ONGOING);
      assertThat(t.fromYear()).isEqualTo(2026);
      assertThat(validator.resolve("hue", t.cooperating())).containsExactly("hue-svhtt", "hue-hnb");
    });
    assertThat(task(plan, "III.1.b.4")).satisfies(t -> {
      assertThat(t.kind()).isEqualTo(TaskKind.DEADLINE);
      assertThat(t.dueYear()).isEqualTo(2026);
    });
    assertThat(task(plan, "III.1.b.7").dueYear()).isEqualTo(2027);
    assertThat(task(plan, "III.1.a.5").dueYear()).isEqualTo(2025);
    assertThat(task(plan, "III.2.a").lead()).isEqualTo("hue-sgddt");
    assertThat(task(plan, "III.5.a").lead()).isEqualTo("hue-svhtt");
    assertThat(task(plan, "III.5.b").lead()).isEqualTo("hue-sngv");
    assertThat(plan.tasks()).filteredOn(t -> t.kind() == TaskKind.ONGOING).hasSize(31);

    assertThat(plan.reviews()).extracting(PlanDefinition.Review::kind)
        .containsExactly(ReviewKind.YEARLY, ReviewKind.FINAL);
    assertThat(plan.budget().appraiser()).isEqualTo("hue-stc");
  }

  @Test
  void haiphong05JointProgramme() throws IOException {
    PlanDefinition plan = seed("haiphong-05-ctph.yaml");

    assertThat(plan.documentType()).isEqualTo("CTPH");
    assertThat(plan.period()).isEqualTo(new PlanDefinition.Period(LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31)));
    assertThat(plan.issuers()).extracting(PlanDefinition.Issuer::agency, PlanDefinition.Issuer::symbol)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("haiphong-btgdv", "BTGDVTU"),
            org.assertj.core.groups.Tuple.tuple("haiphong-skhcn", "SKHCN"));
    assertThat(plan.issued().symbol()).isEqualTo("05-CTPH/BTGDVTU-SKHCN");
    assertThat(plan.issued().number()).isEqualTo(5);
    assertThat(plan.issued().date()).isEqualTo(LocalDate.of(2026, 1, 8));
    assertThat(plan.issued().signatures())
        .extracting(PlanDefinition.Signature::issuer, PlanDefinition.Signature::signerTitle)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("haiphong-btgdv", "TRƯỞNG BAN"),
            org.assertj.core.groups.Tuple.tuple("haiphong-skhcn", "PHÓ GIÁM ĐỐC"));
    assertThat(plan.issued().signatures().get(1).authority()).containsExactly("KT. GIÁM ĐỐC");

    // Appendix items 1-4: ongoing, ongoing, every October, after both sides agree.
    assertThat(plan.tasks()).extracting(PlanDefinition.Task::kind)
        .containsExactly(TaskKind.ONGOING, TaskKind.ONGOING, TaskKind.RECURRING, TaskKind.ON_DEMAND);
    assertThat(task(plan, "PL.3").recurrence()).isEqualTo(new ReportingSchedule.Yearly(10, null, false, 0));
    assertThat(((ReportingSchedule.Yearly) task(plan, "PL.3").recurrence()).deadlines(2027))
        .extracting(NominalDeadline::lastDay).containsExactly(LocalDate.of(2027, 10, 31));
    assertThat(plan.tasks()).allSatisfy(t ->
        assertThat(validator.resolve("haiphong", t.cooperating())).isNotEmpty());

    // Item 5: mid-term and final review, reported to the city Party committee.
    assertThat(plan.reviews()).extracting(PlanDefinition.Review::kind)
        .containsExactly(ReviewKind.MID_TERM, ReviewKind.FINAL);
    assertThat(plan.reviews()).allSatisfy(review -> {
      assertThat(review.schedule()).isInstanceOf(ReportingSchedule.FixedDates.class);
      assertThat(review.compiler()).isEqualTo("haiphong-btgdv");
      assertThat(review.receiver()).isEqualTo("haiphong-thanhuy");
    });
    assertThat(plan.reporting()).singleElement().satisfies(duty -> {
      assertThat(duty.receiver()).isEqualTo("haiphong-thanhuy");
      assertThat(duty.compiler()).isEqualTo("haiphong-btgdv");
    });
    assertThat(plan.recipients()).filteredOn(r -> r.action() == RecipientAction.INFORM)
        .flatExtracting(r -> r.to().agencies())
        .containsExactly("haiphong-tw-btgdv", "haiphong-tw-bkhcn", "haiphong-thanhuy", "haiphong-ubnd");
  }

  @Test
  void haiphong57() throws IOException {
    PlanDefinition plan = seed("haiphong-57-kh-ubnd.yaml");

    assertThat(plan.leadAgency()).isEqualTo("haiphong-skhcn");
    assertThat(plan.parent().reference()).contains("1169/QĐ-TTg");
    assertThat(plan.issued().signatures()).singleElement().satisfies(signature -> {
      assertThat(signature.authority()).containsExactly("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH");
      assertThat(signature.signerName()).isEqualTo("Hoàng Minh Cường");
    });

    // Departments and communes send information yearly; Sở KHCN compiles for the People's Committee.
    assertThat(plan.reporting()).singleElement().satisfies(duty -> {
      assertThat(duty.compiler()).isEqualTo("haiphong-skhcn");
      assertThat(duty.receiver()).isEqualTo("haiphong-ubnd");
      assertThat(duty.schedule()).isInstanceOf(ReportingSchedule.Yearly.class);
      assertThat(validator.resolve("haiphong", duty.reporters()))
          .contains("haiphong-svhttdl", "haiphong-stc", "haiphong-p-hongbang", "haiphong-x-namsach",
              "haiphong-dk-cathai", "haiphong-thaitan-ubnd")
          .doesNotContain("haiphong-thaitan-vhxh", "haiphong-skhcn");
    });

    // Yearly city budget: units estimate, Finance appraises, the People's Committee approves.
    assertThat(plan.budget()).satisfies(budget -> {
      assertThat(budget.appraiser()).isEqualTo("haiphong-stc");
      assertThat(budget.approver()).isEqualTo("haiphong-ubnd");
      assertThat(budget.schedule()).isInstanceOf(ReportingSchedule.Yearly.class);
      assertThat(validator.resolve("haiphong", budget.estimators())).contains("haiphong-skhcn", "haiphong-baoptth");
    });

    assertThat(plan.tasks()).hasSize(12);
    assertThat(task(plan, "II.2.1").lead()).isEqualTo("haiphong-baoptth");
    assertThat(task(plan, "IV.2.1").lead()).isEqualTo("haiphong-svhttdl");
    assertThat(task(plan, "IV.1.2").kind()).isEqualTo(TaskKind.RECURRING);
    assertThat(plan.targets()).isEmpty();
    assertThat(plan.reviews()).isEmpty();
  }

  @Test
  void thaiTan2026() throws IOException {
    PlanDefinition plan = seed("haiphong-thaitan-kh-2026.yaml");

    assertThat(plan.parent().reference()).startsWith("Hướng dẫn số 15-HD/BTGDVTU");
    assertThat(plan.leadAgency()).isEqualTo("haiphong-thaitan-bxdd");
    assertThat(plan.period()).isEqualTo(new PlanDefinition.Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
    assertThat(plan.issued().date()).satisfies(date -> {
      assertThat(date.getYear()).isEqualTo(2026);
      assertThat(date.getMonth()).isEqualTo(Month.FEBRUARY);
    });
    assertThat(plan.issued().signatures()).singleElement().satisfies(signature -> {
      assertThat(signature.issuer()).isEqualTo("haiphong-thaitan-btv");
      assertThat(signature.authority()).containsExactly("TM. BAN THƯỜNG VỤ");
      assertThat(signature.signerTitle()).isEqualTo("PHÓ BÍ THƯ THƯỜNG TRỰC");
    });
    assertThat(plan.tasks()).hasSize(15).allSatisfy(t -> assertThat(t.lead()).isEqualTo("haiphong-thaitan-bxdd"));

    // Units report to Ban Xây dựng Đảng every half-year; it reports to the commune's standing
    // committee and to the city board.
    assertThat(plan.reporting()).hasSize(2).allSatisfy(duty -> {
      assertThat(duty.compiler()).isEqualTo("haiphong-thaitan-bxdd");
      assertThat(duty.schedule()).isInstanceOfSatisfying(ReportingSchedule.AnnualDates.class,
          s -> assertThat(s.period()).isEqualTo(PeriodType.HALF_YEAR));
    });
    assertThat(plan.reporting()).extracting(PlanDefinition.ReportingDuty::receiver)
        .containsExactly("haiphong-thaitan-btv", "haiphong-btgdv");
    assertThat(plan.reviews()).singleElement().satisfies(review -> {
      assertThat(review.kind()).isEqualTo(ReviewKind.YEARLY);
      assertThat(review.schedule()).isEqualTo(new ReportingSchedule.Yearly(12, null, false, 0));
    });
  }

  // ------------------------------------------------------------------------------------------
  // Faults: the schema and the validator agree

  @Test
  void aTaskWithoutLeadFailsTheSchemaAndTheValidator() throws IOException {
    ObjectNode tree = (ObjectNode) YAML.readTree(text(SEEDS + "hue-310-kh-ubnd.yaml"));
    ArrayNode tasks = (ArrayNode) tree.get("tasks");
    int n = indexOf(tasks, "III.1.b.4");
    assertThat(n).isPositive();
    ((ObjectNode) tasks.get(n)).remove("lead");
    String at = "tasks[" + n + "].lead";

    assertThat(schemaErrors(tree)).extracting(PlanSeedsTest::path).contains(at);

    PlanDefinition plan = PlanDefinitionReader.read(YAML.writeValueAsString(tree));
    assertThat(validator.validate(plan))
        .contains(new PlanError(at, "Nhiệm vụ phải có đúng một đơn vị chủ trì."));
  }

  static Stream<Arguments> faults() {
    return Stream.of(
        Arguments.of("unknown top-level field", null,
            (Consumer<ObjectNode>) plan -> plan.put("ghiChu", "x"), "ghiChu"),
        Arguments.of("DEADLINE without due or dueYear", "tasks[4].due",
            (Consumer<ObjectNode>) plan -> ((ObjectNode) plan.get("tasks").get(4)).remove("dueYear"), null),
        Arguments.of("RECURRING without recurrence", "tasks[7].recurrence",
            (Consumer<ObjectNode>) plan -> ((ObjectNode) plan.get("tasks").get(7)).remove("recurrence"), null),
        Arguments.of("ISSUE_IMPLEMENTING_PLAN without deadline", "recipients[2].deadline",
            (Consumer<ObjectNode>) plan -> ((ObjectNode) plan.get("recipients").get(2)).remove("deadline"), null),
        Arguments.of("authority line without TM., KT., ...", "issued.signatures[0].authority[0]",
            (Consumer<ObjectNode>) plan -> ((ArrayNode) plan.get("issued").get("signatures").get(0).get("authority"))
                .set(0, "T/M ỦY BAN NHÂN DÂN"), null),
        Arguments.of("reporting duty without reporters", "reporting[0].reporters",
            (Consumer<ObjectNode>) plan -> ((ObjectNode) plan.get("reporting").get(0)).putObject("reporters"), null));
  }

  /** Each fault is refused by the schema and by the reader or the validator. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("faults")
  void theSchemaRefusesWhatTheReaderOrTheValidatorRefuses(
      String fault, String validatorPath, Consumer<ObjectNode> change, String unknownField) throws IOException {
    ObjectNode tree = (ObjectNode) YAML.readTree(text(SEEDS + "hue-310-kh-ubnd.yaml"));
    assertThat(tree.get("tasks").get(4).get("kind").asText()).isEqualTo("DEADLINE");
    assertThat(tree.get("tasks").get(7).get("kind").asText()).isEqualTo("RECURRING");
    assertThat(tree.get("recipients").get(2).get("action").asText()).isEqualTo("ISSUE_IMPLEMENTING_PLAN");
    change.accept(tree);

    assertThat(schemaErrors(tree)).as(fault).isNotEmpty();
    String yaml = YAML.writeValueAsString(tree);
    if (unknownField != null) {
      assertThatThrownBy(() -> PlanDefinitionReader.read(yaml))
          .isInstanceOfSatisfying(InvalidPlanException.class, e -> assertThat(e.getMessage()).contains(unknownField));
    } else {
      assertThat(validator.validate(PlanDefinitionReader.read(yaml)))
          .extracting(PlanError::path).contains(validatorPath);
    }
  }

  // ------------------------------------------------------------------------------------------
  // The schema itself

  @Test
  void theSchemaIsAValidDraft202012Schema() {
    JsonSchema meta = factory.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    assertThat(meta.validate(schemaNode)).isEmpty();
  }

  /** The schema names exactly the fields and values of the Java model, no more, no fewer. */
  @Test
  void theSchemaDescribesExactlyTheJavaModel() {
    JsonNode defs = schemaNode.get("$defs");
    assertProperties(schemaNode, PlanDefinition.class);
    assertProperties(schemaNode.at("/properties/period"), PlanDefinition.Period.class);
    assertProperties(schemaNode.at("/properties/parent"), PlanDefinition.Parent.class);
    assertProperties(defs.get("issuer"), PlanDefinition.Issuer.class);
    assertProperties(defs.get("issued"), PlanDefinition.Issued.class);
    assertProperties(defs.get("signature"), PlanDefinition.Signature.class);
    assertProperties(defs.get("agencySelector"), PlanDefinition.AgencySelector.class);
    assertProperties(defs.get("recipient"), PlanDefinition.Recipient.class);
    assertProperties(defs.get("task"), PlanDefinition.Task.class);
    assertProperties(defs.get("target"), PlanDefinition.Target.class);
    assertProperties(defs.get("reportingDuty"), PlanDefinition.ReportingDuty.class);
    assertProperties(defs.get("review"), PlanDefinition.Review.class);
    assertProperties(defs.get("budget"), PlanDefinition.Budget.class);
    assertProperties(defs.at("/fixedDatesSchedule/properties/dates/items/oneOf/1"), ReportingSchedule.FixedDate.class);

    // schedule kinds: the oneOf branches are the Jackson subtypes, each with its record's fields
    JsonSubTypes.Type[] subtypes = ReportingSchedule.class.getAnnotation(JsonSubTypes.class).value();
    assertThat(strings(defs.at("/schedule/properties/kind/enum")))
        .containsExactly(Arrays.stream(subtypes).map(JsonSubTypes.Type::name).toArray(String[]::new));
    assertThat(defs.at("/schedule/oneOf")).hasSize(subtypes.length);
    for (JsonNode branch : defs.at("/schedule/oneOf")) {
      JsonNode variant = defs.get(branch.get("$ref").asText().replace("#/$defs/", ""));
      String kind = variant.at("/properties/kind/const").asText();
      Class<?> type = Arrays.stream(subtypes).filter(s -> s.name().equals(kind)).findFirst()
          .orElseThrow(() -> new AssertionError("no subtype " + kind)).value();
      assertThat(variant.get("additionalProperties").asBoolean(true)).as(kind).isFalse();
      Set<String> fields = new LinkedHashSet<>(names(variant.get("properties")));
      fields.remove("kind");
      assertThat(fields).as(kind).containsExactlyInAnyOrder(components(type));
    }

    assertThat(strings(defs.at("/agencyKind/enum"))).containsExactly(names(AgencyKind.values()));
    assertThat(strings(defs.at("/taskKind/enum"))).containsExactly(names(TaskKind.values()));
    assertThat(strings(defs.at("/recipientAction/enum"))).containsExactly(names(RecipientAction.values()));
    assertThat(strings(defs.at("/target/properties/comparison/enum")))
        .containsExactly(names(PlanDefinition.Comparison.values()));
    assertThat(strings(defs.at("/review/properties/kind/enum"))).containsExactly(names(ReviewKind.values()));
    assertThat(strings(defs.at("/annualDatesSchedule/properties/period/enum")))
        .containsExactly(names(PeriodType.values()));
    assertThat(schemaNode.at("/properties/documentType/pattern").asText())
        .isEqualTo("^" + PlanValidator.DOCUMENT_TYPE.pattern() + "$");
  }

  // ------------------------------------------------------------------------------------------

  static void assertProperties(JsonNode node, Class<? extends Record> type) {
    assertThat(node.isMissingNode()).as(type.getSimpleName()).isFalse();
    assertThat(node.get("additionalProperties").asBoolean(true)).as(type.getSimpleName()).isFalse();
    assertThat(names(node.get("properties"))).as(type.getSimpleName())
        .containsExactlyInAnyOrder(components(type));
  }

  static String[] components(Class<?> type) {
    return Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).toArray(String[]::new);
  }

  static List<String> names(JsonNode object) {
    List<String> names = new java.util.ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  static String[] names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toArray(String[]::new);
  }

  static List<String> strings(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
  }

  static Set<ValidationMessage> schemaErrors(JsonNode plan) {
    return schema.validate(plan);
  }

  /** Where a schema error is, in the validator's notation: {@code tasks[3].lead}. */
  static String path(ValidationMessage message) {
    JsonNodePath location = message.getInstanceLocation();
    StringBuilder at = new StringBuilder();
    for (int i = 0; i < location.getNameCount(); i++) {
      Object element = location.getElement(i);
      if (element instanceof Integer index) {
        at.append('[').append(index).append(']');
      } else {
        at.append(at.isEmpty() ? "" : ".").append(element);
      }
    }
    if ("required".equals(message.getType()) && message.getProperty() != null) {
      at.append(at.isEmpty() ? "" : ".").append(message.getProperty());
    }
    return at.toString();
  }

  static int indexOf(ArrayNode tasks, String key) {
    for (int i = 0; i < tasks.size(); i++) {
      if (key.equals(tasks.get(i).get("key").asText())) {
        return i;
      }
    }
    return -1;
  }

  static PlanDefinition seed(String file) {
    return PlanDefinitionReader.read(text(SEEDS + file));
  }

  static PlanDefinition.Task task(PlanDefinition plan, String key) {
    return plan.tasks().stream().filter(t -> t.key().equals(key)).findFirst()
        .orElseThrow(() -> new AssertionError("no task " + key));
  }

  static PlanDefinition.Target target(PlanDefinition plan, String key) {
    return plan.targets().stream().filter(t -> t.key().equals(key)).findFirst()
        .orElseThrow(() -> new AssertionError("no target " + key));
  }

  static InputStream resource(String name) {
    InputStream in = PlanSeedsTest.class.getResourceAsStream(name);
    if (in == null) {
      throw new AssertionError("missing resource " + name);
    }
    return in;
  }

  static String text(String name) {
    try (InputStream in = resource(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
