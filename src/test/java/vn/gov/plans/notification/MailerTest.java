package vn.gov.plans.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.gov.plans.notification.ReportOverdue.Recipient.COMPILING_AGENCY;
import static vn.gov.plans.notification.ReportOverdue.Recipient.LATE_AGENCY;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Sends through a real SMTP server (GreenMail, in this JVM, on a free port) and reads what came. */
class MailerTest {

  @RegisterExtension
  static final GreenMailExtension GREEN_MAIL =
      new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private static final String FROM = "theodoi-kehoach@hue.gov.vn";

  private Mailer mailerAt(int port) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(port);
    sender.setDefaultEncoding("UTF-8");
    Properties properties = new Properties();
    properties.setProperty("mail.smtp.connectiontimeout", "2000");
    properties.setProperty("mail.smtp.timeout", "2000");
    properties.setProperty("mail.smtp.writetimeout", "2000");
    sender.setJavaMailProperties(properties);
    return new Mailer(sender, FROM);
  }

  private Mailer mailer() {
    return mailerAt(GREEN_MAIL.getSmtp().getPort());
  }

  @Test
  void sendsAReminderInVietnamese() throws Exception {
    assertThat(mailer().send(SampleNotices.reminder())).isTrue();

    MimeMessage message = onlyMessage();
    assertThat(addresses(message.getRecipients(RecipientType.TO)))
        .containsExactly(SampleNotices.LATE_AGENCY_EMAIL);
    InternetAddress from = (InternetAddress) message.getFrom()[0];
    assertThat(from.getAddress()).isEqualTo(FROM);
    assertThat(from.getPersonal()).isEqualTo("Hệ thống theo dõi thực hiện kế hoạch");
    assertThat(message.getSubject())
        .isEqualTo(
            "[Nhắc hạn] Báo cáo 6 tháng đầu năm 2026 – Kế hoạch 310/KH-UBND – hạn 19/06/2026");
    assertThat(message.getContentType()).startsWith("text/plain").containsIgnoringCase("UTF-8");
    assertThat(message.getHeader("Auto-Submitted")).containsExactly("auto-generated");
    assertThat(message.getSentDate()).isNotNull();
    assertThat((String) message.getContent())
        .contains(
            "Kính gửi: Sở Văn hóa và Thể thao",
            "6 tháng đầu năm 2026",
            "19/06/2026",
            "ngày 19 tháng 6 năm 2026",
            "Sở Khoa học và Công nghệ",
            SampleNotices.LINK,
            "Hệ thống theo dõi thực hiện kế hoạch");
    // On the wire the Vietnamese text is encoded, never sent as raw 8-bit bytes.
    assertThat(GreenMailUtil.getWholeMessage(message)).doesNotContain("Kính gửi");
  }

  @Test
  void sendsTheOverdueNoticeToTheLateAgency() throws Exception {
    assertThat(mailer().send(SampleNotices.overdue(LATE_AGENCY))).isTrue();

    MimeMessage message = onlyMessage();
    assertThat(addresses(message.getRecipients(RecipientType.TO)))
        .containsExactly(SampleNotices.LATE_AGENCY_EMAIL);
    assertThat(message.getSubject())
        .isEqualTo(
            "[Quá hạn] Báo cáo 6 tháng đầu năm 2026 – Kế hoạch 310/KH-UBND – hạn 19/06/2026");
    assertThat((String) message.getContent())
        .contains("Kính gửi: Sở Văn hóa và Thể thao", "quá hạn", "19/06/2026");
  }

  @Test
  void sendsTheOverdueNoticeToTheCompilingAgency() throws Exception {
    assertThat(mailer().send(SampleNotices.overdue(COMPILING_AGENCY))).isTrue();

    MimeMessage message = onlyMessage();
    assertThat(addresses(message.getRecipients(RecipientType.TO)))
        .containsExactly(SampleNotices.COMPILING_AGENCY_EMAIL);
    assertThat(message.getSubject())
        .isEqualTo(
            "[Quá hạn] Sở Văn hóa và Thể thao chưa gửi báo cáo 6 tháng đầu năm 2026"
                + " – Kế hoạch 310/KH-UBND – hạn 19/06/2026");
    assertThat((String) message.getContent())
        .contains(
            "Kính gửi: Sở Khoa học và Công nghệ",
            "Cơ quan chưa gửi báo cáo: Sở Văn hóa và Thể thao");
  }

  @Test
  void sendsToEveryAddressOfAList() throws Exception {
    mailer().send(SampleNotices.reminder("vanthu@svhtt.hue.gov.vn, lanhdao@svhtt.hue.gov.vn"));

    MimeMessage[] received = GREEN_MAIL.getReceivedMessages();
    assertThat(received).hasSize(2); // one copy per mailbox
    assertThat(addresses(received[0].getRecipients(RecipientType.TO)))
        .containsExactly("vanthu@svhtt.hue.gov.vn", "lanhdao@svhtt.hue.gov.vn");
  }

  @Test
  void anAgencyWithoutAnAddressIsSkipped() {
    Mailer mailer = mailer();

    assertThat(mailer.send(SampleNotices.reminder(null))).isFalse();
    assertThat(mailer.send(SampleNotices.reminder(" "))).isFalse();
    ReportOverdue noCompilerAddress =
        ReportOverdue.of(SampleNotices.reminder(), null, COMPILING_AGENCY);
    assertThat(mailer.send(noCompilerAddress)).isFalse();

    assertThat(GREEN_MAIL.waitForIncomingEmail(300, 1)).isFalse();
  }

  @Test
  void failsWhenNoServerListensSoTheJobIsRetried() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    Mailer mailer = mailerAt(closedPort);

    assertThatThrownBy(() -> mailer.send(SampleNotices.reminder()))
        .isInstanceOf(MailSendException.class)
        .isInstanceOf(MailException.class);
    assertThatThrownBy(() -> mailer.send(SampleNotices.overdue(COMPILING_AGENCY)))
        .isInstanceOf(MailException.class);
  }

  @Test
  void failsOnAnAddressThatIsNotOne() {
    assertThatThrownBy(() -> mailer().send(SampleNotices.reminder("văn thư sở")))
        .isInstanceOf(MailPreparationException.class)
        .hasMessageContaining("Sở Văn hóa và Thể thao");
    assertThat(GREEN_MAIL.getReceivedMessages()).isEmpty();
  }

  @Test
  void rejectsASenderThatIsNotAnAddress() {
    assertThatThrownBy(() -> new Mailer(new JavaMailSenderImpl(), "not an address"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("app.mail.from");
    assertThat(new Mailer(new JavaMailSenderImpl(), "Văn phòng <vp@hue.gov.vn>").from().getPersonal())
        .isEqualTo("Văn phòng");
  }

  @Test
  void sendsABatchOverOneConnectionAndSkipsAnAgencyWithoutAddress() throws Exception {
    int sent = mailer().batch()
        .add(SampleNotices.reminder())
        .add(SampleNotices.reminder(null))
        .add(SampleNotices.overdue(LATE_AGENCY))
        .add(SampleNotices.digest(SampleNotices.LATE_AGENCY, "Sở Tài chính"))
        .send();

    assertThat(sent).isEqualTo(3);
    assertThat(GREEN_MAIL.waitForIncomingEmail(5000, 3)).isTrue();
    MimeMessage digest = Arrays.stream(GREEN_MAIL.getReceivedMessages())
        .filter(message -> addresses(recipients(message)).length == 1
            && addresses(recipients(message))[0].equals(SampleNotices.COMPILING_AGENCY_EMAIL))
        .findFirst().orElseThrow();
    assertThat(digest.getSubject())
        .isEqualTo("[Quá hạn] 2 cơ quan chưa gửi báo cáo 6 tháng đầu năm 2026 – Kế hoạch 310/KH-UBND");
    assertThat((String) digest.getContent())
        .contains("Kính gửi: Sở Khoa học và Công nghệ,")
        .contains("- Sở Văn hóa và Thể thao (hạn 19/06/2026)")
        .contains("- Sở Tài chính (hạn 19/06/2026)")
        .contains("(2 cơ quan)");
  }

  @Test
  void aBatchThatCannotBeSentThrows() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    Mailer.Batch batch = mailerAt(closedPort).batch().add(SampleNotices.reminder());

    assertThatThrownBy(batch::send).isInstanceOf(MailException.class);
  }

  private static Address[] recipients(MimeMessage message) {
    try {
      return message.getRecipients(RecipientType.TO);
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static MimeMessage onlyMessage() {
    assertThat(GREEN_MAIL.waitForIncomingEmail(5000, 1)).isTrue();
    MimeMessage[] received = GREEN_MAIL.getReceivedMessages();
    assertThat(received).hasSize(1);
    return received[0];
  }

  private static String[] addresses(Address[] addresses) {
    return Arrays.stream(addresses)
        .map(address -> ((InternetAddress) address).getAddress())
        .toArray(String[]::new);
  }
}
