package nl.terugkeer.core.aliens;

/** Whether an asylum application is the first one or a repeated (opvolgende/herhaalde) one. */
public enum AsylumApplicationKind {
    FIRST,
    REPEATED
}
