package org.openoqs.terminal.face;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.openoqs.core.code.VerificationMethod;
import org.openoqs.core.consent.ConsentCategory;
import org.openoqs.wire.xml.XmlNode;

/**
 * Reads an {@code OQSsiquc01res} tree into a {@link FaceResult}, by element name only: result files do not keep the
 * spec's element order and gain elements over time [C] reference §2.2. One known producer writes
 * {@code PharmaceuticalInfo…} and {@code …AcquisitionTime} instead of {@code PharmacistsInfo…}/{@code …AvailableTime}
 * [S] §2.2; those are read as aliases.
 */
public final class FaceResultReader {

    private static final Map<String, String> PREFIX_ALIASES = Map.of("PharmacistsInfo", "PharmaceuticalInfo");

    public FaceResult read(FaceFileName file, VerificationMethod method, XmlNode root) {
        XmlNode header = root.child("MessageHeader").orElse(XmlNode.leaf("MessageHeader", ""));
        XmlNode body = root.child("MessageBody").orElse(XmlNode.leaf("MessageBody", ""));
        List<FaceResult.Person> persons = new ArrayList<>();
        body.child("ResultList").ifPresent(list -> {
            for (XmlNode entry : list.children("ResultOfQualificationConfirmation")) {
                persons.add(person(entry));
            }
        });
        return new FaceResult(file, method, header(header), text(body, "ProcessingResultStatus"),
                text(body, "ProcessingResultCode"), text(body, "ProcessingResultMessage"),
                text(body, "QualificationValidity"), text(body, "PrescriptionIssueSelect"), persons);
    }

    private static FaceResult.Header header(XmlNode h) {
        return new FaceResult.Header(text(h, "ProcessExecutionTime"), text(h, "QualificationConfirmationDate"),
                text(h, "MedicalInstitutionCode"), text(h, "ArbitraryFileIdentifier"),
                text(h, "ReferenceClassification"), text(h, "SegmentOfResult"), text(h, "ErrorCode"),
                text(h, "ErrorMessage"), text(h, "CharacterCodeIdentifier"));
    }

    private static FaceResult.Person person(XmlNode r) {
        Map<ConsentCategory, FaceResult.Consent> consents = new EnumMap<>(ConsentCategory.class);
        for (ConsentCategory category : ConsentCategory.values()) {
            FaceResult.Consent consent = consent(r, category.elementPrefix());
            if (consent.flag() == null && PREFIX_ALIASES.containsKey(category.elementPrefix())) {
                consent = consent(r, PREFIX_ALIASES.get(category.elementPrefix()));
            }
            if (consent.flag() != null) {
                consents.put(category, consent);
            }
        }
        return new FaceResult.Person(text(r, "Name"), text(r, "NameKana"), text(r, "Birthdate"), text(r, "Sex1"),
                // Kept padded: the viewer sends it back to central exactly as central wrote it.
                r.childText("InsurerNumber"), text(r, "InsurerName"), text(r, "InsuredCardSymbol"),
                text(r, "InsuredIdentificationNumber"), text(r, "InsuredBranchNumber"), contributionRatio(r),
                text(r, "ReferenceNumber"), consents);
    }

    /** 高齢受給者 ratio first (it is the one that applies), else the 後期高齢 ratio; most results carry neither. */
    private static String contributionRatio(XmlNode r) {
        String elderly = r.child("ElderlyRecipientCertificateInfo")
                .map(info -> text(info, "ElderlyRecipientContributionRatio")).orElse(null);
        return elderly != null ? elderly : text(r, "InsuredPartialContributionRatio");
    }

    private static FaceResult.Consent consent(XmlNode r, String prefix) {
        String available = text(r, prefix + "AvailableTime");
        if (available == null) {
            available = text(r, prefix + "AcquisitionTime");
        }
        return new FaceResult.Consent(text(r, prefix + "ConsFlg"), text(r, prefix + "ConsTime"), available);
    }

    /** Trimmed leaf text, null when absent or empty. */
    private static String text(XmlNode node, String name) {
        String value = node.childTextTrimmed(name);
        return value == null || value.isEmpty() ? null : value;
    }
}
