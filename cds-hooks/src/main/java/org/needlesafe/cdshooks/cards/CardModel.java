package org.needlesafe.cdshooks.cards;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * The CDS Hooks 2.0 JSON documents the service writes. Optional members without a value are omitted (the JSON
 * mapper writes non-empty values only): the specification forbids {@code null}, {@code ""}, {@code []} and
 * {@code {}}, except an empty {@code cards} array.
 */
public final class CardModel {
    private CardModel() {
    }

    /** The response to a hook call. */
    public record CdsResponse(@JsonInclude(JsonInclude.Include.ALWAYS) List<Card> cards) {
    }

    public record Card(String uuid, String summary, String detail, String indicator, Source source,
                       List<Suggestion> suggestions, String selectionBehavior, List<Coding> overrideReasons,
                       List<Link> links) {

        public Card(String uuid, String summary, String detail, String indicator, Source source,
                    List<Suggestion> suggestions, String selectionBehavior, List<Coding> overrideReasons) {
            this(uuid, summary, detail, indicator, source, suggestions, selectionBehavior, overrideReasons, null);
        }

        /** The same card with a link added. */
        public Card withLink(Link link) {
            List<Link> all = new java.util.ArrayList<>(links == null ? List.of() : links);
            all.add(link);
            return new Card(uuid, summary, detail, indicator, source, suggestions, selectionBehavior, overrideReasons,
                    List.copyOf(all));
        }

        /** The same card with a shorter detail. */
        public Card withDetail(String shorter) {
            return new Card(uuid, summary, shorter, indicator, source, suggestions, selectionBehavior,
                    overrideReasons, links);
        }
    }

    /** A link on a card: {@code type} {@code absolute} or {@code smart}; {@code appContext} goes to a SMART app. */
    public record Link(String label, String url, String type, String appContext) {
    }

    public record Source(String label, String url, Coding topic) {
    }

    public record Suggestion(String label, String uuid, @JsonProperty("isRecommended") Boolean isRecommended,
                             List<Action> actions) {
    }

    /** A suggested action: {@code resource} is a whole FHIR resource, {@code resourceId} a relative reference. */
    public record Action(String type, String description, JsonNode resource, String resourceId) {
    }

    public record Coding(String system, String code, String display) {
    }

    /** The discovery document. */
    public record Discovery(List<Service> services) {
    }

    public record Service(String hook, String title, String description, String id, Map<String, String> prefetch,
                          String usageRequirements) {

        public Service(String hook, String title, String description, String id, Map<String, String> prefetch) {
            this(hook, title, description, id, prefetch, null);
        }
    }
}
