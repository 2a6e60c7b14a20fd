package vn.gov.plans.system;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.autoconfigure.mail.MailSenderValidatorAutoConfiguration;

/**
 * The baseline of {@link StartupBenchmark}: a bare Camunda 7.24 Spring Boot application with the
 * webapps and the REST API, as Camunda's starters give it, started as a JVM of its own with this
 * test class path. No component scan (so none of this project's beans), none of its settings
 * ({@code --spring.config.name=bare-camunda}), and none of the auto-configurations that only this
 * project's dependencies bring (Flyway, mail). Deliberately not a {@code @Configuration}: the
 * project's component scan in every other test must not pick it up.
 */
@EnableAutoConfiguration(exclude = {FlywayAutoConfiguration.class, MailSenderAutoConfiguration.class,
    MailSenderValidatorAutoConfiguration.class})
public class BareCamundaApplication {

  public static void main(String[] args) {
    SpringApplication.run(BareCamundaApplication.class, args);
  }
}
