package org.openoqs.portal.subsidy;

/**
 * 補助対象経費 as entered, in yen (tax included as receipted): 資格確認端末 (with its certificate), レセコン・電子カルテ
 * の改修 and packages, ネットワーク整備 (first line set-up and upgrades), and その他 ([C] oqs-rules §2.1, the covered items).
 */
public record SubsidyCosts(long terminal, long software, long network, long other) {
    public long total() {
        return Math.addExact(Math.addExact(terminal, software), Math.addExact(network, other));
    }
}
