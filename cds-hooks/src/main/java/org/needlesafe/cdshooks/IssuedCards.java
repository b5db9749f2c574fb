package org.needlesafe.cdshooks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cards this service issued recently, by uuid, so that feedback on a card can be audited with the decision and
 * rules behind it. Holds no patient data: the case appears only as a salted hash. Bounded; the oldest are forgotten.
 */
final class IssuedCards {
    private static final int CAPACITY = 10_000;

    /** What a card said: the salted case hash, the decision (or {@code null}) and the rules that fired. */
    record IssuedCard(String caseIdHash, String decision, List<String> firedRules) {
    }

    private final byte[] salt = new byte[16];
    private final Map<String, IssuedCard> cards = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, IssuedCard> eldest) {
            return size() > CAPACITY;
        }
    };

    IssuedCards() {
        new SecureRandom().nextBytes(salt);
    }

    synchronized void remember(String cardUuid, IssuedCard card) {
        cards.put(cardUuid, card);
    }

    synchronized IssuedCard get(String cardUuid) {
        return cards.get(cardUuid);
    }

    /** A salted hash that identifies a value in logs and audit records without revealing it. */
    String hash(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt);
            digest.update(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
