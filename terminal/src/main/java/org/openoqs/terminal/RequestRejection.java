package org.openoqs.terminal;

/**
 * Why a request got an {@code .err} instead of a result. The {@code .err} format is undocumented [C] §4.4/§7.4; each
 * kind has a short Japanese first line for staff, followed by the technical detail.
 */
public enum RequestRejection {
    INVALID_FILE("要求ファイルを処理できませんでした（XMLの形式が正しくありません）"),
    UNKNOWN_MESSAGE_TYPE("要求ファイルを処理できませんでした（電文種別が不明です）"),
    NOT_SUPPORTED("要求ファイルを処理できませんでした（この電文種別にはまだ対応していません）"),
    REJECTED_BY_CENTRAL("要求ファイルを処理できませんでした（センターが要求を受け付けませんでした）"),
    CERTIFICATE_REFUSED("要求ファイルを処理できませんでした（端末の証明書が拒否されました）"),
    CENTRAL_UNREACHABLE("要求ファイルを処理できませんでした（センターに接続できませんでした）"),
    INVALID_RESULT("要求ファイルを処理できませんでした（センターの応答を読み取れませんでした）");

    private final String summary;

    RequestRejection(String summary) {
        this.summary = summary;
    }

    /** The first line of the {@code .err} file. */
    public String summary() { return summary; }

    /** The whole {@code .err} text: summary, file name, detail. */
    public String errText(String requestName, String detail) {
        return summary + "\n" + "ファイル: " + requestName + "\n" + "理由: " + detail + "\n";
    }
}
