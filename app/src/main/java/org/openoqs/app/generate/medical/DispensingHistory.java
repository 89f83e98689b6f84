package org.openoqs.app.generate.medical;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A person's 薬剤情報 over the 3-year window before the reference date: regular prescriptions for their chronic
 * conditions every 4 to 12 weeks (every 4 weeks from 75, as long-term prescriptions get rarer with age), and a few
 * acute episodes a year (more for small children), seasonal where the illness is. A quarter of patients are treated
 * by a clinic that dispenses in house (InOut 1, no PrDate); the rest get their medicine at a pharmacy (InOut 2) on
 * the day of the visit or the next.
 */
final class DispensingHistory {
    static final int YEARS = 3;
    private static final int[] LONG_TERM_DAYS = {28, 28, 56, 84};
    private static final double IN_HOUSE_SHARE = 0.25;
    private static final double ONSET_BEFORE_WINDOW = 0.8;

    private final LocalDate referenceDate;
    private final MedicalInstitutions institutions;

    DispensingHistory(LocalDate referenceDate, MedicalInstitutions institutions) {
        this.referenceDate = referenceDate;
        this.institutions = institutions;
    }

    /** The person's lines, oldest first (a person's lines together, as the intake wants them). */
    List<DrugLine> lines(PatientProfile person, List<List<CatalogDrug>> regimens, SplittableRandom random) {
        LocalDate from = later(referenceDate.minusYears(YEARS).plusDays(1), person.birthdate());
        LocalDate to = person.lastDay(referenceDate);
        List<DrugLine> lines = new ArrayList<>();
        if (to.isBefore(from)) return lines;
        MedicalInstitutions.Local local = institutions.near(person.prefecture(), person.municipality());
        Care care = new Care(local.clinics().get(random.nextInt(local.clinics().size())),
                local.pharmacies().get(random.nextInt(local.pharmacies().size())), random.nextDouble() < IN_HOUSE_SHARE);
        if (!regimens.isEmpty()) chronic(person, regimens, care, from, to, random, lines);
        acute(person, local, care, from, to, random, lines);
        lines.sort(Comparator.comparing(DrugLine::diDate));
        return lines;
    }

    /** A patient's usual clinic and pharmacy. */
    private record Care(MedicalInstitutions.Institution clinic, MedicalInstitutions.Institution pharmacy, boolean inHouse) {}

    private void chronic(PatientProfile person, List<List<CatalogDrug>> regimens, Care care, LocalDate from, LocalDate to,
                         SplittableRandom random, List<DrugLine> lines) {
        int interval = person.ageOn(to) >= 75 ? 28 : LONG_TERM_DAYS[random.nextInt(LONG_TERM_DAYS.length)];
        LocalDate onset = random.nextDouble() < ONSET_BEFORE_WINDOW ? from : between(from, to, random);
        for (LocalDate visit = onset.plusDays(random.nextInt(interval)); !visit.isAfter(to);
             visit = visit.plusDays(interval + random.nextInt(7) - 3)) {
            // Two conditions may share a drug (aspirin with lansoprazole, and reflux): it is prescribed once.
            List<CatalogDrug> drugs = regimens.stream().flatMap(List::stream).distinct().toList();
            dispense(person, care.clinic(), care, visit, drugs, interval, to, random, lines);
        }
    }

    private void acute(PatientProfile person, MedicalInstitutions.Local local, Care care, LocalDate from, LocalDate to,
                       SplittableRandom random, List<DrugLine> lines) {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        int episodes = poisson(episodesPerYear(person.ageOn(to)) * days / 365.0, random);
        for (int i = 0; i < episodes; i++) {
            LocalDate day = between(from, to, random);
            boolean child = person.ageOn(day) < 12;
            AcuteEpisode episode = pickEpisode(day, child, random);
            MedicalInstitutions.Institution clinic = random.nextDouble() < 0.6 ? care.clinic()
                    : local.clinics().get(random.nextInt(local.clinics().size()));
            dispense(person, clinic, care, day, episode.pickPrescription(random, child), episode.days(), to, random, lines);
        }
    }

    private static double episodesPerYear(int age) {
        if (age < 6) return 4.0;
        if (age < 15) return 2.5;
        return age < 65 ? 1.0 : 1.3;
    }

    private static AcuteEpisode pickEpisode(LocalDate day, boolean child, SplittableRandom random) {
        AcuteEpisode[] all = AcuteEpisode.values();
        double total = 0;
        for (AcuteEpisode e : all) total += e.weight(day.getMonth(), child);
        double ticket = random.nextDouble() * total;
        for (AcuteEpisode e : all) {
            ticket -= e.weight(day.getMonth(), child);
            if (ticket < 0) return e;
        }
        return AcuteEpisode.COLD;
    }

    /** The lines of one visit: in house at the clinic, or at a pharmacy the same day or the next. */
    private static void dispense(PatientProfile person, MedicalInstitutions.Institution clinic, Care care, LocalDate visit,
                                 List<CatalogDrug> drugs, int days, LocalDate last, SplittableRandom random,
                                 List<DrugLine> lines) {
        boolean inHouse = care.inHouse() && clinic.equals(care.clinic());
        LocalDate dispensed = !inHouse && random.nextDouble() < 0.1 && visit.isBefore(last) ? visit.plusDays(1) : visit;
        for (CatalogDrug drug : drugs) {
            lines.add(new DrugLine(person.personKey(), dispensed, inHouse ? clinic : care.pharmacy(), drug, drug.times(days),
                    inHouse ? null : visit));
        }
    }

    private static int poisson(double mean, SplittableRandom random) {
        int n = 0;
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        while (product > limit) {
            n++;
            product *= random.nextDouble();
        }
        return n;
    }

    private static LocalDate between(LocalDate from, LocalDate to, SplittableRandom random) {
        long days = ChronoUnit.DAYS.between(from, to);
        return days <= 0 ? from : from.plusDays(random.nextLong(days + 1));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
