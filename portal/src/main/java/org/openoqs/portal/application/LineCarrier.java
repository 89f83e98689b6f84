package org.openoqs.portal.application;

import java.util.Optional;

/**
 * Whose line an IP-VPN connection runs on. Only NTT (フレッツ) and 光コラボ lines need the お客さまID, which starts
 * with {@code CAF} for NTT フレッツ and {@code COP} for 光コラボ ([C] oqs-rules §1.7). Other IP-VPN carriers in the
 * seed's list (CTC ビジネスコミュファ光, QTnet BBIQ) need none.
 */
public enum LineCarrier {
    NTT_FLETS("NTT東日本・西日本（フレッツ）", "CAF"), HIKARI_COLLABO("光コラボレーション事業者", "COP"),
    OTHER("その他の事業者", null);

    private final String label;
    private final String customerIdPrefix;

    LineCarrier(String label, String customerIdPrefix) {
        this.label = label;
        this.customerIdPrefix = customerIdPrefix;
    }

    public String label() { return label; }

    /** The prefix of this carrier's お客さまID, empty when the carrier issues none. */
    public Optional<String> customerIdPrefix() { return Optional.ofNullable(customerIdPrefix); }

    public boolean needsCustomerId() { return customerIdPrefix != null; }
}
