package nl.terugkeer.api.concurrency;

/** The command's {@code If-Match} names a version that is not the aggregate's current one; answered with 412. */
public final class PreconditionFailed extends RuntimeException {

    private final Long currentVersion;

    public PreconditionFailed(Long currentVersion) {
        super(
                currentVersion == null
                        ? "The case or person does not exist (yet)."
                        : "The case or person has changed: its current version is " + currentVersion + ".",
                null,
                false,
                false);
        this.currentVersion = currentVersion;
    }

    public Long currentVersion() {
        return currentVersion;
    }
}
