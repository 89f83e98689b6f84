package org.openoqs.terminal.staff;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One terminal account. Only the BCrypt hash of the password is kept.
 *
 * @param userId letters, digits, {@code . _ -}; at most 32 characters
 * @param displayName shown on pages and in the audit of 目視確認; may be empty
 */
public record StaffAccount(String userId, StaffRole role, String displayName, String passwordHash) {

    private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9._-]{1,32}");

    public StaffAccount {
        if (userId == null || !USER_ID.matcher(userId).matches()) {
            throw new IllegalArgumentException("a user id is 1 to 32 letters, digits, '.', '_' or '-': " + userId);
        }
        Objects.requireNonNull(role, "role");
        displayName = displayName == null ? "" : displayName.strip();
        if (displayName.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("the display name must not contain control characters");
        }
        Objects.requireNonNull(passwordHash, "passwordHash");
    }

    /** The display name, or the user id when there is none. */
    public String label() {
        return displayName.isEmpty() ? userId : displayName;
    }
}
