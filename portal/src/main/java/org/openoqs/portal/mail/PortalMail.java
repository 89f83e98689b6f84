package org.openoqs.portal.mail;

/** A plain-text mail from the portal to one recipient. */
public record PortalMail(String to, String subject, String body) {
}
