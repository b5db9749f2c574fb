package org.needlesafe.plan;

/** A treatment area. The face is {@code FOREHEAD} to {@code CHIN}. */
public enum Area {
    /** The forehead. */
    FOREHEAD(true),
    /** Inside the orbital rim. */
    EYELID(true),
    /** Outside the orbital rim. */
    PERIORBITAL(true),
    /** The nose. */
    NOSE(true),
    /** The cheeks. */
    CHEEKS(true),
    /** Around the mouth. */
    PERIORAL(true),
    /** The chin. */
    CHIN(true),
    /** The neck. */
    NECK(false),
    /** The upper chest. */
    DECOLLETAGE(false),
    /** The scalp. */
    SCALP(false),
    /** The backs of the hands. */
    HANDS(false),
    /** The abdomen. */
    ABDOMEN(false),
    /** Any other part of the body. */
    BODY_OTHER(false);

    private final boolean face;

    Area(boolean face) {
        this.face = face;
    }

    /**
     * Whether the area is part of the face (the contract's face region).
     *
     * @return {@code true} for {@code FOREHEAD} to {@code CHIN}
     */
    public boolean face() {
        return face;
    }
}
