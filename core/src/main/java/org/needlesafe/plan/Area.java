package org.needlesafe.plan;

/** A treatment area. The face is {@code FOREHEAD} to {@code CHIN}. */
public enum Area {
    FOREHEAD(true),
    /** Inside the orbital rim. */
    EYELID(true),
    /** Outside the orbital rim. */
    PERIORBITAL(true),
    NOSE(true), CHEEKS(true), PERIORAL(true), CHIN(true),
    NECK(false), DECOLLETAGE(false), SCALP(false), HANDS(false), ABDOMEN(false), BODY_OTHER(false);

    private final boolean face;

    Area(boolean face) {
        this.face = face;
    }

    /** Whether the area is part of the face (the contract's face region). */
    public boolean face() {
        return face;
    }
}
