package org.openoqs.portal.subsidy;

/** The three documents a 補助金申請 needs ([C] oqs-rules §2.1, seed step 4). */
public enum SubsidyDocumentKind {
    RECEIPT("領収書（写）"), RECEIPT_BREAKDOWN("領収書内訳書（写）"), COMPLETION_REPORT("オンライン資格確認等事業完了報告書");

    private final String label;

    SubsidyDocumentKind(String label) {
        this.label = label;
    }

    public String label() { return label; }
}
