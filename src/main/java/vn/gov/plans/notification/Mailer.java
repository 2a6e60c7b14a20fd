package vn.gov.plans.notification;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.mail.javamail.MimeMessagePreparator;
import org.springframework.stereotype.Component;

/**
 * Sends the notices as plain-text UTF-8 e-mails through the application's {@link JavaMailSender}
 * ({@code spring.mail.*}), from {@code app.mail.from}.
 *
 * <p>Failures are not caught: an unreachable or refusing SMTP server, or an address that is not one,
 * throws a {@link MailException}, so the Camunda job that called it fails, is retried by the engine
 * and ends in an incident that supervisors see in Cockpit. An agency without an address is not an
 * error: a warning is logged and nothing is sent.
 */
@Component
public class Mailer {

  private static final Logger LOG = LoggerFactory.getLogger(Mailer.class);
  private static final String UTF_8 = StandardCharsets.UTF_8.name();

  private final JavaMailSender sender;
  private final InternetAddress from;
  private final NotificationTexts texts = new NotificationTexts();

  /**
   * @param from the sender, "theodoi-kehoach@example.gov.vn" or "Name &lt;address&gt;"; without a
   *     name, {@link NotificationTexts#SIGNATURE} is shown as the sender's name
   * @throws IllegalArgumentException if {@code from} is not an e-mail address
   */
  public Mailer(
      JavaMailSender sender, @Value("${app.mail.from:theodoi-kehoach@localhost}") String from) {
    this.sender = Objects.requireNonNull(sender, "sender");
    this.from = sender(from);
  }

  /**
   * Sends a reminder to the reporting agency.
   *
   * @return {@code true} if the message was accepted by the SMTP server, {@code false} if the agency
   *     has no e-mail address (logged as a warning)
   * @throws MailException if it cannot be sent: the job should fail and be retried
   */
  public boolean send(ReportReminder reminder) {
    return batch().add(reminder).send() == 1;
  }

  /**
   * Sends an overdue notice to its {@link ReportOverdue#recipient() recipient}: the late agency or
   * the compiling agency.
   *
   * @return {@code true} if the message was accepted by the SMTP server, {@code false} if that
   *     agency has no e-mail address (logged as a warning)
   * @throws MailException if it cannot be sent: the job should fail and be retried
   */
  public boolean send(ReportOverdue overdue) {
    return batch().add(overdue).send() == 1;
  }

  /** The sender of every notice. */
  public InternetAddress from() {
    return (InternetAddress) from.clone();
  }

  /** Several notices sent over one SMTP connection: a sweep's reminders and overdue notices. */
  public Batch batch() {
    return new Batch();
  }

  /**
   * Notices collected, then sent together by {@link #send()}. An agency without an address is
   * skipped with a warning, as by the single sends.
   */
  public final class Batch {

    private final List<MimeMessagePreparator> messages = new ArrayList<>();
    private final List<String> sentLines = new ArrayList<>();

    private Batch() {}

    public Batch add(ReportReminder reminder) {
      return add("reminder", reminder.agencyName(), reminder.agencyEmail(), texts.subject(reminder),
          texts.body(reminder), reminder.planSymbol(), reminder.periodLabel());
    }

    public Batch add(ReportOverdue overdue) {
      return add("overdue notice (" + overdue.recipient() + ")", overdue.recipientName(),
          overdue.recipientEmail(), texts.subject(overdue), texts.body(overdue), overdue.report().planSymbol(),
          overdue.report().periodLabel());
    }

    public Batch add(OverdueDigest digest) {
      return add("overdue list", digest.compilingAgencyName(), digest.compilingAgencyEmail(),
          texts.subject(digest), texts.body(digest), digest.planSymbol(), digest.periodLabel());
    }

    private Batch add(String kind, String recipientName, String address, String subject, String body,
        String planSymbol, String periodLabel) {
      message(kind, recipientName, address, subject, body, planSymbol, periodLabel).ifPresent(message -> {
        messages.add(message);
        sentLines.add(kind + " to " + recipientName + " <" + address + ">: " + subject);
      });
      return this;
    }

    /**
     * @return how many messages the SMTP server accepted (all of them, or an exception)
     * @throws MailException if any cannot be sent: the job should fail and be retried
     */
    public int send() {
      if (!messages.isEmpty()) {
        sender.send(messages.toArray(MimeMessagePreparator[]::new));
        if (sentLines.size() == 1) {
          LOG.info("Sent {}", sentLines.get(0));
        } else {
          LOG.info("Sent {} notices over one connection", sentLines.size());
          sentLines.forEach(line -> LOG.debug("Sent {}", line));
        }
      }
      return messages.size();
    }
  }

  private Optional<MimeMessagePreparator> message(
      String kind,
      String recipientName,
      String address,
      String subject,
      String body,
      String planSymbol,
      String periodLabel) {
    if (address == null || address.isBlank()) {
      LOG.warn(
          "No e-mail address for {}: {} of plan {}, period {}, not sent",
          recipientName,
          kind,
          planSymbol,
          periodLabel);
      return Optional.empty();
    }
    InternetAddress[] to = recipients(recipientName, address);
    return Optional.of(
        message -> {
          MimeMessageHelper helper = new MimeMessageHelper(message, false, UTF_8);
          helper.setFrom(from);
          helper.setTo(to);
          helper.setSubject(subject);
          helper.setText(body, false);
          // RFC 3834: no out-of-office replies to a robot.
          message.setHeader("Auto-Submitted", "auto-generated");
        });
  }

  private static InternetAddress[] recipients(String agencyName, String address) {
    try {
      InternetAddress[] parsed = InternetAddress.parse(address, true);
      if (parsed.length == 0) {
        throw new AddressException("no address", address);
      }
      return parsed;
    } catch (AddressException e) {
      throw new MailPreparationException(
          "Not a valid e-mail address for " + agencyName + ": \"" + address + "\"", e);
    }
  }

  private static InternetAddress sender(String from) {
    try {
      InternetAddress address = new InternetAddress(from, true);
      if (address.getPersonal() == null) {
        address.setPersonal(NotificationTexts.SIGNATURE, UTF_8);
      }
      return address;
    } catch (AddressException | UnsupportedEncodingException e) {
      throw new IllegalArgumentException("app.mail.from is not an e-mail address: \"" + from + "\"", e);
    }
  }
}
