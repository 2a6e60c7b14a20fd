package vn.gov.plans.agency;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import vn.gov.plans.system.AppProperties;

/** The directory is read once at start-up; a faulty file stops the start with its problems listed. */
@Configuration(proxyBeanMethods = false)
class DirectoryConfiguration {

  @Bean
  Directory directory(AppProperties properties) {
    Resource file = properties.directoryFile();
    String name = describe(file);
    try (InputStream content = file.getInputStream()) {
      return DirectoryReader.read(name, content);
    } catch (IOException e) {
      throw new DirectoryException(name, List.of("không mở được tệp: " + e.getMessage()));
    }
  }

  private static String describe(Resource file) {
    try {
      return file.getURI().toString();
    } catch (IOException e) {
      return file.getDescription();
    }
  }
}
