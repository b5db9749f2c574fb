package org.needlesafe.jurisdiction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.needlesafe.practitioner.Credential;
import org.needlesafe.plan.Device;
import org.needlesafe.plan.PlannedArea;
import org.needlesafe.plan.Topical;
import org.needlesafe.plan.TopicalProduct;
import org.needlesafe.plan.TreatmentPlan;
import org.needlesafe.practitioner.Practitioner;
import org.needlesafe.setup.Setting;

/**
 * What one jurisdiction allows over one span of dates (one version of its profile, see {@link Jurisdiction}): who
 * may perform microneedling and how deep, with and without a supervising physician, the minimum age, where PRP and RF
 * microneedling are allowed, and the newer requirements some laws add. Held as data (see
 * {@link org.needlesafe.JurisdictionProfiles}), never in the rules; every version names its legal source and the day it was last
 * checked, and asks to be verified against current law.
 *
 * @param id                     e.g. {@code US-UT}
 * @param version                e.g. {@code 2026-12}; unique within the profile
 * @param name                   e.g. {@code Utah, United States}
 * @param validFrom              the first day this version applies; {@code null} while the law's start is not yet set
 *                               (it then applies on no day until a clinic sets it in its own profile file)
 * @param validUntil             the last day it applies, or {@code null} for "until the next version starts"
 * @param source                 the legal source, e.g. {@code Utah Admin Code R156-11a-611(5)}
 * @param lastChecked            the day the source was last checked against current law
 * @param note                   caveats, including "verify against current law"
 * @param minimumAgeYears        the minimum age for the procedure, or {@code null} when the jurisdiction sets none
 * @param unsupervisedMaxDepthMm per credential allowed to needle without supervision, the deepest it may go
 * @param supervisedMaxDepthMm   per credential allowed to needle under a supervising physician, the deepest it may go
 * @param prpSettings            the settings where PRP microneedling may be done
 * @param rfCredentials          the credentials that may perform RF microneedling
 * @param settings               the settings where microneedling may be done at all; empty when the law sets none
 * @param restricted             microneedling allowed only on permitted premises, or {@code null} when the law has
 *                               no such list
 * @param generalNursingMinYears per credential, the years of general nursing a practitioner needs before cosmetic
 *                               procedures (Ahpra 2025: a registered nurse, one year)
 * @param under18CoolingOffDays  the days between the consultation and the treatment of a patient under 18, or
 *                               {@code null} when the law sets none (Ahpra 2025: seven)
 */
public record JurisdictionProfile(
        String id,
        String version,
        String name,
        LocalDate validFrom,
        LocalDate validUntil,
        String source,
        LocalDate lastChecked,
        String note,
        Integer minimumAgeYears,
        Map<Credential, BigDecimal> unsupervisedMaxDepthMm,
        Map<Credential, BigDecimal> supervisedMaxDepthMm,
        Set<Setting> prpSettings,
        Set<Credential> rfCredentials,
        Set<Setting> settings,
        RestrictedProcedures restricted,
        Map<Credential, Integer> generalNursingMinYears,
        Integer under18CoolingOffDays) {

    /**
     * Copies the maps and sets, so the record cannot change.
     *
     * @param id                     e.g. {@code US-UT}
     * @param version                e.g. {@code 2026-12}; unique within the profile
     * @param name                   e.g. {@code Utah, United States}
     * @param validFrom              the first day this version applies; {@code null} while the law's start is not yet
     *                               set (it then applies on no day until a clinic sets it in its own profile file)
     * @param validUntil             the last day it applies, or {@code null} for "until the next version starts"
     * @param source                 the legal source, e.g. {@code Utah Admin Code R156-11a-611(5)}
     * @param lastChecked            the day the source was last checked against current law
     * @param note                   caveats, including "verify against current law"
     * @param minimumAgeYears        the minimum age for the procedure, or {@code null} when the jurisdiction sets none
     * @param unsupervisedMaxDepthMm per credential allowed to needle without supervision, the deepest it may go
     * @param supervisedMaxDepthMm   per credential allowed to needle under a supervising physician, the deepest it may
     *                               go
     * @param prpSettings            the settings where PRP microneedling may be done
     * @param rfCredentials          the credentials that may perform RF microneedling
     * @param settings               the settings where microneedling may be done at all; empty when the law sets none
     * @param restricted             microneedling allowed only on permitted premises, or {@code null} when the law has
     *                               no such list
     * @param generalNursingMinYears per credential, the years of general nursing a practitioner needs before cosmetic
     *                               procedures (Ahpra 2025: a registered nurse, one year)
     * @param under18CoolingOffDays  the days between the consultation and the treatment of a patient under 18, or
     *                               {@code null} when the law sets none (Ahpra 2025: seven)
     */
    public JurisdictionProfile {
        unsupervisedMaxDepthMm = Collections.unmodifiableMap(copy(unsupervisedMaxDepthMm));
        supervisedMaxDepthMm = Collections.unmodifiableMap(copy(supervisedMaxDepthMm));
        prpSettings = Set.copyOf(prpSettings);
        rfCredentials = Set.copyOf(rfCredentials);
        settings = Set.copyOf(settings);
        generalNursingMinYears = generalNursingMinYears.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(generalNursingMinYears));
    }

    /**
     * Whether this version applies on the day; a version whose start is not yet set applies on no day.
     *
     * @param day the day
     * @return {@code true} when it applies
     */
    public boolean appliesOn(LocalDate day) {
        return validFrom != null && !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
    }

    /**
     * Whether microneedling may be done in this setting at all; an unknown setting counts as not allowed.
     *
     * @param setting the setting, or {@code null} when unknown
     * @return {@code true} when it may
     */
    public boolean permitsSetting(Setting setting) {
        return settings.isEmpty() || setting != null && settings.contains(setting);
    }

    /**
     * The settings where microneedling may be done at all, in code order, for a rationale.
     *
     * @return the setting codes, comma-separated
     */
    public String settingNames() {
        return names(settings);
    }

    /**
     * What makes the plan a restricted procedure here, one basis line each (with its JSON path); empty when nothing
     * does or the law has no restricted list.
     *
     * @param plan                 the planned treatment
     * @param topicalPrpRestricted whether topical PRP counts as restricted (a JUDGEMENT: the law leaves it undefined)
     * @return the basis lines
     */
    public List<String> restrictedBy(TreatmentPlan plan, boolean topicalPrpRestricted) {
        List<String> reasons = new ArrayList<>();
        if (restricted == null) {
            return reasons;
        }
        if (restricted.rf() && plan.device() == Device.RF_MICRONEEDLING) {
            reasons.add("plan.device: RF_MICRONEEDLING");
        }
        for (int i = 0; i < plan.areas().size(); i++) {
            PlannedArea area = plan.areas().get(i);
            if (area.depthMm().compareTo(restricted.fromDepthMm()) >= 0) {
                reasons.add("plan.areas[" + i + "]: " + area.area() + " at " + area.depthMm().toPlainString()
                        + " mm");
            }
        }
        for (int i = 0; topicalPrpRestricted && i < plan.topicals().size(); i++) {
            Topical topical = plan.topicals().get(i);
            if (topical.product() == TopicalProduct.PRP) {
                reasons.add("plan.topicals[" + i + "].product: PRP");
            }
        }
        return reasons;
    }

    /**
     * The years of general nursing this credential needs here.
     *
     * @param credential the credential
     * @return the years, or {@code null} when the law asks for none
     */
    public Integer generalNursingMinYears(Credential credential) {
        return generalNursingMinYears.get(credential);
    }

    /**
     * Whether the law asks this practitioner's credential for years of general nursing the practitioner is not known to
     * have; unknown experience counts as too little.
     *
     * @param practitioner the practitioner
     * @return {@code true} when the years are required and not known to be reached
     */
    public boolean lacksGeneralNursing(Practitioner practitioner) {
        Integer needed = generalNursingMinYears.get(practitioner.credential());
        Integer years = practitioner.generalNursingYears();
        return needed != null && (years == null || years < needed);
    }

    /**
     * Whether a patient of this age is still within the cooling-off period on the day; an unknown consultation date
     * counts as within it.
     *
     * @param ageYears     the patient's age
     * @param consultation the consultation date, or {@code null} when unknown
     * @param day          the assessment date
     * @return {@code true} when the period is still running
     */
    public boolean coolingOffRunning(int ageYears, LocalDate consultation, LocalDate day) {
        return under18CoolingOffDays != null && ageYears < 18
                && (consultation == null || day.isBefore(consultation.plusDays(under18CoolingOffDays)));
    }

    /**
     * The version and when it applies, for a rationale.
     *
     * @return e.g. {@code version 2027-09 (from 2027-09-06)}
     */
    public String versionSpan() {
        return "version " + version + " (" + Jurisdiction.span(this) + ")";
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
        return names(rfCredentials);
    }

    private static <E extends Enum<E>> String names(Set<E> codes) {
        if (codes.isEmpty()) {
            return "none";
        }
        StringJoiner names = new StringJoiner(", ");
        codes.stream().sorted().forEach(code -> names.add(code.name()));
        return names.toString();
    }

    private static Map<Credential, BigDecimal> copy(Map<Credential, BigDecimal> map) {
        return map.isEmpty() ? new EnumMap<>(Credential.class) : new EnumMap<>(map);
    }
}
