package vn.gov.plans.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import vn.gov.plans.agency.Directory;
import vn.gov.plans.signing.DocumentRegister;
import vn.gov.plans.system.StartupStep;

/**
 * Demo profile: loads the seed plans ({@code plans/seeds/*.yaml}, all signed on paper) once; a plan
 * whose number is already in its issuer's register is not loaded again.
 */
@Component
@Profile("demo")
@Order(40)
class DemoPlans implements StartupStep {

  static final String SEEDS = "classpath:plans/seeds/*.yaml";
  private static final Logger LOG = LoggerFactory.getLogger(DemoPlans.class);

  private final PlanService service;
  private final DocumentRegister register;
  private final PlanValidator validator;
  private final boolean loadAtStart;

  DemoPlans(PlanService service, DocumentRegister register, Directory directory, PlanRepository plans,
      @Value("${app.demo-plans:true}") boolean loadAtStart) {
    this.loadAtStart = loadAtStart;
    this.service = service;
    this.register = register;
    this.validator = new PlanValidator(directory, new PlanValidator.Registry() {
      @Override
      public boolean numberTaken(String issuer, String documentType, int year, int number) {
        return false;
      }

      @Override
      public boolean planExists(long planId) {
        return plans.exists(planId);
      }
    });
  }

  @Override
  public void run() {
    if (loadAtStart) {
      load();
    }
  }

  /** Loads every seed plan not loaded yet. */
  void load() {
    for (Resource seed : seeds()) {
      String yaml = read(seed);
      PlanDefinition plan = PlanDefinitionReader.read(yaml);
      List<PlanError> errors = validator.validate(plan);
      if (!errors.isEmpty()) {
        throw new InvalidPlanException(errors);
      }
      var issued = plan.issued();
      var firstIssuer = plan.issuers().get(0).agency();
      if (register.isTaken(firstIssuer, plan.documentType(), issued.date().getYear(), issued.number())) {
        continue;
      }
      var created = service.store(plan, yaml);
      LOG.info("Kế hoạch mẫu {} được nạp (mã {}).", issued.symbol(), created.planId());
    }
  }

  private static List<Resource> seeds() {
    try {
      return Arrays.stream(new PathMatchingResourcePatternResolver().getResources(SEEDS))
          .sorted(Comparator.comparing(Resource::getFilename))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Resource resource) {
    try {
      return resource.getContentAsString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
