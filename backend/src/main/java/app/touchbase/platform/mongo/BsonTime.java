package app.touchbase.platform.mongo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

/** Instants are stored as BSON dates (millisecond precision) so MongoDB can sort and compare them. */
public final class BsonTime {

    private BsonTime() {
    }

    public static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    public static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    public static String day(LocalDate date) {
        return date == null ? null : date.toString();
    }

    public static LocalDate day(String isoDate) {
        return isoDate == null ? null : LocalDate.parse(isoDate);
    }
}
