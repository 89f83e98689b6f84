package org.openoqs.portal.certificate;

/** A newly issued terminal certificate as the password-protected PKCS#12 file the browser downloads. */
public record IssuedDownload(String serialNumber, String terminalId, String fileName, byte[] pkcs12) {
}
