package org.openoqs.portal.faq;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where people go when the FAQ and シカク cannot help ({@code oqs.portal.contact.*}). The defaults are the
 * オンライン資格確認等コールセンター as published in the 2022 leaflet and the 準備作業の手引き (seeds 002 and 000; oqs-rules
 * §5.4 [C]); a deployment for another operator sets its own.
 *
 * @param name  the desk's name
 * @param phone the number to call
 * @param hours when the phone is answered
 * @param email the mail address for written questions
 */
@ConfigurationProperties("oqs.portal.contact")
public record FaqContacts(
        @DefaultValue("オンライン資格確認等コールセンター") String name,
        @DefaultValue("0800-080-4583") String phone,
        @DefaultValue("平日 8:00～18:00、土曜 8:00～16:00（いずれも祝日を除く）") String hours,
        @DefaultValue("contact@iryohokenjyoho-portalsite.jp") String email) {

    /** The defaults above, for code that runs without Spring (tests, tools). */
    public static FaqContacts defaults() {
        return new FaqContacts("オンライン資格確認等コールセンター", "0800-080-4583",
                "平日 8:00～18:00、土曜 8:00～16:00（いずれも祝日を除く）", "contact@iryohokenjyoho-portalsite.jp");
    }

    /** One sentence with everything, as FAQ answers and シカク's "分かりません" use it. */
    public String summary() {
        return name + "（電話 " + phone + "、通話無料、" + hours + "）またはメール " + email + " までお問い合わせください。";
    }
}
