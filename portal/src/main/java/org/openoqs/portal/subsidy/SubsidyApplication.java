package org.openoqs.portal.subsidy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.openoqs.core.subsidy.DeferralCondition;

/**
 * A stored 補助金申請: the institution's figures, the grant computed from the rule table (with the rule and the
 * table's version, so a later table does not silently change a decided amount), and the review.
 */
public record SubsidyApplication(long id, String medicalInstitutionCode, int readerCount, LocalDate readerOrderDate,
                                 LocalDate vendorContractDate, LocalDate operationStartDate, DeferralCondition deferral,
                                 SubsidyCosts costs, long eligibleCost, long grantAmount, String ruleId,
                                 String ruleTableVersion, String explanation, SubsidyStatus status,
                                 String operatorComment, LocalDateTime createdAt, LocalDateTime submittedAt,
                                 LocalDateTime decidedAt, String decidedBy, int documentCount) {
}
