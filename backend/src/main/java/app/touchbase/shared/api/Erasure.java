package app.touchbase.shared.api;

/** An event that says something was erased; read models still receive it after the erased contact's other events stop. */
public interface Erasure {
}
