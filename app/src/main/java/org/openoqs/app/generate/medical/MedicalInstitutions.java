package org.openoqs.app.generate.medical;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openoqs.app.generate.AddressPool;
import org.openoqs.app.generate.Municipality;
import org.openoqs.core.code.Prefecture;
import org.openoqs.core.number.CheckDigit;
import org.openoqs.core.number.MedicalInstitutionCode;

/**
 * The clinics and pharmacies of each municipality the generator places people in: five clinics (医科) and three
 * pharmacies (薬局) per municipality, with 医療機関コード that pass the 検証番号 check. The 郡市区番号 is the
 * municipality's position within its prefecture, so codes are unique by construction. Names are invented.
 */
public final class MedicalInstitutions {
    private static final String[] CLINICS = {"%s内科クリニック", "%s中央病院", "%s整形外科", "%sファミリークリニック", "%s耳鼻咽喉科"};
    private static final String[] PHARMACIES = {"さくら薬局 %s店", "あおば調剤薬局 %s店", "ひまわり薬局 %s駅前店"};
    /** For an address outside the generator's municipalities (a hand-edited file): the prefecture's 郡市区 99. */
    private static final int OTHER_DISTRICT = 99;

    /** A clinic or pharmacy: MeTrDiHCd and MeTrDiHNm. */
    public record Institution(MedicalInstitutionCode code, String name) {
        public boolean pharmacy() {
            return code.feeSchedule() == MedicalInstitutionCode.FeeSchedule.PHARMACY;
        }
    }

    /** The institutions of one municipality. */
    public record Local(List<Institution> clinics, List<Institution> pharmacies) {}

    private final Map<Municipality, Integer> districtOf = new HashMap<>();
    private final Map<String, Local> cache = new HashMap<>();

    public MedicalInstitutions(AddressPool addresses) {
        Map<Prefecture, Integer> count = new HashMap<>();
        for (Municipality m : addresses.municipalities()) {
            districtOf.put(m, count.merge(m.prefecture(), 1, Integer::sum));
        }
    }

    /** The institutions near {@code municipality}; {@code null} municipality means elsewhere in {@code prefecture}. */
    public Local near(Prefecture prefecture, Municipality municipality) {
        String key = prefecture.code() + "/" + (municipality == null ? "" : municipality.name());
        return cache.computeIfAbsent(key, k -> build(prefecture, municipality));
    }

    private Local build(Prefecture prefecture, Municipality municipality) {
        int district = municipality == null ? OTHER_DISTRICT : districtOf.getOrDefault(municipality, OTHER_DISTRICT);
        String place = municipality == null ? prefecture.label().substring(0, prefecture.label().length() - 1)
                : municipality.shortName();
        return new Local(list(prefecture, district, '1', CLINICS, place), list(prefecture, district, '4', PHARMACIES, place));
    }

    private static List<Institution> list(Prefecture prefecture, int district, char feeSchedule, String[] names, String place) {
        List<Institution> list = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            String body = prefecture.code() + feeSchedule + String.format("%02d%04d", district, 101 + i * 113);
            list.add(new Institution(new MedicalInstitutionCode(CheckDigit.append(body)), String.format(names[i], place)));
        }
        return list;
    }
}
