package nl.terugkeer.api.commandside;

import nl.terugkeer.core.shared.AlienId;

/** A registration named a V-number that another registered person holds; {@link #holder()} is that person. */
public class VNumberTaken extends RuntimeException {

    private final transient AlienId holder;

    public VNumberTaken(AlienId holder) {
        super("a person with this V-number is already registered", null, false, false);
        this.holder = holder;
    }

    public AlienId holder() {
        return holder;
    }
}
