package app.touchbase.platform.storage.index;

/** An index kept in the H2 file that can drop all its entries at once, its definition kept. */
interface ClearableIndex {

    void clear();
}
