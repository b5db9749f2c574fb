package org.needlesafe.jurisdiction;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.needlesafe.practitioner.Credential;
import org.needlesafe.practitioner.Practitioner;
import org.needlesafe.setup.Setting;

/**
 * What one jurisdiction allows: who may perform microneedling and how deep, with and without a supervising
 * physician, the minimum age, and where PRP and RF microneedling are allowed. Held as data (see
 * {@link JurisdictionProfiles}), never in the rules; every profile names its source and asks to be verified
 * against current law.
 *
 * @param id                    e.g. {@code US-UT}
 * @param version               e.g. {@code 2026-11}
 * @param name                  e.g. {@code Utah, United States}
 * @param source                the legal source, e.g. {@code Utah Admin Code R156-11a-611(5)}
 * @param note                  caveats, including "verify against current law"
 * @param minimumAgeYears       the minimum age for the procedure, or {@code null} when the jurisdiction sets none
 * @param unsupervisedMaxDepthMm per credential allowed to needle without supervision, the deepest it may go
 * @param supervisedMaxDepthMm   per credential allowed to needle under a supervising physician, the deepest it may go
 * @param prpSettings           the settings where PRP microneedling may be done
 * @param rfCredentials         the credentials that may perform RF microneedling
 */
public record JurisdictionProfile(
        String id,
        String version,
        String name,
        String source,
        String note,
        Integer minimumAgeYears,
        Map<Credential, BigDecimal> unsupervisedMaxDepthMm,
        Map<Credential, BigDecimal> supervisedMaxDepthMm,
        Set<Setting> prpSettings,
        Set<Credential> rfCredentials) {

    public JurisdictionProfile {
        unsupervisedMaxDepthMm = Collections.unmodifiableMap(copy(unsupervisedMaxDepthMm));
        supervisedMaxDepthMm = Collections.unmodifiableMap(copy(supervisedMaxDepthMm));
        prpSettings = Set.copyOf(prpSettings);
        rfCredentials = Set.copyOf(rfCredentials);
    }

    /**
     * The deepest this practitioner may needle here, counting a supervising physician where the profile allows
     * one; {@code null} when the practitioner may not perform microneedling here at all.
     *
     * @param practitioner who will perform the treatment
     * @return the deepest depth in millimetres, or {@code null}
     */
    public BigDecimal maxDepthMm(Practitioner practitioner) {
        BigDecimal alone = unsupervisedMaxDepthMm.get(practitioner.credential());
        BigDecimal supervised = practitioner.supervised()
                ? supervisedMaxDepthMm.get(practitioner.credential()) : null;
        if (alone == null) {
            return supervised;
        }
        return supervised == null ? alone : alone.max(supervised);
    }

    /**
     * Whether the practitioner may perform microneedling here at all, as supervised as they are.
     *
     * @param practitioner who will perform the treatment
     * @return whether the profile gives them any depth
     */
    public boolean permits(Practitioner practitioner) {
        return maxDepthMm(practitioner) != null;
    }

    /**
     * Whether the credential could perform microneedling here under a supervising physician.
     *
     * @param credential the credential
     * @return whether the profile gives it a depth, with or without supervision
     */
    public boolean permitsWithSupervision(Credential credential) {
        return supervisedMaxDepthMm.containsKey(credential) || unsupervisedMaxDepthMm.containsKey(credential);
    }

    /**
     * Whether PRP may be used in this setting here.
     *
     * @param setting where the treatment takes place, or {@code null} when unknown
     * @return {@code false} for an unknown setting
     */
    public boolean permitsPrpIn(Setting setting) {
        return setting != null && prpSettings.contains(setting);
    }

    /**
     * Whether this credential may perform RF microneedling here.
     *
     * @param credential the credential
     * @return whether the profile lists it for RF
     */
    public boolean permitsRf(Credential credential) {
        return rfCredentials.contains(credential);
    }

    /**
     * The credentials that may perform RF microneedling, for a rationale.
     *
     * @return their names in code order, comma-separated; {@code none} when there are none
     */
    public String rfCredentialNames() {
        if (rfCredentials.isEmpty()) {
            return "none";
        }
        StringJoiner names = new StringJoiner(", ");
        EnumSet.copyOf(rfCredentials).forEach(credential -> names.add(credential.name()));
        return names.toString();
    }

    private static Map<Credential, BigDecimal> copy(Map<Credential, BigDecimal> map) {
        return map.isEmpty() ? new EnumMap<>(Credential.class) : new EnumMap<>(map);
    }
}
