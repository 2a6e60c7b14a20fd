package vn.gov.plans;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one Spring Boot test setup: the whole application on a random port, in-memory H2, the demo
 * directory loaded, the job executor off. Passwords are generated at start-up
 * into the data folder; tests read them from there (see InitialPasswords). Every test that needs the application uses exactly this
 * annotation so that Spring caches and shares a single context. The process test coverage listener
 * is registered for every Spring test class (src/test/resources/META-INF/spring.factories). No
 * process starts while the context starts (the demo plans are not loaded): tests load what they need.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    classes = PlanTrackerApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@Import(ProcessEngineCoverageConfiguration.class)
public @interface ApplicationTest {}
