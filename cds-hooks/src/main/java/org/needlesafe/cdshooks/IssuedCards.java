package org.needlesafe.cdshooks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cards this service issued recently, by uuid, so that feedback on a card can be checked against what the card
 * offered and audited with the decision and rules behind it. Holds no patient data: the case appears only as a salted
 * hash. Bounded; the oldest are forgotten (every card is also in the audit trail).
 */
final class IssuedCards {
    private static final int CAPACITY = 10_000;

    /**
     * What a card said and offered.
     *
     * @param service        the CDS service that issued it
     * @param caseIdHash     the salted hash of the order's case id
     * @param decision       the decision, or {@code null} when the check did not run
     * @param ruleIds        the rules behind the card
     * @param suggestions    the uuids of its suggestions
     * @param overrideReasons the override reasons it offered, as {@code system|code}
     */
    record IssuedCard(CdsService service, String caseIdHash, String decision, List<String> ruleIds,
                      Set<String> suggestions, Set<String> overrideReasons) {
        IssuedCard {
            ruleIds = List.copyOf(ruleIds);
            suggestions = Set.copyOf(suggestions);
            overrideReasons = Set.copyOf(overrideReasons);
        }
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

    /** A salted hash that identifies a value in logs without revealing it. */
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
