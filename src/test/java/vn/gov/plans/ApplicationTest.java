package vn.gov.plans;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one Spring Boot test setup: the whole application on a random port, in-memory H2, the demo
 * directory loaded, the job executor off. Passwords are generated at start-up
 * into the data folder; tests read them from there (see InitialPasswords). Every test that needs the application uses exactly this
 * annotation so that Spring caches and shares a single context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    classes = PlanTrackerApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
public @interface ApplicationTest {}
