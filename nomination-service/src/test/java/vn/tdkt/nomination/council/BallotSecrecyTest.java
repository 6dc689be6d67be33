package vn.tdkt.nomination.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The proof that the secret ballot is secret with FULL database access: members cast known votes in a known order,
 * then both collections are dumped as raw documents (natural order, and by id) and searched for anything that links a
 * ballot to its voter — a field, a shared value, an id that follows the roll, an order that follows the casting.
 */
class BallotSecrecyTest extends CouncilTestSupport {

    private static final int MEMBERS = 30;

    @Test
    void no_field_value_id_or_order_in_the_database_links_a_ballot_to_its_voter() throws Exception {
        // given: 30 members, all present, one item
        String dossier = appraisedPerson("SGDDT", "Nguyễn Thị Hoa", null, LocalDate.of(1985, 3, 2), "CSTDCS",
                "Chiến sĩ thi đua cơ sở");
        String session = schedule(provincialCouncil(plainMembers(MEMBERS)), dossier);
        List<String> everyone = new ArrayList<>();
        for (int i = 1; i <= MEMBERS; i++) {
            everyone.add(id(i));
        }
        attendance(session, everyone);
        assertThat(openBallot(session).getStatus()).isEqualTo(200);
        List<String> naturalOrderBeforeVoting = ids(mongo.find(new Query(), Document.class, "council_ballots"));
        assertThat(naturalOrderBeforeVoting).as("one blank paper per member who may vote").hasSize(MEMBERS);

        // when: hd-01…hd-15 approve, then hd-16…hd-30 reject, in that order
        List<String> castOrder = new ArrayList<>();
        for (int i = 1; i <= MEMBERS; i++) {
            String choice = i <= MEMBERS / 2 ? "APPROVE" : "REJECT";
            assertThat(vote(id(i), session, dossier, choice).getStatus()).isEqualTo(200);
            castOrder.add(choice);
        }

        // then (1): a ballot document holds session, item and choice, and nothing else: no member, no time
        List<Document> ballots = mongo.find(new Query(), Document.class, "council_ballots");
        List<Document> roll = mongo.find(new Query(), Document.class, "council_voter_roll");
        assertThat(ballots).hasSize(MEMBERS);
        assertThat(roll).hasSize(MEMBERS);
        for (Document ballot : ballots) {
            assertThat(ballot.keySet()).containsExactlyInAnyOrder("_id", "sessionId", "dossierId", "choice");
            assertThat(ballot.get("sessionId")).isEqualTo(session);
            assertThat(ballot.get("dossierId")).isEqualTo(dossier);
            assertThat(ballot.getString("_id")).as("128 random bits, not a time-ordered UUIDv7")
                    .matches("[0-9a-f]{32}");
            for (String member : everyone) {
                assertThat(ballot.toJson()).doesNotContain(member);
            }
        }

        // then (2): a roll entry says who voted on what, and holds no time and nothing of any ballot
        Set<String> ballotValues = new HashSet<>();
        ballots.forEach(b -> ballotValues.add(b.getString("_id")));
        for (Document entry : roll) {
            assertThat(entry.keySet()).containsExactlyInAnyOrder("_id", "sessionId", "dossierId", "memberId",
                    "channel");
            for (String ballotId : ballotValues) {
                assertThat(entry.toJson()).doesNotContain(ballotId);
            }
        }
        assertThat(roll.stream().map(e -> e.getString("memberId")).toList())
                .as("the roll knows who voted (and even in which order)").containsExactlyElementsOf(everyone);

        // then (3): the papers are where they were before anyone voted, in natural order as by id
        assertThat(ids(ballots)).as("natural order unchanged by the votes").isEqualTo(naturalOrderBeforeVoting);
        List<Document> byId = mongo.find(new Query().with(Sort.by("_id")), Document.class, "council_ballots");
        assertThat(ids(byId)).as("laid out in the order of their random ids").isEqualTo(naturalOrderBeforeVoting);

        // then (4): neither order follows the casting: 15 approvals then 15 rejections would show if it did
        // (a random arrangement matches one of these two sequences with probability 2 / C(30,15) ≈ 1.3e-8)
        List<String> reversed = new ArrayList<>(castOrder);
        Collections.reverse(reversed);
        List<String> choicesByPosition = byId.stream().map(b -> b.getString("choice")).toList();
        assertThat(choicesByPosition).containsOnly("APPROVE", "REJECT").isNotEqualTo(castOrder)
                .isNotEqualTo(reversed);
        assertThat(choicesByPosition.stream().filter("APPROVE"::equals)).hasSize(MEMBERS / 2);

        // then (5): no API answer puts a choice next to a member while the ballot is open
        String turnout = expect(get(SESSIONS + "/" + session + "/turnout").with(snv()), 200);
        assertThat(turnout).doesNotContain("APPROVE", "REJECT", "Đồng ý");
        assertThat(read(session)).doesNotContain("APPROVE", "REJECT");
        String mine = expect(get(SESSIONS + "/mine").with(member(id(1))), 200);
        assertThat(mine).doesNotContain("APPROVE", "REJECT");
    }

    private static List<String> ids(List<Document> documents) {
        return documents.stream().map(d -> d.getString("_id")).toList();
    }
}
