package org.openoqs.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.openoqs.app.generate.CardGeneration;
import org.openoqs.app.generate.CardGeneration.CardLink;
import org.openoqs.app.generate.CardGeneration.CardOrder;
import org.openoqs.central.qualification.QualificationStore;
import org.openoqs.core.identity.BasicFourFacts;
import org.openoqs.core.qualification.QualificationRecord;
import org.openoqs.jpki.CardWallet;
import org.openoqs.jpki.CertificateValidity;
import org.openoqs.jpki.JpkiAuthority;
import org.openoqs.jpki.VirtualCard;

/**
 * Gives a uniform sample of the seeded population virtual My Number cards, the way the real path does: the virtual
 * J-LIS in central's {@code oqs.jpki.dir} issues each card with the 基本4情報 of the person's latest record at their
 * insurer, the cards go to a {@link CardWallet} for the load generator, and the insurer links them through central's
 * 紐付け intake ({@code POST /api/v1/insurer/card-links}), which checks each certificate and matches its facts. Every
 * card must come out linked, or the bench stops.
 */
final class CardSeeder {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OPEN_WITH_ADDRESS = "SELECT person_key, insurer_number FROM qualification"
            + " WHERE disqualification_date IS NULL AND address IS NOT NULL AND address <> ''";

    /** A person to give a card: the PersonKey and the insurer whose record the card must match. */
    record Holder(String personKey, String insurerNumber) {}

    private final DataSource dataSource;
    private final QualificationStore qualifications;
    private final String centralUrl;
    private final String token;

    CardSeeder(DataSource dataSource, QualificationStore qualifications, String centralUrl, String token) {
        this.dataSource = dataSource;
        this.qualifications = qualifications;
        this.centralUrl = centralUrl;
        this.token = token;
    }

    /** Issues up to {@code count} cards into {@code wallet} from the J-LIS in {@code jpkiDir}, links them; returns them. */
    List<VirtualCard> seed(int count, long seed, Path jpkiDir, Path wallet, PrintWriter err)
            throws IOException, InterruptedException, SQLException {
        LocalDate today = LocalDate.now(CertificateValidity.JAPAN);
        List<Holder> holders = new ArrayList<>();
        List<CardOrder> orders = new ArrayList<>();
        for (Holder h : sampleHolders(count, seed)) {
            facts(h).ifPresent(f -> {
                holders.add(h);
                orders.add(new CardOrder(f, "1234", "face-bench", today));
            });
        }
        if (orders.isEmpty()) throw new IllegalStateException("no seeded person can hold a card (open qualification and an Address)");
        JpkiAuthority jlis = JpkiAuthority.createOrLoad(jpkiDir, Clock.systemUTC());
        List<VirtualCard> cards = CardGeneration.issue(jlis, new CardWallet(wallet), orders, err);
        List<CardLink> links = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) links.add(new CardLink(holders.get(i).insurerNumber(), holders.get(i).personKey(), cards.get(i)));
        link(links);
        return cards;
    }

    /** A uniform sample of persons with an open qualification and an Address, one insurer each. */
    List<Holder> sampleHolders(int count, long seed) throws SQLException {
        KeySampler<Holder> sampler = new KeySampler<>(count, seed);
        PopulationSeeder.streamRows(dataSource, OPEN_WITH_ADDRESS, rs -> sampler.offer(new Holder(rs.getString(1), rs.getString(2))));
        Set<String> persons = new HashSet<>();
        return sampler.sample().stream().filter(h -> persons.add(h.personKey())).toList();
    }

    /** The facts of the person's latest record at the insurer — what 紐付け matches the card against — while open. */
    private Optional<BasicFourFacts> facts(Holder h) {
        return qualifications.findByPerson(h.personKey()).stream()
                .filter(r -> r.insurerNumber().value().equals(h.insurerNumber()))
                .max(Comparator.comparing(QualificationRecord::qualificationDate))
                .filter(r -> r.disqualificationDate() == null && r.address() != null && !r.address().isBlank())
                .map(r -> new BasicFourFacts(r.name(), r.birthdate(), r.sex1(), r.address()));
    }

    private void link(List<CardLink> links) throws IOException, InterruptedException {
        StringBuilder csv = new StringBuilder();
        CardGeneration.writeLinks(links, csv);
        HttpRequest request = HttpRequest.newBuilder(URI.create(centralUrl + "/api/v1/insurer/card-links"))
                .header("Content-Type", "text/csv").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(csv.toString())).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode report = JSON.readTree(response.body());
        if (response.statusCode() != 200 || report.path("Linked").asInt() != links.size()) {
            throw new IllegalStateException("linking the bench's " + links.size() + " cards failed: HTTP " + response.statusCode()
                    + " " + response.body().substring(0, Math.min(500, response.body().length())));
        }
    }
}
