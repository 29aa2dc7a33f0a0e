package app.touchbase.platform.storage.index;

import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FieldConditionsTest {

    private static IndexScan onAMultikeyIndex(Object wordCondition) {
        Document query = new Document("owner", "me").append("words", wordCondition);
        return IndexScan.plan(FieldConditions.of(query), List.of("owner", "words"), true).orElseThrow();
    }

    @Test
    void comparisonsOfOneElementKeepBothBoundsOnAMultikeyIndex() {
        IndexScan scan = onAMultikeyIndex(new Document("$elemMatch", new Document("$gte", "ki").append("$lt", "kj")));

        assertThat(scan.equalPrefix()).containsExactly("me");
        assertThat(scan.next()).isEqualTo(new KeyCondition.Range("ki", true, "kj", false, true));
    }

    @Test
    void aRangeOverTheWholeArrayKeepsOnlyItsLowerBound() {
        IndexScan scan = onAMultikeyIndex(new Document("$gte", "ki").append("$lt", "kj"));

        assertThat(scan.next()).isEqualTo(new KeyCondition.Range("ki", true, null, false, false));
    }

    @Test
    void anElementMatchOfMoreThanComparisonsNarrowsByTheKeysBeforeIt() {
        IndexScan scan = onAMultikeyIndex(new Document("$elemMatch", new Document("$gte", "ki").append("$ne", "kid")));

        assertThat(scan.equalPrefix()).containsExactly("me");
        assertThat(scan.next()).isNull();
    }

    @Test
    void anEmbeddedDocumentToEqualNarrowsByEachOfItsFields() {
        Document sagaLookup = new Document("sagaType", "Reminder")
                .append("associations", new Document("key", "contactId").append("value", "c-1"));

        IndexScan scan = IndexScan.plan(FieldConditions.of(sagaLookup),
                List.of("sagaType", "associations.key", "associations.value"), true).orElseThrow();

        assertThat(scan.equalPrefix()).containsExactly("Reminder", "contactId", "c-1");
    }

    @Test
    void insideAnEmbeddedDocumentAnOperatorIsAValueToEqualSoItNarrowsNothing() {
        Document query = new Document("owner", "me").append("n", new Document("x", new Document("$gt", 1)));

        IndexScan scan = IndexScan.plan(FieldConditions.of(query), List.of("owner", "n.x"), false).orElseThrow();

        assertThat(scan.equalPrefix()).containsExactly("me");
        assertThat(scan.next()).isNull();
    }

    @Test
    void aRegularExpressionIsATextToFindInTheNextKey() {
        Document query = new Document("owner", "me").append("text", new BsonRegularExpression("\\Qada\\E", ""));

        IndexScan scan = IndexScan.plan(FieldConditions.of(query), List.of("owner", "text"), false).orElseThrow();

        assertThat(scan.equalPrefix()).containsExactly("me");
        assertThat(scan.next()).isInstanceOf(KeyCondition.Matches.class);
        assertThat(scan.selectivity()).isEqualTo(3);
    }

    @Test
    void aRangeOnTheSameKeyNarrowsMoreThanARegularExpression() {
        Document query = new Document("$and", List.of(new Document("text", new BsonRegularExpression("a", "")),
                new Document("text", new Document("$gte", "b"))));

        IndexScan scan = IndexScan.plan(FieldConditions.of(query), List.of("text"), false).orElseThrow();

        assertThat(scan.next()).isEqualTo(new KeyCondition.Range("b", true, null, false, false));
    }

    @Test
    void anExpressionTheServerRefusesOrAnUnknownOptionIsLeftToTheServer() {
        Document broken = new Document("owner", "me").append("text", new BsonRegularExpression("(unclosed", ""));
        Document unknownOption = new Document("owner", "me")
                .append("text", new Document("$regex", "a").append("$options", "q"));

        for (Document query : List.of(broken, unknownOption)) {
            IndexScan scan = IndexScan.plan(FieldConditions.of(query), List.of("owner", "text"), false).orElseThrow();
            assertThat(scan.next()).as(query.toString()).isNull();
        }
    }
}
