package vn.gov.plans.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.gov.plans.system.AppProperties;

/**
 * Passwords generated at the first start, kept like Jenkins' initial admin password: one
 * {@code user:password} per line in a file of the data folder readable only by its owner.
 */
@Component
public class InitialPasswords {

  public static final String FILE_NAME = "initial-passwords.txt";
  private static final Logger LOG = LoggerFactory.getLogger(InitialPasswords.class);

  private final Path file;
  private final PasswordGenerator generator = new PasswordGenerator();

  InitialPasswords(AppProperties properties) {
    this.file = properties.dataDir().resolve(FILE_NAME).toAbsolutePath();
  }

  public Path file() {
    return file;
  }

  /** A new strong password for the user, appended to the file before it is returned. */
  synchronized String generateFor(String userId) {
    String password = generator.next();
    append(userId + ":" + password);
    return password;
  }

  /** The generated password of a user, if this data folder holds one. */
  public synchronized Optional<String> passwordOf(String userId) {
    return Optional.ofNullable(read().get(userId));
  }

  private Map<String, String> read() {
    Map<String, String> passwords = new LinkedHashMap<>();
    if (Files.exists(file)) {
      try {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          int colon = line.indexOf(':');
          if (colon > 0) {
            passwords.put(line.substring(0, colon), line.substring(colon + 1));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return passwords;
  }

  private void append(String line) {
    try {
      Files.createDirectories(file.getParent());
      if (!Files.exists(file)) {
        createOwnerOnly();
        LOG.warn("Mật khẩu khởi tạo được ghi vào {} (chỉ chủ sở hữu đọc được).", file);
      }
      Files.write(file, List.of(line), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("Không ghi được tệp mật khẩu " + file, e);
    }
  }

  private void createOwnerOnly() throws IOException {
    try {
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system (Windows): the file inherits the data folder's permissions.
      Files.createFile(file);
      LOG.warn("Không đặt được quyền chỉ-chủ-sở-hữu cho {}", file);
    }
  }
}
