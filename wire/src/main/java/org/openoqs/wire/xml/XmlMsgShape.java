package org.openoqs.wire.xml;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Which elements are arrays in the OQS JSON form (reference §6), kept as data so a new message type is a new name, not
 * new code.
 *
 * <ul>
 *   <li><b>List containers</b>: elements whose children are list items. In JSON an array of single-key objects, e.g.
 *       {@code "ResultList":[{"ResultOfQualificationConfirmation":{…}}]} [C for ResultList: S2 {@code ResultItem[]},
 *       S3; I for SpecificDiseasesCertificateList and PublicExpenseResultList, by analogy].</li>
 *   <li><b>Repeated elements</b>: elements that may occur many times under one parent ({@code BulkConfirmUnit},
 *       {@code ReferenceNumberRegistrationInfo}, the 薬剤情報 and 特定健診情報 entries {@code MeTrMonthInf},
 *       {@code DiDateInf}, {@code DrugInf}, {@code SpecificHealthCheckupInfo}, …). In JSON a plain array under the
 *       element's name, an array even with one item [I: no public JSON sample of these messages exists].</li>
 * </ul>
 *
 * <p>Any element that actually occurs more than once under one parent becomes an array regardless. A repeated name may
 * be qualified by its parent, {@code "Parent/Name"}, for elements that repeat only in some places: the bulk request
 * body repeats {@code QualificationConfirmSearchInfo} [C: S1], which is single in the single request [C: S3] and in a
 * BulkConfirmUnit echo, see {@link #BULK_REQUEST}.
 */
public final class XmlMsgShape {

    public static final XmlMsgShape DEFAULT = new XmlMsgShape(
            Set.of("ResultList", "SpecificDiseasesCertificateList", "PublicExpenseResultList"),
            Set.of("BulkConfirmUnit", "BulkRegistrationUnit", "ReferenceNumberRegistrationInfo",
                    "ResultOfQualificationConfirmation", "MedicalTicketInfo", "SpecificDiseasesCertificateInfo",
                    "MeTrMonthInf", "DiDateInf", "DrugInf", "SpecificHealthCheckupInfo",
                    "HealthCheckupResultAndQuestionInfo"));

    /** {@link #DEFAULT} plus the bulk request body's repeated {@code QualificationConfirmSearchInfo} (OQSmu…01req). */
    public static final XmlMsgShape BULK_REQUEST = DEFAULT.withRepeated("MessageBody/QualificationConfirmSearchInfo");

    private final Set<String> listContainers;
    private final Set<String> repeated;

    public XmlMsgShape(Set<String> listContainers, Set<String> repeated) {
        this.listContainers = Set.copyOf(listContainers);
        this.repeated = Set.copyOf(repeated);
    }

    public XmlMsgShape withListContainers(String... names) {
        return new XmlMsgShape(union(listContainers, names), repeated);
    }

    /** @param names element names, or {@code "Parent/Name"} to repeat only under that parent */
    public XmlMsgShape withRepeated(String... names) {
        return new XmlMsgShape(listContainers, union(repeated, names));
    }

    public boolean isListContainer(String name) {
        return listContainers.contains(name);
    }

    /** Whether {@code name} under {@code parentName} is always a JSON array. */
    public boolean isRepeated(String parentName, String name) {
        return repeated.contains(name) || repeated.contains(parentName + "/" + name);
    }

    public Set<String> listContainers() { return listContainers; }

    public Set<String> repeated() { return repeated; }

    private static Set<String> union(Set<String> base, String... more) {
        Set<String> all = new HashSet<>(base);
        all.addAll(Arrays.asList(more));
        return all;
    }
}
