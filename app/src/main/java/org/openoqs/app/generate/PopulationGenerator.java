package org.openoqs.app.generate;

import org.openoqs.core.code.Sex;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;

/**
 * Generates a synthetic insured population and streams it, household by household, as intake rows. Nothing but the
 * current household is held in memory, so ten million persons fit in a small heap. Everything is drawn from one
 * {@link SplittableRandom} seeded with the seed and consumed in a fixed order, so the same persons, seed and
 * reference date give byte-identical output.
 *
 * <p>The population mirrors the shares of oqs-rules §5.1 (国保 ~21%, 被用者保険 ~63%, 後期高齢 ~16% of persons):
 * <ul>
 *   <li>被用者保険 households: one 本人 (枝番 00) and 家族 (01, 02, …) sharing 記号・番号; about 5% of 本人 changed
 *       jobs, so the household's old qualification closed (ReasonOfLoss 03) on the day the new one began, with the
 *       same PersonKeys;</li>
 *   <li>国保 households: every member a 被保険者, the 世帯主 as InsuredName;</li>
 *   <li>後期高齢 (75+): insured individually, no 記号 and no 枝番, an 8-digit number; a few died (ReasonOfLoss 01).</li>
 * </ul>
 * About 1% of households with children have twins, and about 2% carry legacy cards without 枝番.
 */
public final class PopulationGenerator {
    /** The reference date used unless another is given: the start of FY2026. */
    public static final LocalDate DEFAULT_REFERENCE_DATE = LocalDate.of(2026, 4, 1);

    private static final double KOKI_KOREI_UNITS = 0.23;
    private static final double EMPLOYEE_UNITS = 0.55;
    private static final double JOB_CHANGE_SHARE = 0.05;
    private static final double TWIN_SHARE = 0.012;
    private static final double LEGACY_CARD_SHARE = 0.02;
    private static final double DEATH_SHARE = 0.015;
    /** Five-year age bands starting at these ages, and their weights: roughly Japan's 2025 pyramid per role. */
    private static final int[] EMPLOYEE_BANDS = {20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70};
    private static final int[] EMPLOYEE_WEIGHTS = {6, 9, 10, 11, 12, 13, 13, 12, 8, 4, 1};
    private static final int[] KOKUHO_BANDS = {20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70};
    private static final int[] KOKUHO_WEIGHTS = {5, 4, 4, 4, 5, 6, 6, 7, 10, 20, 24};
    private static final int[] KOKI_KOREI_BANDS = {75, 80, 85, 90, 95, 100};
    private static final int[] KOKI_KOREI_WEIGHTS = {38, 30, 19, 9, 3, 1};
    private static final int[] CHILDREN_WEIGHTS = {30, 28, 30, 12};

    private final long seed;
    private final LocalDate referenceDate;
    private final AddressPool addresses = new AddressPool();
    private final NamePool names = new NamePool();
    private final InsurerCatalog catalog = new InsurerCatalog(addresses);

    public PopulationGenerator(long seed, LocalDate referenceDate) {
        this.seed = seed;
        this.referenceDate = Objects.requireNonNull(referenceDate);
    }

    /** The insurers the generated rows refer to. */
    public InsurerCatalog catalog() { return catalog; }

    /**
     * Writes {@code persons} distinct persons to {@code out}, calling {@code progress} with the number of persons
     * written so far after each household.
     */
    public GenerationSummary generate(long persons, QualificationCsvWriter out, LongConsumer progress) {
        if (persons < 0) throw new IllegalArgumentException("persons must not be negative: " + persons);
        Run run = new Run(persons, out);
        while (run.personCount < persons) {
            run.nextHousehold();
            progress.accept(run.personCount);
        }
        return run.summary();
    }

    /** A household member and the day they joined the household: birth, or marriage for a spouse. */
    private record Member(Person person, LocalDate since) {}

    /** The state of one generation: random stream, counters, per-insurer number sequences. */
    private final class Run {
        private final SplittableRandom random = new SplittableRandom(seed);
        private final RowFactory rows = new RowFactory(random, referenceDate);
        private final long[] sequenceByInsurer = new long[catalog.all().size()];
        private final long target;
        private final QualificationCsvWriter out;
        private long personCount;
        /** Persons created, including any cut off by the target: keys stay unique either way. */
        private long keyIndex;
        private long households;
        private long jobChanges;
        private long deaths;
        private long twinPairs;
        private long kokiKorei;

        Run(long target, QualificationCsvWriter out) {
            this.target = target;
            this.out = out;
        }

        GenerationSummary summary() {
            return new GenerationSummary(personCount, households, out.rowCount(), jobChanges, deaths, twinPairs,
                    kokiKorei);
        }

        void nextHousehold() {
            households++;
            double p = random.nextDouble();
            Municipality municipality = addresses.pickMunicipality(random);
            AddressPool.Address address = addresses.address(municipality, random);
            NamePool.NamePart family = names.familyName(random);
            if (p < KOKI_KOREI_UNITS) kokiKoreiUnit(municipality, address, family);
            else if (p < KOKI_KOREI_UNITS + EMPLOYEE_UNITS) employeeHousehold(municipality, address, family);
            else kokuhoHousehold(municipality, address, family);
        }

        /** A 後期高齢 person living alone, or a couple: each spouse is insured individually. */
        private void kokiKoreiUnit(Municipality municipality, AddressPool.Address address,
                                   NamePool.NamePart family) {
            List<Person> members = new ArrayList<>();
            Set<String> given = new HashSet<>();
            boolean couple = random.nextDouble() < 0.35;
            Sex first = couple || random.nextDouble() < 0.38 ? Sex.MALE : Sex.FEMALE;
            members.add(person(family, first, birthdateInBands(KOKI_KOREI_BANDS, KOKI_KOREI_WEIGHTS), given));
            if (couple) {
                int age = Math.max(75, age(members.get(0)) - random.nextInt(5));
                members.add(person(family, Sex.FEMALE, birthdateAtAge(age), given));
            }
            for (Person member : fitToTarget(members)) kokiKoreiPerson(member, municipality, address);
        }

        private void kokiKoreiPerson(Person person, Municipality municipality, AddressPool.Address address) {
            Insurer insurer = catalog.kokiKorei(municipality);
            LocalDate qualified = InsuranceCalendar.kokiKoreiStart(person.birthdate());
            Enrolment enrolment = new Enrolment(insurer, "", kokiKoreiNumber(insurer), false, "01", qualified,
                    null, "");
            if (random.nextDouble() < DEATH_SHARE) {
                enrolment = enrolment.closedOn(dateBetween(max(qualified.plusDays(1),
                        referenceDate.minusYears(1)), referenceDate), Enrolment.LOSS_DEATH);
                deaths++;
            }
            kokiKorei++;
            out.write(rows.row(person, person.birthdate(), person, 0, false, enrolment, address));
        }

        /** An employee (本人) with a dependent spouse and children (家族) in some households. */
        private void employeeHousehold(Municipality municipality, AddressPool.Address address,
                                       NamePool.NamePart family) {
            Sex headSex = random.nextDouble() < 0.62 ? Sex.MALE : Sex.FEMALE;
            List<Member> members = family(family, headSex, birthdateInBands(EMPLOYEE_BANDS, EMPLOYEE_WEIGHTS),
                    0.45);
            Insurer insurer = catalog.pickEmployeeInsurer(municipality.prefecture(), random);
            LocalDate hired = dateBetween(max(members.get(0).person().birthdate().plusYears(18),
                    referenceDate.minusYears(38)), referenceDate.minusDays(1));
            Enrolment enrolment = employeeEnrolment(insurer, hired);
            long daysEmployed = hired.until(referenceDate, ChronoUnit.DAYS);
            if (daysEmployed > 60 && random.nextDouble() < JOB_CHANGE_SHARE) {
                LocalDate changed = dateBetween(hired.plusDays(30), referenceDate.minusDays(1));
                emit(members, enrolment.closedOn(changed, Enrolment.LOSS_OTHER_INSURANCE), address, true);
                enrolment = employeeEnrolment(catalog.pickOtherEmployeeInsurer(insurer, random), changed);
                jobChanges++;
            }
            emit(members, enrolment, address, true);
        }

        /** A 国保 household: 世帯主, perhaps a spouse and children, all of them 被保険者. */
        private void kokuhoHousehold(Municipality municipality, AddressPool.Address address,
                                     NamePool.NamePart family) {
            Sex headSex = random.nextDouble() < 0.58 ? Sex.MALE : Sex.FEMALE;
            List<Member> members = family(family, headSex, birthdateInBands(KOKUHO_BANDS, KOKUHO_WEIGHTS), 0.40);
            Insurer insurer = catalog.pickKokuho(municipality, random);
            LocalDate joined = dateBetween(max(members.get(0).person().birthdate().plusYears(20),
                    referenceDate.minusYears(30)), referenceDate.minusDays(1));
            String cardClass = random.nextDouble() < 0.01 ? "03" : "01";
            Enrolment enrolment = new Enrolment(insurer, kokuhoSymbol(insurer, municipality),
                    String.valueOf(100001 + sequenceByInsurer[insurer.index()]++), !isLegacyCard(), cardClass,
                    joined, null, "");
            emit(members, enrolment, address, false);
        }

        /** The head, perhaps a spouse, and children whose ages fit the head's; cut to the persons still wanted. */
        private List<Member> family(NamePool.NamePart family, Sex headSex, LocalDate headBirth, double spouseShare) {
            List<Member> members = new ArrayList<>();
            Set<String> given = new HashSet<>();
            Person head = person(family, headSex, headBirth, given);
            members.add(new Member(head, headBirth));
            int headAge = age(head);
            if (headAge >= 22 && random.nextDouble() < spouseShare) members.add(spouse(head, given));
            boolean twins = headAge >= 22 && headAge <= 62 && addChildren(members, family, headAge, given);
            List<Member> kept = fitToTarget(members);
            if (twins && kept.size() == members.size()) twinPairs++;
            return kept;
        }

        /** A spouse a few years apart, who joins the household (and so the insurance) on marrying. */
        private Member spouse(Person head, Set<String> given) {
            int gap = (int) Math.round(random.nextGaussian() * 3) + (head.sex() == Sex.MALE ? -2 : 2);
            int spouseAge = Math.min(74, Math.max(20, age(head) + gap));
            Person spouse = person(head.family(), opposite(head.sex()), birthdateAtAge(spouseAge), given);
            LocalDate adults = max(head.birthdate().plusYears(22), spouse.birthdate().plusYears(20));
            LocalDate married = dateBetween(adults, InsuranceCalendar.min(adults.plusYears(8),
                    referenceDate.minusDays(1)));
            return new Member(spouse, married);
        }

        /** Adds 0–3 children aged 0–22; returns whether the last two are twins (same birth date). */
        private boolean addChildren(List<Member> members, NamePool.NamePart family, int parentAge,
                                    Set<String> given) {
            int count = WeightedChoice.pick(CHILDREN_WEIGHTS, random);
            Person lastChild = null;
            for (int i = 0; i < count; i++) {
                int age = parentAge - 22 - random.nextInt(16);
                if (age < 0 || age > 22) continue;
                lastChild = person(family, randomSex(), birthdateAtAge(age), given);
                members.add(new Member(lastChild, lastChild.birthdate()));
            }
            if (lastChild == null || random.nextDouble() >= TWIN_SHARE) return false;
            Person twin = person(family, randomSex(), lastChild.birthdate(), given);
            members.add(new Member(twin, twin.birthdate()));
            return true;
        }

        /** Writes one row per member; members who joined after a closed qualification ended have none. */
        private void emit(List<Member> members, Enrolment enrolment, AddressPool.Address address,
                          boolean dependantsAreFamily) {
            Person insured = members.get(0).person();
            int branch = 0;
            for (Member member : members) {
                if (!enrolment.isOpen() && !member.since().isBefore(enrolment.disqualificationDate())) continue;
                boolean dependant = dependantsAreFamily && member.person() != insured;
                out.write(rows.row(member.person(), member.since(), insured, branch++, dependant, enrolment,
                        address));
            }
        }

        private Enrolment employeeEnrolment(Insurer insurer, LocalDate qualified) {
            long n = sequenceByInsurer[insurer.index()]++;
            String[] symbolAndNumber = employeeSymbolAndNumber(insurer, n);
            return new Enrolment(insurer, symbolAndNumber[0], symbolAndNumber[1], !isLegacyCard(), "01", qualified,
                    null, "");
        }

        /**
         * 記号 identifies the employer (事業所), 番号 the employee within it, so the n-th household of an insurer gets
         * employer n / size and employee n % size + 1: unique per insurer by construction.
         */
        private String[] employeeSymbolAndNumber(Insurer insurer, long n) {
            long salt = insurer.index() * 104_729L; // so each 支部's employer codes start somewhere different
            return switch (insurer.kind()) {
                case KYOKAI_KENPO -> new String[] {
                        String.valueOf(10_000_000 + (n / 30 * 7919 + salt) % 90_000_000), String.valueOf(n % 30 + 1)};
                case KUMIAI_KENPO -> new String[] {String.valueOf(n / 200 + 1), String.valueOf(n % 200 + 1)};
                default -> new String[] {String.valueOf(1000 + n / 100 * 13), String.valueOf(n % 100 + 1)};
            };
        }

        /** Some municipalities print a kanji district symbol such as 千代田12, others digits only. */
        private String kokuhoSymbol(Insurer insurer, Municipality municipality) {
            int district = 1 + random.nextInt(40);
            if (insurer.kind() == InsurerKind.SHICHOSON_KOKUHO && insurer.index() % 3 == 0) {
                return municipality.shortName() + String.format("%02d", district);
            }
            return String.format("%02d", district);
        }

        /** 8 digits, unique per insurer: a per-insurer offset plus a stride over the sequence. */
        private String kokiKoreiNumber(Insurer insurer) {
            long n = sequenceByInsurer[insurer.index()]++;
            return String.format("%08d", 1 + n * 37 + insurer.index() % 37);
        }

        private boolean isLegacyCard() {
            return random.nextDouble() < LEGACY_CARD_SHARE;
        }

        private <T> List<T> fitToTarget(List<T> members) {
            long remaining = target - personCount;
            List<T> kept = members.size() > remaining ? members.subList(0, (int) remaining) : members;
            personCount += kept.size();
            return kept;
        }

        private Person person(NamePool.NamePart family, Sex sex, LocalDate birthdate, Set<String> usedGiven) {
            NamePool.NamePart given = names.givenName(sex, birthdate.getYear(), random);
            // Siblings (twins above all) never share a given name; give up after a few tries rather than loop.
            for (int tries = 0; tries < 5 && usedGiven.contains(given.kanji()); tries++) {
                given = names.givenName(sex, birthdate.getYear(), random);
            }
            usedGiven.add(given.kanji());
            return new Person(PersonKey.of(seed, keyIndex++), family, given, sex, birthdate);
        }

        private Sex randomSex() {
            return random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
        }

        private int age(Person person) {
            return InsuranceCalendar.age(person.birthdate(), referenceDate);
        }

        private LocalDate birthdateInBands(int[] bandStarts, int[] weights) {
            int band = WeightedChoice.pick(weights, random);
            return birthdateAtAge(bandStarts[band] + random.nextInt(5));
        }

        /** A birth date at which the person is exactly {@code age} on the reference date, birthday already past. */
        private LocalDate birthdateAtAge(int age) {
            return referenceDate.minusYears(age).minusDays(1 + random.nextInt(365));
        }

        /** A uniformly drawn day in [from, to]; {@code from} when the range is empty. */
        private LocalDate dateBetween(LocalDate from, LocalDate to) {
            long days = from.until(to, ChronoUnit.DAYS);
            return days <= 0 ? from : from.plusDays(random.nextLong(days + 1));
        }

        private LocalDate max(LocalDate a, LocalDate b) {
            return InsuranceCalendar.max(a, b);
        }

    }

    private static Sex opposite(Sex sex) {
        return sex == Sex.MALE ? Sex.FEMALE : Sex.MALE;
    }
}
