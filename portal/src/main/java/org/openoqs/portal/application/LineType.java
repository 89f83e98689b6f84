package org.openoqs.portal.application;

/** 電気通信回線種別 of the オンライン資格確認利用申請 ([C] oqs-rules §4, §6.1; seed P20). */
public enum LineType {
    IP_VPN("IP-VPN接続方式（光回線）"), IPSEC_IKE("IPsec＋IKE接続方式（インターネット接続）");

    private final String label;

    LineType(String label) {
        this.label = label;
    }

    public String label() { return label; }
}
