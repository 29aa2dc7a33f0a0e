package app.touchbase.replay;

/**
 * The shape of what the read-model projections store. Raise it whenever a projection stores something different for
 * the same events (a new field, a fixed handler, a renamed collection): the next start sees another version beside the
 * rebuild marker and rebuilds every read model from the events.
 */
public final class ReadModelVersion {

    /**
     * 2: days instead of instants, and several rules per contact in the next-touch documents. 3: circles, and which
     * rules each contact has in the address book. 4: the weekly plans and budgets. 5: whether each touch still waits for a reply. 6: what the duplicate finder compares, and the merges standing. 7: each phone as read (E.164),
     * the digits a search for a number looks through, postal addresses in what the contact search looks through, and
     * which event changed each owner's duplicate candidates last. 8: the words of each touch's notes, which the contact
     * search looks up by an index. 9: the facts and the phones' digits in the one text a contact search looks through.
     * 10: what each contact's touches gave and asked, month by month.
     */
    public static final int CURRENT = 10;

    private ReadModelVersion() {
    }
}
