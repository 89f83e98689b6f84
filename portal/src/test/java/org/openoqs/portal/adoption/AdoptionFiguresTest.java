package org.openoqs.portal.adoption;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openoqs.core.adoption.InstitutionAdoption;
import org.openoqs.core.adoption.InstitutionPopulationGenerator;
import org.openoqs.core.institution.InstitutionType;

class AdoptionFiguresTest {
    private final List<InstitutionAdoption> registry = new InstitutionPopulationGenerator(2).generate(200);

    private static final class FixedSource implements AdoptionSource {
        List<InstitutionAdoption> institutions;
        final int order;

        FixedSource(List<InstitutionAdoption> institutions, int order) {
            this.institutions = institutions;
            this.order = order;
        }

        @Override public List<InstitutionAdoption> institutions() { return institutions; }

        @Override public int order() { return order; }
    }

    @Test
    void sourcesAreMergedByCodeTakingTheEarliestDateOfEachStage() {
        InstitutionAdoption known = registry.stream().filter(i -> i.operatingOn() != null).findFirst().orElseThrow();
        LocalDate earlier = known.cardReaderAppliedOn().minusDays(30);
        InstitutionAdoption portalView = InstitutionAdoption.implied(known.medicalInstitutionCode(), known.institutionType(),
                "ポータル上の名称", true, earlier, null, null, null);
        InstitutionAdoption portalOnly = InstitutionAdoption.implied(
                new org.openoqs.core.number.MedicalInstitutionCode(org.openoqs.core.number.CheckDigit.append("194019999")),
                InstitutionType.PHARMACY, "新しい薬局", true, null, null, null, LocalDate.of(2024, 1, 5));
        AdoptionFigures figures = new AdoptionFigures(List.of(new FixedSource(List.of(portalView, portalOnly), 10),
                new FixedSource(registry, 0)));
        List<InstitutionAdoption> merged = figures.census().institutions();
        assertThat(merged).hasSize(201);
        InstitutionAdoption result = merged.stream().filter(i -> i.medicalInstitutionCode().equals(known.medicalInstitutionCode()))
                .findFirst().orElseThrow();
        assertThat(result.cardReaderAppliedOn()).isEqualTo(earlier);
        assertThat(result.operatingOn()).isEqualTo(known.operatingOn());
        assertThat(result.institutionName()).as("the registry, asked first, names it").isEqualTo(known.institutionName());
        assertThat(merged).contains(portalOnly);
    }

    @Test
    void theCensusIsKeptUntilASourceChanges() {
        FixedSource portal = new FixedSource(List.of(), 10);
        AdoptionFigures figures = new AdoptionFigures(List.of(new FixedSource(registry, 0), portal));
        var first = figures.census();
        assertThat(figures.census()).isSameAs(first);
        List<InstitutionAdoption> changed = new ArrayList<>();
        changed.add(InstitutionAdoption.implied(registry.get(0).medicalInstitutionCode(), registry.get(0).institutionType(),
                "x", true, LocalDate.of(2020, 6, 1), null, null, null));
        portal.institutions = changed;
        assertThat(figures.census()).isNotSameAs(first);
        assertThat(figures.census().institutions().get(0).cardReaderAppliedOn()).isEqualTo(LocalDate.of(2020, 6, 1));
    }
}
