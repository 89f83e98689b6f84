package org.openoqs.portal.account;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.regex.Pattern;
import org.openoqs.core.InvalidValueException;
import org.openoqs.core.institution.InstitutionType;
import org.openoqs.core.number.MedicalInstitutionCode;
import org.openoqs.portal.web.FormProblems;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * ポータルサイトアカウント登録: one account per 医療機関等コード and one e-mail address per account ([C] oqs-rules §1.4,
 * §4). The code must be a valid 10-digit 医療機関コード (check digit over the 9-digit body); 医科, 歯科 or 薬局 is read
 * from its 点数表番号 and 病院 or 診療所 is the institution's answer. A 医科・歯科併設 institution registers twice, once
 * per code, as on the real portal.
 */
@Service
public class AccountRegistration {
    /** Deliberately loose: the mail round trip (password reset) is what proves the address. */
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy passwords;
    private final Clock clock;

    public AccountRegistration(AccountRepository accounts, PasswordEncoder encoder, PasswordPolicy passwords, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Transactional
    public PortalAccount register(RegistrationForm form) {
        FormProblems problems = new FormProblems();
        InstitutionType type = institutionType(form, problems);
        String email = AccountRepository.normaliseEmail(form.email());
        if (!EMAIL.matcher(email).matches() || email.length() > 254) {
            problems.add("email", "メールアドレスの形式が正しくありません");
        } else if (accounts.emailExists(email)) {
            problems.add("email", "このメールアドレスは別のアカウントで登録済みです（1アカウントにつき1メールアドレス）");
        }
        String name = form.institutionName() == null ? "" : form.institutionName().strip();
        if (name.isEmpty() || name.length() > 200) problems.add("institutionName", "医療機関等名称を200文字以内で入力してください");
        passwords.check("password", form.password(), form.passwordConfirmation(), problems);
        problems.throwIfAny();
        PortalAccount account = new PortalAccount(code(form), email, name, type,
                type == InstitutionType.PHARMACY && form.largeChainPharmacy(), LocalDateTime.now(clock));
        try {
            accounts.insert(account, encoder.encode(form.password()));
        } catch (DuplicateKeyException raced) {
            throw new org.openoqs.portal.web.FormRejectedException(new FormProblems()
                    .add("medicalInstitutionCode", "この医療機関等コードまたはメールアドレスは登録済みです"));
        }
        return account;
    }

    private InstitutionType institutionType(RegistrationForm form, FormProblems problems) {
        try {
            MedicalInstitutionCode code = MedicalInstitutionCode.parse(form.medicalInstitutionCode());
            if (accounts.codeExists(code.value())) {
                problems.add("medicalInstitutionCode", "この医療機関等コードのアカウントは登録済みです");
                return null;
            }
            if (form.largeChainPharmacy() && code.feeSchedule() != MedicalInstitutionCode.FeeSchedule.PHARMACY) {
                problems.add("largeChainPharmacy", "大型チェーン薬局は薬局コード（点数表番号4）の場合だけ選べます");
            }
            return InstitutionType.of(code, form.hospital());
        } catch (InvalidValueException e) {
            problems.add("medicalInstitutionCode", "医療機関等コードが正しくありません: " + e.reason());
            return null;
        }
    }

    private static String code(RegistrationForm form) {
        return MedicalInstitutionCode.parse(form.medicalInstitutionCode()).value();
    }
}
