package org.needlesafe;

/**
 * One thing wrong with an input case.
 *
 * @param path    the JSON path of the field, e.g. {@code plan.areas[0].depthMm}
 * @param message what is wrong, e.g. {@code must be > 0 and <= 3.5}
 */
public record Problem(String path, String message) {

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
