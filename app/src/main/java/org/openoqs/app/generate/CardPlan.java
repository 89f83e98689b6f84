package org.openoqs.app.generate;

import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.openoqs.app.generate.CardHolderSample.CardHolder;
import org.openoqs.core.identity.BasicFourFacts;
import org.openoqs.core.identity.BasicFourFactsMatcher;

/**
 * What goes onto one generated card, decided deterministically from the seed and the PersonKey: the PIN (most cards
 * 1234, one in five another 4-digit PIN), the face stand-in, the day of issuance (spread over the year before the
 * reference date, so that expiry dates differ), and — for the few cards chosen to exercise the review path — 基本4情報
 * that differ from the insurer's record the way real life makes them differ: the person moved house, or took another
 * family name on marriage, and the insurer was not told. {@link BasicFourFactsMatcher} must not accept these.
 */
record CardPlan(CardHolder holder, BasicFourFacts cardFacts, String pin, String faceId, LocalDate issuedOn, String note) {
    static final String COMMON_PIN = "1234";

    /** How a card's facts differ from the insurer's record. */
    enum Variant { NONE, MOVED, RENAMED }

    /** The plan for a holder; {@code today} caps the day of issuance so no card is issued in the future. */
    static CardPlan of(CardHolder holder, Variant variant, long seed, LocalDate referenceDate, LocalDate today) {
        SplittableRandom random = new SplittableRandom(CardHolderSample.mix64(seed ^ CardHolderSample.fingerprint(holder.personKey())));
        String pin = random.nextInt(5) == 0 ? String.format("%04d", random.nextInt(10_000)) : COMMON_PIN;
        String faceId = "face-" + HexFormat.of().toHexDigits(CardHolderSample.fingerprint(holder.personKey())).substring(0, 12);
        LocalDate latest = referenceDate.isBefore(today) ? referenceDate : today;
        LocalDate issuedOn = latest.minusDays(random.nextInt(365));
        if (issuedOn.isBefore(holder.facts().birthdate())) issuedOn = holder.facts().birthdate();
        BasicFourFacts facts = holder.facts();
        return switch (variant) {
            case NONE -> new CardPlan(holder, facts, pin, faceId, issuedOn, "");
            case MOVED -> new CardPlan(holder, moved(facts, random), pin, faceId, issuedOn,
                    "Address differs from the insurer's record (moved house): linkage must be held for review");
            case RENAMED -> new CardPlan(holder, renamed(facts, random), pin, faceId, issuedOn,
                    "Name differs from the insurer's record (new family name): linkage must be held for review");
        };
    }

    private static BasicFourFacts moved(BasicFourFacts facts, SplittableRandom random) {
        AddressPool pool = new AddressPool();
        BasicFourFactsMatcher matcher = new BasicFourFactsMatcher();
        BasicFourFacts card;
        do {
            String address = pool.address(pool.pickMunicipality(random), random).text();
            card = new BasicFourFacts(facts.name(), facts.birthdate(), facts.sex(), address);
        } while (!matcher.mismatches(card, facts).equals(List.of(BasicFourFactsMatcher.ADDRESS)));
        return card;
    }

    private static BasicFourFacts renamed(BasicFourFacts facts, SplittableRandom random) {
        List<NamePool.NamePart> families = new NamePool().familyNames();
        BasicFourFactsMatcher matcher = new BasicFourFactsMatcher();
        int space = facts.name().indexOf('\u3000');
        String given = space < 0 ? facts.name() : facts.name().substring(space + 1);
        BasicFourFacts card;
        do {
            String family = families.get(random.nextInt(families.size())).kanji();
            card = new BasicFourFacts(family + "\u3000" + given, facts.birthdate(), facts.sex(), facts.address());
        } while (!matcher.mismatches(card, facts).equals(List.of(BasicFourFactsMatcher.NAME)));
        return card;
    }
}
