package app.touchbase.replay;

import app.touchbase.TouchbaseTestApplication;
import org.springframework.boot.SpringApplication;

/** Run in a child JVM by {@link RebuildCrashTest}: the backend on a data file, with whatever arguments it is given. */
public final class RebuildingApp {

    public static void main(String[] args) {
        SpringApplication.run(TouchbaseTestApplication.class, args);
    }
}
