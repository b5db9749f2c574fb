package org.needlesafe.rules;

/**
 * A yes/no answer in the words of a basis or a rationale. An unknown answer is never "no", in words either: an absent
 * answer reads "unknown", never "false".
 */
public final class Answer {
    private Answer() {
    }

    /** {@code "true"}, {@code "false"} or {@code "unknown"}. */
    public static String of(Boolean answer) {
        return answer == null ? "unknown" : answer.toString();
    }
}
