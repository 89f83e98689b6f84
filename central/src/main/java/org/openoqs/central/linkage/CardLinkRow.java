package org.openoqs.central.linkage;

/** One line of a card-link file: which card certificate (Base64 DER) the insurer says belongs to which person. */
public record CardLinkRow(long line, String insurerNumber, String personKey, String certificate) {
}
