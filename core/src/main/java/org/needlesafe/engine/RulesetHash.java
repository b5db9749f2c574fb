package org.needlesafe.engine;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.needlesafe.jurisdiction.JurisdictionProfile;
import org.needlesafe.JurisdictionProfiles;

/**
 * The rule set's content hash: SHA-256 over the DRL sources compiled into the rules and the loaded jurisdiction
 * profiles, so an audit record names exactly what a decision was made with.
 *
 * <p>Sources count by their file name (not their folder), so the same DRL loaded from the class path or from files
 * hashes the same. Profiles count by their content in a canonical form, not their bytes, so a profile given as a
 * file, built in, or built in code hashes the same, and comments or key order do not matter. Every part is
 * length-prefixed, so no two different rule sets can be made to feed the digest the same bytes.
 */
public final class RulesetHash {
    private RulesetHash() {
    }

    public static String of(Map<String, byte[]> sources, JurisdictionProfiles profiles) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
        List<Map.Entry<String, byte[]>> files = new ArrayList<>();
        sources.forEach((name, text) -> files.add(Map.entry(name.substring(name.lastIndexOf('/') + 1), text)));
        files.sort(Comparator.<Map.Entry<String, byte[]>, String>comparing(Map.Entry::getKey)
                .thenComparing(Map.Entry::getValue, Arrays::compare));
        part(digest, "needlesafe-ruleset-1".getBytes(StandardCharsets.UTF_8));
        part(digest, ("sources " + files.size()).getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, byte[]> file : files) {
            part(digest, file.getKey().getBytes(StandardCharsets.UTF_8));
            part(digest, file.getValue());
        }
        part(digest, ("profiles " + profiles.ids().size()).getBytes(StandardCharsets.UTF_8));
        for (String id : new TreeSet<>(profiles.ids())) {
            for (JurisdictionProfile version : profiles.get(id).versions()) {
                part(digest, canonical(version).getBytes(StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** One line per value, in a fixed order, with sets sorted and depths without trailing zeros. */
    static String canonical(JurisdictionProfile profile) {
        Map<String, String> lines = new TreeMap<>();
        lines.put("id", profile.id());
        lines.put("version", profile.version());
        lines.put("name", profile.name());
        lines.put("validFrom", String.valueOf(profile.validFrom()));
        lines.put("validUntil", String.valueOf(profile.validUntil()));
        lines.put("source", profile.source());
        lines.put("lastChecked", String.valueOf(profile.lastChecked()));
        lines.put("note", profile.note());
        lines.put("minimumAgeYears", String.valueOf(profile.minimumAgeYears()));
        profile.unsupervisedMaxDepthMm().forEach((credential, depth) ->
                lines.put("unsupervised." + credential.name(), plain(depth)));
        profile.supervisedMaxDepthMm().forEach((credential, depth) ->
                lines.put("supervised." + credential.name(), plain(depth)));
        lines.put("prp.settings", String.join(",", new TreeSet<>(profile.prpSettings().stream().map(Enum::name)
                .toList())));
        lines.put("rf.credentials", String.join(",", new TreeSet<>(profile.rfCredentials().stream().map(Enum::name)
                .toList())));
        lines.put("settings", String.join(",", new TreeSet<>(profile.settings().stream().map(Enum::name).toList())));
        if (profile.restricted() != null) {
            lines.put("restricted.fromDepthMm", plain(profile.restricted().fromDepthMm()));
            lines.put("restricted.rf", String.valueOf(profile.restricted().rf()));
            lines.put("restricted.settings", String.join(",", new TreeSet<>(profile.restricted().settings().stream()
                    .map(Enum::name).toList())));
        }
        profile.generalNursingMinYears().forEach((credential, years) ->
                lines.put("generalNursingMinYears." + credential.name(), String.valueOf(years)));
        lines.put("under18CoolingOffDays", String.valueOf(profile.under18CoolingOffDays()));
        StringBuilder text = new StringBuilder();
        // Values are escaped so that a newline inside a value cannot pass for another key.
        lines.forEach((key, value) -> text.append(key).append('=')
                .append(value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r")).append('\n'));
        return text.toString();
    }

    private static String plain(BigDecimal depth) {
        return depth.stripTrailingZeros().toPlainString();
    }

    private static void part(MessageDigest digest, byte[] bytes) {
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        digest.update(bytes);
    }
}
