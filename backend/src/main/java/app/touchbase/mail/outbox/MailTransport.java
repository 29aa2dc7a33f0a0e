package app.touchbase.mail.outbox;

import app.touchbase.mail.MailProperties;
import app.touchbase.mail.compose.ComposedMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends mail through the SMTP server configured with {@code spring.mail.host}; without one, mails stay in the
 * outbox where the Mail page shows them.
 */
@Component
class MailTransport {

    private final JavaMailSender sender;
    private final String from;

    MailTransport(ObjectProvider<JavaMailSender> sender, MailProperties properties) {
        this.sender = sender.getIfAvailable();
        this.from = properties.from();
    }

    boolean configured() {
        return sender != null;
    }

    /** Throws a {@link org.springframework.mail.MailException} when the server refuses or can't be reached. */
    void send(ComposedMail mail) {
        MimeMessage message = sender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(mail.recipient());
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), mail.html());
        } catch (MessagingException e) {
            throw new MailPreparationException("Could not build the mail: " + e.getMessage(), e);
        }
        sender.send(message);
    }
}
