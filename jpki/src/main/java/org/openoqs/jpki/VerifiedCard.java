package org.openoqs.jpki;

import java.security.cert.X509Certificate;
import org.openoqs.core.identity.BasicFourFacts;

/**
 * A card certificate that {@link CardVerifier} accepted: issued by the trust anchor, valid now, not revoked, and —
 * when a challenge was given — whose key signed it.
 *
 * @param certificate       the card's 利用者証明用電子証明書
 * @param certificateSerial its serial number, upper-case hexadecimal ({@link CertificateSerial#hex})
 * @param facts             the 基本4情報 it carries ({@link CardFacts})
 */
public record VerifiedCard(X509Certificate certificate, String certificateSerial, BasicFourFacts facts) {}
