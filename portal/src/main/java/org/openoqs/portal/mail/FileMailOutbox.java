package org.openoqs.portal.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Writes each mail as {@code <yyyyMMddHHmmss>-<uuid>.eml} (RFC 5322, UTF-8 body) into the outbox folder, first to a
 * temporary name and then renamed, so a reader never sees half a message.
 */
public class FileMailOutbox implements MailOutbox {
    public static final String FROM = "no-reply@portal.openoqs.example";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private final Path dir;
    private final Clock clock;
    private final Session session = Session.getInstance(new Properties());

    public FileMailOutbox(Path dir, Clock clock) {
        this.dir = dir;
        this.clock = clock;
    }

    @Override
    public void send(PortalMail mail) {
        try {
            Files.createDirectories(dir);
            String name = STAMP.format(clock.instant().atZone(clock.getZone())) + "-" + UUID.randomUUID() + ".eml";
            Path temporary = dir.resolve(name + ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                message(mail).writeTo(out);
            }
            Files.move(temporary, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write mail to " + dir, e);
        } catch (MessagingException e) {
            throw new IllegalStateException("cannot build mail to " + mail.to(), e);
        }
    }

    @Override
    public List<StoredMail> sentTo(String address) {
        if (!Files.isDirectory(dir)) return List.of();
        List<StoredMail> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".eml")).sorted().toList()) {
                StoredMail mail = read(file);
                if (mail.to().equalsIgnoreCase(address.strip())) found.add(mail);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the mail outbox " + dir, e);
        }
        return found;
    }

    private MimeMessage message(PortalMail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(FROM));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to()));
        message.setSubject(mail.subject(), "UTF-8");
        message.setSentDate(Date.from(clock.instant()));
        message.setText(mail.body(), "UTF-8");
        return message;
    }

    private StoredMail read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MimeMessage message = new MimeMessage(session, in);
            String to = message.getRecipients(Message.RecipientType.TO)[0].toString();
            return new StoredMail(file.getFileName().toString(), to, message.getSubject(),
                    String.valueOf(message.getContent()).replace("\r\n", "\n"));
        } catch (MessagingException e) {
            throw new IOException("unreadable mail " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "FileMailOutbox[" + dir + "]";
    }
}
