package app.touchbase.contact.write;

import app.touchbase.cadence.api.CadenceSet;
import app.touchbase.contact.api.ContactAdded;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.interaction.api.Direction;
import app.touchbase.interaction.api.InteractionLogged;
import app.touchbase.interaction.api.InteractionType;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The heap a contact takes while it stays loaded between commands (the contacts' cache keeps a bounded number of
 * them), by the length of its history. Each contact is folded from its events as a load would fold them, with every
 * note its own string, as read from the store.
 * {@code ./mvnw -B -pl backend -Pbench -DskipTests test -Dbench.main=app.touchbase.contact.write.LoadedContactSizeBenchmark}
 */
public final class LoadedContactSizeBenchmark {

    private static final int CONTACTS = 1000;

    public static void main(String[] args) {
        measure(10); // loads the classes, so the first row does not carry them
        System.out.printf("%d contacts loaded, by touches each (the bare events' notes beside them)%n", CONTACTS);
        System.out.println("| touches a contact | heap a contact KB | of which the notes' text KB |");
        System.out.println("|---|---|---|");
        for (int touches : new int[] {0, 10, 100, 300}) {
            System.out.println(measure(touches));
        }
    }

    private static String measure(int touches) {
        Random random = new Random(touches);
        InteractionType[] types = InteractionType.values();
        LocalDate today = LocalDate.of(2026, 11, 1);
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        long notesBytes = 0;
        long before = heapAfterGc();
        List<Contact> loaded = new ArrayList<>();
        for (int c = 0; c < CONTACTS; c++) {
            UUID id = UUID.randomUUID();
            Contact contact = new Contact();
            contact.on(new ContactAdded(id, "owner", ContactDetails.named("Contact " + c).withCompany("Company " + c % 50, "Role"), at));
            contact.on(new CadenceSet(id, "owner", Period.ofMonths(3), today.minusYears(1), at));
            for (int t = 0; t < touches; t++) {
                String notes = "Talked about the project and the kids, and topic" + random.nextInt(1000);
                notesBytes += 40 + notes.length();
                contact.on(new InteractionLogged(id, "owner", UUID.randomUUID(), types[random.nextInt(types.length)],
                        today.minusDays(1 + random.nextInt(365)), Direction.values()[random.nextInt(3)], notes, at));
            }
            loaded.add(contact);
        }
        long used = heapAfterGc() - before;
        return String.format("| %d | %.1f | %.1f |", touches, used / 1e3 / loaded.size(), notesBytes / 1e3 / CONTACTS);
    }

    private static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
