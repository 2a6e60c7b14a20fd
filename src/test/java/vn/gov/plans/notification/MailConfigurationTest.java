package vn.gov.plans.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The {@code spring.mail} and {@code app.mail} settings of application.yaml, in a tiny context. */
class MailConfigurationTest {

  @RegisterExtension
  static final GreenMailExtension GREEN_MAIL =
      new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withInitializer(
              context -> {
                for (PropertySource<?> source : applicationYaml()) {
                  context.getEnvironment().getPropertySources().addLast(source);
                }
              })
          .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
          .withUserConfiguration(Mailer.class);

  @Test
  void defaults() {
    runner.run(
        context -> {
          assertThat(context).hasNotFailed().hasSingleBean(Mailer.class);
          JavaMailSenderImpl sender = (JavaMailSenderImpl) context.getBean(JavaMailSender.class);
          // Each default is checked unless this machine's environment overrides it.
          if (System.getenv("SMTP_HOST") == null) {
            assertThat(sender.getHost()).isEqualTo("localhost");
          }
          if (System.getenv("SMTP_PORT") == null) {
            assertThat(sender.getPort()).isEqualTo(25);
          }
          if (System.getenv("SMTP_USERNAME") == null) {
            assertThat(sender.getUsername()).isNullOrEmpty();
          }
          assertThat(sender.getDefaultEncoding()).isEqualTo("UTF-8");
          assertThat(sender.getJavaMailProperties())
              .containsEntry("mail.smtp.connectiontimeout", "5000")
              .containsEntry("mail.smtp.timeout", "5000")
              .containsEntry("mail.smtp.writetimeout", "5000");
          if (System.getenv("MAIL_FROM") == null) {
            assertThat(context.getBean(Mailer.class).from().getAddress())
                .isEqualTo("theodoi-kehoach@localhost");
          }
        });
  }

  @Test
  void sendsThroughTheConfiguredServer() {
    runner
        .withPropertyValues(
            "spring.mail.host=127.0.0.1",
            "spring.mail.port=" + GREEN_MAIL.getSmtp().getPort(),
            "app.mail.from=theodoi-kehoach@hue.gov.vn")
        .run(
            context -> {
              assertThat(context.getBean(Mailer.class).send(SampleNotices.reminder())).isTrue();
              assertThat(GREEN_MAIL.waitForIncomingEmail(5000, 1)).isTrue();
              MimeMessage message = GREEN_MAIL.getReceivedMessages()[0];
              assertThat(message.getSubject()).startsWith("[Nhắc hạn] Báo cáo 6 tháng đầu năm 2026");
              assertThat(message.getFrom()[0].toString()).endsWith("<theodoi-kehoach@hue.gov.vn>");
            });
  }

  private static List<PropertySource<?>> applicationYaml() {
    try {
      return new YamlPropertySourceLoader()
          .load("application.yaml", new ClassPathResource("application.yaml"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
