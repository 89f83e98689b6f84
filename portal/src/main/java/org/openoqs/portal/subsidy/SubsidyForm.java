package org.openoqs.portal.subsidy;

/** The 補助金申請 form as typed (dates {@code yyyy-MM-dd}, amounts in yen with or without commas). */
public record SubsidyForm(String readerCount, String readerOrderDate, String vendorContractDate,
                          String operationStartDate, String deferral, String costTerminal, String costSoftware,
                          String costNetwork, String costOther) {
}
