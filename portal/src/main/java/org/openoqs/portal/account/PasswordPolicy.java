package org.openoqs.portal.account;

import org.openoqs.portal.PortalSettings;
import org.openoqs.portal.web.FormProblems;
import org.springframework.stereotype.Component;

/** One password rule for accounts, staff and PKCS#12 downloads: a minimum length and two entries that agree. */
@Component
public class PasswordPolicy {
    private final int minimumLength;

    public PasswordPolicy(PortalSettings settings) {
        this.minimumLength = settings.minimumPasswordLength();
    }

    public int minimumLength() {
        return minimumLength;
    }

    public void check(String field, String password, String confirmation, FormProblems problems) {
        if (password == null || password.length() < minimumLength) {
            problems.add(field, "パスワードは" + minimumLength + "文字以上で入力してください");
        } else if (password.isBlank()) {
            problems.add(field, "空白だけのパスワードは使えません");
        } else if (!password.equals(confirmation)) {
            problems.add(field + "Confirmation", "確認用のパスワードが一致しません");
        }
    }
}
