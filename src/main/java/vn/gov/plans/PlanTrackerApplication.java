package vn.gov.plans;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PlanTrackerApplication {

  public static void main(String[] args) {
    SpringApplication.run(PlanTrackerApplication.class, args);
  }
}
