package vn.gov.plans.system;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * Settings of the application itself (prefix {@code app}).
 *
 * @param dataDir folder of the file database and the generated initial passwords ({@code DATA_DIR})
 * @param directoryFile the agency directory (YAML) synchronised into Camunda identity at start-up
 */
@ConfigurationProperties("app")
public record AppProperties(Path dataDir, Resource directoryFile) {}
