package org.openoqs.portal.application;

/** The applications the operator reviews, with their tables. */
public enum ApplicationKind {
    CARD_READER("card_reader_application", "顔認証付きカードリーダー申し込み"),
    USAGE("usage_application", "オンライン資格確認利用申請"),
    SUBSIDY("subsidy_application", "補助金申請");

    private final String table;
    private final String label;

    ApplicationKind(String table, String label) {
        this.table = table;
        this.label = label;
    }

    String table() { return table; }

    public String label() { return label; }

    /** The URL segment, e.g. {@code card-reader}. */
    public String slug() { return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'); }

    public static ApplicationKind ofSlug(String slug) {
        for (ApplicationKind kind : values()) if (kind.slug().equals(slug)) return kind;
        throw new IllegalArgumentException("unknown application kind: " + slug);
    }
}
