package org.openoqs.portal.mail;

import java.util.List;

/**
 * Where the portal's mail goes. The default {@link FileMailOutbox} writes each message as an RFC 5322 file to a local
 * folder (a development and test arrangement that the issue allows); an SMTP implementation can replace it without
 * touching the callers.
 */
public interface MailOutbox {
    void send(PortalMail mail);

    /** Messages sent to {@code address}, oldest first (for the outbox page, tests and the demo). */
    List<StoredMail> sentTo(String address);

    /** A message as stored: where, to whom, subject and body. */
    record StoredMail(String id, String to, String subject, String body) {}
}
